// The written shapes of dates in English news, each a small rule: a regular expression and a
// reader that turns a match into unresolved parts (month, day, maybe a year, or a relation such
// as `last`). Resolving those parts to calendar days is `resolve.ts`'s job.
import { DAY, MONTH_ANY, MONTH_FULL, WEEKDAY, YEAR, dayNumber, monthNumber, weekdayNumber } from "./names.ts";

/** A day whose year may not be written. */
export interface PartialDay {
  month: number;
  day: number;
  year: number | null;
}

export type MonthPart = "early" | "mid" | "late";
export type YearPart = MonthPart | "first-half" | "second-half";
export type Relation = "last" | "next" | "this";

/** What a date expression says, before any context is applied. */
export type RawDate =
  /** One day (`from` = `to`) or a span of days (`December 1-2`, `from March 30 to April 2`). */
  | { kind: "days"; from: PartialDay; to: PartialDay }
  /** A month, or part of one (`December 2025`, `in December`, `late March`). */
  | { kind: "month"; month: number; year: number | null; part: MonthPart | null }
  /** Part of a written year (`late 2025`, `the first half of 2026`). */
  | { kind: "year-part"; year: number; part: YearPart }
  /** A month named relative to the writing date (`last December`). */
  | { kind: "relative-month"; month: number; relation: Relation }
  /** A weekday (`on Thursday`, `last Thursday`, `next Monday`). */
  | { kind: "weekday"; weekday: number; relation: Relation | null }
  /** A day, week, month or year counted from the writing date (`yesterday`, `this morning`, `next week`, `earlier this month`). */
  | { kind: "offset"; unit: "day" | "week" | "month" | "year"; offset: number }
  /**
   * Weekdays of one week (`Monday to Wednesday next week`, `Wednesday next week`; `from` = `to` for
   * one day), or of the week around the writing date when `week` is null (`from Tuesday to Thursday`).
   */
  | { kind: "week-days"; from: number; to: number; week: number | null }
  /** A weekday running to a written day (`from Sunday to April 30`): the last such weekday before it. */
  | { kind: "weekday-to-day"; weekday: number; to: PartialDay }
  /** A numeric date (`06/03/2026`): day-first or month-first is decided by the text around it. */
  | { kind: "numeric"; first: number; second: number; year: number };

export interface RawMention {
  text: string;
  index: number;
  date: RawDate;
}

/** One match of one rule: the span it covers and the mention(s) it yields (a list yields several). */
export interface Candidate {
  start: number;
  end: number;
  mentions: RawMention[];
}

type Groups = Record<string, string | undefined>;

interface Rule {
  name: string;
  pattern: RegExp;
  /** The mentions a match stands for, or null when the match is not a date after all. */
  read: (match: RegExpExecArray, groups: Groups) => RawMention[] | null;
}

const FROM = String.raw`(?:(?<pre>[Ff]rom|[Bb]etween)\s+)?`;
/** A range joiner: a dash, `to`/`until`/`through`, or `and` (only after `between`). */
const JOIN = String.raw`(?<join>\s*[-–—]\s*|\s+(?:to|until|till|through)\s+|\s+and\s+)`;
const COMMA_YEAR = (name: string) => String.raw`(?:,?\s+(?<${name}>${YEAR}))?`;
/** A day that ends a `month day …` form must not begin a `day month` one (`May 3 and 5 June`). */
const NOT_BEFORE_MONTH = String.raw`(?!\s+(?:of\s+)?${MONTH_ANY})`;
/** A day-first form's day must not continue a number (`3.5 May`) or end a `month day` form. */
const NOT_AFTER_NUMBER = String.raw`(?<![\d.,$€£¥])(?<!${MONTH_ANY}\s+)`;

const rx = (source: string) => new RegExp(source, "gu");
const year = (value: string | undefined) => (value === undefined ? null : Number(value));

/** Rejects `3 and 5 May` unless it says `between`; `and` alone makes a list, not a range. */
function joinAllowed(groups: Groups): boolean {
  return !/^\s+and\s+$/.test(groups.join ?? "") || /^between$/i.test(groups.pre ?? "");
}

function days(match: RegExpExecArray, from: PartialDay, to: PartialDay): RawMention[] | null {
  if (!validDay(from.day) || !validDay(to.day)) return null;
  return [{ text: match[0], index: match.index, date: { kind: "days", from, to } }];
}

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

/** Splits a written list of day numbers (`5, 6 and 7`) into numbers with their offsets. */
function listedDays(list: string, offset: number): { day: number; text: string; index: number }[] {
  return [...list.matchAll(new RegExp(DAY, "gu"))].map((hit) => ({ day: dayNumber(hit[0]), text: hit[0], index: offset + hit.index }));
}

