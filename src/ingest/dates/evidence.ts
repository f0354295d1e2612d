// Evidence records for dates: the rule, the sentence, the span of the date's words in it.
import type { Evidence } from "../../model/schema.ts";
import type { DateMention } from "./api.ts";
import type { SentenceSpan } from "./spans.ts";

/** Evidence for one mention read in its sentence (offsets made relative to the sentence). */
export function mentionEvidence(rule: string, mention: DateMention, sentence: SentenceSpan, confidence: Evidence["confidence"]): Evidence {
  const start = mention.index - sentence.start;
  return { rule, sentence: sentence.text, start, end: start + mention.text.length, confidence };
}

/** The sentences of a list of evidence, each once, joined as the record's `publishedEvidence` line. */
export function joinedSentences(why: readonly Evidence[]): string | null {
  const sentences = [...new Set(why.map((evidence) => evidence.sentence))];
  return sentences.length ? sentences.join(" … ") : null;
}

/** The lowest confidence among several pieces of evidence. */
export function weakest(why: readonly Evidence[]): Evidence["confidence"] {
  return why.some((evidence) => evidence.confidence === "low") ? "low" : "high";
}
