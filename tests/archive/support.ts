// Invented articles for archive tests, built through the real extractors.
import { Article } from "../../src/model/schema.ts";
import { articleRecord } from "../support/article-record.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { extractEntities } from "../../src/ingest/entities/index.ts";
import { loadAuthority } from "../../src/model/authority.ts";

export const authority = loadAuthority("data/authority.json");

export function article(id: string, published: string, paragraphs: string[], captions: string[] = []): Article {
  const captionRecords = captions.map((text) => ({ text, credit: null }));
  return Article.parse(
    articleRecord(id, {
      title: `Invented article number ${id}`,
      published,
      paragraphs,
      captions: captionRecords,
      ...extractEntities({ paragraphs, captions: captionRecords, published }, authority),
      figures: extractFigures(paragraphs),
      wordCount: 10,
    }),
  );
}
