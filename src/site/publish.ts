// The Archive as the site and open data show it: each article record with the archive's links
// applied (person ids resolved to the archive's people, the events it covers, the near-duplicates
// telling the same story). New objects; the records themselves stay as ingest made them.
import { emptyReport, type Archive, type ArchiveLinks, type Article, type ArticleRecord, type PublishedArchive } from "../model/schema.ts";
import { renamePeople } from "../archive/person-ids.ts";

export function publishArchive(archive: Archive): PublishedArchive {
  return {
    articles: archive.articles.map((record) => publishArticle(record, archive.links)),
    events: archive.events,
    people: archive.people,
    countries: archive.countries,
    warnings: archive.warnings,
    report: archive.report ?? emptyReport(),
  };
}

export function publishArticle(record: ArticleRecord, links: ArchiveLinks): Article {
  return {
    ...renamePeople(record, (id) => links.personOf[id] ?? id),
    events: links.articleEvents[record.id] ?? [],
    alsoPublishedAs: record.alsoPublishedAs ?? [],
    sameStory: links.sameStory[record.id] ?? [],
  };
}
