// How press English introduces a person: a title chain before the name
// (`Chilean Party General Secretary and President Ana Lima`, `his Kenyan counterpart X`,
// `President of the Front for National Unity X`), a name followed by its title
// (`X, General Secretary of …`), an honorific (`Samdech Sok Vanna`), or a known name. A chain
// with no name after it (`the Kenyan leader`, `the Foreign Minister`) is kept as a role reference.
import { countryAt } from "./countries.ts";
import { FUNCTION_WORDS, isCalendarWord, isOrdinal, type Lexicon } from "./lexicon.ts";
import type { Unit } from "./units.ts";
import { spaced, spacedAfterAbbreviation, type Word } from "./words.ts";
import type { AuthorityPerson } from "../../model/authority.ts";

/** Words before a name that say who the person is. */
export interface Chain {
  /** First word, including a determiner (`his`, `the`) if any. */
  start: number;
  /** First word of the role as written, after determiners and country words. */
  roleStart: number;
  /** End (exclusive) of the chain. */
  end: number;
  determiner: string | null;
  /** Canonical titles the chain holds (`Foreign Minister` → `Minister of Foreign Affairs`). */
  titles: string[];
  /** Lower-case role nouns (`leader`, `counterpart`). */
  nouns: string[];
  /** Only relational nouns (`counterpart`, `spouse`): says nothing of an office. */
  relational: boolean;
  countries: string[];
  acronyms: string[];
  /** When an `of …` phrase ran on into the name (`President of Chile Ana Lima`). */
  name: { start: number; end: number } | null;
}

export interface Introduction {
  unit: number;
  /** First word of the whole introduction (title chain or name). */
  spanStart: number;
  nameStart: number;
  nameEnd: number;
  /** The name as written, honorifics stripped. */
  name: string;
  /** Title and name as written when the name is one word (`General Secretary Bình`). */
  form: string;
  role: string | null;
  titles: string[];
  countries: string[];
  acronyms: string[];
  known: AuthorityPerson | null;
}

export interface RoleReference {
  unit: number;
  start: number;
  end: number;
  /** As written: `the Kenyan leader`, `Chile’s top leader`. */
  text: string;
  chain: Chain;
}

const DETERMINERS = new Set(["his", "her", "their", "its", "the"]);
const OF_CONNECTORS = new Set(["of", "the", "for"]);

export function findIntroductions(unit: Unit, lexicon: Lexicon): { introductions: Introduction[]; references: RoleReference[] } {
  const words = unit.words;
  const introductions: Introduction[] = [];
  const references: RoleReference[] = [];
  let index = 0;
  while (index < words.length) {
    const next =
      byChain(unit, index, lexicon, introductions, references) ??
      byHonorific(unit, index, lexicon, introductions) ??
      byAppositive(unit, index, lexicon, introductions) ??
      byKnownName(unit, index, lexicon, introductions);
    index = next ?? index + 1;
  }
  return { introductions, references };
}

/** `Prime Minister X`, `his Kenyan counterpart X`; or a role reference (`the Kenyan leader`). Returns the next index. */
function byChain(unit: Unit, index: number, lexicon: Lexicon, introductions: Introduction[], references: RoleReference[]): number | null {
  const words = unit.words;
  const chain = parseChain(words, index, lexicon);
  if (!chain) return null;
  let name = chain.name;
  const after = words[chain.end];
  if (!name && after && spacedAfterAbbreviation(words, chain.end) && !words[chain.end - 1]!.possessive) {
    const start = skipHonorifics(words, chain.end, lexicon);
    const end = nameEnd(words, start, lexicon);
    if (end > start) name = { start, end };
  }
  if (name) {
    const found = introduction(unit, chain.start, name, chain, null);
    // `President Ana Lima of Chile`: the country may follow the name.
    const of = words[name.end];
    const country = of?.key === "of" && of.sep === " " ? countryAt(words, name.end + 1, lexicon) : null;
    if (country && !found.countries.includes(country.form.id)) found.countries.push(country.form.id);
    introductions.push(found);
    return name.end;
  }
  const appositive = chain.determiner === "the" ? nameBetweenCommas(words, chain.end, lexicon) : null;
  if (appositive) {
    introductions.push(introduction(unit, chain.start, appositive, chain, null));
    return appositive.end;
  }
  const possessiveCountry = words[chain.start]!.possessive && countryAt(words, chain.start, lexicon) !== null;
  if (chain.determiner === "the" || possessiveCountry) {
    references.push({
      unit: unit.order,
      start: chain.start,
      end: chain.end,
      text: unit.text.slice(words[chain.start]!.start, words[chain.end - 1]!.end),
      chain,
    });
  }
  return chain.end;
}

