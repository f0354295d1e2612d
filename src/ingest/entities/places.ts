// Places a visit can go to: a country by name (`Kenya`, `the Philippines`) or a city the authority
// file lists (`Phnom Penh` → Cambodia), with the words that name it.
import { countryAt } from "./countries.ts";
import type { Lexicon } from "./lexicon.ts";
import { spaced, type Word } from "./words.ts";

export interface Place {
  /** Country id: the country itself, or the country the city is in. */
  country: string;
  kind: "country" | "city";
  /** First word and number of words naming it. */
  word: number;
  length: number;
}

/** The country name or city starting at `words[index]` (a demonym is no place). */
export function placeAt(words: readonly Word[], index: number, lexicon: Lexicon): Place | null {
  const word = words[index];
  if (!word?.cap) return null;
  const country = countryAt(words, index, lexicon);
  const city = lexicon.cities.matchAt(words, index);
  // The longer reading wins: `Mexico City` is a city, `Mexico` a country.
  if (city && (!country || city.length > country.length)) return { country: city.value.country, kind: "city", word: index, length: city.length };
  if (country?.form.kind === "name") return { country: country.form.id, kind: "country", word: index, length: country.length };
  return null;
}

/** A city the authority lists, exactly the words `start..end`. */
export function isCityName(words: readonly Word[], start: number, end: number, lexicon: Lexicon): boolean {
  const city = lexicon.cities.matchAt(words, start);
  return city !== null && start + city.length === end;
}

const PLACE_NOUNS = new Set(["city", "capital", "province", "town", "port", "region", "state", "island", "islands", "prefecture"]);

/**
 * Places in a row: `Kenya`, `the Philippines`, `Indonesia, Vietnam and Thailand`, `Jakarta`,
 * `the northern port city of Haiphong`. Returns the places and the index after the last.
 */
export function placeList(words: readonly Word[], index: number, lexicon: Lexicon): { places: Place[]; end: number } | null {
  if (!words[index] || !spaced(words[index]!)) return null;
  let position = index;
  const places: Place[] = [];
  for (;;) {
    position = skipPlaceDescription(words, position);
    const place = placeAt(words, position, lexicon);
    if (!place) break;
    places.push(place);
    position += place.length;
    const joiner = words[position];
    const nextAt = position + (joiner?.key === "and" ? 1 : 0);
    if (joiner && (joiner.key === "and" || joiner.sep.startsWith(",")) && placeAt(words, skipPlaceDescription(words, nextAt), lexicon)) {
      position = nextAt;
      continue;
    }
    break;
  }
  return places.length > 0 ? { places, end: position } : null;
}

/** `the`, or `the northern port city of`: words describing the place before its name. */
function skipPlaceDescription(words: readonly Word[], index: number): number {
  if (words[index]?.key !== "the") return index;
  for (let position = index + 1; position < Math.min(words.length, index + 5); position++) {
    const word = words[position]!;
    if (PLACE_NOUNS.has(word.key) && words[position + 1]?.key === "of") return position + 2;
    if (word.cap || !/^\p{Ll}+$/u.test(word.text)) break;
  }
  return index + 1;
}
