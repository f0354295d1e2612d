// One file through the whole ingest stage (read → clean → dates → entities → schema), on
// invented articles: front matter overrides what would be derived; scraped text is derived.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildArticle } from "../../src/ingest/article.ts";
import { readArticle } from "../../src/ingest/read.ts";
import { loadAuthority } from "../../src/model/authority.ts";

const authority = loadAuthority("data/authority.json");
const ingest = (text: string | Uint8Array, source: string) =>
  buildArticle(readArticle(typeof text === "string" ? new TextEncoder().encode(text) : text, source), authority);

test("front matter overrides the derived title, date, summary and sources; unknown keys are kept", () => {
  const article = ingest(
    [
      "---",
      "title: Chile and Kenya open a new chapter",
      "date: 2031-03-12",
      "summary: Leaders of both countries met in Santiago.",
      "source: Reuters",
      "tags: [trade]",
      "---",
      "SANTIAGO — Kenyan President Amani Wekesa on Tuesday concluded a state visit to Chile from March 10 to 11.",
      "",
      "The two sides agreed to raise trade to US$2 billion by 2035. Photo caption follows.",
    ].join("\n"),
    "seeds/201_chile.md",
  );
  assert.equal(article.id, "201_chile");
  assert.equal(article.url, "/articles/201_chile/");
  assert.equal(article.title, "Chile and Kenya open a new chapter");
  assert.equal(article.published, "2031-03-12");
  assert.equal(article.publishedBasis, "front-matter");
  assert.equal(article.summary, "Leaders of both countries met in Santiago.");
  assert.deepEqual(article.sources, ["Reuters"]);
  assert.deepEqual(article.extra, { tags: ["trade"] });
  assert.equal(article.dateline, "SANTIAGO");
  assert.ok(article.figures.some((figure) => figure.value === 2e9 && figure.currency === "USD"));
  const visit = article.visits.find((mention) => mention.host === "chile");
  assert.equal(visit?.visitor, "amani-wekesa");
  assert.equal(visit?.from, "kenya");
  assert.equal(visit?.start, "2031-03-10");
  assert.equal(visit?.end, "2031-03-11");
});

test("a scraped .txt with BOM and CRLF: stated date, derived title and summary, credits lifted", () => {
  const text = "\uFEFF date 2030-07-04 NAIROBI — Chilean Foreign Minister Rosa Parra held talks with her Kenyan counterpart Daniel Otieno on Thursday.\r\n\r\nBoth ministers agreed to open direct flights.\r\n\r\nSource: AFP\r\n";
  const article = ingest(text, "seeds/202_nairobi.txt");
  assert.equal(article.published, "2030-07-04");
  assert.equal(article.publishedBasis, "stated");
  assert.equal(article.dateline, "NAIROBI");
  assert.ok(article.title.length >= 15 && article.title.length <= 110, article.title);
  assert.match(article.title, /^Chilean Foreign Minister Rosa Parra held talks/);
  assert.ok(article.sources.some((source) => source.includes("AFP")));
  assert.ok(article.paragraphs.every((paragraph) => !paragraph.includes("\r") && !paragraph.includes("Source:")));
  assert.deepEqual(
    article.people.map((person) => person.id).sort(),
    ["daniel-otieno", "rosa-parra"],
  );
});

test("an article with no stated date is dated from its text, with evidence", () => {
  const article = ingest(
    "Peruvian President Lucia Quispe will pay a state visit to Norway on June 3, 2031, the foreign ministry said.\n\nIt follows talks held in Lima on May 20, 2031.\n",
    "seeds/203_peru.txt",
  );
  assert.equal(article.publishedBasis, "inferred");
  assert.ok(article.publishedRange);
  assert.ok(article.publishedRange.earliest >= "2031-05-21" && article.publishedRange.latest <= "2031-06-02", JSON.stringify(article.publishedRange));
  assert.ok(article.publishedEvidence);
});

test("a title in front matter that breaks the schema fails naming the file and field", () => {
  assert.throws(() => ingest("---\ntitle: Too short\ndate: 2031-01-01\n---\nSome body text about talks.\n", "seeds/204_short.md"), /seeds\/204_short\.md: .*title/);
});
