// Calendar-day arithmetic on `YYYY-MM-DD` strings. Every Date here is a UTCDate, so results
// never depend on the machine's time zone; nothing reads the clock.
import { UTCDate } from "@date-fns/utc";
import { addDays as addDaysToDate, differenceInCalendarDays, format, getDay, lastDayOfMonth } from "date-fns";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a `YYYY-MM-DD` day; throws on a malformed or impossible day. */
export function toUtc(iso: string): UTCDate {
  const parts = ISO_DAY.exec(iso);
  if (!parts) throw new RangeError(`expected a date written YYYY-MM-DD, got "${iso}"`);
  const date = makeDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (!date) throw new RangeError(`not a real calendar day: ${iso}`);
  return date;
}

/** `2031-03-07` for a UTC date. */
export function fromUtc(date: UTCDate): string {
  return format(date, "yyyy-MM-dd");
}

/** The day, if year/month/day name a real calendar day (no February 30). */
export function makeDay(year: number, month: number, day: number): UTCDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const date = new UTCDate(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date : null;
}

/** `YYYY-MM-DD` of a real day, or null (`isoDay(2026, 2, 30)` → null). */
export function isoDay(year: number, month: number, day: number): string | null {
  const date = makeDay(year, month, day);
  return date ? fromUtc(date) : null;
}

/** True for a well-formed `YYYY-MM-DD` that is a real calendar day. */
export function isIsoDay(value: string): boolean {
  const parts = ISO_DAY.exec(value);
  return parts !== null && makeDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) !== null;
}

/** `addDays("2031-02-28", 1)` → `2031-03-01`. */
export function addDays(iso: string, days: number): string {
  return fromUtc(addDaysToDate(toUtc(iso), days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return getDay(toUtc(iso));
}

/** First and last day of a month: `monthSpan(2024, 2)` → 2024-02-01..2024-02-29. */
export function monthSpan(year: number, month: number): { start: string; end: string } {
  const first = new UTCDate(year, month - 1, 1);
  return { start: fromUtc(first), end: fromUtc(new UTCDate(lastDayOfMonth(first))) };
}

/** Year, month and day numbers of a `YYYY-MM-DD` day. */
export function partsOf(iso: string): { year: number; month: number; day: number } {
  const date = toUtc(iso);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** The earlier / later of two ISO days (plain string order is calendar order). */
export function minDay(a: string, b: string): string {
  return a <= b ? a : b;
}
export function maxDay(a: string, b: string): string {
  return a >= b ? a : b;
}
