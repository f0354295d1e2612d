// Countries an article names, by name, alias or demonym, folded so `Việt Nam`, `Viet Nam`
// and `Vietnam` are one country.
import type { CountryMention } from "../../model/schema.ts";
import { diacritics } from "../../text/fold.ts";
import type { CountryForm, Lexicon } from "./lexicon.ts";
import type { Unit } from "./units.ts";
import type { Word } from "./words.ts";

export interface CountryHit {
  unit: number;
  /** First word of the match and the number of words. */
  word: number;
  length: number;
  id: string;
  kind: CountryForm["kind"];
  text: string;
}

/** The country form starting at `words[index]`, if any (capitalised, not a currency prefix). */
export function countryAt(words: readonly Word[], index: number, lexicon: Lexicon): { length: number; form: CountryForm } | null {
  const word = words[index];
  if (!word?.cap) return null;
  const match = lexicon.countries.matchAt(words, index);
  if (!match) return null;
  // `US$10 billion` is money, not the United States.
  if (words[index + match.length]?.sep.startsWith("$")) return null;
  // Marks the form does not have make another word: `Thái` (a Vietnamese name) is not `Thai`.
  const written = words.slice(index, index + match.length).map((word) => word.text).join(" ");
  if (diacritics(written) > diacritics(match.value.written)) return null;
  return { length: match.length, form: match.value };
}

export function findCountryHits(units: readonly Unit[], lexicon: Lexicon): CountryHit[] {
  const hits: CountryHit[] = [];
  for (const unit of units) {
    const words = unit.words;
    for (let index = 0; index < words.length; index++) {
      const found = countryAt(words, index, lexicon);
      if (!found) continue;
      const last = words[index + found.length - 1]!;
      hits.push({
        unit: unit.order,
        word: index,
        length: found.length,
        id: found.form.id,
        kind: found.form.kind,
        text: unit.text.slice(words[index]!.start, last.end),
      });
      index += found.length - 1;
    }
  }
  return hits;
}

/** One mention per country, forms in order of first appearance. */
export function countryMentions(hits: readonly CountryHit[]): CountryMention[] {
  const byId = new Map<string, string[]>();
  for (const hit of hits) {
    const forms = byId.get(hit.id) ?? [];
    if (!forms.includes(hit.text)) forms.push(hit.text);
    byId.set(hit.id, forms);
  }
  return [...byId].map(([id, forms]) => ({ id, forms }));
}
