// What the archive derives from its events — each person's and each article's events, and the
// countries' relations — made from the event list, by the archive and again after an editor
// rejects or merges events.
import type { Archive, Event } from "../model/schema.ts";
import type { Authority, AuthorityCountry } from "../model/authority.ts";
import { buildCountries } from "./countries.ts";

export interface EventMembers {
  /** Person id → the events they take part in, in event order. */
  ofPerson: Map<string, string[]>;
  /** Article id → the events it covers, in event order. */
  ofArticle: Map<string, string[]>;
}

export function eventMembers(events: readonly Event[]): EventMembers {
  const ofPerson = new Map<string, string[]>();
  const ofArticle = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, event: string) => {
    const list = map.get(key);
    if (list) list.push(event);
    else map.set(key, [event]);
  };
  for (const event of events) {
    for (const person of event.participants) add(ofPerson, person, event.id);
    for (const article of event.articles) add(ofArticle, article, event.id);
  }
  return { ofPerson, ofArticle };
}

/** The authority's countries by id (display names, aliases). */
export function knownCountriesOf(authority: Authority | undefined): Map<string, AuthorityCountry> {
  return new Map((authority?.countries ?? []).map((country) => [country.id, country]));
}

/** The archive with people's events, articles' events and countries made again from `archive.events`. */
export function relinkEvents(archive: Archive, authority: Authority | undefined): Archive {
  const members = eventMembers(archive.events);
  const articleEvents: Record<string, string[]> = {};
  for (const article of archive.articles) articleEvents[article.id] = members.ofArticle.get(article.id) ?? [];
  return {
    ...archive,
    people: archive.people.map((person) => Object.assign({}, person, { events: members.ofPerson.get(person.id) ?? [] })),
    countries: buildCountries(archive.articles, archive.events, knownCountriesOf(authority)),
    links: { ...archive.links, articleEvents },
  };
}
