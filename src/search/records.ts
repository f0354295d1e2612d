// What the search index holds: one record per article, event and person page, built from the
// Archive (not from the rendered HTML), so navigation, footers and open-data pages never match.
// One pass over each list with id→record maps: linear in the size of the archive.

import type { PublishedArchive, Article, Country, Event, Person } from "../model/schema.ts";
import { dateRangeLabel, readableDate } from "../site/dates.ts";

export const SEARCH_TYPES = ["article", "event", "person"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchRecord {
  /** Page URL as in the Archive (`/articles/x/`), without the deploy path prefix. */
  url: string;
  type: SearchType;
  title: string;
  /** `YYYY-MM-DD` the results sort by, or null when the record has no date at all. */
  date: string | null;
  /** The date as a reader sees it: `5 February 2026`, `1–2 December 2025`. */
  when: string;
  /** Country names (as the country pages spell them), for the country filter. */
  countries: string[];
  /** The searchable text after the title, as written. */
  body: string;
}

export function searchRecords(archive: PublishedArchive): SearchRecord[] {
  const countryName = namesById(archive.countries);
  const personName = new Map(archive.people.map((person) => [person.id, person.name]));
  const published = new Map(archive.articles.map((article) => [article.id, article.published]));
  const context: RecordContext = { countryName, personName, published };
  return [
    ...archive.articles.map((article) => articleRecord(article, context)),
    ...archive.events.map((event) => eventRecord(event, context)),
    ...archive.people.map((person) => personRecord(person, context)),
  ];
}

interface RecordContext {
  countryName: (id: string | null) => string | null;
  personName: Map<string, string>;
  published: Map<string, string | null>;
}

function namesById(countries: Country[]): (id: string | null) => string | null {
  const names = new Map(countries.map((country) => [country.id, country.name]));
  return (id) => (id === null ? null : (names.get(id) ?? id));
}

function articleRecord(article: Article, { countryName }: RecordContext): SearchRecord {
  return {
    url: article.url,
    type: "article",
    title: article.title,
    date: article.published,
    when: article.published ? readableDate(article.published) : "undated",
    countries: present(article.countries.map((country) => countryName(country.id))),
    body: joinText([article.dateline, ...article.paragraphs, ...article.captions.map((caption) => caption.text)]),
  };
}

function eventRecord(event: Event, { countryName, personName, published }: RecordContext): SearchRecord {
  // An event with no known day still sorts among the others by its first report.
  const reported = earliest(event.articles.map((id) => published.get(id)));
  const participants = present(event.participants.map((id) => personName.get(id)));
  const evidence = unique(event.coverage.flatMap((coverage) => coverage.evidence));
  return {
    url: event.url,
    type: "event",
    title: event.title,
    date: event.start ?? reported,
    when: event.start ? dateRangeLabel(event.start, event.end, event.precision) : reported ? `reported ${readableDate(reported)}` : "",
    countries: unique(present([countryName(event.host), countryName(event.from)])),
    body: joinText([participants.length ? `With ${participants.join(", ")}.` : null, ...evidence]),
  };
}

function personRecord(person: Person, { countryName, published }: RecordContext): SearchRecord {
  // A person is dated by the latest article that names them: "last in the news".
  const latest = latestOf(person.articles.map((id) => published.get(id)));
  const country = countryName(person.country);
  return {
    url: person.url,
    type: "person",
    title: person.name,
    date: latest,
    when: latest ? `latest mention ${readableDate(latest)}` : "",
    countries: present([country]),
    body: joinText([
      person.aliases.length ? `Also written ${person.aliases.join(", ")}.` : null,
      person.roles.length ? `${person.roles.join(", ")}.` : null,
      country,
    ]),
  };
}

function joinText(parts: Array<string | null | undefined>): string {
  return present(parts).join("\n");
}

function present<T>(values: Array<T | null | undefined>): T[] {
  return values.filter((value): value is T => value !== null && value !== undefined && value !== "");
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function earliest(days: Array<string | null | undefined>): string | null {
  return present(days).reduce<string | null>((best, day) => (best === null || day < best ? day : best), null);
}

function latestOf(days: Array<string | null | undefined>): string | null {
  return present(days).reduce<string | null>((best, day) => (best === null || day > best ? day : best), null);
}
