// An Article record for tests: the given fields over empty defaults (no entities, stated date).
import type { Article } from "../../src/model/schema.ts";

export function articleRecord(id: string, fields: Pick<Article, "title" | "published" | "paragraphs"> & Partial<Article>): Article {
  return {
    id,
    source: `fixtures/${id}.txt`,
    url: `/articles/${id}/`,
    summary: fields.paragraphs[0]!.slice(0, 300),
    publishedBasis: "stated",
    publishedEvidence: null,
    publishedRange: null,
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
    events: [],
    wordCount: fields.paragraphs.join(" ").split(/\s+/).length,
    extra: {},
    ...fields,
  };
}
