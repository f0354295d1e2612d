// findDateMentions: every date expression in a text, resolved to calendar days.
import type { DateContext, DateMention, Tense } from "./api.ts";
import { isIsoDay } from "../../util/iso-day.ts";
import { isHistorical } from "./history.ts";
import { markLists } from "./lists.ts";
import type { RawMention } from "./patterns.ts";
import { findRawDates } from "./finder.ts";
import { isRelative, resolveDate, yearWritten, type NumericOrder, type Precision, type Span } from "./resolve.ts";
import { sentenceAt, sentenceSpans } from "./spans.ts";
import { tenseAt } from "./tense.ts";
import { newestYear } from "./years.ts";

/** A yearless date takes its year from the nearest written full date; days beat months beat years. */
const ANCHOR_PREFERENCE: readonly Precision[] = ["day", "week", "month", "year"];

/**
 * The dates a text mentions, in reading order. A date without a written year takes it from
 * `context.reference` and the tense of its clause (or `context.tense`), else from the nearest
 * date in the text that writes its year and is not history, else from `context.year`; when none
 * exists it is left out, as are impossible days (`February 30`), relative dates (`on Thursday`,
 * `yesterday`) without a reference, and numeric dates (`06/03/2026`) whose order nothing decides.
 */
export function findDateMentions(text: string, context: DateContext): DateMention[] {
  if (context.reference !== null && !isIsoDay(context.reference)) {
    throw new RangeError(`findDateMentions: reference must be a real YYYY-MM-DD day, got "${context.reference}"`);
  }
  const raws = findRawDates(text);
  const sentences = sentenceSpans(text);
  const newest = newestYear(text);
  const numericOrder = numericOrderOf(raws);
  const anchors = context.reference ? [] : writtenYearAnchors(text, raws, newest, numericOrder);
  const implied: Span | null = context.year ? { start: `${context.year}-01-01`, end: `${context.year}-12-31`, precision: "year" } : null;
  const mentions: DateMention[] = [];
  for (const raw of raws) {
    const sentence = sentenceAt(sentences, raw.index);
    const tense: Tense =
      context.tense ?? (sentence ? tenseAt(sentence.text, raw.index - sentence.start, raw.text.length) : "present");
    const anchor = context.reference ? null : (nearestAnchor(anchors, raw.index) ?? implied);
    const resolved = resolveDate(raw.date, { reference: context.reference, tense, anchor, numericOrder });
    if (!resolved) continue;
    const historical = isHistorical(resolved, { text, index: raw.index, yearStated: resolved.yearStated, newestYear: newest });
    mentions.push({ text: raw.text, index: raw.index, ...resolved, tense, relative: isRelative(raw.date), historical });
  }
  markLists(mentions, text);
  return mentions;
}

interface Anchor extends Span {
  index: number;
}

/** Dates whose year is written and which are news, not history, resolved without context (they need none). */
function writtenYearAnchors(text: string, raws: RawMention[], newest: number | null, numericOrder: NumericOrder | null): Anchor[] {
  const anchors: Anchor[] = [];
  for (const raw of raws) {
    if (!yearWritten(raw.date)) continue;
    const span = resolveDate(raw.date, { reference: null, tense: "present", anchor: null, numericOrder });
    if (!span || isHistorical(span, { text, index: raw.index, yearStated: true, newestYear: newest })) continue;
    anchors.push({ start: span.start, end: span.end, precision: span.precision, index: raw.index });
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

/** A text writes numeric dates one way: a part over 12 in any of them decides for all (unless two disagree). */
function numericOrderOf(raws: RawMention[]): NumericOrder | null {
  const orders = new Set<NumericOrder>();
  for (const raw of raws) {
    if (raw.date.kind !== "numeric") continue;
    if (raw.date.first > 12) orders.add("day-first");
    if (raw.date.second > 12) orders.add("month-first");
  }
  return orders.size === 1 ? [...orders][0]! : null;
}
