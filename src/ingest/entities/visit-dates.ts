// Which written date belongs to a visit phrase, as an ordered list of rules. A date belongs to the
// phrase it follows closely in the same clause (`state visit to Kenya on March 10`, `visits … by
// X … on March 10 and 12, respectively`), or that it closely precedes (`on Thursday concluded a
// state visit`); each stop of a trip takes the date in brackets after its name (`Indonesia
// (April 27-28)`), and a trip's overall range is never copied onto every stop. An arrival's date
// is the visit's first day, `through Saturday` its last, `which ended today` its end. A phrase that
// only points back (`the visit`) takes a date only through linking words (`the visit will take
// place on March 10`, `the visit, spanning November 3-4`). Failing all that, the one date left in
// the sentence, however far, is taken as a guess (`will pay an official visit to Việt Nam and
// co-chair … in Hà Nội from January 2-4`). A length (`a two-day visit`) runs a one-day date on.
import type { Evidence } from "../../model/schema.ts";
import { addDays, type DateMention } from "../dates/index.ts";
import type { VisitPhrase } from "./visit-phrases.ts";
import { unionSpan } from "../../util/day-span.ts";
import { placeAt } from "./places.ts";
import type { Lexicon } from "./lexicon.ts";

export interface VisitDates {
  start: string;
  end: string;
  precision: "day" | "month";
}

/** A phrase's dates as read, with why. */
export interface DatesRead {
  dates: VisitDates;
  /** Only one end of the visit is known: an arrival starts it, `through Saturday` ends it. */
  bound: "start" | "end" | null;
  evidence: Evidence;
}

/** The phrase speaks of a visit dated by its year only (`last visited Russia in 2024`): history, not an event. */
export const HISTORY = "history";

export const DATE_RULES = {
  after: "date after the visit words",
  before: "date before the visit words",
  stops: "date in brackets after each stop",
  respectively: "dates paired with places (‘respectively’)",
  ended: "end date (‘which ended today’)",
  through: "last day (‘through Saturday’)",
  arrival: "arrival date: the first day",
  far: "the sentence's one date, far from the visit words",
  linked: "date linked to the visit (‘will take place on’)",
} as const;

const CLAUSE_BREAK = /;|\b(?:which|who|whom|whose|where|while|whereas|because|although|though|since|after|before|following|until|when|that|as)\b/i;
const LINKING = new Set(["will", "would", "take", "takes", "took", "taking", "place", "be", "was", "is", "were", "are", "held", "scheduled", "set", "due", "spanning", "lasting", "on", "from", "in", "between", "during", "starting", "beginning", "running"]);
const ENDED = /^\W*(?:which|that)\s+(?:ended|concluded|wrapped up|closed|finished)\s+(?:on\s+)?$/i;
const THROUGH = /\b(?:through|until|till|to)\s*$/i;
const SPEECH = /\b(?:said|says|told|tells|announced|announces|stated|states|reported|confirmed|confirms)\b/i;
const ARRIVED = /\b(?:arrived|arrives|arrive|arriving|landed|lands)\b[^,;]*$/i;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** `a two-day state visit`, `3-day official visit`: the length, when the phrase is written with one. */
const LENGTH = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[-\s]day\b/i;
const CONCLUDING = /\b(?:concluded|concludes|wrapped up|wraps up|ended|ends|completed|completes|wound up|winds up|closed|closes)\b/i;

/** Dates for each host of the phrase (one entry per host, null when none applies), or `HISTORY`. */
export function datesFor(phrase: VisitPhrase, others: readonly VisitPhrase[], mentions: readonly DateMention[], lexicon: Lexicon): (DatesRead | null)[] | typeof HISTORY {
  const hosts = Math.max(1, phrase.hosts.length);
  // Leaving for a place says when the journey starts, not the visit's days.
  if (phrase.marks === "departure") return Array.from({ length: hosts }, () => null);
  const written = hosts > 1 ? stopDates(phrase, others, mentions, lexicon) : [singleDate(phrase, others, mentions)];
  if (written.every((read) => read === null) && yearOnlyAfter(phrase, mentions)) return HISTORY;
  const days = visitLength(phrase);
  return written.map((read) => (read ? withLength(phrase, read, days) : null));
}

