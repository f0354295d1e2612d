// The words that say who a person is: a chain of qualifiers (country words, organisation words,
// acronyms, title modifiers) and titles or role nouns, each title with its complement
// (`of Information, Culture and Tourism`, `to Laos`, `at the Ministry of …`, `in charge of …`),
// joined by `and` (`General Secretary … and President of …`) or, after a name, by commas
// (`X, Deputy Prime Minister, Minister of …`). A complement may run on into the name itself
// (`Governor of Luang Prabang province Khamphou Vongkhamsao`); the chain then says where it starts.
import { countryAt } from "./countries.ts";
import { isOrdinal, type Lexicon } from "./lexicon.ts";
import { joined, nameEnd } from "./name-run.ts";
import { placeAt } from "./places.ts";
import { spaced, type Word } from "./words.ts";

/** Words before (or after) a name that say who the person is. */
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
  /** When a complement ran on into the name (`President of Chile Ana Lima`). */
  name: { start: number; end: number } | null;
}

export interface ChainOptions {
  /** Titles may be written in lower case (`X, chairman of …`; `Council chairman Tun X`). */
  lowercase?: boolean;
  /** `a`/`an` may open the chain (`X, a member of …`). */
  indefinite?: boolean;
  /** Titles may be joined by commas (`X, Deputy Prime Minister, Minister of …`). */
  commaTitles?: boolean;
}

const DETERMINERS = new Set(["his", "her", "their", "its", "the"]);
const INDEFINITE = new Set(["a", "an"]);
/** Words that open a title's complement. */
const LINKERS = new Set(["of", "for", "to", "at"]);
const OF_CONNECTORS = new Set(["of", "the", "for"]);

/**
 * Qualifiers + a title or role noun + its complement, joined by `and`:
 * `PSP General Secretary and President of Chile`, `Cambodian Ambassador to Laos`.
 */
