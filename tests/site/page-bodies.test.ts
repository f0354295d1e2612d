// The article, event and person pages' bodies, written in TypeScript (src/site/pages/): escaping
// exactly as Nunjucks' autoescape, and each branch a page can take, on views of the invented
// fixture archive changed one fact at a time. (That the whole site is byte-identical to the
// Nunjucks templates these replaced was checked with `diff -r` when they were written.)
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { createRequire } from "node:module";
import { loadArchiveFile } from "../../src/site/archive-file.ts";
import { buildSiteViews, type ArticlePage, type EventPage, type PersonPage } from "../../src/site/views/index.ts";
import { esc } from "../../src/site/pages/html.ts";
import { articleBody, type ArticleContext } from "../../src/site/pages/article.ts";
import { eventBody, type EventContext } from "../../src/site/pages/event.ts";
import { personBody } from "../../src/site/pages/person.ts";
import type { CorrectionNote } from "../../src/site/views/desk.ts";
import { projectRoot } from "../support/build-site.ts";

const archive = loadArchiveFile(path.join(projectRoot, "tests/fixtures/archive.json"));
const views = buildSiteViews(archive);
const nunjucksLib = createRequire(import.meta.url)("nunjucks/src/lib.js") as { escape: (text: string) => string };

const note: CorrectionNote = { facts: "Publication date (first read as 5 February 2031)", reason: "The dateline's <day> was misread", date: "2031-02-07", dateLabel: "7 February 2031" };
const site = { title: "Test Archive", publisher: "Test Desk" };
const fullUrl = (url: string) => `https://example.org${url}`;
const clone = <T>(value: T): T => structuredClone(value);

test("text is escaped exactly as Nunjucks escapes it; null and undefined print nothing", () => {
  for (const text of ["plain", `Tô Lâm's "visit" <to> Laos & Cambodia \\ back`, "’“”–—", "&amp;", ""]) assert.equal(esc(text), nunjucksLib.escape(text), text);
  assert.equal(esc(null), "");
  assert.equal(esc(undefined), "");
  assert.equal(esc(3), "3");
});

test("person page: page 1 has the facts, corrections and JSON-LD; a later page only its share", () => {
  const first = clone(views.personPages.find((view) => view.number === 1 && view.events.length > 0)!) as PersonPage;
  first.person.aliases = ["A<b>"];
  const html = personBody(first, { notes: { [first.person.url]: [note] }, ld: "<script>LD</script>" });
  assert.match(html, /^<article class="page person-page">/);
  assert.ok(html.includes('<p class="correction"><strong>Corrected:</strong> Publication date (first read as 5 February 2031). The dateline&#39;s &lt;day&gt; was misread'));
  assert.ok(html.includes("<div><dt>Also written</dt><dd>A&lt;b&gt;</dd></div>"));
  assert.ok(html.includes('<ol class="event-list">\n<li class="event-item">'));
  assert.ok(html.endsWith("</article>\n<script>LD</script>"));

  const later = { ...first, number: 2, total: 2, previous: first.url, next: null, articles: [], articleCount: 3 };
  const second = personBody(later, { notes: { [first.person.url]: [note] }, ld: "" });
  assert.ok(second.includes('<span class="intro-page">page 2</span>'));
  assert.ok(!second.includes("Corrected:") && !second.includes('class="facts"'));
  assert.ok(second.includes('<p class="empty">No more articles.</p>'));
  assert.ok(second.includes('<nav class="pager" aria-label="More pages about'));
  assert.ok(second.endsWith("</section>\n</article>"));
});

function articleContext(overrides: Partial<ArticleContext> = {}): ArticleContext {
  return { notes: {}, sameStory: {}, body: "<p>TEXT</p>", ld: "<script>LD</script>", site, fullUrl, ...overrides };
}

test("article page: how the date was found, inferred, uncertain or undated", () => {
  const view = clone(views.articlePages[0]!) as ArticlePage;
  view.article.publishedBasis = "inferred";
  view.article.publishedRange = { earliest: "2031-02-04", latest: "2031-02-06" };
  view.article.publishedWhy = [];
  view.article.publishedEvidence = "It came out the day after the talks.";
  let html = articleBody(view, articleContext());
  assert.ok(html.includes('<span class="note">(inferred)</span>'));
  assert.ok(html.includes("worked out from what the text says: published between 4 February 2031 and 6 February 2031.</p>"));
  assert.ok(html.includes('<blockquote class="evidence"><p>It came out the day after the talks.</p></blockquote>'));

  view.article.publishedRange = { earliest: "2031-02-05", latest: "2031-02-05" };
  assert.ok(articleBody(view, articleContext()).includes(": published on 5 February 2031.</p>"));

  view.article.publishedBasis = "stated";
  view.article.publishedRange = { earliest: "2031-02-04", latest: "2031-02-06" };
  html = articleBody(view, articleContext());
  assert.ok(html.includes('<span class="note">(uncertain)</span>') && html.includes("<strong>Date uncertain.</strong>"));

  view.article.publishedBasis = "undated";
  view.article.published = null;
  view.article.publishedRange = null;
  html = articleBody(view, articleContext());
  assert.ok(html.includes("<dd>Undated</dd>") && html.includes("<strong>Undated.</strong>"));
  assert.ok(html.includes("Test Desk") || html.includes(view.article.sources.join(", ")));
  assert.match(html, /\.” undated\. Test Archive\. <span class="cite-url">/);
});

