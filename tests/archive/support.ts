// Invented articles for archive tests, built through the real extractors.
import { Article } from "../../src/model/schema.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { extractEntities } from "../../src/ingest/entities/index.ts";
import { loadAuthority } from "../../src/ingest/entities/authority.ts";

export const authority = loadAuthority("data/authority.json");

export function article(id: string, published: string, paragraphs: string[], captions: string[] = []): Article {
  const captionRecords = captions.map((text) => ({ text, credit: null }));
  return Article.parse({
    id,
    source: `fixtures/${id}.txt`,
    url: `/articles/${id}/`,
    title: `Invented article number ${id}`,
    summary: paragraphs[0]!.slice(0, 300),
    published,
    publishedBasis: "stated",
    publishedEvidence: null,
    publishedRange: null,
    dateline: null,
    byline: null,
    translator: null,
    sources: [],
    captions: captionRecords,
    paragraphs,
    ...extractEntities({ paragraphs, captions: captionRecords, published }, authority),
    figures: extractFigures(paragraphs),
    events: [],
    wordCount: 10,
    extra: {},
  });
}
