// The published date from the dates an article writes as its own (date lines, timestamps, the
// dateline's date). Dates that write their year give the candidates; yearless ones (`LAOS, June
// 18 -`) narrow them by month and day, or, alone, take a year from the text: a full date it writes
// (not history), else the year it implies (`years.ts`). A numeric date read both ways (`04/05/2026`)
// is read the way that falls among the days the text tells of; when nothing decides, only the
// range of both readings is honest.
import type { Evidence } from "../../model/schema.ts";
import type { PublishedDate } from "./api.ts";
import { isoDay, partsOf, weekdayOf } from "../../util/iso-day.ts";
import type { ArticleText } from "./document.ts";
import { mentionEvidence } from "./evidence.ts";
import { findDateMentions } from "./find.ts";
import type { PartialDay } from "./patterns.ts";
import { gapBetween, resolveDate } from "./resolve.ts";
import { sentenceAt } from "./spans.ts";
import type { WrittenDate } from "./written.ts";
import { impliedYear, yearlessDays, type YearlessDay } from "./years.ts";

/** A reading this close to a day the text tells of (and the other reading not) decides a numeric date. */
const NEAR_DAYS = 7;

export function publishedFromWritten(written: readonly WrittenDate[], article: ArticleText): PublishedDate | null {
  if (written.length === 0) return null;
  const why: Evidence[] = [];
  let candidates = daysWithYear(written, why);
  const yearless = written.filter((date) => date.readings.every((reading) => reading.year === null));
  if (candidates.length > 0) {
    for (const date of yearless) {
      const same = candidates.filter((day) => date.readings.some((reading) => sameMonthDay(day, reading)));
      if (same.length === 0) continue;
      if (same.length < candidates.length) {
        // The other reading is ruled out: what was ambiguous is now sure.
        why.splice(0, why.length, ...why.map((evidence) => ({ ...evidence, confidence: "high" as const })));
        why.push(writtenEvidence(date, "numeric date read by the dateline", "high"));
      }
      candidates = same;
    }
  } else {
    const date = yearless[0]!;
    const reading = date.readings[0]!;
    const year = yearOf(reading, date, article);
    why.push(writtenEvidence(date, date.rule, year?.confidence ?? "low"));
    if (!year) {
      why[0] = { ...why[0]!, rule: `${date.rule} without a year, and no year in the text` };
      return { published: null, basis: "undated", evidence: date.text, range: null, why };
    }
    why.push(year.evidence);
    const day = isoDay(year.year, reading.month, reading.day);
    if (!day) return null;
    candidates = [day];
  }
  if (candidates.length === 1) return dated(candidates[0]!, written, why);
  return decideReadings(candidates, written, why, article);
}

/** The days the dates that write their year agree on (the first one wins a disagreement). */
function daysWithYear(written: readonly WrittenDate[], why: Evidence[]): string[] {
  let candidates: string[] = [];
  for (const date of written) {
    const days = date.readings
      .map((reading) => (reading.year === null ? null : isoDay(reading.year, reading.month, reading.day)))
      .filter((day): day is string => day !== null);
    if (days.length === 0) continue;
    const agreeing = candidates.length ? candidates.filter((day) => days.includes(day)) : days;
    const disagrees = agreeing.length === 0;
    why.push(writtenEvidence(date, disagrees ? `${date.rule} disagreeing with an earlier date` : date.rule, disagrees || days.length > 1 ? "low" : "high"));
    if (!disagrees) candidates = agreeing;
  }
  return candidates;
}

function dated(day: string, written: readonly WrittenDate[], why: Evidence[]): PublishedDate {
  const weekdays = written.filter((date) => date.weekday !== null);
  if (weekdays.some((date) => date.weekday !== weekdayOf(day))) why.push({ ...why[0]!, rule: "the weekday written does not fall on this day", confidence: "low" });
  return { published: day, basis: "dateline", evidence: joinedTexts(written), range: null, why };
}

/** Two readings of a numeric date: the one among the days the text tells of, else the honest range of both. */
function decideReadings(candidates: string[], written: readonly WrittenDate[], why: Evidence[], article: ArticleText): PublishedDate {
  const distances = candidates.map((day) => ({ day, ...nearestToldDay(article, day) })).sort((a, b) => a.distance - b.distance);
  const [best, next] = distances;
  if (best && next && best.distance <= NEAR_DAYS && next.distance > NEAR_DAYS && best.evidence) {
    why.push(best.evidence);
    return dated(best.day, written, why.map((evidence) => ({ ...evidence, confidence: "high" })));
  }
  const sorted = [...candidates].sort();
  const range = { earliest: sorted[0]!, latest: sorted.at(-1)! };
  const ambiguous = why.map((evidence) => ({ ...evidence, rule: `${evidence.rule}: day and month order unknown`, confidence: "low" as const }));
  return { published: range.earliest, basis: "dateline", evidence: joinedTexts(written), range, why: ambiguous };
}

/** How far `day` is from the nearest day the text tells of (history and relative words aside), with that sentence. */
function nearestToldDay(article: ArticleText, day: string): { distance: number; evidence: Evidence | null } {
  let best: { distance: number; evidence: Evidence | null } = { distance: Infinity, evidence: null };
  for (const mention of findDateMentions(article.text, { reference: day })) {
    if (mention.relative || mention.historical || mention.precision !== "day") continue;
    const distance = gapBetween(mention, { start: day, end: day, precision: "day" });
    const sentence = sentenceAt(article.sentences, mention.index);
    if (distance < best.distance && sentence) best = { distance, evidence: mentionEvidence("numeric date read the way that falls among the days the text tells of", mention, sentence, "high") };
  }
  return best;
}

/** A yearless written date's year: from a full date the text writes (not history), else the year the text implies. */
function yearOf(reading: PartialDay, date: WrittenDate, article: ArticleText): { year: number; evidence: Evidence; confidence: Evidence["confidence"] } | null {
  const anchors = findDateMentions(article.text, { reference: null }).filter((mention) => mention.yearStated && !mention.historical && !mention.relative);
  const anchor = anchors.find((mention) => mention.precision === "day") ?? anchors[0];
  if (anchor) {
    const span = resolveDate({ kind: "days", from: reading, to: reading }, { reference: null, tense: "present", anchor });
    const sentence = sentenceAt(article.sentences, anchor.index);
    if (span && sentence) {
      return { year: partsOf(span.start).year, evidence: mentionEvidence("year from a full date the text writes", anchor, sentence, "high"), confidence: "high" };
    }
  }
  const implied = impliedYear(article.sentences, daysToTest(article, date, reading));
  return implied ? { ...implied, confidence: implied.evidence.confidence } : null;
}

/** The text's yearless days, and the written date itself with the sentence it opens, to test weekdays against. */
function daysToTest(article: ArticleText, date: WrittenDate, reading: PartialDay): YearlessDay[] {
  const own: YearlessDay[] = date.sentence ? [{ from: reading, to: reading, sentence: { text: date.sentence, start: 0, end: date.sentence.length } }] : [];
  return [...own, ...yearlessDays(article)];
}

function sameMonthDay(day: string, reading: PartialDay): boolean {
  const parts = partsOf(day);
  return parts.month === reading.month && parts.day === reading.day;
}

function writtenEvidence(date: WrittenDate, rule: string, confidence: Evidence["confidence"]): Evidence {
  return { rule, sentence: date.text, start: date.start, end: date.end, confidence };
}

function joinedTexts(written: readonly WrittenDate[]): string {
  return [...new Set(written.map((date) => date.text))].join(" … ");
}
