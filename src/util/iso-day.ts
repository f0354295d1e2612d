// Calendar-day arithmetic on `YYYY-MM-DD` strings. Every Date here is UTC (a UTCDate or a plain
// UTC time value), so results never depend on the machine's time zone; nothing reads the clock.
// The hot paths (ingest reads thousands of dates per article set) work on UTC time values with
// Date's UTC getters; date-fns formats only years outside 1000–9999, which it writes its own way.
import { UTCDate } from "@date-fns/utc";
// One function per path: the package's index loads every function it has (half a second through tsx).
import { format } from "date-fns/format";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The UTC midnight of a `YYYY-MM-DD` day; throws on a malformed or impossible day. */
export function toUtc(iso: string): UTCDate {
  return new UTCDate(toTime(iso));
}

/** `2031-03-07` for a UTC date. */
export function fromUtc(date: UTCDate): string {
  return isoOfTime(date.getTime());
}

/** The day, if year/month/day name a real calendar day (no February 30). */
export function makeDay(year: number, month: number, day: number): UTCDate | null {
  const time = dayTime(year, month, day);
  return time === null ? null : new UTCDate(time);
}

/** `YYYY-MM-DD` of a real day, or null (`isoDay(2026, 2, 30)` → null). */
export function isoDay(year: number, month: number, day: number): string | null {
  const time = dayTime(year, month, day);
  return time === null ? null : isoOfTime(time);
}

/** True for a well-formed `YYYY-MM-DD` that is a real calendar day. */
export function isIsoDay(value: string): boolean {
  const parts = ISO_DAY.exec(value);
  return parts !== null && dayTime(Number(parts[1]), Number(parts[2]), Number(parts[3])) !== null;
}

/** `addDays("2031-02-28", 1)` → `2031-03-01`. */
export function addDays(iso: string, days: number): string {
  const date = new Date(toTime(iso));
  // As date-fns does it (setDate): a NaN count is an invalid date, which `format` refuses.
  if (Number.isNaN(days)) return format(new UTCDate(NaN), "yyyy-MM-dd");
  return isoOfTime(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const end = toTime(to);
  return Math.round((end - toTime(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

/** First and last day of a month: `monthSpan(2024, 2)` → 2024-02-01..2024-02-29. */
export function monthSpan(year: number, month: number): { start: string; end: string } {
  const first = new UTCDate(year, month - 1, 1);
  return { start: fromUtc(first), end: fromUtc(new UTCDate(lastDayOfMonth(first))) };
}

/** Year, month and day numbers of a `YYYY-MM-DD` day. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  const date = new Date(toTime(iso));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The earlier / later of two ISO days (plain string order is calendar order). */
export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}
export function maxDay(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The UTC midnight of a `YYYY-MM-DD` day as a time value; throws on a malformed or impossible day. */
function toTime(iso: string): number {
  const parts = ISO_DAY.exec(iso);
  if (!parts) throw new RangeError(`expected a date written YYYY-MM-DD, got "${iso}"`);
  const time = dayTime(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (time === null) throw new RangeError(`not a real calendar day: ${iso}`);
  return time;
}

/** The UTC midnight of year/month/day, if they name a real calendar day (Date.UTC, like UTCDate, reads years 0–99 as 1900–1999: no match). */
function dayTime(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() : null;
}

function isoOfTime(time: number): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return format(new UTCDate(time), "yyyy-MM-dd");
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
