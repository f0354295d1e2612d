// Which written date belongs to a visit phrase. A date belongs to the phrase it follows closely
// in the same clause (`state visit to Kenya on March 10`, `visits … by X … on March 10 and 12,
// respectively`) or that it closely precedes (`on Thursday concluded a state visit`). A phrase
// that only points back (`the visit`) takes a date only through linking words
// (`the visit will take place on March 10`, `the visit, spanning November 3-4`).
import { addDays, type DateMention } from "../dates/index.ts";
import type { VisitPhrase } from "./visit-phrases.ts";
import { unionSpan } from "../../util/day-span.ts";

export interface VisitDates {
  start: string;
  end: string;
  precision: "day" | "month";
}

const CLAUSE_BREAK = /;|\b(?:which|who|whom|whose|where|while|whereas|because|although|though|since|after|before|following|until|when|that|as)\b/i;
const LINKING = new Set(["will", "would", "take", "takes", "took", "taking", "place", "be", "was", "is", "were", "are", "held", "scheduled", "set", "due", "spanning", "lasting", "on", "from", "in", "between", "during", "starting", "beginning", "running"]);

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** `a two-day state visit`, `3-day official visit`: the length, when the phrase is written with one. */
const LENGTH = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[-\s]day\b/i;

/** Dates for each host of the phrase (one entry per host, null when none applies). */
export function datesFor(phrase: VisitPhrase, others: readonly VisitPhrase[], mentions: readonly DateMention[]): (VisitDates | null)[] {
  const days = visitLength(phrase);
  const endsThatDay = CONCLUDING.test(textBefore(phrase, 40));
  // A visit told by one day and its length runs on from it (`began a two-day visit on Monday`)
  // or up to it (`on Monday concluded a two-day visit`).
  return datesWritten(phrase, others, mentions).map((dates) => {
    if (!dates || days <= 1 || dates.precision !== "day" || dates.start !== dates.end) return dates;
    return endsThatDay ? { ...dates, start: addDays(dates.end, 1 - days) } : { ...dates, end: addDays(dates.start, days - 1) };
  });
}

const CONCLUDING = /\b(?:concluded|concludes|wrapped up|wraps up|ended|ends|completed|completes|wound up|winds up|closed|closes)\b/i;

/** The phrase and up to `reach` characters before it. */
function textBefore(phrase: VisitPhrase, reach: number): string {
  const words = phrase.unit.words;
  const from = Math.max(0, words[phrase.start]!.start - reach);
  return phrase.unit.text.slice(from, words[phrase.end - 1]!.end);
}

function visitLength(phrase: VisitPhrase): number {
  const match = LENGTH.exec(textBefore(phrase, 12));
  if (!match) return 1;
  const written = match[1]!.toLowerCase();
  return NUMBER_WORDS[written] ?? Number(written);
}

function datesWritten(phrase: VisitPhrase, others: readonly VisitPhrase[], mentions: readonly DateMention[]): (VisitDates | null)[] {
  const text = phrase.unit.text;
  const words = phrase.unit.words;
  const startChar = words[phrase.start]!.start;
  const endChar = words[Math.max(phrase.reach, phrase.end) - 1]!.end;
  const usable = mentions.filter((mention) => mention.precision !== "year");
  const hosts = Math.max(1, phrase.hosts.length);

  const after = usable.find((mention) => mention.index >= endChar && belongsAfter(phrase, text.slice(endChar, mention.index), others, mention.index));
  if (after) {
    const list = after.list ? usable.filter((mention) => mention.list?.id === after.list!.id) : [after];
    if (list.length > 1 && list.length === hosts && after.list?.respectively) return list.map(toVisitDates);
    if (list.length > 1 && hosts === 1) return [span(list)];
    return Array.from({ length: hosts }, () => toVisitDates(after));
  }
  const before = [...usable].reverse().find((mention) => {
    const stop = mention.index + mention.text.length;
    return stop <= startChar && belongsBefore(phrase, text.slice(stop, startChar));
  });
  return Array.from({ length: hosts }, () => (before ? toVisitDates(before) : null));
}

function belongsAfter(phrase: VisitPhrase, between: string, others: readonly VisitPhrase[], dateIndex: number): boolean {
  // Another visit phrase in between takes the date for itself.
  if (others.some((other) => other !== phrase && other.unit === phrase.unit && phrase.unit.words[other.start]!.start > phrase.unit.words[phrase.start]!.start && phrase.unit.words[other.start]!.start < dateIndex)) return false;
  const words = between.match(/[\p{L}\p{N}’']+/gu) ?? [];
  if (phrase.anaphoric) return words.length <= 5 && words.every((word) => LINKING.has(word.toLowerCase()));
  return words.length <= 15 && !CLAUSE_BREAK.test(between);
}

function belongsBefore(phrase: VisitPhrase, between: string): boolean {
  const words = between.match(/[\p{L}\p{N}’']+/gu) ?? [];
  if (phrase.anaphoric) return false;
  // `on Friday, during X’s state visit`: a comma is fine when little stands between.
  return words.length <= 6 && !CLAUSE_BREAK.test(between) && (!between.includes(",") || words.length <= 4);
}

function toVisitDates(mention: DateMention): VisitDates {
  return { start: mention.start, end: mention.end, precision: mention.precision === "day" ? "day" : "month" };
}

function span(list: DateMention[]): VisitDates {
  const starts = list.map((mention) => mention.start).sort();
  const ends = list.map((mention) => mention.end).sort();
  return { start: starts[0]!, end: ends[ends.length - 1]!, precision: list.every((mention) => mention.precision === "day") ? "day" : "month" };
}

/** One thread's dates told twice: day dates win over a month; the same precision widens to hold both. */
export function mergeVisitDates(a: VisitDates, b: VisitDates): VisitDates {
  if (a.precision !== b.precision) return a.precision === "day" ? a : b;
  return { ...unionSpan(a, b), precision: a.precision };
}