export function parseChain(words: readonly Word[], index: number, lexicon: Lexicon, options: ChainOptions = {}): Chain | null {
  let position = index;
  let determiner: string | null = null;
  const first = words[position];
  if (!first) return null;
  if (DETERMINERS.has(first.key) || (options.indefinite && INDEFINITE.has(first.key))) {
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
  let afterComma = false;
  for (;;) {
    const segmentStart = position;
    const attached = (at: number) => at === index || joined(words, at) || (afterComma && at === segmentStart);
    // Qualifiers: `Kenyan`, `National Assembly`, `PSP`, `Senior`, `Party`.
    while (position < words.length) {
      const word = words[position]!;
      if (!attached(position)) break;
      if (titleAt(words, position, lexicon, options)) break;
      const country = countryAt(words, position, lexicon);
      if (country) {
        chain.countries.push(country.form.id);
        position += country.length;
        // `Chile’s top leader`: a possessive country can only open the chain.
        if (words[position - 1]!.possessive && segmentStart !== chain.roleStart) return finish(chain);
        continue;
      }
      if (word.cap && (lexicon.organisationWords.has(word.key) || lexicon.titleModifiers.has(word.key) || word.acronym)) {
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
    if (!word || !attached(position)) return finish(chain);
    const title = titleAt(words, position, lexicon, options);
    const noun = title ? null : lexicon.roleNouns.matchAt(words, position);
    if (title) {
      chain.titles.push(title.canonical);
      chain.relational = false;
      // `… Authority chief executive officer`: before a title in lower case stands its organisation, not the office.
      if (!word.cap && chain.titles.length === 1) chain.roleStart = position;
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
    // A role noun takes only an `of` phrase (`leader of X`); an office takes `for`, `to`, `at` … too.
    const complement = title || words[position]?.key === "of" ? readComplement(words, position, lexicon) : null;
    if (complement) {
      chain.countries.push(...complement.countries);
      chain.acronyms.push(...complement.acronyms);
      if (complement.nameStart < complement.end) {
        chain.end = complement.roleEnd;
        chain.name = { start: complement.nameStart, end: complement.end };
        return chain;
      }
      position = complement.end;
      chain.end = position;
    }
    // `General Secretary and President`, `Deputy Prime Minister, Minister of …`: another title.
    const joiner = words[position];
    const byAnd = joiner?.key === "and" && spaced(joiner) && startsTitle(words, position + 1, lexicon);
    const byComma = options.commaTitles && joiner?.sep === ", " && startsTitle(words, position, lexicon);
    afterComma = false;
    if (byAnd) {
      position++;
      continue;
    }
    if (byComma) {
      afterComma = true;
      continue;
    }
    return chain;
  }
}

/** A title at `index`: capitalised, or in lower case where the options allow (`chairman`). */
function titleAt(words: readonly Word[], index: number, lexicon: Lexicon, options: ChainOptions): { canonical: string; length: number } | null {
  const word = words[index];
  if (!word || !(word.cap || options.lowercase)) return null;
  const match = lexicon.titles.matchAt(words, index);
  return match ? { canonical: match.value.canonical, length: match.length } : null;
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

/** Qualifiers then a title start here (`National Assembly Chairman`, `Senior Minister`, `President`). */
export function startsTitle(words: readonly Word[], index: number, lexicon: Lexicon): boolean {
  let position = index;
  while (position < words.length) {
    const word = words[position]!;
    if (!word.cap || (position > index && !spaced(word))) return false;
    if (lexicon.titles.matchAt(words, position)) return true;
    const country = countryAt(words, position, lexicon);
    if (country) {
      position += country.length;
      continue;
    }
    if (lexicon.organisationWords.has(word.key) || lexicon.titleModifiers.has(word.key) || word.acronym) {
      position++;
      continue;
    }
    return false;
  }
  return false;
}

interface Complement {
  end: number;
  /** End of the part that belongs to the role (honorifics before the name are not role). */
  roleEnd: number;
  /** Where the name begins, if the run ends in one; `end` when it does not. */
  nameStart: number;
  countries: string[];
  acronyms: string[];
  /** Some capitalised word of the run is neither organisation, place, title nor honorific. */
  unknownWords: boolean;
}

/**
 * A title's complement: `of (the) …`, `for …`, `to …`, `at …`, `in charge of …`, or `and …` after
 * a title ending in an organisation word (`Minister of Foreign Affairs and International
 * Cooperation`). The run holds capitalised words, connectors, comma lists of organisation words
 * (`Information, Culture and Tourism`), lower-case place words (`municipal`, `province`) and
 * honorifics; a trailing name is split off.
 */
export function readComplement(words: readonly Word[], index: number, lexicon: Lexicon): Complement | null {
  const runStart = complementStart(words, index, lexicon);
  if (runStart === null) return null;
  const linker = words[index]!.key;
  let position = runStart;
  while (position < words.length) {
    const word = words[position]!;
    const previous = words[position - 1]!;
    if (position > runStart && previous.possessive && !lexicon.organisationWords.has(previous.key)) break;
    const honorific = word.cap ? lexicon.honorifics.matchAt(words, position) : null;
    // `Information, Culture and Tourism`: a list goes on only from an organisation word, never from a name.
    const fromOrganisation = position > runStart && isOrganisational(words, position - 1, lexicon);
    // … or on to an organisation word that opens no new title (`Investments, Trade and Industry`, `Works and Transport`).
    const toOrganisation = (at: number) => words[at] !== undefined && (lexicon.organisationWords.has(words[at]!.key) || words[at]!.acronym) && !startsTitle(words, at, lexicon);
    const listed = position > runStart && word.sep === ", " && word.cap && toOrganisation(position);
    if (!joined(words, position) && !listed && !(word.sep === "-" && position > runStart)) break;
    if (honorific) position += honorific.length;
    else if (word.cap || isOrdinal(word) || (word.sep === "-" && /^\p{L}/u.test(word.text))) position++;
    else if (OF_CONNECTORS.has(word.key) && capitalAhead(words, position + 1)) position++;
    else if (word.key === "and" && (fromOrganisation || toOrganisation(position + 1)) && capitalAhead(words, position + 1) && !startsTitle(words, position + 1, lexicon)) position++;
    else if (lexicon.placeWords.has(word.key)) position++;
    else break;
  }
  if (position === runStart) return null;
  const complement = splitName(words, runStart, position, lexicon);
  // `at`/`to` phrases of unknown words are where something happens (`at the Great Hall`), not the office;
  // a name they run into has two words at least (`at the National Day celebration` names nobody).
  if (linker === "at" || linker === "to") {
    if (complement.nameStart === complement.end && complement.unknownWords) return null;
    if (complement.end - complement.nameStart === 1) return null;
  }
  return complement;
}

/** Index of the first word of the complement's run, after its linker; null when none starts here. */
function complementStart(words: readonly Word[], index: number, lexicon: Lexicon): number | null {
  const linker = words[index];
  if (!linker || !spaced(linker)) return null;
  let position: number;
  if (LINKERS.has(linker.key)) position = index + 1;
  else if (linker.key === "in" && words[index + 1]?.key === "charge" && words[index + 2]?.key === "of") position = index + 3;
  else if (linker.key === "and" && lexicon.organisationWords.has(words[index - 1]?.key ?? "") && words[index + 1]?.cap && lexicon.organisationWords.has(words[index + 1]!.key) && !startsTitle(words, index + 1, lexicon)) {
    position = index + 1;
  } else return null;
  if (words[position]?.key === "the" && spaced(words[position]!)) position++;
  const first = words[position];
  if (!first || !(first.cap || isOrdinal(first) || lexicon.placeWords.has(first.key))) return null;
  return position;
}

/** The name starts after the last word that belongs to an organisation, place, title or honorific. */
function splitName(words: readonly Word[], runStart: number, end: number, lexicon: Lexicon): Complement {
  const countries: string[] = [];
  const acronyms: string[] = [];
  let lastOrganisational = runStart - 1;
  let unknownWords = false;
  let previousSpan = 1;
  const spans: { start: number; end: number; honorific: boolean }[] = [];
  for (let cursor = runStart; cursor < end; ) {
    const word = words[cursor]!;
    // `Sung-ho`: a hyphenated part belongs with the word before it.
    if (word.sep === "-" && !word.cap) {
      if (previousSpan > 0) lastOrganisational = cursor;
      spans.push({ start: cursor, end: cursor + 1, honorific: false });
      cursor++;
      continue;
    }
    const place = placeAt(words, cursor, lexicon);
    const country = place ? null : countryAt(words, cursor, lexicon);
    const honorific = place || country ? null : word.cap ? lexicon.honorifics.matchAt(words, cursor) : null;
    const span =
      place?.length ??
      country?.length ??
      honorific?.length ??
      (word.cap ? lexicon.titles.matchAt(words, cursor)?.length : undefined) ??
      (lexicon.organisationWords.has(word.key) || word.acronym || isOrdinal(word) || !word.cap ? 1 : 0);
    if (place?.kind === "country") countries.push(place.country);
    if (country) countries.push(country.form.id);
    if (word.acronym) acronyms.push(word.text);
    const length = Math.max(span, 1);
    spans.push({ start: cursor, end: cursor + length, honorific: honorific !== null });
    if (span > 0) lastOrganisational = cursor + span - 1;
    else unknownWords = true;
    previousSpan = span;
    cursor += length;
  }
  let nameStart = lastOrganisational + 1;
  if (nameStart < end && nameEnd(words, nameStart, lexicon) !== end) nameStart = end;
  // A complement of unknown words only (`Chairman of Acme Widgets`) names no person.
  if (lastOrganisational < runStart) nameStart = end;
  nameStart = Math.min(nameStart, end);
  // The role ends before the honorifics that open the name (`… Affairs H.E. Ouk Rathana`).
  let roleEnd = nameStart;
  for (const span of [...spans].reverse()) {
    if (span.end > nameStart) continue;
    if (!span.honorific) break;
    roleEnd = span.start;
  }
  return { end, roleEnd, nameStart, countries, acronyms, unknownWords };
}

/** An organisation word, acronym, place or lower-case place word: what a complement's list can go on from. */
function isOrganisational(words: readonly Word[], index: number, lexicon: Lexicon): boolean {
  const word = words[index]!;
  if (lexicon.organisationWords.has(word.key) || word.acronym || lexicon.placeWords.has(word.key)) return true;
  for (let start = index; start >= Math.max(0, index - 3); start--) {
    const place = placeAt(words, start, lexicon) ?? null;
    const country = countryAt(words, start, lexicon);
    if ((place && place.word + place.length === index + 1) || (country && start + country.length === index + 1)) return true;
  }
  return false;
}

/** A capitalised word (or ordinal) at `index`, possibly after `the`. */
function capitalAhead(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (!word || !spaced(word)) return false;
  if (word.key === "the") return capitalAhead(words, index + 1);
  return word.cap || isOrdinal(word);
}
