// The editor-maintained authority file (`data/authority.json`): countries, titles, honorifics,
// organisation vocabulary and known people. Pure data, never events; this module checks it and
// names the file and field of anything wrong, so a typo fails the build with a useful message.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { Slug, describeIssues } from "./schema.ts";

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
    /** Role nouns that say how a person relates to another, not what office they hold. */
    relationalNouns: Words,
    /** Courtesy words stripped from names (`Samdech`, `Akka Moha Sena Padei Techo`, `Dr.`). */
    honorifics: Words,
    /** Lower-case words allowed inside a name (`bin`, `van`). */
    nameParticles: Words,
    /** Words allowed at the end of a name (`Jr.`). */
    nameSuffixes: Words,
    /** Capitalised words that belong to organisation names, never to a person's name. */
    organisationWords: Words,
    /** The organisation words that can end an organisation's name (`Party`, `Committee`). */
    organisationHeads: Words,
    organisations: z.array(AuthorityOrganisation),
    people: z.array(AuthorityPerson),
  })
  .strict();

export type AuthorityCountry = z.infer<typeof AuthorityCountry>;
export type AuthorityTitle = z.infer<typeof AuthorityTitle>;
export type AuthorityOrganisation = z.infer<typeof AuthorityOrganisation>;
export type AuthorityPerson = z.infer<typeof AuthorityPerson>;
export type Authority = z.infer<typeof Authority>;

/** Reads and checks the authority file; every error message starts with the file path. */
export function loadAuthority(path = "data/authority.json"): Authority {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseAuthority(json, path);
}

/** Checks parsed JSON as an authority; `path` only names the source in messages. */
export function parseAuthority(json: unknown, path = "authority"): Authority {
  const parsed = Authority.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${describeIssues(parsed.error)}`);
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
  return parsed.data;
}

/** What zod cannot see: duplicate ids and references to countries the file does not define. */
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
  return problems;
}
