// The authority file turned into lookup tables the extractors share. Built once per authority
// object (memoised), so each article only pays for lookups.
import { matchKey } from "../../text/fold.ts";
import type { Authority, AuthorityCity, AuthorityCountry, AuthorityOrganisation, AuthorityPerson } from "../../model/authority.ts";
import { PhraseIndex } from "./phrases.ts";
import type { Word } from "./words.ts";

export interface CountryForm {
  id: string;
  kind: "name" | "demonym";
  /** The form as the editor wrote it (`Thai`): `Thái` in a Vietnamese name is not it. */
  written: string;
}

export interface TitleForm {
  /** The canonical title this form writes (`Foreign Minister` → `Minister of Foreign Affairs`). */
  canonical: string;
}

export interface RoleNounForm {
  noun: string;
  relational: boolean;
}

export interface Lexicon {
  countries: PhraseIndex<CountryForm>;
  countryById: Map<string, AuthorityCountry>;
  titles: PhraseIndex<TitleForm>;
  roleNouns: PhraseIndex<RoleNounForm>;
  honorifics: PhraseIndex<true>;
  cities: PhraseIndex<AuthorityCity>;
  /** Capitalised words that can open an office before its title (`Senior`, `Chief`). */
  titleModifiers: Set<string>;
  /** Lower-case words that can qualify a body or place inside an office (`municipal`, `province`). */
  placeWords: Set<string>;
  /** Abbreviated given names (`ma` of `Ma. Lourdes`). */
  nameAbbreviations: Set<string>;
  /** Country id → which word of a full name stands alone for its people. */
  shortNameSide: Map<string, "first" | "last">;
  /** Organisations (news agencies among them) by folded name and by abbreviation. */
  organisationsByName: Map<string, AuthorityOrganisation>;
  knownPeople: PhraseIndex<AuthorityPerson>;
  /** Known people by the folded key of any of their names (`nguyen van binh`). */
  knownByKey: Map<string, AuthorityPerson>;
  /** Known organisations by abbreviation as written (`PSP`). */
  organisationsByAbbreviation: Map<string, AuthorityOrganisation>;
  organisationWords: Set<string>;
  /** Every word of every title form, with plurals (`Secretary`, `Secretaries`): never part of a name. */
  titleWords: Set<string>;
  organisationHeads: Set<string>;
  nameParticles: Set<string>;
  nameSuffixes: Set<string>;
}

/** English words that never start a name, even when capitalised at a sentence start. */
export const FUNCTION_WORDS = new Set(
  ("the a an in on at of for to by with from during after before according as and but or this that these those it its " +
    "his her their our we they he she both all each while when where which who over under between among regarding " +
    "turning looking however meanwhile also not only first second third last next photo source since until upon " +
    "within without into onto about against amid through throughout following ahead").split(" "),
);

const CALENDAR_WORDS = new Set(
  ("january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday").split(" "),
);

const cache = new WeakMap<Authority, Lexicon>();

export function lexiconOf(authority: Authority): Lexicon {
  const known = cache.get(authority);
  if (known) return known;
  const lexicon = buildLexicon(authority);
  cache.set(authority, lexicon);
  return lexicon;
}

function buildLexicon(authority: Authority): Lexicon {
  const countries = new PhraseIndex<CountryForm>();
  const countryById = new Map<string, AuthorityCountry>();
  for (const country of authority.countries) {
    countryById.set(country.id, country);
    for (const name of [country.name, ...country.aliases]) countries.add(name, { id: country.id, kind: "name", written: name });
    for (const demonym of country.demonyms) countries.add(demonym, { id: country.id, kind: "demonym", written: demonym });
  }
  const titles = new PhraseIndex<TitleForm>();
  const titleWords = new Set<string>();
  for (const title of authority.titles) {
    for (const form of [title.name, ...title.aliases]) {
      titles.add(form, { canonical: title.name });
      for (const word of matchKey(form).split(" ")) {
        // Capitalised office words only: `of`, `the` stay usable.
        if (word.length < 3 || FUNCTION_WORDS.has(word)) continue;
        titleWords.add(word);
        titleWords.add(word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`);
      }
    }
  }
  const relational = new Set(authority.relationalNouns.map(matchKey));
  const roleNouns = new PhraseIndex<RoleNounForm>();
  for (const noun of [...authority.roleNouns, ...authority.relationalNouns]) {
    roleNouns.add(noun, { noun, relational: relational.has(matchKey(noun)) });
  }
  const honorifics = new PhraseIndex<true>();
  for (const honorific of authority.honorifics) honorifics.add(honorific, true);
  const knownPeople = new PhraseIndex<AuthorityPerson>();
  const knownByKey = new Map<string, AuthorityPerson>();
  for (const person of authority.people) {
    for (const name of [person.name, ...person.aliases]) {
      knownPeople.add(name, person);
      knownByKey.set(matchKey(name), person);
    }
  }
  const organisationsByAbbreviation = new Map<string, AuthorityOrganisation>();
  const organisationsByName = new Map<string, AuthorityOrganisation>();
  for (const organisation of authority.organisations) {
    if (organisation.abbreviation) organisationsByAbbreviation.set(organisation.abbreviation, organisation);
    organisationsByName.set(matchKey(organisation.name), organisation);
    if (organisation.abbreviation) organisationsByName.set(matchKey(organisation.abbreviation), organisation);
  }
  const cities = new PhraseIndex<AuthorityCity>();
  for (const city of authority.cities) for (const name of [city.name, ...city.aliases]) cities.add(name, city);
  const shortNameSide = new Map<string, "first" | "last">();
  for (const id of authority.shortNames.first) shortNameSide.set(id, "first");
  for (const id of authority.shortNames.last) shortNameSide.set(id, "last");
  return {
    countries,
    countryById,
    titles,
    roleNouns,
    honorifics,
    knownPeople,
    knownByKey,
    organisationsByAbbreviation,
    organisationsByName,
    cities,
    titleModifiers: keySet(authority.titleModifiers),
    placeWords: keySet(authority.placeWords),
    nameAbbreviations: keySet(authority.nameAbbreviations),
    shortNameSide,
    organisationWords: withPlurals(keySet(authority.organisationWords)),
    titleWords,
    organisationHeads: keySet(authority.organisationHeads),
    nameParticles: keySet(authority.nameParticles),
    nameSuffixes: keySet(authority.nameSuffixes),
  };
}

/** `Investments`, `Missions`, `Authorities`: an organisation word written in the plural is one too. */
function withPlurals(keys: Set<string>): Set<string> {
  const all = new Set(keys);
  for (const key of keys) {
    if (key.includes(" ") || key.endsWith("s")) continue;
    all.add(key.endsWith("y") ? `${key.slice(0, -1)}ies` : `${key}s`);
  }
  return all;
}

function keySet(words: string[]): Set<string> {
  return new Set(words.map(matchKey));
}

export function isCalendarWord(word: Word): boolean {
  return CALENDAR_WORDS.has(word.key);
}

/** `14th`, `105th`: ordinals that number congresses and meetings. */
export function isOrdinal(word: Word): boolean {
  return /^\d+(?:st|nd|rd|th)$/.test(word.key);
}