/** `from Monday to Wednesday`, `from Sunday to April 30`: two dates joined by `to` are one span. */
export function joinRanges(text: string, mentions: readonly DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.index + previous.text.length, mention.index) : "";
    if (previous && /^\s*(?:to|until|till|through|-|–)\s*$/i.test(between) && previous.precision === "day" && mention.precision === "day" && previous.start <= mention.end) {
      joined[joined.length - 1] = { ...previous, text: text.slice(previous.index, mention.index + mention.text.length), end: mention.end, list: undefined };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/** Each stop of a trip: `namely Indonesia (April 27-28), Vietnam (April 29-30) and Thailand (May 1-2)`; or a `respectively` list. */
function stopDates(phrase: VisitPhrase, others: readonly VisitPhrase[], mentions: readonly DateMention[], lexicon: Lexicon): (DatesRead | null)[] {
  const inBrackets = phrase.hosts.map((host) => bracketedDateOf(phrase, host, mentions, lexicon));
  if (inBrackets.some((read) => read !== null)) return inBrackets;
  const text = phrase.unit.text;
  const endChar = wordEnd(phrase, Math.max(phrase.reach, phrase.end));
  const usable = mentions.filter((mention) => mention.precision !== "year");
  const after = usable.find((mention) => mention.index >= endChar && belongsAfter(phrase, text.slice(endChar, mention.index), others, mention.index));
  if (after?.list?.respectively) {
    const list = usable.filter((mention) => mention.list?.id === after.list!.id);
    if (list.length === phrase.hosts.length) return list.map((mention) => read(phrase, mention, DATE_RULES.respectively, "high"));
  }
  // One range for a trip of several stops is the whole trip's: it dates no stop.
  return phrase.hosts.map(() => null);
}

/** The date in brackets right after the stop's name anywhere in the sentence (`Vietnam (April 29-30)`). */
function bracketedDateOf(phrase: VisitPhrase, host: string, mentions: readonly DateMention[], lexicon: Lexicon): DatesRead | null {
  const words = phrase.unit.words;
  const text = phrase.unit.text;
  for (const mention of mentions) {
    if (mention.precision === "year" || !/\(\s*$/.test(text.slice(0, mention.index))) continue;
    let before = -1;
    words.forEach((word, index) => {
      if (word.end <= mention.index) before = index;
    });
    for (let start = before; start >= Math.max(0, before - 4); start--) {
      const place = placeAt(words, start, lexicon);
      if (place && place.word + place.length === before + 1 && place.country === host) return read(phrase, mention, DATE_RULES.stops, "high");
    }
  }
  return null;
}

function singleDate(phrase: VisitPhrase, others: readonly VisitPhrase[], mentions: readonly DateMention[]): DatesRead | null {
  const text = phrase.unit.text;
  const startChar = phrase.unit.words[phrase.start]!.start;
  const endChar = wordEnd(phrase, Math.max(phrase.reach, phrase.end));
  const usable = mentions.filter((mention) => mention.precision !== "year");
  const arrival = phrase.marks === "arrival";

  const after = usable.find((mention) => mention.index >= endChar && belongsAfter(phrase, text.slice(endChar, mention.index), others, mention.index));
  if (after) {
    const list = after.list ? usable.filter((mention) => mention.list?.id === after.list!.id) : [after];
    if (list.length > 1) return read(phrase, span(list, text), DATE_RULES.after, "high");
    const through = THROUGH.test(text.slice(endChar, after.index)) && !/\bfrom\b/i.test(text.slice(endChar, after.index));
    if (arrival) return { ...read(phrase, after, DATE_RULES.arrival, "high"), bound: "start" };
    if (through) return { ...read(phrase, after, DATE_RULES.through, "high"), bound: "end" };
    return read(phrase, after, DATE_RULES.after, "high");
  }
  const ended = usable.find((mention) => mention.index >= endChar && ENDED.test(text.slice(endChar, mention.index)));
  if (ended) return { ...read(phrase, ended, DATE_RULES.ended, "high"), bound: "end" };
  const before = [...usable].reverse().find((mention) => {
    const stop = mention.index + mention.text.length;
    return stop <= startChar && belongsBefore(phrase, text.slice(stop, startChar));
  });
  // `arrived here on Thursday afternoon for an official visit`: the day of arrival is the first day.
  const arrived = before !== undefined && ARRIVED.test(text.slice(Math.max(0, before.index - 40), before.index));
  if (before) return arrival || arrived ? { ...read(phrase, before, DATE_RULES.arrival, "high"), bound: "start" } : read(phrase, before, DATE_RULES.before, "high");
  if (phrase.anaphoric) return null;
  // The sentence's one date after the phrase, however far, if no clause or other visit stands between.
  const far = usable.filter((mention) => mention.index >= endChar && mention.precision === "day");
  const first = far[0];
  const between = first ? text.slice(endChar, first.index) : "";
  if (first && !CLAUSE_BREAK.test(between) && !SPEECH.test(between) && !visitBetween(phrase, others, first.index)) {
    return read(phrase, first, DATE_RULES.far, "low");
  }
  return null;
}

function read(phrase: VisitPhrase, mention: DateMention, rule: string, confidence: "high" | "low"): DatesRead {
  return {
    dates: { start: mention.start, end: mention.end, precision: mention.precision === "day" ? "day" : "month" },
    bound: null,
    evidence: { rule, sentence: phrase.unit.text, start: mention.index, end: mention.index + mention.text.length, confidence },
  };
}

/** A visit told by one day and its length runs on from it (`began a two-day visit on Monday`) or up to it (`on Monday concluded a two-day visit`, `which ended today`). */
function withLength(phrase: VisitPhrase, found: DatesRead, days: number): DatesRead {
  const { dates } = found;
  if (days <= 1 || dates.precision !== "day" || dates.start !== dates.end) return found;
  const endsThatDay = found.bound === "end" || CONCLUDING.test(textBefore(phrase, 40));
  const extended = endsThatDay ? { ...dates, start: addDays(dates.end, 1 - days) } : { ...dates, end: addDays(dates.start, days - 1) };
  return { dates: extended, bound: null, evidence: { ...found.evidence, rule: `${found.evidence.rule}, and the visit’s length` } };
}

/** The stated length of the visit (`two-day`), 1 when none is written. */
export function visitLength(phrase: VisitPhrase): number {
  const match = LENGTH.exec(textBefore(phrase, 12));
  if (!match) return 1;
  const written = match[1]!.toLowerCase();
  return NUMBER_WORDS[written] ?? Number(written);
}

/** `last visited Russia in 2024`: a year, and nothing finer, right after the phrase. */
function yearOnlyAfter(phrase: VisitPhrase, mentions: readonly DateMention[]): boolean {
  const endChar = wordEnd(phrase, Math.max(phrase.reach, phrase.end));
  // A bare year is no date mention (too often a period); right after a visit it dates the visit.
  if (/^\s*(?:in|during)\s+(?:1[89]|20)\d\d\b(?![-–/])/i.test(phrase.unit.text.slice(endChar))) return true;
  return mentions.some((mention) => mention.precision === "year" && mention.index >= endChar && /^\s*(?:in|during)?\s*$/i.test(phrase.unit.text.slice(endChar, mention.index)));
}

/** The phrase and up to `reach` characters before it. */
function textBefore(phrase: VisitPhrase, reach: number): string {
  const words = phrase.unit.words;
  const from = Math.max(0, words[phrase.start]!.start - reach);
  return phrase.unit.text.slice(from, words[phrase.end - 1]!.end);
}

function wordEnd(phrase: VisitPhrase, index: number): number {
  return phrase.unit.words[index - 1]!.end;
}

function visitBetween(phrase: VisitPhrase, others: readonly VisitPhrase[], dateIndex: number): boolean {
  const words = phrase.unit.words;
  return others.some((other) => other !== phrase && other.unit === phrase.unit && words[other.start]!.start > words[phrase.start]!.start && words[other.start]!.start < dateIndex);
}

function belongsAfter(phrase: VisitPhrase, between: string, others: readonly VisitPhrase[], dateIndex: number): boolean {
  // Another visit phrase in between takes the date for itself; a date after `announced` dates the announcement.
  if (visitBetween(phrase, others, dateIndex) || SPEECH.test(between)) return false;
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

/** A written list of dates (`February 5 and 6`) as one span, its text running from the first to the last. */
function span(list: DateMention[], text: string): DateMention {
  const starts = list.map((mention) => mention.start).sort();
  const ends = list.map((mention) => mention.end).sort();
  const first = list[0]!;
  const last = list[list.length - 1]!;
  return {
    ...first,
    text: text.slice(first.index, last.index + last.text.length),
    start: starts[0]!,
    end: ends[ends.length - 1]!,
    precision: list.every((mention) => mention.precision === "day") ? "day" : "month",
  };
}

/** One thread's dates told twice: day dates win over a month; the same precision widens to hold both. */
export function mergeVisitDates(a: VisitDates, b: VisitDates): VisitDates {
  if (a.precision !== b.precision) return a.precision === "day" ? a : b;
  return { ...unionSpan(a, b), precision: a.precision };
}
