// When a text was written, from what it tells: each dated mention bounds the day of writing. A
// future mention means written before its first day, a past one after its last day, a present one
// (photo captions included) on or after its first day and within a day of it; a past weekday
// (`on Saturday wrapped up`) within the week from that day. Contradicting bounds drop the weakest
// evidence until they agree.
import type { Evidence } from "../../model/schema.ts";
import type { DateMention, Tense } from "./api.ts";
import { addDays } from "../../util/iso-day.ts";
import { inCaption, sentenceOf, type ArticleText } from "./document.ts";
import { mentionEvidence } from "./evidence.ts";
import { findDateMentions } from "./find.ts";
import type { SentenceSpan } from "./spans.ts";
import { captionTenseAt } from "./tense.ts";

/** Weaker evidence is dropped first when bounds contradict: a year-precision date before a month, a month before a week, a week before a day. */
const PRECISION_STRENGTH: Record<DateMention["precision"], number> = { year: 0, month: 1, week: 2, day: 3 };
/** A weekday told alone (`on Saturday`) is within the week before (or after) the writing. */
const WEEKDAY_REACH_DAYS = 6;

/** One dated mention and what it says about when the text was written. */
export interface Bound {
  mention: DateMention;
  tense: Tense;
  sentence: SentenceSpan;
  caption: boolean;
  /** Written on or after this day. */
  lower: string | null;
  /** Written on or before this day. */
  upper: string | null;
  /** For a present mention: written within a day of it, unless other bounds say otherwise. */
  soft: string | null;
  /** For a past weekday: written within the week from it, unless other bounds say otherwise. */
  window: string | null;
}

/** The days the text may have been written, the bounds that set them, and what was dropped. */
export interface InferredRange {
  earliest: string;
  latest: string;
  /** The day to file it under: the earliest, or the eve of the event that closes the range (a preview). */
  published: string;
  /** The bound setting `earliest`, and the one setting `latest` when different. */
  lower: Bound | null;
  upper: Bound | null;
  dropped: string[];
}

/** Every dated mention of the captions and paragraphs that is news (not history), with its bound. */
export function collectBounds(article: ArticleText, reference: string | null, year: number | null): Bound[] {
  const bounds: Bound[] = [];
  for (const mention of findDateMentions(article.text, { reference, year })) {
    const sentence = sentenceOf(article, mention.index);
    if (!sentence || mention.historical) continue;
    const caption = inCaption(article, mention.index);
    const tense = caption ? captionTenseAt(sentence.text, mention.index - sentence.start, mention.text.length) : (mention.tense ?? "present");
    bounds.push(boundOf(mention, tense, sentence, caption));
  }
  return sameDayAsWeekday(bounds);
}

function boundOf(mention: DateMention, tense: Tense, sentence: SentenceSpan, caption: boolean): Bound {
  const base = { mention, tense, sentence, caption, lower: null, upper: null, soft: null, window: null };
  if (tense === "future") return { ...base, upper: addDays(mention.start, -1) };
  if (tense === "past") {
    // `on Saturday wrapped up`: a weekday is how a report names a day of its own week, that day included.
    if (mention.relative && mention.precision === "day") return { ...base, lower: mention.end, window: addDays(mention.end, WEEKDAY_REACH_DAYS) };
    return { ...base, lower: addDays(mention.end, 1) };
  }
  // A caption's present tense is the caption convention, not the time of writing (it may show a
  // file photo), so it bounds from below only; body text told as under way dates the writing.
  const soft = caption ? null : mention.precision === "day" ? addDays(mention.start, 1) : mention.end;
  return { ...base, lower: mention.start, soft };
}

/**
 * `on Saturday wrapped up his visit (July 2-4)`: a past weekday in the same sentence naming the
 * last day of a past span says the report may be from that very day.
 */
function sameDayAsWeekday(bounds: Bound[]): Bound[] {
  return bounds.map((bound) => {
    if (bound.tense !== "past" || bound.mention.relative) return bound;
    const named = bounds.some(
      (other) => other.window !== null && other.sentence.start === bound.sentence.start && other.mention.end === bound.mention.end,
    );
    return named ? { ...bound, lower: bound.mention.end } : bound;
  });
}