/** `the President of Ghana, Kwame Asante,`: a name of two to four words set off by commas. */
function nameBetweenCommas(words: readonly Word[], index: number, lexicon: Lexicon): { start: number; end: number } | null {
  const first = words[index];
  if (!first || first.sep !== ", " || !first.cap || FUNCTION_WORDS.has(first.key)) return null;
  const end = nameEnd(words, index, lexicon);
  const after = words[end];
  if (end - index < 2 || end - index > 4 || (after && !after.sep.startsWith(","))) return null;
  return { start: index, end };
}

/** `Samdech Sok Vanna`, `Dr. Ana Lima`: an honorific before a name introduces it too. */
function byHonorific(unit: Unit, index: number, lexicon: Lexicon, introductions: Introduction[]): number | null {
  const words = unit.words;
  if (!words[index]!.cap || !lexicon.honorifics.matchAt(words, index)) return null;
  const start = skipHonorifics(words, index, lexicon);
  const first = words[start];
  if (!first || !spacedAfterAbbreviation(words, start) || first.text.length < 2) return null;
  const end = nameEnd(words, start, lexicon);
  if (end === start) return null;
  introductions.push(introduction(unit, index, { start, end }, null, null));
  return end;
}

/** `Ana Lima, President of Chile`: a name of two to four words, then its title. */
function byAppositive(unit: Unit, index: number, lexicon: Lexicon, introductions: Introduction[]): number | null {
  const words = unit.words;
  const first = words[index]!;
  if (!first.cap || FUNCTION_WORDS.has(first.key)) return null;
  const previous = words[index - 1];
  if (previous && previous.cap && spaced(first)) return null;
  const end = nameEnd(words, index, lexicon);
  const length = end - index;
  if (length < 2 || length > 4 || words[end - 1]!.possessive) return null;
  const after = words[end];
  if (!after || !after.sep.startsWith(",")) return null;
  const chain = parseChain(words, end, lexicon);
  if (!chain || chain.name || (chain.titles.length === 0 && chain.determiner !== "the")) return null;
  introductions.push(introduction(unit, index, { start: index, end }, chain, null));
  return chain.end;
}

/** A name the authority file lists, written without any title. */
function byKnownName(unit: Unit, index: number, lexicon: Lexicon, introductions: Introduction[]): number | null {
  const words = unit.words;
  if (!words[index]!.cap) return null;
  const match = lexicon.knownPeople.matchAt(words, index);
  if (!match) return null;
  const end = index + match.length;
  // Part of a longer name (`Ho Chi Minh City`) is not the person.
  const after = words[end];
  if (after?.cap && spaced(after) && !words[end - 1]!.possessive) return null;
  introductions.push(introduction(unit, index, { start: index, end }, null, match.value));
  return end;
}

function introduction(unit: Unit, spanStart: number, name: { start: number; end: number }, chain: Chain | null, known: AuthorityPerson | null): Introduction {
  const words = unit.words;
  const nameText = unit.text.slice(words[name.start]!.start, words[name.end - 1]!.end);
  const role = chain ? roleText(unit, chain) : null;
  const single = name.end - name.start === 1;
  const titleText = chain && chain.titles.length > 0 && chain.roleStart < chain.end && chain.end <= name.start
    ? unit.text.slice(words[chain.roleStart]!.start, words[chain.end - 1]!.end)
    : null;
  return {
    unit: unit.order,
    spanStart,
    nameStart: name.start,
    nameEnd: name.end,
    name: nameText,
    form: single && titleText ? `${titleText} ${nameText}` : nameText,
    role,
    titles: chain?.titles ?? [],
    countries: [...(chain?.countries ?? [])],
    acronyms: chain?.acronyms ?? [],
    known,
  };
}

function roleText(unit: Unit, chain: Chain): string | null {
  if (chain.relational || chain.roleStart >= chain.end) return null;
  const words = unit.words;
  return unit.text.slice(words[chain.roleStart]!.start, words[chain.end - 1]!.end).trim() || null;
}

/**
 * Qualifiers (country words, organisation words, acronyms) + a title or role noun, optionally
 * `of …`, joined by `and`: `PSP General Secretary and President of Chile`.
 */
