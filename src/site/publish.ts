// The Archive as the site and open data show it: each article record with the archive's links
// applied (person ids resolved to the archive's people, the events it covers). New objects;
// the records themselves stay as ingest made them.
import type { Archive, ArchiveLinks, Article, ArticleRecord, PersonMention, PublishedArchive } from "../model/schema.ts";

export function publishArchive(archive: Archive): PublishedArchive {
  return {
    articles: archive.articles.map((record) => publishArticle(record, archive.links)),
    events: archive.events,
    people: archive.people,
    countries: archive.countries,
    warnings: archive.warnings,
  };
}

export function publishArticle(record: ArticleRecord, links: ArchiveLinks): Article {
  const personOf = (id: string): string => links.personOf[id] ?? id;
  // Two names the archive found to be one person become one entry, with the forms of both.
  const people: PersonMention[] = [];
  for (const person of record.people) {
    const id = personOf(person.id);
    const same = people.find((other) => other.id === id);
    if (!same) people.push({ ...person, id, forms: [...person.forms] });
    else for (const form of person.forms) if (!same.forms.includes(form)) same.forms.push(form);
  }
  return {
    ...record,
    captions: record.captions.map((caption) => ({ ...caption, people: unique(caption.people.map(personOf)) })),
    people,
    visits: record.visits.map((visit) => ({ ...visit, visitor: visit.visitor ? personOf(visit.visitor) : null, people: unique(visit.people.map(personOf)) })),
    events: links.articleEvents[record.id] ?? [],
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
