// Date labels for pages, computed from `YYYY-MM-DD` strings with date-fns in UTC (and its
// built-in English locale), so neither the machine's time zone nor its locale shows.
import { format } from "date-fns/format"; // not the index, which loads every function (see util/iso-day.ts)
import { UTCDate } from "@date-fns/utc";

export type Precision = "day" | "month" | "unknown";

export function toUtcDate(isoDay: string): UTCDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new UTCDate(year!, month! - 1, day!);
}

/** `2031-03-07` → `7 March 2031`. */
export function readableDate(isoDay: string | null | undefined): string {
  if (!isoDay) return "";
  let label = readableDates.get(isoDay);
  if (label === undefined) readableDates.set(isoDay, (label = format(toUtcDate(isoDay), "d MMMM yyyy")));
  return label;
}

/** Asked for every article, event and person on several pages each, of a few thousand days at most. */
const readableDates = new Map<string, string>();

/** `2031-03` or `2031-03-07` → `March 2031`. */
export function monthLabel(isoMonthOrDay: string): string {
  return format(toUtcDate(`${isoMonthOrDay.slice(0, 7)}-01`), "MMMM yyyy");
}

/** `2031-03-07` → `2031-03-07T00:00:00Z`, the start of that day in UTC (feeds, sitemaps). */
export function isoDateTime(isoDay: string): string {
  return `${isoDay}T00:00:00Z`;
}

/**
 * A date span in words, as short as it can be without losing anything:
 * `7 March 2031`, `1–2 December 2025`, `30 January – 2 February 2031`, `December 2025`.
 */
export function dateRangeLabel(start: string | null, end: string | null, precision: Precision = "day"): string {
  if (!start || precision === "unknown") return "Date not known";
  const last = end && end >= start ? end : start;
  if (precision === "month") {
    const first = monthLabel(start);
    const final = monthLabel(last);
    return first === final ? first : `${first} – ${final}`;
  }
  if (last === start) return readableDate(start);
  const [a, b] = [toUtcDate(start), toUtcDate(last)];
  if (start.slice(0, 7) === last.slice(0, 7)) return `${format(a, "d")}–${format(b, "d MMMM yyyy")}`;
  if (start.slice(0, 4) === last.slice(0, 4)) return `${format(a, "d MMMM")} – ${format(b, "d MMMM yyyy")}`;
  return `${readableDate(start)} – ${readableDate(last)}`;
}

/** The timeline's date column: `5 Feb`, `1–2 Dec`, `30 Jan – 2 Feb`, `Dec` (year and month are in the headings). */
export function shortRangeLabel(start: string | null, end: string | null, precision: Precision = "day"): string {
  if (!start || precision === "unknown") return "Date not known";
  const last = end && end >= start ? end : start;
  const [a, b] = [toUtcDate(start), toUtcDate(last)];
  if (precision === "month") return last.slice(0, 7) === start.slice(0, 7) ? `All ${format(a, "MMMM")}` : `${format(a, "MMM")} – ${format(b, "MMM yyyy")}`;
  if (last === start) return format(a, "d MMM");
  if (start.slice(0, 7) === last.slice(0, 7)) return `${format(a, "d")}–${format(b, "d MMM")}`;
  if (start.slice(0, 4) === last.slice(0, 4)) return `${format(a, "d MMM")} – ${format(b, "d MMM")}`;
  return `${format(a, "d MMM yyyy")} – ${format(b, "d MMM yyyy")}`;
}

/** The `datetime` attribute of a `<time>`: a day, or a month (`2025-12`) when only the month is known. */
export function machineDate(start: string | null, precision: Precision = "day"): string | null {
  if (!start || precision === "unknown") return null;
  return precision === "month" ? start.slice(0, 7) : start;
}

// ── calendar arithmetic (whole days in UTC, so no zone can move a day) ─────────────────────

/** Days since 1970-01-01: the distance between two days is a subtraction. */
export function dayIndex(isoDay: string): number {
  return toUtcDate(isoDay).getTime() / 86_400_000;
}

/** `2031-03-06` → 3 (Monday 0 … Sunday 6), for a calendar grid whose weeks start on Monday. */
export function weekdayIndex(isoDay: string): number {
  return (toUtcDate(isoDay).getUTCDay() + 6) % 7;
}

/** `2031-02` → 28. */
export function daysInMonth(isoMonth: string): number {
  const [year, month] = isoMonth.split("-").map(Number);
  return new UTCDate(year!, month!, 0).getUTCDate();
}

/** `2031-12` → `2032-01`. */
export function nextMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split("-").map(Number);
  return month === 12 ? `${year! + 1}-01` : `${year}-${String(month! + 1).padStart(2, "0")}`;
}

/** `2031-03-06` → `Thursday 6 March`. */
export function weekdayLabel(isoDay: string): string {
  return format(toUtcDate(isoDay), "EEEE d MMMM");
}

/** `2031-03` → `Mar`; with `long`, `March`. */
export function monthName(isoMonth: string, long = false): string {
  return format(toUtcDate(`${isoMonth}-01`), long ? "MMMM" : "MMM");
}
