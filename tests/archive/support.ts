// Invented articles for archive tests, built through the real extractors.
import { ArticleRecord } from "../../src/model/schema.ts";
import { articleRecord } from "../support/article-record.ts";
import { extractFacts } from "../../src/ingest/article.ts";
import { loadAuthority } from "../../src/model/authority.ts";

export const authority = loadAuthority("data/authority.json");

export function article(id: string, published: string, paragraphs: string[], captions: string[] = []): ArticleRecord {
  const facts = extractFacts({ paragraphs, captions: captions.map((text) => ({ text, credit: null })), published }, authority);
  return ArticleRecord.parse(articleRecord(id, { title: `Invented article number ${id}`, published, paragraphs, ...facts, wordCount: 10 }));
}
