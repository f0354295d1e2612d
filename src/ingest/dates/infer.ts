// inferPublished: when an article was published. A date given in front matter or stated in the
// text wins; otherwise the date is inferred from what the text tells, as a range of days with the
// sentences that bound it. `published` is the range's EARLIEST day: the first day on which the
// text could have been written as it stands, or, for a text that announces what closes the range,
// its latest day (the eve of the announced event).
import type { DateMention, PublishedDate, PublishedInput, Tense } from "./api.ts";
import { findDateMentions } from "./find.ts";
import { addDays, isIsoDay } from "../../util/iso-day.ts";
import { sentenceAt, sentenceSpans } from "./spans.ts";
import { captionTenseAt } from "./tense.ts";

/** An article whose date is missing, unreadable or impossible. Its message is one line: `FILE: reason`. */
export class UndatableError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "UndatableError";
    this.file = file;
  }
}

/** A day with an optional time after it, as front matter may write it (`2031-03-07T09:00:00Z`). */
const WRITTEN_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z ]*)?$/;

/** Weaker evidence is dropped first when bounds contradict: a year-precision date before a month, a month before a day. */
const PRECISION_STRENGTH: Record<DateMention["precision"], number> = { year: 0, month: 1, day: 2 };

/** One dated mention and what it says about when the text was written. */
interface Bound {
  mention: DateMention;
  tense: Tense;
  sentence: string;
  caption: boolean;
  /** Written on or after this day. */
  lower: string | null;
  /** Written on or before this day. */
  upper: string | null;
  /** For a present mention: written within a day of it, unless other bounds say otherwise. */
  soft: string | null;
}

export function inferPublished(input: PublishedInput): PublishedDate {
  const frontMatter = input.frontMatterDate?.trim();
  if (frontMatter) return { published: checkedDay(input.file, frontMatter), basis: "front-matter", evidence: null, range: null };
  const stated = input.statedDate?.trim();
  if (stated) return { published: checkedDay(input.file, stated), basis: "stated", evidence: null, range: null };
  return inferFromText(input);
}

/** The `YYYY-MM-DD` day of a written date, or an error naming the file. */
function checkedDay(file: string, written: string): string {
  const day = WRITTEN_DAY.exec(written)?.[1];
  if (!day) throw new UndatableError(file, `unreadable date "${written}" (expected YYYY-MM-DD)`);
  if (!isIsoDay(day)) throw new UndatableError(file, `impossible date ${day}`);
  return day;
}

/**
 * Bounds from every dated mention: a future one means written before its first day, a past one
 * after its last day, a present one (photo captions included) on or after its first day and
 * within a day of it. Contradicting bounds drop the weakest evidence until they agree.
 */
function inferFromText(input: PublishedInput): PublishedDate {
  const absolute = collectBounds(input, null);
  const first = boundedRange(input, absolute);
  // Words such as `on Sunday` or `yesterday` only mean a day once the text has one: read the text
  // again against the first estimate, so they bound the date too.
  const again = collectBounds(input, first.published);
  if (again.length === absolute.length) return first;
  try {
    return boundedRange(input, again);
  } catch {
    return first;
  }
}

function boundedRange(input: PublishedInput, found: Bound[]): PublishedDate {
  let bounds = found;
  const dropped: string[] = [];
  for (;;) {
    const lower = tightestLower(bounds);
    const upper = tightestUpper(bounds);
    if (!lower && !upper) throw new UndatableError(input.file, "no date stated and none can be inferred from the text");
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

/** Turns consistent bounds into the published range, filling a missing side with a one-day window. */
function settle(lower: Bound | null, upper: Bound | null, bounds: Bound[], dropped: string[]): PublishedDate {
  let earliest: string;
  let latest: string;
  let upperEvidence = upper;
  if (lower) {
    earliest = lower.lower!;
    // The latest thing a report tells as under way is at most a day old.
    const soft = latestSoft(bounds, earliest);
    const hard = upper?.upper ?? null;
    if (soft && (!hard || soft.soft! < hard)) [latest, upperEvidence] = [soft.soft!, soft];
    else latest = hard ?? addDays(earliest, 1);
  } else {
    // Only "written before": mirror the lower-bound rule, a window of a day before the bound.
    latest = upper!.upper!;
    earliest = addDays(latest, -1);
  }
  const evidence = [...new Set([lower?.sentence, upperEvidence?.sentence].filter((text): text is string => Boolean(text)))];
  // A text closed by an event it announces is a preview: dated to the eve of that event, the day
  // nearest its news. Otherwise the first day it could have been written.
  const looksAhead = upperEvidence !== null && upperEvidence === upper;
  return {
    published: looksAhead ? latest : earliest,
    basis: "inferred",
    evidence: evidence.join(" … "),
    range: { earliest, latest },
    dropped,
  };
}

/** Every dated mention of the captions and paragraphs, with its bound. */
function collectBounds(input: PublishedInput, reference: string | null): Bound[] {
  const blocks = [
    ...input.captions.map((caption) => ({ text: caption.text, caption: true })),
    ...input.paragraphs.map((text) => ({ text, caption: false })),
  ];
  // One text, so a yearless date can borrow the year of the nearest full date anywhere in the article.
  const starts: number[] = [];
  let document = "";
  for (const block of blocks) {
    starts.push(document.length);
    document += `${block.text.replace(/\n/g, " ")}\n\n`;
  }
  const sentences = sentenceSpans(document);
  const bounds: Bound[] = [];
  for (const mention of findDateMentions(document, { reference })) {
    const sentence = sentenceAt(sentences, mention.index);
    if (!sentence) continue;
    const caption = blocks[blockAt(starts, mention.index)]?.caption ?? false;
    const tense = caption ? captionTenseAt(sentence.text, mention.index - sentence.start, mention.text.length) : (mention.tense ?? "present");
    bounds.push(boundOf(mention, tense, sentence.text, caption));
  }
  return bounds;
}

/** Index of the block holding offset `index` (`starts` ascending). */
function blockAt(starts: number[], index: number): number {
  let found = 0;
  for (let block = 0; block < starts.length && starts[block]! <= index; block++) found = block;
  return found;
}

function boundOf(mention: DateMention, tense: Tense, sentence: string, caption: boolean): Bound {
  const base = { mention, tense, sentence, caption, lower: null, upper: null, soft: null };
  if (tense === "future") return { ...base, upper: addDays(mention.start, -1) };
  if (tense === "past") return { ...base, lower: addDays(mention.end, 1) };
  // A caption's present tense is the caption convention, not the time of writing (it may show a
  // file photo), so it bounds from below only; body text told as under way dates the writing.
  const soft = caption ? null : mention.precision === "day" ? addDays(mention.start, 1) : mention.end;
  return { ...base, lower: mention.start, soft };
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
  return `"${bound.mention.text}" (${bound.mention.precision} precision, ${bound.tense}) contradicted stronger evidence: ${bound.sentence}`;
}
