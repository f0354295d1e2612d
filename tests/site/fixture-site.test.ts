// The site rendered from the invented fixture archive (tests/fixtures/archive.json): what each
// page type shows, that article text is escaped, and that mentions link to their pages.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite, projectRoot } from "../support/build-site.ts";

let work: string;
const page = (relative: string) => readFileSync(path.join(work, "site", relative), "utf8");
/** The page's main content, without the header and footer. */
const main = (relative: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(page(relative))![1]!;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), "site-fixture-"));
  await buildSite(path.join(projectRoot, "tests/fixtures/archive.json"), path.join(work, "site"));
});

after(() => {
  rmSync(work, { recursive: true, force: true });
});

test("article text, titles and captions are escaped, never executed", () => {
  const html = page("articles/105_mixed/index.html");
  assert.doesNotMatch(html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ""), /<script>alert/);
  assert.match(html, /<title>Anan arrives in Jakarta &lt;script&gt;alert\(1\)&lt;\/script&gt; for a four-day visit · /);
  assert.match(html, /Prime Minister Anan Chaiyaporn &lt;b&gt;arrives&lt;\/b&gt; at Halim airport\./);
  // JSON-LD cannot be closed early by a title holding </script>.
  assert.match(html, /"headline":"Anan arrives in Jakarta \\u003cscript>alert\(1\)\\u003c\/script> for a four-day visit"/);
});

test("article pages link the first mention of each person and country, and name the source file", () => {
  const html = main("articles/102_report/index.html");
  assert.match(html, /<a href="\/people\/anan-chaiyaporn\/" class="mention mention-person">Anan Chaiyaporn<\/a>/);
  assert.match(html, /<a href="\/people\/do-thi-hang\/" class="mention mention-person">Đỗ Thị Hằng<\/a>/);
  assert.match(html, /<a href="\/countries\/malaysia\/" class="mention mention-country">Malaysia<\/a>/);
  assert.equal(html.match(/mention-person">Anan/g)?.length, 1, "one link per person");
  assert.match(html, /Source file: <code>fixtures\/102_report\.txt<\/code>/);
  assert.match(html, /<dt>Written by<\/dt><dd>Nok Srisuk<\/dd>/);
  assert.match(html, /<dt>Translated by<\/dt><dd>Lim Wei Ling<\/dd>/);
  assert.match(html, /<span class="dateline">KUALA LUMPUR<\/span>/);
  assert.match(html, /<figure class="caption-only">\s*<figcaption>.*Putrajaya\. <span class="credit">Photo: Bernama<\/span>/);
});

test("an inferred date says so, with its evidence", () => {
  const html = main("articles/103_undated/index.html");
  assert.match(html, /<strong>Date inferred\.<\/strong>[^<]*: published on 20 January 2026\./);
  assert.match(html, /<blockquote class="evidence"><p>Indonesian Foreign Minister Siti Rahmawati is visiting Thailand today/);
});

test("Markdown articles render inline Markdown", () => {
  // Records are plain text (ingest reads Markdown); the page shows them as written, never as markup.
  assert.match(main("articles/104_assessment/index.html"), /described as \*\*long overdue\*\*/);
});

test("the event page shows dates, route, roles, evidence and figures linked to their paragraph", () => {
  const html = main("events/anan-chaiyaporn-malaysia-2025-11-12/index.html");
  assert.match(html, /<time datetime="2025-11-12">12–13 November 2025<\/time>/);
  assert.match(html, /<a href="\/people\/anan-chaiyaporn\/">Anan Chaiyaporn<\/a> <span class="route-from">\(<a href="\/countries\/thailand\/">Thailand<\/a>\)<\/span>/);
  assert.deepEqual([...html.matchAll(/<span class="role role-(\w+)">/g)].map((match) => match[1]), ["preview", "report", "assessment"]);
  assert.match(html, /<p class="figure-source"><a href="\/articles\/101_preview\/#p2">/);
  assert.match(page("articles/101_preview/index.html"), /<p id="p2">Two-way trade/);
});

test("month-only and undated events say what is known", () => {
  assert.match(main("events/jose-araujo-indonesia-2026-01/index.html"), /January 2026 <span class="note">\(the articles give only the month\)<\/span>/);
  assert.match(main("events/anan-chaiyaporn-brunei/index.html"), /Date not known/);
  assert.match(main("index.html"), /<h2 class="tl-year-label" id="undated">Date not known<\/h2>/);
});

test("country pages list visits received and made", () => {
  const html = main("countries/thailand/index.html");
  const received = html.slice(html.indexOf('id="in-title"'), html.indexOf('id="out-title"'));
  const made = html.slice(html.indexOf('id="out-title"'), html.indexOf('id="articles-title"'));
  assert.match(received, /Siti Rahmawati’s official visit to Thailand/);
  assert.doesNotMatch(received, /state visit to Malaysia/);
  assert.match(made, /state visit to Malaysia/);
});

test("the about page lists input files that could not be read", () => {
  assert.match(main("about/index.html"), /<code>fixtures\/107_empty\.txt<\/code>: the file is empty/);
});
