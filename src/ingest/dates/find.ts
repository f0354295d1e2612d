// findDateMentions: every date expression in a text, resolved to calendar days.
import type { DateContext, DateMention, Tense } from "./api.ts";
import { isIsoDay } from "../../util/iso-day.ts";
import { markLists } from "./lists.ts";
import { scanDates, type RawMention } from "./patterns.ts";
import { resolveDate, yearWritten, type Precision, type Span } from "./resolve.ts";
import { sentenceAt, sentenceSpans } from "./spans.ts";
import { tenseAt } from "./tense.ts";

/** A yearless date takes its year from the nearest written full date; days beat months beat years. */
const ANCHOR_PREFERENCE: readonly Precision[] = ["day", "month", "year"];

/**
 * The dates a text mentions, in reading order. A date without a written year takes it from
 * `context.reference` and the tense of its clause (or `context.tense`), else from the nearest
 * date in the text that writes its year; when neither exists it is left out, as are impossible
 * days (`February 30`) and relative dates (`on Thursday`, `yesterday`) without a reference.
 */
export function findDateMentions(text: string, context: DateContext): DateMention[] {
  if (context.reference !== null && !isIsoDay(context.reference)) {
    throw new RangeError(`findDateMentions: reference must be a real YYYY-MM-DD day, got "${context.reference}"`);
  }
  const raws = scanDates(text);
  const sentences = sentenceSpans(text);
  const anchors = context.reference ? [] : writtenYearAnchors(raws);
  const mentions: DateMention[] = [];
  for (const raw of raws) {
    const sentence = sentenceAt(sentences, raw.index);
    const tense: Tense =
      context.tense ?? (sentence ? tenseAt(sentence.text, raw.index - sentence.start, raw.text.length) : "present");
    const anchor = context.reference ? null : nearestAnchor(anchors, raw.index);
    const resolved = resolveDate(raw.date, { reference: context.reference, tense, anchor });
    if (!resolved) continue;
    mentions.push({ text: raw.text, index: raw.index, ...resolved, tense });
  }
  markLists(mentions, text);
  return mentions;
}

interface Anchor extends Span {
  index: number;
}

/** Dates whose year is written, resolved without context (they need none). */
function writtenYearAnchors(raws: RawMention[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const raw of raws) {
    if (!yearWritten(raw.date)) continue;
    const span = resolveDate(raw.date, { reference: null, tense: "present", anchor: null });
    if (span) anchors.push({ start: span.start, end: span.end, precision: span.precision, index: raw.index });
  }
  return anchors;
}

function nearestAnchor(anchors: Anchor[], index: number): Span | null {
  for (const precision of ANCHOR_PREFERENCE) {
    let best: Anchor | null = null;
    for (const anchor of anchors) {
      if (anchor.precision !== precision) continue;
      if (!best || Math.abs(anchor.index - index) < Math.abs(best.index - index)) best = anchor;
    }
    if (best) return best;
  }
  return null;
}
