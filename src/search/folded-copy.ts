// Pagefind already matches `Van Binh` with `Văn Bình` (it strips combining marks), but `đ` has no
// decomposition, so `Da Nang` would never find `Đà Nẵng`. A record's text is therefore indexed
// twice: as written, then folded with the same rule as slugs. The copy has exactly as many words
// as the original, so the search page can map a match in the copy back onto the original word
// and always show the text as written. A text that folding leaves as it is (English copy without
// a Vietnamese name) gets no copy: it would only double the index's work (the record says which).

import { foldDiacritics } from "../text/fold.ts";

/**
 * Pagefind's own word separator (whitespace except U+FEFF, see pagefind.js); the search page
 * splits with the same rule. U+200B would switch Pagefind to zero-width-space word splitting,
 * so it and U+FEFF are removed from indexed text.
 */
const INVISIBLE = /[\u200B\uFEFF]/g;

/** Words as Pagefind counts them: runs of non-whitespace, with invisible characters dropped. */
export function indexWords(text: string): string[] {
  return text.replace(INVISIBLE, "").split(/\s+/).filter((word) => word.length > 0);
}

/** What a record's text is indexed as: its words, then the same words folded when that changes any. */
export interface SearchContent {
  content: string;
  /** True when `content` holds the folded copy after the words as written. */
  folded: boolean;
}

/**
 * `Đà Nẵng visit` → `Đà Nẵng visit Da Nang visit`: the original words, then the same words folded.
 * Folding the whole text at once is fast and keeps every word; only a word made of nothing but
 * combining marks would vanish, and then each word is folded alone (kept as is if it folds to nothing).
 */
export function searchContent(text: string): SearchContent {
  const words = indexWords(text);
  const original = words.join(" ");
  let folded = foldDiacritics(original);
  if (folded === original) return { content: original, folded: false };
  if (indexWords(folded).length !== words.length) {
    folded = words.map((word) => foldDiacritics(word) || word).join(" ");
  }
  return { content: `${original} ${folded}`, folded: true };
}
