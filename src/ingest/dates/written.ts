// Dates an article writes as its own, outside its sentences: a date line (`THURSDAY, MARCH 12,
// 2026`), a timestamp (`April 16, 2026, 11:20 [GMT+7]`, `15:02 April 10, 2026`, `31/03/2026
// 20:15`), a blog's `Posted on 04/05/2026 by admin`, a place-and-date line (`Nairobi, Friday 9th
// October 2026`, `Phnom Penh, 05/06/2026`) and the date in an agency dateline (`March 06, 2026`,
// `Oct. 14`). Each is read into its possible calendar readings; deciding between them is
// `published.ts`'s job.
import type { PartialDay } from "./patterns.ts";
import { monthNumber } from "./names.ts";

/** A date written as the article's own, with what its words can mean. */
export interface WrittenDate {
  /** The line (or the dateline) as written. */
  text: string;
  /** Offsets of the date words within `text`. */
  start: number;
  end: number;
  /** Where it was written, in words: `date line`, `dateline`, `place and date line`. */
  rule: string;
  /** One reading, or two for a numeric date that reads day-first and month-first (`04/05/2026`). */
  readings: PartialDay[];
  /** The weekday it writes (`THURSDAY, MARCH 12, 2026`), 0 = Sunday, or null. */
  weekday: number | null;
  /** For a dateline: the sentence it opens (a weekday there, `said on Thursday`, usually names its day). */
  sentence?: string;
}

/** `march` → `[Mm][Aa][Rr][Cc][Hh]`: case-blind words in a pattern that otherwise cares about case. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

const MONTH_WORDS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"];
const WEEKDAY_WORDS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_ABBREVIATIONS = ["thurs", "tues", "thu", "tue", "mon", "wed", "fri", "sat", "sun"];

const MONTH = `(?:${[...MONTH_WORDS, ...MONTH_ABBREVIATIONS].map(anyCase).join("|")})\\.?(?![\\p{L}])`;
const WEEKDAY = `(?:${[...WEEKDAY_WORDS, ...WEEKDAY_ABBREVIATIONS].map(anyCase).join("|")})\\.?(?![\\p{L}])`;
const ORDINAL = "(?:st|nd|rd|th)?";
/** The date itself, in one of four shapes; each shape has its own groups. */
const DATE = String.raw`(?:(?<m1>${MONTH})\s+(?<d1>\d{1,2})${ORDINAL}(?![\d\p{L}])(?:,?\s+(?<y1>\d{4}))?|(?<d2>\d{1,2})${ORDINAL}\s+(?:${anyCase("of")}\s+)?(?<m2>${MONTH})(?:,?\s+(?<y2>\d{4}))?|(?<n1>\d{1,2})[/.](?<n2>\d{1,2})[/.](?<y3>\d{4})|(?<y4>\d{4})-(?<m4>\d{2})-(?<d4>\d{2}))(?!\d)`;
const ZONE = String.raw`(?:\s*[[(]?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?[\])]?|\s+[A-Z]{2,5})`;
const TIME = String.raw`\d{1,2}[:.h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?${ZONE}?`;
const SEPARATOR = String.raw`\s*(?:[,|–—-]\s*)?`;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,3}`;
const POSTED = `(?:${["posted", "published", "updated", "last updated"].map(anyCase).join("|")})(?:\\s+${anyCase("on")})?\\s*:?\\s+`;

/** A whole line that is only a date, with an optional place, weekday, time and poster. */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?<posted>${POSTED})|(?<place>${PLACE}),\s+)?(?:(?<weekday>${WEEKDAY}),?\s+)?(?<date>${DATE})(?:${SEPARATOR}${TIME})?(?:\s+by\s+\S+(?:\s\S+)?)?\s*$`,
  "u",
);
/** The same with the time first: `15:02 April 10, 2026`. */
const TIME_FIRST_LINE = new RegExp(String.raw`^${TIME}${SEPARATOR}(?:(?<weekday>${WEEKDAY}),?\s+)?(?<date>${DATE})\s*$`, "u");
/** Just a date, as an agency dateline carries it (`March 06, 2026`, `Oct. 14`, `14 MAY`). */
const DATE_ONLY = new RegExp(String.raw`^(?:(?<weekday>${WEEKDAY}),?\s+)?(?<date>${DATE})$`, "u");

