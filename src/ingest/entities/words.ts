// Words of a sentence with their offsets and what separates them. Every entity rule works on
// these, so punctuation (`,` `(` `–`) can end a name while offsets still point into the text.
import { matchKey } from "../../text/fold.ts";

export interface Word {
  /** As written, without a trailing possessive `’s`. */
  text: string;
  /** Folded lower-case key (`Bình` → `binh`), for comparisons. */
  key: string;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
  /** The word ended in `’s` / `'s` (`Rojas’s visit`). */
  possessive: boolean;
  /** What stands between the previous word (or sentence start) and this one, whitespace as one space. */
  sep: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case (`PSP`, `UN`). */
  acronym: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /^(.{2,}?)['’][sS]$/u;

export function toWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const possessive = POSSESSIVE.exec(raw);
    const base = possessive ? possessive[1]! : raw;
    words.push({
      text: base,
      key: keyOf(base),
      start,
      end: start + base.length,
      possessive: possessive !== null,
      sep: normaliseSeparator(text.slice(previousEnd, start)),
      cap: /^\p{Lu}/u.test(base),
      acronym: base.length >= 2 && /^\p{Lu}+$/u.test(base),
    });
    previousEnd = start + raw.length;
  }
  return words;
}

/** Keys already folded: a corpus repeats the same words endlessly. Bounded, so memory stays flat. */
const keys = new Map<string, string>();
const KEY_MEMO_SIZE = 50_000;

function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    if (keys.size >= KEY_MEMO_SIZE) keys.clear();
    key = matchKey(word);
    keys.set(word, key);
  }
  return key;
}

function normaliseSeparator(between: string): string {
  if (between.trim() === "") return between === "" ? "" : " ";
  return between.replace(/\s+/g, " ");
}

/** True when only spaces separate the word from the previous one. */
export function spaced(word: Word): boolean {
  return word.sep === " ";
}

/** Spaced, or after an abbreviation's full stop (`U.S. Secretary`, `Dr. Lima`). */
export function spacedAfterAbbreviation(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const previous = words[index - 1];
  return spaced(word) || (word.sep === ". " && previous !== undefined && previous.text.length <= 2 && previous.cap);
}
