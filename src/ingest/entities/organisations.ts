// Organisations an article names: `Name (ABBR)` expansions, capitalised runs ending in an
// organisation head word (`Kenya News Agency`, `Front for National Unity`), and
// known abbreviations from the authority file (`UN`). Each keeps the country its name carries,
// which later ties people to countries (`PSP General Secretary` → Chile).
import type { OrganisationMention } from "../../model/schema.ts";
import { matchKey } from "../../text/fold.ts";
import { countryAt } from "./countries.ts";
import { isOrdinal, type Lexicon } from "./lexicon.ts";
import type { Unit } from "./units.ts";
import { spaced, type Word } from "./words.ts";

export interface FoundOrganisation {
  name: string;
  abbreviation: string | null;
  country: string | null;
}

const CONNECTORS = new Set(["of", "the", "for", "and"]);

export function findOrganisations(units: readonly Unit[], lexicon: Lexicon): FoundOrganisation[] {
  const found = new Map<string, FoundOrganisation>();
  const add = (organisation: FoundOrganisation) => {
    const key = matchKey(organisation.name).replace(/ /g, "");
    const known = found.get(key);
    if (!known) found.set(key, organisation);
    else {
      known.abbreviation ??= organisation.abbreviation;
      known.country ??= organisation.country;
    }
  };
  for (const unit of units) {
    const taken = new Set<number>();
    for (const organisation of expansions(unit, lexicon, taken)) add(organisation);
    for (const organisation of headedRuns(unit, lexicon, taken)) add(organisation);
  }
  // An abbreviation written alone (`PSP’s congress`) names the organisation the authority lists.
  const expanded = new Set([...found.values()].map((organisation) => organisation.abbreviation));
  for (const unit of units) {
    for (const word of unit.words) {
      if (!word.acronym || expanded.has(word.text)) continue;
      const known = lexicon.organisationsByAbbreviation.get(word.text);
      if (!known) continue;
      add({ name: known.name, abbreviation: known.abbreviation, country: known.country });
      expanded.add(word.text);
    }
  }
  return [...found.values()];
}

export function toOrganisationMentions(organisations: readonly FoundOrganisation[]): OrganisationMention[] {
  return organisations.map(({ name, abbreviation }) => ({ name, abbreviation }));
}

/** Country of an abbreviation, from this article's expansions or the authority's list. */
export function countryOfAbbreviation(abbreviation: string, organisations: readonly FoundOrganisation[], lexicon: Lexicon): string | null {
  const local = organisations.find((organisation) => organisation.abbreviation === abbreviation);
  if (local?.country) return local.country;
  return lexicon.organisationsByAbbreviation.get(abbreviation)?.country ?? null;
}