/** The range the bounds allow, dropping the weakest evidence while they contradict; null when nothing bounds it. */
export function boundedRange(found: Bound[]): InferredRange | null {
  let bounds = found;
  const dropped: string[] = [];
  for (;;) {
    const lower = tightestLower(bounds);
    const upper = tightestUpper(bounds);
    if (!lower && !upper) return null;
    if (lower && upper && lower.lower! > upper.upper!) {
      // A report can be written on the very day of what it tells as done: when that one day is
      // the whole clash (done on Monday, due on Tuesday), allow the same day instead of dropping.
      if (lower.tense === "past" && lower.mention.end === upper.upper) {
        bounds = bounds.map((bound) => (bound === lower ? { ...bound, lower: bound.mention.end } : bound));
        continue;
      }
      const weaker = weakerOf(lower, upper);
      dropped.push(describe(weaker));
      bounds = bounds.filter((bound) => bound !== weaker);
      continue;
    }
    return settle(lower, upper, bounds, dropped);
  }
}

/** Turns consistent bounds into the range, filling a missing side with a one-day window. */
function settle(lower: Bound | null, upper: Bound | null, bounds: Bound[], dropped: string[]): InferredRange {
  let earliest: string;
  let latest: string;
  let upperEvidence = upper;
  if (lower) {
    earliest = lower.lower!;
    // The latest thing a report tells as under way is at most a day old; a past weekday at most a week.
    const soft = latestSoft(bounds, earliest) ?? earliestWindow(bounds, earliest);
    const softDay = soft?.soft ?? soft?.window ?? null;
    const hard = upper?.upper ?? null;
    if (soft && softDay && (!hard || softDay < hard)) [latest, upperEvidence] = [softDay, soft];
    else latest = hard ?? addDays(earliest, 1);
  } else {
    // Only "written before": mirror the lower-bound rule, a window of a day before the bound.
    latest = upper!.upper!;
    earliest = addDays(latest, -1);
  }
  // A text closed by an event it announces is a preview: dated to the eve of that event, the day
  // nearest its news. Otherwise the first day it could have been written.
  const looksAhead = upperEvidence !== null && upperEvidence === upper;
  return { earliest, latest, published: looksAhead ? latest : earliest, lower, upper: upperEvidence, dropped };
}

/** Evidence for a bound: which rule it is, in words. */
export function boundEvidence(bound: Bound, confidence: Evidence["confidence"]): Evidence {
  return mentionEvidence(ruleOf(bound), bound.mention, bound.sentence, confidence);
}

function ruleOf(bound: Bound): string {
  if (bound.caption && bound.tense !== "future") return bound.tense === "past" ? "photo caption of a past occasion: written after it" : "photo caption: written on or after its day";
  if (bound.tense === "future") return "announced event: written before it";
  if (bound.window) return "weekday told as past: written that day or within the week after";
  if (bound.tense === "past") return "reported event: written after it";
  return "event under way: written on or just after its day";
}

/** The bound giving the latest "written on or after" day (on a tie, the more precise, then the first). */
function tightestLower(bounds: Bound[]): Bound | null {
  let best: Bound | null = null;
  for (const bound of bounds) {
    if (!bound.lower) continue;
    if (!best || bound.lower > best.lower! || (bound.lower === best.lower && strength(bound) > strength(best))) best = bound;
  }
  return best;
}

/** The bound giving the earliest "written on or before" day. */
function tightestUpper(bounds: Bound[]): Bound | null {
  let best: Bound | null = null;
  for (const bound of bounds) {
    if (!bound.upper) continue;
    if (!best || bound.upper < best.upper! || (bound.upper === best.upper && strength(bound) > strength(best))) best = bound;
  }
  return best;
}

/** The latest present-tense window that does not end before `earliest`. */
function latestSoft(bounds: Bound[], earliest: string): Bound | null {
  let best: Bound | null = null;
  for (const bound of bounds) {
    if (!bound.soft || bound.soft < earliest) continue;
    if (!best || bound.soft > best.soft!) best = bound;
  }
  return best;
}

/** The tightest past-weekday window that does not end before `earliest`. */
function earliestWindow(bounds: Bound[], earliest: string): Bound | null {
  let best: Bound | null = null;
  for (const bound of bounds) {
    if (!bound.window || bound.window < earliest) continue;
    if (!best || bound.window < best.window!) best = bound;
  }
  return best;
}

/** Precision first; then a written year beats an inferred one; then text beats a caption. */
function strength(bound: Bound): number {
  return PRECISION_STRENGTH[bound.mention.precision] * 4 + (bound.mention.yearStated ? 2 : 0) + (bound.caption ? 0 : 1);
}

/** Of two contradicting bounds, the one to drop; on a full tie the later in the article (leads are most reliable). */
function weakerOf(a: Bound, b: Bound): Bound {
  if (strength(a) !== strength(b)) return strength(a) < strength(b) ? a : b;
  return a.mention.index > b.mention.index ? a : b;
}

function describe(bound: Bound): string {
  return `"${bound.mention.text}" (${bound.mention.precision} precision, ${bound.tense}) contradicted stronger evidence: ${bound.sentence.text}`;
}
