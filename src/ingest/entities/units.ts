// An article as a list of sentences ("units") in reading order, each with its words and where
// it stands (paragraph index, or -1 for a photo caption).
import { splitSentences } from "../../text/sentences.ts";
import { toWords, type Word } from "./words.ts";

export interface Unit {
  /** Position in the article's list of units. */
  order: number;
  text: string;
  /** Index into `paragraphs`, or -1 for a caption. */
  paragraph: number;
  words: Word[];
}

export interface ArticleText {
  paragraphs: string[];
  captions: { text: string }[];
}

/** Paragraph sentences first, then captions: a caption's place among paragraphs is not known. */
export function toUnits(article: ArticleText): Unit[] {
  const units: Unit[] = [];
  const push = (text: string, paragraph: number) => {
    const normalised = text.normalize("NFC");
    units.push({ order: units.length, text: normalised, paragraph, words: toWords(normalised) });
  };
  article.paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitSentences(paragraph)) push(sentence, index);
  });
  for (const caption of article.captions) {
    for (const sentence of splitSentences(caption.text)) push(sentence, -1);
  }
  return units;
}

/**
 * A Title-Case or ALL-CAPS line (`Prime Minister Meets Lao President`, `AGONG HOSTS STATE
 * BANQUET`): every word of four letters or more capitalised, at least three of them, and no
 * closing full stop. Its capitals say nothing about which words are names.
 */
export function isHeadline(unit: Unit): boolean {
  if (/[.!?]["'”’)]*$/u.test(unit.text.trim())) return false;
  const long = unit.words.filter((word) => /^\p{L}{4,}$/u.test(word.text));
  return long.length >= 3 && long.every((word) => word.cap);
}
