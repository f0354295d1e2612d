// The year of an article that never writes it beside a day: `LAOS, June 18 -` over a text that
// speaks of `the 2025 cooperation plan and … the action plan for 2026`. The clues, strongest first:
// an anniversary counted from a written year (`established … in 1957 … the 70th anniversary of the
// ties next year` → 2026); a weekday written beside a yearless day that falls on it in only one
// candidate year (`said on Thursday` under `May 14`); else the newest year the text names, marked
// as a guess (low confidence).
import { isoDay, weekdayOf, addDays, daysBetween } from "../../util/iso-day.ts";
import type { Evidence } from "../../model/schema.ts";
import { WEEKDAY, weekdayNumber } from "./names.ts";
import type { ArticleText } from "./document.ts";
import { findRawDates } from "./finder.ts";
import type { PartialDay } from "./patterns.ts";
import { sentenceAt, type SentenceSpan } from "./spans.ts";

/** A four-digit year a news text could mean. */
const YEAR = /(?<![\d/.-])(?:19|20|21)\d\d(?![\d/])/g;
/** Years that are targets or plans, not the time of writing: `by 2030`, `until 2030`, `2026-2030`. */
const TARGET_BEFORE = /\b(?:by|until|till|through|to|towards?)\s+$/i;
const RANGE_AROUND = /\d{4}\s*[-–]\s*$|^\s*[-–]\s*\d{4}/;
/** `Master Plan 2030`, `Vision 2045`, `ANTARA 2026`: a year in a name. */
const NAME_BEFORE = /\p{Lu}[\p{L}]*\s+$/u;
/** Words that may stand capitalised before a year at the start of a sentence or as a month. */
const NOT_A_NAME = /^(?:In|Since|By|From|Until|For|During|Before|After|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const ANNIVERSARY = /\b(?<count>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/gi;
const RELATIVE_YEAR: Record<string, number> = { "next year": 1, "this year": 0, "last year": -1 };
const RELATIVE_YEAR_WORDS = /\b(?:next|this|last) year\b/gi;
const WEEKDAY_WORD = new RegExp(String.raw`(?<!\b(?:[Nn]ext|[Ll]ast|[Tt]his|[Cc]oming)\s+)\b${WEEKDAY}`, "gu");

export interface YearMention {
  year: number;
  index: number;
}

/** The years a text writes, leaving out targets (`by 2030`), ranges (`2026-2030`) and names (`Plan 2030`). */
export function writtenYears(text: string): YearMention[] {
  const found: YearMention[] = [];
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + 4, match.index + 10);
    if (TARGET_BEFORE.test(before) || RANGE_AROUND.test(before) || RANGE_AROUND.test(after)) continue;
    const name = NAME_BEFORE.exec(before);
    if (name && !NOT_A_NAME.test(name[0].trim())) continue;
    found.push({ year: Number(match[0]), index: match.index });
  }
  return found;
}

/** The newest year a text names (targets, ranges and names left out), or null. */
export function newestYear(text: string): number | null {
  const years = writtenYears(text).map((mention) => mention.year);
  return years.length ? Math.max(...years) : null;
}

/** A yearless day written in a sentence, to test against weekdays written in the same sentence. */
export interface YearlessDay {
  from: PartialDay;
  to: PartialDay;
  /** The sentence holding it (for a dateline's date, the lead sentence the dateline opens). */
  sentence: SentenceSpan;
}

/** The days a text writes without a year, each with its sentence. */
export function yearlessDays(article: ArticleText): YearlessDay[] {
  const days: YearlessDay[] = [];
  for (const raw of findRawDates(article.text)) {
    if (raw.date.kind !== "days" || raw.date.from.year !== null || raw.date.to.year !== null) continue;
    const sentence = sentenceAt(article.sentences, raw.index);
    if (sentence) days.push({ from: raw.date.from, to: raw.date.to, sentence });
  }
  return days;
}

export interface ImpliedYear {
  year: number;
  evidence: Evidence;
}

/**
 * The year a text implies for its yearless days, or null when it names no year at all.
 * `sentences` are the text's sentences; `days` the yearless days to test weekdays against.
 */
export function impliedYear(sentences: readonly SentenceSpan[], days: readonly YearlessDay[]): ImpliedYear | null {
  const anniversary = anniversaryYear(sentences);
  if (anniversary) return anniversary;
  const text = sentences.map((sentence) => sentence.text).join(" ");
  const newest = newestYear(text);
  if (newest === null) return null;
  const byWeekday = weekdayYear(days, [newest, newest + 1]);
  if (byWeekday) return byWeekday;
  const sentence = sentences.find((candidate) => writtenYears(candidate.text).some((mention) => mention.year === newest))!;
  const at = writtenYears(sentence.text).find((mention) => mention.year === newest)!.index;
  return {
    year: newest,
    evidence: { rule: "year implied: the newest year the text names", sentence: sentence.text, start: at, end: at + 4, confidence: "low" },
  };
}

/** `established … in 1957 … the 70th anniversary of the ties next year`: 1957 + 70 − 1. */
function anniversaryYear(sentences: readonly SentenceSpan[]): ImpliedYear | null {
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(ANNIVERSARY)) {
      const years = writtenYears(sentence.text).map((mention) => mention.year);
      const founded = years.length ? { year: Math.min(...years) } : null;
      const relative = [...sentence.text.matchAll(RELATIVE_YEAR_WORDS)][0];
      if (!founded || !relative) continue;
      const year = founded.year + Number(match.groups!.count) - RELATIVE_YEAR[relative[0].toLowerCase()]!;
      return {
        year,
        evidence: { rule: "year implied by an anniversary", sentence: sentence.text, start: match.index, end: match.index + match[0].length, confidence: "high" },
      };
    }
  }
  return null;
}

/** The one candidate year in which the weekdays written beside yearless days fall within them. */
function weekdayYear(days: readonly YearlessDay[], candidates: number[]): ImpliedYear | null {
  const agreeing = new Map<number, Evidence>();
  for (const year of candidates) {
    for (const day of days) {
      const start = isoDay(year, day.from.month, day.from.day);
      const wraps = day.to.month < day.from.month ? 1 : 0;
      const end = isoDay(year + wraps, day.to.month, day.to.day);
      if (!start || !end || end < start || daysBetween(start, end) > 6) continue;
      for (const match of day.sentence.text.matchAll(WEEKDAY_WORD)) {
        if (!fallsWithin(weekdayNumber(match[0]), start, end)) continue;
        agreeing.set(year, {
          rule: "year implied by a weekday",
          sentence: day.sentence.text,
          start: match.index,
          end: match.index + match[0].length,
          confidence: "high",
        });
      }
    }
  }
  if (agreeing.size !== 1) return null;
  const [year, evidence] = [...agreeing][0]!;
  return { year, evidence };
}

function fallsWithin(weekday: number, start: string, end: string): boolean {
  for (let day = start; day <= end; day = addDays(day, 1)) if (weekdayOf(day) === weekday) return true;
  return false;
}
