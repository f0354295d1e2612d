// The editor-maintained authority file (`data/authority.json`): countries, titles, honorifics,
// organisation vocabulary and known people. Pure data, never events; this module checks it and
// names the file and field of anything wrong, so a typo fails the build with a useful message.
import { z } from "zod";
import { Slug, describeIssues } from "./schema.ts";
import { matchKey } from "../text/fold.ts";
import { displayPath, readJsonFile } from "./data-file.ts";

const Words = z.array(z.string().trim().min(1));

export const AuthorityCountry = z
  .object({
    id: Slug,
    /** Display name, with diacritics (`Việt Nam`). */
    name: z.string().trim().min(1),
    /** Other names (`Vietnam`, `Viet Nam`). */
    aliases: Words,
    /** Adjectives and nationality words (`Vietnamese`, `Lao`). */
    demonyms: Words,
  })
  .strict();

export const AuthorityTitle = z
  .object({
    /** Canonical title (`Minister of Foreign Affairs`). */
    name: z.string().trim().min(1),
    /** Other ways to write the same office (`Foreign Minister`, `FM`). */
    aliases: Words,
  })
  .strict();

export const AuthorityOrganisation = z
  .object({
    name: z.string().trim().min(1),
    abbreviation: z.string().trim().min(1).nullable(),
    country: Slug.nullable(),
  })
  .strict();

export const AuthorityCity = z
  .object({
    /** Display name, with diacritics where the place's language has them (`Hà Nội`). */
    name: z.string().trim().min(1),
    /** Other spellings, unaccented ones included (`Hanoi`, `Ha Noi`). */
    aliases: Words,
    /** The country the city is in: a visit to the city is a visit to it. */
    country: Slug,
  })
  .strict();

/** Which word of a full name stands alone for a person of these countries; others may use either. */
export const AuthorityShortNames = z
  .object({
    /** `Azman` of `Azman Hisham`, `Kang` of `Kang Min-jae`, `Vilayvanh` of `Vilayvanh Sisomphone`. */
    first: z.array(Slug),
    /** `Bình` of `Nguyễn Văn Bình`, `Morita` of `Kenji Morita`. */
    last: z.array(Slug),
  })
  .strict();

export const AuthorityPerson = z
  .object({
    /** Display name, with diacritics where the person's language has them. */
    name: z.string().trim().min(1),
    aliases: Words,
    country: Slug.nullable(),
  })
  .strict();

export const Authority = z
  .object({
    countries: z.array(AuthorityCountry).min(1),
    titles: z.array(AuthorityTitle),
    /** Lower-case nouns that can stand before a name (`his Kenyan counterpart X`, `Party leader X`). */
    roleNouns: Words,
    /** Capitalised words that can stand before a title as part of the office (`Senior`, `Chief`, `Coordinating`). */
    titleModifiers: Words.default([]),
    /** Lower-case words that can qualify a body or place inside an office (`municipal` Party Committee, Luang Prabang `province`). */
    placeWords: Words.default([]),
    /** Role nouns that say how a person relates to another, not what office they hold. */
    relationalNouns: Words,
    /** Courtesy words stripped from names (`Samdech`, `Akka Moha Sena Padei Techo`, `Dr.`). */
    honorifics: Words,
    /** Lower-case words allowed inside a name (`bin`, `van`). */
    nameParticles: Words,
    /** Words allowed at the end of a name (`Jr.`). */
    nameSuffixes: Words,
    /** Abbreviated given names written with a full stop inside a name (`Ma.` Lourdes Gatchalian). */
    nameAbbreviations: Words.default([]),
    shortNames: AuthorityShortNames.default({ first: [], last: [] }),
    /** Capitalised words that belong to organisation names, never to a person's name. */
    organisationWords: Words,
    /** The organisation words that can end an organisation's name (`Party`, `Committee`). */
    organisationHeads: Words,
    organisations: z.array(AuthorityOrganisation),
    /** Capitals and major cities: `arrived in Phnom Penh` is an arrival in Cambodia. */
    cities: z.array(AuthorityCity).default([]),
    people: z.array(AuthorityPerson),
  })
  .strict();

export type AuthorityCountry = z.infer<typeof AuthorityCountry>;
export type AuthorityTitle = z.infer<typeof AuthorityTitle>;
export type AuthorityOrganisation = z.infer<typeof AuthorityOrganisation>;
export type AuthorityPerson = z.infer<typeof AuthorityPerson>;
export type AuthorityCity = z.infer<typeof AuthorityCity>;
export type Authority = z.infer<typeof Authority>;

/** Reads and checks the authority file; every error message starts with the file path. */
export function loadAuthority(path = "data/authority.json"): Authority {
  return parseAuthority(readJsonFile(path), displayPath(path));
}

/** Checks parsed JSON as an authority; `path` only names the source in messages. */
export function parseAuthority(json: unknown, path = "authority"): Authority {
  const parsed = Authority.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${describeIssues(parsed.error)}`);
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
  return parsed.data;
}

/** What zod cannot see: duplicate ids and names, and references to countries the file does not define. */
function crossCheck(authority: Authority): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  authority.countries.forEach((country, index) => {
    if (ids.has(country.id)) problems.push(`countries.${index}.id: duplicate country id "${country.id}"`);
    ids.add(country.id);
  });
  const checkCountry = (field: string, id: string | null) => {
    if (id !== null && !ids.has(id)) problems.push(`${field}: unknown country id "${id}"`);
  };
  authority.people.forEach((person, index) => checkCountry(`people.${index}.country`, person.country));
  authority.organisations.forEach((org, index) => checkCountry(`organisations.${index}.country`, org.country));
  authority.cities.forEach((city, index) => checkCountry(`cities.${index}.country`, city.country));
  for (const side of ["first", "last"] as const) {
    authority.shortNames[side].forEach((id, index) => checkCountry(`shortNames.${side}.${index}`, id));
  }
  for (const id of authority.shortNames.first) {
    if (authority.shortNames.last.includes(id)) problems.push(`shortNames: "${id}" is listed under both first and last`);
  }
  problems.push(...cityNameClashes(authority));
  return problems;
}

/** A city name is one place: not written like a country, nor like another city. */
function cityNameClashes(authority: Authority): string[] {
  const problems: string[] = [];
  const countryNames = new Set(authority.countries.flatMap((country) => [country.name, ...country.aliases, ...country.demonyms].map(matchKey)));
  const seen = new Map<string, number>();
  authority.cities.forEach((city, index) => {
    for (const name of [city.name, ...city.aliases]) {
      const key = matchKey(name);
      if (countryNames.has(key)) problems.push(`cities.${index}: "${name}" is written like a country`);
      const other = seen.get(key);
      if (other !== undefined && other !== index) problems.push(`cities.${index}: "${name}" is also cities.${other}`);
      seen.set(key, index);
    }
  });
  return problems;
}
