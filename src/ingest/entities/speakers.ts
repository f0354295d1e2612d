// Who is speaking rather than acting: `Reis said`, `according to Minister X`, `said Minister X`.
// A speaker is never taken as a visitor, and speaking does not make someone an article's subject.
import type { Word } from "./words.ts";

const SPEECH_VERBS = new Set(
  ("said says told tells noted notes stressed stresses underlined underlines affirmed affirms highlighted highlights " +
    "emphasised emphasises emphasized emphasizes added adds assessed assesses expressed expresses stated states remarked " +
    "explained explains recalled recalls underscored underscores commented asserted announced announces confirmed " +
    "confirms reiterated reiterates observed observes pointed wrote writes insisted insists argued argues").split(" "),
);

/** `spanStart..nameEnd` is the whole mention, title included. */
export function isSpeaker(words: readonly Word[], spanStart: number, nameEnd: number): boolean {
  const after = words[nameEnd];
  if (after && SPEECH_VERBS.has(after.key) && !words[nameEnd - 1]!.possessive && (after.sep === " " || after.sep === ", ")) return true;
  const before = words[spanStart - 1];
  const beforeThat = words[spanStart - 2];
  if (before?.key === "to" && beforeThat?.key === "according") return true;
  // `…, said Minister X.` names the speaker; `said the King will visit` names whom the speech is about.
  const clauseGoesOn = after !== undefined && after.sep === " " && !after.cap;
  return before !== undefined && (before.key === "said" || before.key === "told") && spanStart > 0 && !clauseGoesOn;
}

/** Words before a name that make it an object rather than the one acting (`talks with X`, `invitation of X`, `hosted X`). */
export const OBJECT_MARKERS = new Set(
  "with of for to from by on welcomed received hosted welcomes receives hosts met greeted greets".split(" "),
);

/** The mention starting at `spanStart` stands after an object marker. */
export function isObject(words: readonly Word[], spanStart: number): boolean {
  const previous = words[spanStart - 1];
  return previous !== undefined && OBJECT_MARKERS.has(previous.key);
}
