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

test("an editor's front-matter title and summary are kept at any length; derived ones stay bounded", () => {
  const body = "\nPHNOM PENH — Cambodian Prime Minister Hun Manet received the visiting Lao delegation on Monday, AKP reported.\n";
  assert.equal(ingest(`---\ntitle: Talks\ndate: 2031-01-01\n---${body}`, "seeds/204_short.md").title, "Talks");
  const long = `Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, ${"receives the Lao delegation ".repeat(8)}at the Peace Palace`;
  const summary = "A summary an editor wrote at length. ".repeat(12).trim();
  const article = ingest(`---\ntitle: ${long}\nsummary: ${summary}\ndate: 2031-01-01\n---${body}`, "seeds/205_long.md");
  assert.equal(article.title, long);
  assert.equal(article.summary, summary);
  assert.ok(long.length > 110 && summary.length > 300);
  const derived = ingest(`---\ndate: 2031-01-01\n---${body}`, "seeds/206_derived.md").title;
  assert.ok(derived.length >= 15 && derived.length <= 110, derived);
});

test("a front-matter title of invisible characters only fails naming the file and field", () => {
  assert.throws(() => ingest("---\ntitle: \"\\u200B\\u202E\"\ndate: 2031-01-01\n---\nSome body text about talks.\n", "seeds/207_blank.md"), /seeds\/207_blank\.md: .*title/);
});
