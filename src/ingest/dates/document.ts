// One article's captions and paragraphs as one text, so a yearless date can borrow the year of
// the nearest full date anywhere in the article, and an offset can be traced back to its block.
import type { PublishedInput } from "./api.ts";
import { sentenceAt, sentenceSpans, type SentenceSpan } from "./spans.ts";

export interface ArticleText {
  text: string;
  sentences: SentenceSpan[];
  /** Where each block starts in `text`, and whether it is a photo caption. Captions come first. */
  blocks: { start: number; caption: boolean }[];
}

export function articleText(input: Pick<PublishedInput, "captions" | "paragraphs">): ArticleText {
  const blocks: ArticleText["blocks"] = [];
  let text = "";
  const add = (block: string, caption: boolean) => {
    blocks.push({ start: text.length, caption });
    text += `${block.replace(/\n/g, " ")}\n\n`;
  };
  for (const caption of input.captions) add(caption.text, true);
  for (const paragraph of input.paragraphs) add(paragraph, false);
  return { text, sentences: sentenceSpans(text), blocks };
}

/** True when offset `index` lies in a photo caption. */
export function inCaption(article: ArticleText, index: number): boolean {
  let caption = false;
  for (const block of article.blocks) {
    if (block.start > index) break;
    caption = block.caption;
  }
  return caption;
}

export function sentenceOf(article: ArticleText, index: number): SentenceSpan | null {
  return sentenceAt(article.sentences, index);
}