test("article page: byline, translator, sources, captions, copies, the same story, neighbours and the citation", () => {
  const view = clone(views.articlePages[0]!) as ArticlePage;
  Object.assign(view.article, { byline: "By Lan Anh", translator: "Translated by Minh", sources: ["VNA", "VNS"], alsoPublishedAs: ["copy-1", "copy-2"] });
  view.article.captions = [{ text: "Leaders meet", credit: "VNA" }, { text: "A <crowd>", credit: null }] as typeof view.article.captions;
  const story = { url: "/articles/other/", title: "Other & same", dateLabel: "6 February 2031" };
  const html = articleBody(view, articleContext({ sameStory: { [view.article.id]: [story] }, notes: { [view.article.url]: [note] } }));
  assert.ok(html.includes("<div><dt>Written by</dt><dd>Lan Anh</dd></div><div><dt>Translated by</dt><dd>Minh</dd></div><div><dt>Sources</dt><dd>VNA, VNS</dd></div>"));
  assert.ok(html.includes('<span class="caption-label">Photo</span> Leaders meet <span class="credit">Photo: VNA</span></figcaption>'));
  assert.ok(html.includes('<span class="caption-label">Photo</span> A &lt;crowd&gt;</figcaption>'));
  assert.ok(html.includes("Also filed as <code>copy-1</code>, <code>copy-2</code>: the same text, published here once.</p>"));
  assert.ok(html.includes('<li><a href="/articles/other/">Other &amp; same</a> <span class="muted">6 February 2031</span></li>'));
  assert.ok(html.includes("Corrected:"));
  assert.ok(html.includes('<div class="prose">\n<p>TEXT</p>\n</div>'));
  // With a byline, the citation names its writer and gives the sources before the date.
  assert.match(html, /<p class="cite-text">Lan Anh\. “[^”]+\.” VNA, VNS, \d+ \w+ \d{4}\. Test Archive\. <span class="cite-url">https:\/\/example\.org\/articles\//);
  assert.ok(html.endsWith("</section>\n</article>\n<script>LD</script>"));
});

function eventContext(overrides: Partial<EventContext> = {}): EventContext {
  return { notes: {}, articleById: views.articleById, drawMap: () => ({ svg: "<svg>MAP</svg>", missing: [] }), ld: "<script>LD</script>", site, fullUrl, ...overrides };
}

test("event page: page 1 has the facts, map, why and citation; the map is drawn for page 1 only", () => {
  const view = clone(views.eventPages.find((page) => page.number === 1)!) as EventPage;
  view.event.precision = "month";
  let drawn = 0;
  const html = eventBody(view, eventContext({ drawMap: () => (drawn++, { svg: "<svg>MAP</svg>", missing: ["Atlantis"] }) }));
  assert.equal(drawn, 1);
  assert.ok(html.includes('<span class="note">(the articles give only the month)</span>'));
  assert.ok(html.includes('<div class="figure-art" tabindex="0"><svg>MAP</svg></div>'));
  assert.ok(html.includes('<p class="note">Not on the map (no place for Atlantis in data/places.json).</p></div>'));
  assert.ok(html.includes('<section class="block why" id="why"'));
  assert.ok(html.includes('<section class="block cite"'));
  assert.ok(html.endsWith("</article>\n<script>LD</script>"));

  const later = { ...view, number: 2, total: 2, previous: view.url, next: null };
  const second = eventBody(later, eventContext({ drawMap: () => (drawn++, { svg: null, missing: [] }) }));
  assert.equal(drawn, 1);
  assert.ok(!second.includes('class="facts"') && !second.includes('id="why"') && !second.includes("cite-text"));
  assert.ok(second.includes('<span class="intro-page">page 2</span>'));
  assert.ok(second.endsWith("\n</article>"));
});

test("event page: readings beyond the first two are counted, figures' values separated", () => {
  const view = clone(views.eventPages.find((page) => page.number === 1)!) as EventPage;
  const reading = { rule: "visit to a place", sentence: "They flew to <Laos>.", start: 13, end: 19, confidence: "low" as const, article: "no-such-article" };
  view.event.why.host = [reading, reading, reading, reading];
  view.figures = [{ values: ["US$1 billion", "20%"], sentence: "Trade grew.", article: views.articleById[Object.keys(views.articleById)[0]!]!, href: "/articles/x/#p1" }];
  const html = eventBody(view, eventContext({ drawMap: () => ({ svg: null, missing: [] }) }));
  assert.ok(!html.includes('id="map"'));
  assert.ok(html.includes('<summary>Host <span class="muted">(4 readings)</span></summary>'));
  assert.ok(html.includes('<li><p class="why-rule">visit to a place <strong class="why-guess">a guess</strong></p>\n<blockquote class="evidence"><p>They flew to <mark>&lt;Laos&gt;</mark>.</p></blockquote></li>'));
  assert.ok(html.includes('</ul><p class="block-note">2 more readings in the open data'));
  assert.ok(html.includes('<p class="figure-values"><strong>US$1 billion</strong><span class="figure-sep" aria-hidden="true"> · </span><span class="visually-hidden">, </span><strong>20%</strong></p>'));
});
