// Evidence for invented test records: the rule and the words of a sentence a fact rests on.
import type { EventEvidence, Evidence } from "../../src/model/schema.ts";

/** `words` as found in `sentence` (the whole sentence when they are not in it). */
export function evidence(sentence: string, words: string, rule = "title before name"): Evidence {
  const start = Math.max(0, sentence.indexOf(words));
  const end = sentence.includes(words) ? start + words.length : sentence.length;
  return { rule, sentence, start, end, confidence: "high" };
}

/** An event whose facts no article explains (test data that is not about evidence). */
export const NO_EVENT_EVIDENCE: EventEvidence = { visitor: [], from: [], host: [], dates: [] };
