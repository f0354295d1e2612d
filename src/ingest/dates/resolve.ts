// Turns an unresolved date expression into calendar days, using what is known about when the
// text was written: a reference date and the tense around the words, or else the nearest date
// whose year the text writes out.
import type { DateMention, Tense } from "./api.ts";
import { addDays, daysBetween, isoDay, monthSpan, partsOf, weekdayOf } from "../../util/iso-day.ts";
import type { MonthPart, PartialDay, RawDate, Relation, YearPart } from "./patterns.ts";

export type Precision = DateMention["precision"];

export interface Span {
  start: string;
  end: string;
  precision: Precision;
}

export interface ResolveContext {
  /** `YYYY-MM-DD` the text was written on or near, when known. */
  reference: string | null;
  /** Tense of the words around the date. */
  tense: Tense;
  /** The nearest date with a written year, used when there is no reference. */
  anchor: Span | null;
  /** How the text writes numeric dates (`06/03/2026`), when something in it decides; else they are not read. */
  numericOrder?: NumericOrder | null;
}

export type NumericOrder = "day-first" | "month-first";

export interface Resolved extends Span {
  yearStated: boolean;
}

/** How far from a pivot year a yearless date may land (wide enough to reach a 29 February). */
const YEAR_SEARCH = 8;

/** Which days of a month `early`, `mid` and `late` cover. */
const MONTH_PARTS: Record<MonthPart, [number, number | "end"]> = { early: [1, 10], mid: [11, 20], late: [21, "end"] };

/** Which months of a year `early`, `mid`, `late` and the halves cover (documented choice: thirds). */
const YEAR_PARTS: Record<YearPart, [number, number]> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  "first-half": [1, 6],
  "second-half": [7, 12],
};

/** True when the expression writes its year out. */
export function yearWritten(date: RawDate): boolean {
  if (date.kind === "days") return date.from.year !== null || date.to.year !== null;
  if (date.kind === "month") return date.year !== null;
  return date.kind === "year-part" || date.kind === "numeric";
}

/** Calendar days for an expression, or null when it is impossible or its year cannot be known. */
export function resolveDate(date: RawDate, context: ResolveContext): Resolved | null {
  const stated = yearWritten(date);
  const span = resolveSpan(date, context);
  return span ? { ...span, yearStated: stated } : null;
}

function resolveSpan(date: RawDate, context: ResolveContext): Span | null {
  switch (date.kind) {
    case "days":
      return resolveDays(date.from, date.to, context);
    case "month":
      return date.year !== null ? monthPartSpan(date.year, date.month, date.part) : chooseYear((year) => monthPartSpan(year, date.month, date.part), context);
    case "year-part":
      return yearPartSpan(date.year, date.part);
    case "relative-month":
      return context.reference ? relativeMonth(context.reference, date.month, date.relation) : null;
    case "weekday":
      return context.reference ? weekday(context.reference, date.weekday, date.relation, context.tense) : null;
    case "offset":
      return context.reference ? offset(context.reference, date.unit, date.offset) : null;
    case "week-days":
      return context.reference ? weekDays(context.reference, date.from, date.to, date.week, context.tense) : null;
    case "weekday-to-day":
      return weekdayToDay(date.weekday, date.to, context);
    case "numeric":
      return numeric(date.first, date.second, date.year, context.numericOrder ?? null);
  }
}

/** True for words that only mean a day once the writing date is known (`on Sunday`, `yesterday`, `next week`). */
export function isRelative(date: RawDate): boolean {
  return date.kind === "weekday" || date.kind === "offset" || date.kind === "week-days" || date.kind === "relative-month";
}

/** Monday of the week holding `day` (weeks run Monday to Sunday, as ISO 8601 has them). */
function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Days from Monday: Monday 0 … Sunday 6. */
function fromMonday(weekday: number): number {
  return (weekday + 6) % 7;
}

/**
 * `Monday to Wednesday next week`: those days of the week `week` weeks from the reference's. With
 * no week named (`from Tuesday to Thursday`), the first day is read as a lone weekday in that tense.
 */
function weekDays(reference: string, from: number, to: number, week: number | null, tense: Tense): Span {
  const start =
    week === null ? weekday(reference, from, null, tense).start : addDays(mondayOf(reference), 7 * week + fromMonday(from));
  return { start, end: addDays(start, (to - from + 7) % 7), precision: "day" };
}

/** `from Sunday to April 30`: the written day, and the last such weekday on or before it (within the week). */
function weekdayToDay(day: number, to: PartialDay, context: ResolveContext): Span | null {
  const end = resolveDays(to, to, context);
  if (!end) return null;
  return { start: addDays(end.start, -((weekdayOf(end.start) - day + 7) % 7)), end: end.start, precision: "day" };
}

/** `06/03/2026` in the text's order; left out when nothing decides it and the two readings differ. */
function numeric(first: number, second: number, year: number, order: NumericOrder | null): Span | null {
  if (first > 12) order = "day-first";
  else if (second > 12) order = "month-first";
  else if (first === second) order = "day-first";
  if (!order) return null;
  const [day, month] = order === "day-first" ? [first, second] : [second, first];
  const iso = isoDay(year, month, day);
  return iso ? { start: iso, end: iso, precision: "day" } : null;
}

