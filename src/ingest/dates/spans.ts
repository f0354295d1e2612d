// Sentences of a text with their character offsets, so a date found at an offset can be read
// in the sentence (and clause) that holds it.
import { splitSentences } from "../../text/sentences.ts";

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Each line is split into sentences; a sentence never runs across a line break. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let cursor = 0;
    for (const sentence of splitSentences(line[0])) {
      const at = line[0].indexOf(sentence, cursor);
      if (at < 0) continue;
      spans.push({ text: sentence, start: line.index + at, end: line.index + at + sentence.length });
      cursor = at + sentence.length;
    }
  }
  return spans;
}

/** The sentence holding offset `index`, or null in whitespace between sentences. */
export function sentenceAt(spans: SentenceSpan[], index: number): SentenceSpan | null {
  return spans.find((span) => span.start <= index && index < span.end) ?? null;
}