const RULES: readonly Rule[] = [
  {
    name: "iso",
    pattern: rx(String.raw`(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])`),
    read: (match, g) => {
      const day: PartialDay = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
      return day.month >= 1 && day.month <= 12 ? days(match, day, day) : null;
    },
  },
  {
    name: "month-day to month-day",
    pattern: rx(String.raw`${FROM}(?<m1>${MONTH_ANY})\s+(?<d1>${DAY})${COMMA_YEAR("y1")}${JOIN}(?<m2>${MONTH_ANY})\s+(?<d2>${DAY})${COMMA_YEAR("y2")}`),
    read: (match, g) =>
      joinAllowed(g)
        ? days(match, { month: monthNumber(g.m1!), day: dayNumber(g.d1!), year: year(g.y1) }, { month: monthNumber(g.m2!), day: dayNumber(g.d2!), year: year(g.y2) })
        : null,
  },
  {
    name: "month day to day",
    pattern: rx(String.raw`${FROM}(?<m>${MONTH_ANY})\s+(?<d1>${DAY})${JOIN}(?<d2>${DAY})${NOT_BEFORE_MONTH}${COMMA_YEAR("y")}`),
    read: (match, g) => {
      const [d1, d2, month] = [dayNumber(g.d1!), dayNumber(g.d2!), monthNumber(g.m!)];
      if (!joinAllowed(g) || d2 <= d1) return null;
      return days(match, { month, day: d1, year: null }, { month, day: d2, year: year(g.y) });
    },
  },
  {
    name: "day-month to day-month",
    pattern: rx(String.raw`${FROM}${NOT_AFTER_NUMBER}(?<d1>${DAY})\s+(?:of\s+)?(?<m1>${MONTH_ANY})${COMMA_YEAR("y1")}${JOIN}(?:the\s+)?(?<d2>${DAY})\s+(?:of\s+)?(?<m2>${MONTH_ANY})${COMMA_YEAR("y2")}`),
    read: (match, g) =>
      joinAllowed(g)
        ? days(match, { month: monthNumber(g.m1!), day: dayNumber(g.d1!), year: year(g.y1) }, { month: monthNumber(g.m2!), day: dayNumber(g.d2!), year: year(g.y2) })
        : null,
  },
  {
    name: "day to day month",
    pattern: rx(String.raw`${FROM}${NOT_AFTER_NUMBER}(?<d1>${DAY})${JOIN}(?<d2>${DAY})\s+(?:of\s+)?(?<m>${MONTH_ANY})${COMMA_YEAR("y")}`),
    read: (match, g) => {
      const [d1, d2, month] = [dayNumber(g.d1!), dayNumber(g.d2!), monthNumber(g.m!)];
      if (!joinAllowed(g) || d2 <= d1) return null;
      return days(match, { month, day: d1, year: null }, { month, day: d2, year: year(g.y) });
    },
  },
  {
    name: "month day",
    pattern: rx(String.raw`(?:${WEEKDAY},?\s+)?(?<m>${MONTH_ANY})\s+(?<d>${DAY})${COMMA_YEAR("y")}`),
    read: (match, g) => {
      const day: PartialDay = { month: monthNumber(g.m!), day: dayNumber(g.d!), year: year(g.y) };
      return days(match, day, day);
    },
  },
  {
    name: "day month",
    pattern: rx(String.raw`(?:${WEEKDAY},?\s+)?(?:the\s+)?${NOT_AFTER_NUMBER}(?<d>${DAY})\s+(?:of\s+)?(?<m>${MONTH_ANY})${COMMA_YEAR("y")}`),
    read: (match, g) => {
      const day: PartialDay = { month: monthNumber(g.m!), day: dayNumber(g.d!), year: year(g.y) };
      return days(match, day, day);
    },
  },
  {
    // `February 5 and 6` / `May 3, 4 and 5, 2026`: one mention per day, so a caller can pair
    // them with a list of places (`to Laos and Cambodia … respectively`).
    name: "month day list",
    pattern: rx(String.raw`(?<m>${MONTH_ANY})\s+(?<list>${DAY}(?:\s*,\s*${DAY})*\s*,?\s+(?:and|or|&)\s+${DAY})${NOT_BEFORE_MONTH}(?<tail>,?\s+(?<y>${YEAR}))?`),
    read: (match, g) => {
      const month = monthNumber(g.m!);
      const listStart = match.index + match[0].indexOf(g.list!, g.m!.length);
      const items = listedDays(g.list!, listStart);
      if (!items.every((item) => validDay(item.day))) return null;
      return items.map((item, position) => {
        const first = position === 0;
        const last = position === items.length - 1;
        const index = first ? match.index : item.index;
        const text = match[0].slice(index - match.index, item.index - match.index + item.text.length) + (last ? (g.tail ?? "") : "");
        const day: PartialDay = { month, day: item.day, year: year(g.y) };
        return { text, index, date: { kind: "days", from: day, to: day } };
      });
    },
  },
  {
    name: "day list month",
    pattern: rx(String.raw`${NOT_AFTER_NUMBER}(?<list>${DAY}(?:\s*,\s*${DAY})*\s*,?\s+(?:and|or|&)\s+${DAY})\s+(?:of\s+)?(?<m>${MONTH_ANY})${COMMA_YEAR("y")}`),
    read: (match, g) => {
      const month = monthNumber(g.m!);
      const items = listedDays(g.list!, match.index);
      if (!items.every((item) => validDay(item.day))) return null;
      return items.map((item, position) => {
        const last = position === items.length - 1;
        const text = last ? match[0].slice(item.index - match.index) : item.text;
        const day: PartialDay = { month, day: item.day, year: year(g.y) };
        return { text, index: item.index, date: { kind: "days", from: day, to: day } };
      });
    },
  },
  {
    name: "part of month",
    pattern: rx(String.raw`(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+|(?:the\s+)?(?<edge>end|beginning|start|middle)\s+of\s+)(?<m>${MONTH_FULL})${COMMA_YEAR("y")}`),
    read: (match, g) => [{ text: match[0], index: match.index, date: { kind: "month", month: monthNumber(g.m!), year: year(g.y), part: partOf(g) } }],
  },
  {
    name: "month year",
    pattern: rx(String.raw`(?<m>${MONTH_ANY})\s*,?\s+(?<y>${YEAR})`),
    read: (match, g) => [{ text: match[0], index: match.index, date: { kind: "month", month: monthNumber(g.m!), year: Number(g.y), part: null } }],
  },
  {
    name: "last/next/this month name",
    pattern: rx(String.raw`(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+(?<m>${MONTH_FULL})(?!\s*,?\s*\d)`),
    read: (match, g) => [{ text: match[0], index: match.index, date: { kind: "relative-month", month: monthNumber(g.m!), relation: relationOf(g.rel!) } }],
  },
  {
    // A bare month name only after a preposition (`in December`), so a name like `May` is not taken.
    name: "in month",
    pattern: rx(String.raw`(?<=\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Tt]hrough|[Tt]hroughout|[Ff]rom)\s+)(?<m>${MONTH_FULL})(?!\s*,?\s*\d)`),
    read: (match, g) => [{ text: match[0], index: match.index, date: { kind: "month", month: monthNumber(g.m!), year: null, part: null } }],
  },
  {
    name: "part of year",
    pattern: rx(String.raw`(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+|(?:the\s+)?(?:(?<edge>end|beginning|start|middle)|(?<half>first|second)\s+half)\s+of\s+)(?<y>${YEAR})`),
    read: (match, g) => {
      const part: YearPart = g.half ? (g.half === "first" ? "first-half" : "second-half") : partOf(g);
      return [{ text: match[0], index: match.index, date: { kind: "year-part", year: Number(g.y), part } }];
    },
  },
  {
    name: "weekday",
    pattern: rx(String.raw`(?:\b(?<rel>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?<wd>${WEEKDAY})`),
    read: (match, g) => {
      const relation = g.rel && !/^on$/i.test(g.rel) ? relationOf(g.rel) : null;
      return [{ text: match[0], index: match.index, date: { kind: "weekday", weekday: weekdayNumber(g.wd!), relation } }];
    },
  },
  {
    name: "yesterday/today/tomorrow",
    pattern: rx(String.raw`\b(?<w>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b`),
    read: (match, g) => {
      const offset = { yesterday: -1, today: 0, tomorrow: 1 }[g.w!.toLowerCase() as "yesterday" | "today" | "tomorrow"];
      return [{ text: match[0], index: match.index, date: { kind: "offset", unit: "day", offset } }];
    },
  },
  {
    name: "weekday range",
    pattern: rx(String.raw`(?:[Ff]rom\s+)?(?<wd1>${WEEKDAY})\s+(?:to|until|till|through|[-–])\s+(?<wd2>${WEEKDAY})(?:\s+(?<rel>next|last|this)\s+week\b)?`),
    read: (match, g) => [{ text: match[0], index: match.index, date: { kind: "week-days", from: weekdayNumber(g.wd1!), to: weekdayNumber(g.wd2!), week: g.rel ? WEEK_OFFSET[g.rel as WeekRelation] : null } }],
  },
  {
    name: "weekday of a named week",
    pattern: rx(String.raw`(?:\b(?:[Oo]n|[Ff]rom)\s+)?(?<wd>${WEEKDAY})\s+(?<rel>next|last|this)\s+week\b`),
    read: (match, g) => {
      const day = weekdayNumber(g.wd!);
      return [{ text: match[0], index: match.index, date: { kind: "week-days", from: day, to: day, week: WEEK_OFFSET[g.rel as WeekRelation] } }];
    },
  },
  {
    name: "weekday to a day",
    pattern: rx(String.raw`[Ff]rom\s+(?<wd>${WEEKDAY})\s+(?:to|until|till|through)\s+(?:(?<m1>${MONTH_ANY})\s+(?<d1>${DAY})|(?<d2>${DAY})\s+(?:of\s+)?(?<m2>${MONTH_ANY}))${COMMA_YEAR("y")}`),
    read: (match, g) => {
      const to: PartialDay = { month: monthNumber((g.m1 ?? g.m2)!), day: dayNumber((g.d1 ?? g.d2)!), year: year(g.y) };
      return validDay(to.day) ? [{ text: match[0], index: match.index, date: { kind: "weekday-to-day", weekday: weekdayNumber(g.wd!), to } }] : null;
    },
  },
  {
    name: "part of a day",
    pattern: rx(String.raw`\b(?:(?<rel>[Tt]his|[Yy]esterday|[Tt]omorrow)\s+(?:morning|afternoon|evening|night)|(?<tonight>[Tt]onight)|(?<lastNight>[Ll]ast\s+night))\b`),
    read: (match, g) => {
      const offset = g.tonight ? 0 : g.lastNight ? -1 : { this: 0, yesterday: -1, tomorrow: 1 }[g.rel!.toLowerCase() as "this" | "yesterday" | "tomorrow"];
      return [{ text: match[0], index: match.index, date: { kind: "offset", unit: "day", offset } }];
    },
  },
  {
    name: "this/last/next week, earlier/later this week, month or year",
    pattern: rx(String.raw`\b(?:(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\s+week|(?:[Ee]arlier|[Ll]ater)\s+this\s+(?<unit>week|month|year))\b`),
    read: (match, g) => {
      const unit = (g.unit ?? "week") as "week" | "month" | "year";
      const offset = g.rel ? WEEK_OFFSET[g.rel.toLowerCase() as WeekRelation] : 0;
      return [{ text: match[0], index: match.index, date: { kind: "offset", unit, offset } }];
    },
  },
  {
    name: "numeric date",
    pattern: rx(String.raw`(?<![\d/.])(?<a>[0-3]?\d)\/(?<b>[0-3]?\d)\/(?<y>(?:19|20|21)\d\d)(?![\d/])`),
    read: (match, g) => {
      const [first, second] = [Number(g.a), Number(g.b)];
      if (first < 1 || second < 1 || (first > 12 && second > 12)) return null;
      return [{ text: match[0], index: match.index, date: { kind: "numeric", first, second, year: Number(g.y) } }];
    },
  },
  {
    name: "this/last/next month or year",
    pattern: rx(String.raw`\b(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\s+(?<unit>month|year)\b`),
    read: (match, g) => {
      const offset = { this: 0, last: -1, next: 1 }[relationOf(g.rel!)];
      return [{ text: match[0], index: match.index, date: { kind: "offset", unit: g.unit as "month" | "year", offset } }];
    },
  },
];

