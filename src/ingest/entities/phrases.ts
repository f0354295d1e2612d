// A table of multi-word phrases (country names, titles, honorifics) matched against words,
// longest first, ignoring case and diacritics. Separators must agree with the phrase as the
// editor wrote it, so `Timor-Leste` and `H.E.` match but `Chile–Kenya` is two countries.
import { toWords, type Word } from "./words.ts";

interface Entry<V> {
  keys: string[];
  seps: string[];
  /** Which words the editor wrote with `’s` (`People's Republic of China`). */
  possessive: boolean[];
  value: V;
}

export interface PhraseMatch<V> {
  /** Number of words matched. */
  length: number;
  value: V;
}

export class PhraseIndex<V> {
  private readonly byFirstKey = new Map<string, Entry<V>[]>();

  add(phrase: string, value: V): void {
    const words = toWords(phrase);
    if (words.length === 0) return;
    const entry: Entry<V> = { keys: words.map((word) => word.key), seps: words.map((word) => word.sep), possessive: words.map((word) => word.possessive), value };
    const list = this.byFirstKey.get(entry.keys[0]!) ?? [];
    list.push(entry);
    // Longest first, so `Prime Minister` wins over `Minister`.
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirstKey.set(entry.keys[0]!, list);
  }

  /** The longest phrase starting at `words[index]`, or null. */
  matchAt(words: readonly Word[], index: number): PhraseMatch<V> | null {
    const first = words[index];
    if (!first) return null;
    for (const entry of this.byFirstKey.get(first.key) ?? []) {
      if (this.fits(entry, words, index)) return { length: entry.keys.length, value: entry.value };
    }
    return null;
  }

  private fits(entry: Entry<V>, words: readonly Word[], index: number): boolean {
    for (let offset = 1; offset < entry.keys.length; offset++) {
      const word = words[index + offset];
      if (!word || word.key !== entry.keys[offset]) return false;
      if (!sameSeparator(entry.seps[offset]!, word.sep)) return false;
      // A possessive ends the phrase as written (`Kenya’s`), unless the phrase has it there too (`People's Republic`).
      if (words[index + offset - 1]!.possessive && !entry.possessive[offset - 1]) return false;
    }
    return true;
  }
}

function sameSeparator(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  // `H.E.` written `H. E.`; hyphen-like dashes in compound names (`Timor‐Leste`).
  return expected.replace(/ /g, "") === actual.replace(/ /g, "") && expected.trim() !== "";
}