/** A line that is only a date (a date line, a timestamp, a place and a date), or null. */
export function readDateLine(line: string): { date: WrittenDate; place: string | null } | null {
  const text = line.trim();
  const match = DATE_LINE.exec(text) ?? TIME_FIRST_LINE.exec(text);
  if (!match?.groups) return null;
  let place = match.groups.place ?? null;
  let weekday = weekdayOf(match.groups.weekday);
  // `THURSDAY, MARCH 12, 2026`: a weekday where a place could stand is the weekday.
  if (place !== null && weekdayOf(place) !== null && weekday === null) [weekday, place] = [weekdayOf(place), null];
  if (place !== null && weekdayOf(place) !== null) return null;
  const readings = readingsOf(match.groups);
  if (readings.length === 0) return null;
  // `Minister Ana Lima, May 5` is no place line: a press release's place line writes the year.
  if (place !== null && readings.every((reading) => reading.year === null)) return null;
  const start = match.index + match[0].indexOf(match.groups.date!);
  const rule = match.groups.posted ? "posted line" : place !== null ? "place and date line" : /\d[:.h]\d\d/.test(text) ? "timestamp line" : "date line";
  return { date: { text, start, end: start + match.groups.date!.length, rule, readings, weekday }, place };
}

/** The date an agency dateline carries (`Vientiane, March 06, 2026 (KPL) –`), given the dateline and the date's words in it. */
export function readDatelineDate(dateline: string, words: string): WrittenDate | null {
  const match = DATE_ONLY.exec(words.trim().replace(/[.,]$/, ""));
  if (!match?.groups) return null;
  const readings = readingsOf(match.groups);
  const at = dateline.indexOf(words.trim());
  if (readings.length === 0 || at < 0) return null;
  const date = match.groups.date!;
  const start = at + words.trim().indexOf(date);
  return { text: dateline, start, end: start + date.length, rule: "dateline", readings, weekday: weekdayOf(match.groups.weekday) };
}

/** 0 (Sunday) – 6 for a weekday word or abbreviation (`THURSDAY`, `Thu.`), else null. */
function weekdayOf(word: string | undefined): number | null {
  const key = word?.replace(/\.$/, "").toLowerCase() ?? "";
  if (key.length < 3) return null;
  const index = WEEKDAY_WORDS.findIndex((name) => name.startsWith(key));
  return index >= 0 ? index : null;
}

/** The calendar readings of one written date; a numeric date reads both ways unless a part is over 12. */
function readingsOf(groups: Record<string, string | undefined>): PartialDay[] {
  const year = (value: string | undefined) => (value === undefined ? null : Number(value));
  let readings: PartialDay[];
  if (groups.m1) readings = [{ month: monthNumber(groups.m1), day: Number(groups.d1), year: year(groups.y1) }];
  else if (groups.m2) readings = [{ month: monthNumber(groups.m2), day: Number(groups.d2), year: year(groups.y2) }];
  else if (groups.y4) readings = [{ month: Number(groups.m4), day: Number(groups.d4), year: Number(groups.y4) }];
  else {
    const [first, second, written] = [Number(groups.n1), Number(groups.n2), Number(groups.y3)];
    readings = [
      { day: first, month: second, year: written },
      { day: second, month: first, year: written },
    ];
    if (first === second) readings = readings.slice(0, 1);
  }
  return readings.filter((reading) => reading.month >= 1 && reading.month <= 12 && reading.day >= 1 && reading.day <= 31);
}