type WeekRelation = "this" | "next" | "last";
const WEEK_OFFSET: Record<WeekRelation, number> = { this: 0, next: 1, last: -1 };

function relationOf(word: string): Relation {
  const key = word.toLowerCase();
  if (key === "last" || key === "past") return "last";
  if (key === "next" || key === "coming") return "next";
  return "this";
}

function partOf(g: Groups): MonthPart {
  const word = (g.part ?? g.edge ?? "").toLowerCase();
  if (word === "early" || word === "beginning" || word === "start") return "early";
  if (word === "mid" || word === "middle") return "mid";
  return "late";
}

/** Every match of every rule, overlapping ones included. */
function allCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    // Each rule's one global pattern, restarted here (scanning is never re-entered).
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const mentions = rule.read(match, match.groups ?? {});
      if (mentions) found.push({ start: match.index, end: match.index + match[0].length, mentions });
      // Retry from the next character after a rejected match, so a shorter reading can still be found.
      else pattern.lastIndex = match.index + 1;
    }
  }
  return found;
}

/**
 * The date expressions of a text, unresolved, in reading order. Where readings overlap the
 * longest wins (`Thursday, February 5` over `Thursday`; `February 5 and 6` over `February 5`).
 */
export function scanDates(text: string): RawMention[] {
  const ordered = allCandidates(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (!kept.some((other) => other.start < candidate.end && candidate.start < other.end)) kept.push(candidate);
  }
  return kept.flatMap((candidate) => candidate.mentions).sort((a, b) => a.index - b.index);
}
