// Spans of calendar days (`YYYY-MM-DD` strings, inclusive): the one rule for "the same visit"
// by date, used within an article (ingest) and across articles (archive).
import { addDays } from "./iso-day.ts";

export interface DaySpan {
  start: string;
  end: string;
}

/** Same visit if the days overlap or follow each other (Mon–Tue and Wed–Thu touch). */
export function overlapsOrTouches(a: DaySpan, b: DaySpan): boolean {
  return a.start <= addDays(b.end, 1) && b.start <= addDays(a.end, 1);
}

/** The smallest span holding both. */
export function unionSpan(a: DaySpan, b: DaySpan): DaySpan {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}