/** A day or span of days; a span whose end comes earlier in the calendar crosses a new year. */
function resolveDays(from: PartialDay, to: PartialDay, context: ResolveContext): Span | null {
  const wraps = to.month < from.month || (to.month === from.month && to.day < from.day) ? 1 : 0;
  const build = (startYear: number): Span | null => daySpan(startYear, from, startYear + wraps, to);
  if (from.year !== null && to.year !== null) return daySpan(from.year, from, to.year, to);
  if (to.year !== null) return build(to.year - wraps);
  if (from.year !== null) return build(from.year);
  return chooseYear(build, context);
}

function daySpan(startYear: number, from: PartialDay, endYear: number, to: PartialDay): Span | null {
  const start = isoDay(startYear, from.month, from.day);
  const end = isoDay(endYear, to.month, to.day);
  if (!start || !end || end < start) return null;
  return { start, end, precision: "day" };
}

function monthPartSpan(year: number, month: number, part: MonthPart | null): Span {
  const whole = monthSpan(year, month);
  if (!part) return { ...whole, precision: "month" };
  const [first, last] = MONTH_PARTS[part];
  const start = isoDay(year, month, first)!;
  const end = last === "end" ? whole.end : isoDay(year, month, last)!;
  return { start, end, precision: "month" };
}

function yearPartSpan(year: number, part: YearPart): Span {
  const [first, last] = YEAR_PARTS[part];
  return { start: monthSpan(year, first).start, end: monthSpan(year, last).end, precision: "year" };
}

/**
 * The year for a yearless date. With a reference: a past date is the latest one starting on or
 * before it, a future date the first one ending on or after it, a present (neutral) one the
 * nearest. Without: the one nearest the anchor (almost always the anchor's year; `January 3`
 * beside `December 30, 2025` is 2026). With neither: unknown.
 */
export function chooseYear(build: (year: number) => Span | null, context: ResolveContext): Span | null {
  const pivot = context.reference ?? context.anchor?.start;
  if (!pivot) return null;
  const pivotYear = partsOf(pivot).year;
  const candidates: Span[] = [];
  for (let year = pivotYear - YEAR_SEARCH; year <= pivotYear + YEAR_SEARCH; year++) {
    const span = build(year);
    if (span) candidates.push(span);
  }
  const reference = context.reference;
  if (reference) {
    if (context.tense === "past") return candidates.filter((span) => span.start <= reference).at(-1) ?? null;
    if (context.tense === "future") return candidates.find((span) => span.end >= reference) ?? null;
    return nearest(candidates, { start: reference, end: reference, precision: "day" });
  }
  return nearest(candidates, context.anchor!);
}

/** The candidate closest to a span (the earlier one on a tie). */
function nearest(candidates: Span[], target: Span): Span | null {
  let best: Span | null = null;
  let bestGap = Infinity;
  for (const span of candidates) {
    const gap = gapBetween(span, target);
    if (gap < bestGap) [best, bestGap] = [span, gap];
  }
  return best;
}

/** Days between two spans; 0 when they overlap. */
export function gapBetween(a: Span, b: Span): number {
  if (a.end < b.start) return daysBetween(a.end, b.start);
  if (b.end < a.start) return daysBetween(b.end, a.start);
  return 0;
}

/** `last December`: the latest December before the reference's month; `next March` the first after it. */
function relativeMonth(reference: string, month: number, relation: Relation): Span {
  const { year, month: referenceMonth } = partsOf(reference);
  if (relation === "this") return { ...monthSpan(year, month), precision: "month" };
  if (relation === "last") return { ...monthSpan(month < referenceMonth ? year : year - 1, month), precision: "month" };
  return { ...monthSpan(month > referenceMonth ? year : year + 1, month), precision: "month" };
}

/**
 * A weekday near the reference. `last`/`next` never mean the reference day itself; a bare
 * `on Thursday` is the latest one on or before it in a past sentence, the first on or after it
 * in a future one, and the nearest in a present one.
 */
function weekday(reference: string, day: number, relation: Relation | null, tense: Tense): Span {
  const today = weekdayOf(reference);
  const back = (today - day + 7) % 7;
  const ahead = (day - today + 7) % 7;
  let shift: number;
  if (relation === "last") shift = -(back || 7);
  else if (relation === "next") shift = ahead || 7;
  else if (tense === "past") shift = -back;
  else if (tense === "future") shift = ahead;
  else shift = back <= ahead ? -back : ahead;
  const date = addDays(reference, shift);
  return { start: date, end: date, precision: "day" };
}

/** `yesterday`, `today`, `next week`, `this month`, `last year` … counted from the reference. */
function offset(reference: string, unit: "day" | "week" | "month" | "year", count: number): Span {
  if (unit === "day") {
    const date = addDays(reference, count);
    return { start: date, end: date, precision: "day" };
  }
  if (unit === "week") {
    const monday = addDays(mondayOf(reference), 7 * count);
    return { start: monday, end: addDays(monday, 6), precision: "week" };
  }
  const { year, month } = partsOf(reference);
  if (unit === "year") return { start: `${year + count}-01-01`, end: `${year + count}-12-31`, precision: "year" };
  const index = year * 12 + (month - 1) + count;
  return { ...monthSpan(Math.floor(index / 12), (index % 12) + 1), precision: "month" };
}
