// Key outcomes of a visit: the sentences of a report that say what the two sides agreed, signed
// or decided. A small table of outcome verbs, not a model of meaning; the sentence is quoted as
// written and linked to its paragraph, so a reader can judge it in context.
import type { OutcomeSentence } from "../model/schema.ts";
import { splitSentences } from "../text/sentences.ts";

const OUTCOME = new RegExp(
  String.raw`\b(?:agreed|agree to|signed|signing of|reaffirmed|pledged|committed to|decided|decision|adopted|` +
    String.raw`(?:elevated|upgraded) (?:\w+ ){0,3}(?:ties|relations|relationship|partnership|to)|` +
    String.raw`reached (?:\w+ ){0,2}(?:consensus|agreement)|concluded (?:an? )?(?:agreement|deal|treaty)|issued a joint statement|` +
    String.raw`joint statement|witnessed the (?:signing|exchange)|conferred|launched|inaugurat\w+)\b`,
  "i",
);
/** Plans and hopes are not outcomes yet. */
const NOT_YET = /\b(?:will|would|is expected to|are expected to|plan to|plans to|hope to|is set to|are set to)\s+(?:\w+\s+)?(?:agree|sign|adopt|decide)/i;

/** The sentences of a paragraph that state an outcome, as written. */
export function outcomeSentences(paragraph: string): string[] {
  return splitSentences(paragraph).filter((sentence) => OUTCOME.test(sentence) && !NOT_YET.test(sentence));
}

/** Every outcome sentence of the article, with its paragraph. */
export function findOutcomes(paragraphs: readonly string[]): OutcomeSentence[] {
  return paragraphs.flatMap((text, paragraph) => outcomeSentences(text).map((sentence) => ({ sentence, paragraph })));
}