export function parseChain(words: readonly Word[], index: number, lexicon: Lexicon): Chain | null {
  let position = index;
  let determiner: string | null = null;
  const first = words[position];
  if (!first) return null;
  if (DETERMINERS.has(first.key)) {
    determiner = first.key;
    position++;
  }
  const chain: Chain = {
    start: index,
    roleStart: position,
    end: position,
    determiner,
    titles: [],
    nouns: [],
    relational: true,
    countries: [],
    acronyms: [],
    name: null,
  };
  let roleStartSet = false;
  for (;;) {
    const segmentStart = position;
    // Qualifiers: `Kenyan`, `National Assembly`, `PSP`, `Party`.
    while (position < words.length) {
      const word = words[position]!;
      if (position > index && !spacedAfterAbbreviation(words, position)) break;
      if (word.cap && lexicon.titles.matchAt(words, position)) break;
      const country = countryAt(words, position, lexicon);
      if (country) {
        chain.countries.push(country.form.id);
        position += country.length;
        // `Chile’s top leader`: a possessive country can only open the chain.
        if (words[position - 1]!.possessive && segmentStart !== chain.roleStart) return finish(chain);
        continue;
      }
      if (word.cap && (lexicon.organisationWords.has(word.key) || word.acronym)) {
        if (word.acronym) chain.acronyms.push(word.text);
        position++;
        continue;
      }
      break;
    }
    if (!roleStartSet) {
      chain.roleStart = skipCountryWords(words, segmentStart, position, lexicon);
      roleStartSet = true;
    }
    const word = words[position];
    if (!word || (position > index && !spacedAfterAbbreviation(words, position))) return finish(chain);
    const title = word.cap ? lexicon.titles.matchAt(words, position) : null;
    const noun = title ? null : lexicon.roleNouns.matchAt(words, position);
    if (title) {
      chain.titles.push(title.value.canonical);
      chain.relational = false;
      position += title.length;
    } else if (noun && (chain.determiner !== null || position > segmentStart)) {
      chain.nouns.push(noun.value.noun);
      if (!noun.value.relational) chain.relational = false;
      position += noun.length;
    } else {
      return finish(chain);
    }
    chain.end = position;
    if (words[position - 1]!.possessive) return chain;
    // `of the Central Committee of the Patria Workers’ Party`
    const ofPhrase = readOfPhrase(words, position, lexicon);
    if (ofPhrase) {
      chain.countries.push(...ofPhrase.countries);
      chain.acronyms.push(...ofPhrase.acronyms);
      if (ofPhrase.nameStart < ofPhrase.end) {
        chain.end = ofPhrase.roleEnd;
        chain.name = { start: ofPhrase.nameStart, end: ofPhrase.end };
        return chain;
      }
      position = ofPhrase.end;
      chain.end = position;
    }
    // `General Secretary and President`: another title joined by `and`.
    const and = words[position];
    if (and?.key === "and" && spaced(and) && startsTitle(words, position + 1, lexicon)) {
      position++;
      continue;
    }
    return chain;
  }
}

/** The chain as it stood before a segment that held no title. */
function finish(chain: Chain): Chain | null {
  return chain.titles.length === 0 && chain.nouns.length === 0 ? null : chain;
}

function skipCountryWords(words: readonly Word[], from: number, to: number, lexicon: Lexicon): number {
  let position = from;
  while (position < to) {
    const country = countryAt(words, position, lexicon);
    if (!country) break;
    position += country.length;
  }
  return position;
}

/** Qualifiers then a title start here (`National Assembly Chairman`, `President`). */
function startsTitle(words: readonly Word[], index: number, lexicon: Lexicon): boolean {
  let position = index;
  while (position < words.length) {
    const word = words[position]!;
    if (!word.cap || !spaced(word)) return false;
    if (lexicon.titles.matchAt(words, position)) return true;
    const country = countryAt(words, position, lexicon);
    if (country) {
      position += country.length;
      continue;
    }
    if (lexicon.organisationWords.has(word.key) || word.acronym) {
      position++;
      continue;
    }
    return false;
  }
  return false;
}

interface OfPhrase {
  end: number;
  /** End of the part that belongs to the role (an honorific before the name is not role). */
  roleEnd: number;
  /** Where the name begins, if the run ends in one; `end` when it does not. */
  nameStart: number;
  countries: string[];
  acronyms: string[];
}