/** `Patria Socialist Party of Chile (PSPC)`: the name is the shortest run before `(` whose initials spell the abbreviation. */
function expansions(unit: Unit, lexicon: Lexicon, taken: Set<number>): FoundOrganisation[] {
  const result: FoundOrganisation[] = [];
  const words = unit.words;
  words.forEach((word, index) => {
    if (!word.acronym || unit.text[word.end] !== ")") return;
    if (!/^ ?\($/.test(word.sep)) return;
    let first = index;
    while (first > 0) {
      const previous = words[first - 1]!;
      const joined = first === index || spaced(words[first]!);
      if (!joined || !(previous.cap || CONNECTORS.has(previous.key))) break;
      first--;
    }
    const start = startSpelling(words, first, index, word.text);
    if (start === null) return;
    const last = words[index - 1]!;
    for (let position = start; position <= index; position++) taken.add(position);
    result.push({
      name: unit.text.slice(words[start]!.start, last.end),
      abbreviation: word.text,
      country: countryInside(words, start, index, lexicon) ?? lexicon.organisationsByAbbreviation.get(word.text)?.country ?? null,
    });
  });
  return result;
}

/** Latest capitalised word from which the initials contain the abbreviation in order. */
function startSpelling(words: readonly Word[], from: number, to: number, abbreviation: string): number | null {
  const letters = matchKey(abbreviation).replace(/ /g, "");
  for (let start = to - 1; start >= from; start--) {
    const word = words[start]!;
    if (!word.cap || word.key[0] !== letters[0]) continue;
    const initials = words
      .slice(start, to)
      .filter((candidate) => candidate.cap)
      .map((candidate) => candidate.key[0])
      .join("");
    if (isSubsequence(letters, initials)) return start;
  }
  return null;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let position = 0;
  for (const letter of haystack) if (letter === needle[position]) position++;
  return position === needle.length;
}

/** Runs of organisation words ending in a head word (`Party Central Committee`). */
function headedRuns(unit: Unit, lexicon: Lexicon, taken: Set<number>): FoundOrganisation[] {
  const result: FoundOrganisation[] = [];
  const words = unit.words;
  let index = 0;
  while (index < words.length) {
    const end = runEnd(words, index, lexicon);
    if (end === index) {
      index++;
      continue;
    }
    const organisation = organisationIn(unit, index, end, lexicon, taken);
    if (organisation) result.push(organisation);
    index = end;
  }
  return result;
}

/** End (exclusive) of a run of organisation-like words starting at `index`. */
function runEnd(words: readonly Word[], index: number, lexicon: Lexicon): number {
  let end = index;
  while (end < words.length) {
    const word = words[end]!;
    if (end > index && !(spaced(word) || word.sep === "-")) break;
    if (end > index && words[end - 1]!.possessive && !lexicon.organisationWords.has(words[end - 1]!.key)) break;
    const country = countryAt(words, end, lexicon);
    if (country) {
      end += country.length;
      continue;
    }
    const organisational = word.cap && (lexicon.organisationWords.has(word.key) || word.acronym || isOrdinal(word));
    const connector = end > index && CONNECTORS.has(word.key) && capitalAfter(words, end + 1);
    if (!organisational && !connector && !isOrdinal(word)) break;
    end++;
  }
  return end;
}

function organisationIn(unit: Unit, start: number, runEnd: number, lexicon: Lexicon, taken: Set<number>): FoundOrganisation | null {
  const words = unit.words;
  let end = runEnd;
  while (end > start && CONNECTORS.has(words[end - 1]!.key)) end--;
  let first = start;
  // `National Congress of the Communist Party`: a part before `of` without a head word is not the organisation.
  for (let position = start; position < end; position++) {
    if (lexicon.organisationHeads.has(words[position]!.key)) break;
    if (words[position]!.key === "of" || words[position]!.key === "for") first = position + 1;
  }
  while (first < end && (isOrdinal(words[first]!) || CONNECTORS.has(words[first]!.key))) first++;
  let lastHead = -1;
  for (let position = first; position < end; position++) {
    if (lexicon.organisationHeads.has(words[position]!.key)) lastHead = position;
  }
  if (lastHead < 0) return null;
  // A head followed by more organisation words is a modifier (`National Party Congress`).
  const after = words[lastHead + 1];
  let last = lastHead;
  if (after && lastHead + 1 < end) {
    if (after.key !== "of" && after.key !== "for") return null;
    last = end - 1;
    while (last > lastHead && CONNECTORS.has(words[last]!.key)) last--;
  }
  if (last - first < 1) return null; // a lone `Party` names nothing in particular
  // `Kenyan Party`, `Chilean Embassy`: a nationality and a head word describe, they do not name.
  if (last - first === 1 && countryAt(words, first, lexicon)?.form.kind === "demonym") return null;
  for (let position = first; position <= last; position++) if (taken.has(position)) return null;
  return {
    name: unit.text.slice(words[first]!.start, words[last]!.end),
    abbreviation: null,
    country: countryInside(words, first, last + 1, lexicon),
  };
}

/** A capitalised word at `index`, possibly after `the`. */
function capitalAfter(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  // `of the X` continues a name; `and the X` starts another one.
  return word.key === "the" ? words[index - 1]?.key !== "and" && words[index + 1]?.cap === true : word.cap;
}

function countryInside(words: readonly Word[], start: number, end: number, lexicon: Lexicon): string | null {
  for (let position = start; position < end; position++) {
    const found = countryAt(words, position, lexicon);
    if (found) return found.form.id;
  }
  return null;
}
