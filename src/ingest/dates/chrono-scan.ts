// chrono-node as a finder of date expressions, read into the same unresolved parts as the
// hand-written rules (`patterns.ts`), so the project's own resolver and inference rules decide
// years, weekdays and tense. Measured against the hand-written finder on the wire set and the
// date tests (README.md, "chrono-node"); only `scripts/date-finders.ts` loads it, never the build.
import * as chrono from "chrono-node";
import type { PartialDay, RawDate, RawMention } from "./patterns.ts";

/** Chrono resolves relative words against a day; ours are resolved later, so any fixed noon will do (a Wednesday). */
const REFERENCE = { year: 2001, month: 1, day: 3 };
const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const RELATION = /\b(last|next|this|coming|past)\s+(?=\p{L})/iu;
const WEEK = /\b(next|last|this)\s+week\b/i;

export function chronoScan(text: string): RawMention[] {
  // A local-time noon: chrono reads its reference with local getters, so noon keeps the same day in every zone.
  const reference = new Date(REFERENCE.year, REFERENCE.month - 1, REFERENCE.day, 12);
  const mentions: RawMention[] = [];
  for (const result of chrono.casual.parse(text, reference)) {
    const date = rawDateOf(result);
    if (date) mentions.push({ text: result.text, index: result.index, date });
  }
  return mentions;
}

function rawDateOf(result: chrono.ParsedResult): RawDate | null {
  const numeric = NUMERIC.exec(result.text.trim());
  if (numeric) return { kind: "numeric", first: Number(numeric[1]), second: Number(numeric[2]), year: Number(numeric[3]) };
  const start = result.start;
  const certain = (part: chrono.Component) => start.isCertain(part);
  const week = WEEK.exec(result.text);
  if (certain("weekday") && !certain("day")) {
    const weekday = start.get("weekday")!;
    const end = result.end?.isCertain("weekday") ? result.end.get("weekday")! : weekday;
    if (week) return { kind: "week-days", from: weekday, to: end, week: { next: 1, last: -1, this: 0 }[week[1]!.toLowerCase() as "next"]! };
    const relation = RELATION.exec(result.text)?.[1]?.toLowerCase();
    return { kind: "weekday", weekday, relation: relation === "last" || relation === "past" ? "last" : relation === "next" || relation === "coming" ? "next" : relation === "this" ? "this" : null };
  }
  if (certain("day") && certain("month") && !(certain("year") && isRelativeWord(result))) {
    const from = partial(start, certain("year"));
    const to = result.end ? partial(result.end, result.end.isCertain("year")) : from;
    return { kind: "days", from, to };
  }
  if (certain("month") && !certain("day")) {
    if (/\bmonth\b/i.test(result.text)) return { kind: "offset", unit: "month", offset: monthOffset(start) };
    return { kind: "month", month: start.get("month")!, year: certain("year") ? start.get("year")! : null, part: null };
  }
  // Relative words (`yesterday`, `tonight`, `next week`, `this afternoon`) come back as days near the reference.
  if (week) return { kind: "offset", unit: "week", offset: { next: 1, last: -1, this: 0 }[week[1]!.toLowerCase() as "next"]! };
  return { kind: "offset", unit: "day", offset: dayOffset(start) };
}

function isRelativeWord(result: chrono.ParsedResult): boolean {
  return result.tags().has("result/relativeDate") || [...result.tags()].some((tag) => tag.startsWith("casualReference/"));
}

function partial(components: chrono.ParsedComponents, yearKnown: boolean): PartialDay {
  return { month: components.get("month")!, day: components.get("day")!, year: yearKnown ? components.get("year")! : null };
}

function dayOffset(components: chrono.ParsedComponents): number {
  const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);
  const found = utc(components.get("year")!, components.get("month")!, components.get("day")!);
  return Math.round((found - utc(REFERENCE.year, REFERENCE.month, REFERENCE.day)) / 86_400_000);
}

function monthOffset(components: chrono.ParsedComponents): number {
  return (components.get("year")! - REFERENCE.year) * 12 + components.get("month")! - REFERENCE.month;
}
