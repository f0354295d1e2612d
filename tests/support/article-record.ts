// Article records for tests: the given fields over empty defaults (no entities, stated date).
import type { Article, ArticleRecord } from "../../src/model/schema.ts";

type Required = Pick<ArticleRecord, "title" | "published" | "paragraphs">;

/** An ArticleRecord, as ingest gives the archive. */
export function articleRecord(id: string, fields: Required & Partial<ArticleRecord>): ArticleRecord {
  return {
    id,
    source: `fixtures/${id}.txt`,
    url: `/articles/${id}/`,
    summary: fields.paragraphs[0]!.slice(0, 300),
    publishedBasis: "stated",
    publishedEvidence: null,
    publishedRange: null,
    publishedWhy: [],
    dateline: null,
    byline: null,
    translator: null,
    sources: [],
    captions: [],
    people: [],
    countries: [],
    organisations: [],
    figures: [],
    visits: [],
    outcomes: [],
    wordCount: fields.paragraphs.join(" ").split(/\s+/).length,
    extra: {},
    ...fields,
  };
}

/** A published Article, as the site shows it (its record plus the events it covers). */
export function publishedArticle(id: string, fields: Required & Partial<Article>): Article {
  return { ...articleRecord(id, fields), ...fields, events: fields.events ?? [], alsoPublishedAs: fields.alsoPublishedAs ?? [], sameStory: fields.sameStory ?? [] };
}