/** `of (the) X Y Z`: capitalised words joined by of/the/for/and; a trailing name is split off. */
function readOfPhrase(words: readonly Word[], index: number, lexicon: Lexicon): OfPhrase | null {
  const of = words[index];
  if (of?.key !== "of" || !spaced(of)) return null;
  let position = index + 1;
  if (words[position]?.key === "the" && spaced(words[position]!)) position++;
  const runStart = position;
  while (position < words.length) {
    const word = words[position]!;
    if (!spaced(word)) break;
    if (position > runStart && words[position - 1]!.possessive && !lexicon.organisationWords.has(words[position - 1]!.key)) break;
    const nextCap = capitalAhead(words, position + 1);
    if (word.cap || isOrdinal(word)) position++;
    else if (OF_CONNECTORS.has(word.key) && nextCap) position++;
    else if (word.key === "and" && nextCap && !startsTitle(words, position + 1, lexicon)) position++;
    else break;
  }
  if (position === runStart) return null;
  // The name starts after the last word that belongs to an organisation, country, title or honorific.
  const countries: string[] = [];
  const acronyms: string[] = [];
  let lastOrganisational = runStart - 1;
  let roleEnd = runStart;
  for (let cursor = runStart; cursor < position; ) {
    const word = words[cursor]!;
    const country = countryAt(words, cursor, lexicon);
    const honorific = country ? null : lexicon.honorifics.matchAt(words, cursor);
    const span =
      country?.length ??
      honorific?.length ??
      (word.cap ? lexicon.titles.matchAt(words, cursor)?.length : undefined) ??
      (lexicon.organisationWords.has(word.key) || word.acronym || isOrdinal(word) || !word.cap ? 1 : 0);
    if (country) countries.push(country.form.id);
    if (word.acronym) acronyms.push(word.text);
    if (span > 0) {
      lastOrganisational = cursor + span - 1;
      if (!honorific) roleEnd = cursor + span;
      cursor += span;
    } else cursor++;
  }
  let nameStart = lastOrganisational + 1;
  if (nameStart < position && nameEnd(words, nameStart, lexicon) !== position) nameStart = position;
  // An `of` phrase of unknown words only (`Chairman of Acme Widgets`) names no person.
  if (lastOrganisational < runStart) nameStart = position;
  nameStart = Math.min(nameStart, position);
  return { end: position, roleEnd: nameStart < position ? Math.min(roleEnd, nameStart) : position, nameStart, countries, acronyms };
}

/** A capitalised word (or ordinal) at `index`, possibly after `the`. */
function capitalAhead(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word || !spaced(word)) return false;
  if (word.key === "the") return capitalAhead(words, index + 1);
  return word.cap || isOrdinal(word);
}

function skipHonorifics(words: readonly Word[], index: number, lexicon: Lexicon): number {
  let position = index;
  for (;;) {
    const word = words[position];
    if (!word?.cap || (position > index && !spacedAfterAbbreviation(words, position))) return position;
    const match = lexicon.honorifics.matchAt(words, position);
    if (!match) return position;
    position += match.length;
  }
}

/** End (exclusive) of a personal name starting at `index`: capitalised words, particles, a suffix. */
export function nameEnd(words: readonly Word[], index: number, lexicon: Lexicon): number {
  let position = index;
  while (position < words.length && position - index < 6) {
    const word = words[position]!;
    if (position > index) {
      const previous = words[position - 1]!;
      if (previous.possessive) break;
      const initial = previous.text.length === 1 && previous.cap && word.sep === ". ";
      if (!spaced(word) && !initial) break;
    }
    if (word.cap && !stopsName(words, position, lexicon)) {
      position++;
      continue;
    }
    const next = words[position + 1];
    if (position > index && !word.cap && lexicon.nameParticles.has(word.key) && next?.cap && spaced(next)) {
      position++;
      continue;
    }
    break;
  }
  const suffix = words[position];
  if (position > index && suffix && spaced(suffix) && !words[position - 1]!.possessive && lexicon.nameSuffixes.has(suffix.key)) position++;
  return position;
}

/** Capitalised words that cannot be part of a personal name. */
function stopsName(words: readonly Word[], index: number, lexicon: Lexicon): boolean {
  const word = words[index]!;
  return (
    word.acronym ||
    isCalendarWord(word) ||
    lexicon.organisationWords.has(word.key) ||
    lexicon.titleWords.has(word.key) ||
    countryAt(words, index, lexicon) !== null
  );
}
