// Every built HTML page: valid HTML (html-validate), HTML + CSS within 50 KB, a canonical URL and
// Open Graph tags from the site URL, and JSON-LD that parses and has its required fields.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { htmlProblems } from "../support/html-validate.ts";
import type { Article, Event, Person } from "../../src/model/schema.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { projectRoot } from "../support/build-site.ts";
import { listFiles, readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);
const pages = listFiles(site, [".html"]);
const settings = loadSiteSettings(projectRoot);
const PAGE_BUDGET = 50 * 1024;

test("the build has pages to check", () => {
  assert.ok(pages.length >= 10, `only ${pages.length} HTML pages in ${site}`);
});

test("every page is valid HTML (html-validate: 0 errors)", async (t) => {
  const problems = await htmlProblems(site, pages);
  t.diagnostic(`html-validate: ${pages.length} pages, ${problems.length} errors`);
  assert.deepEqual(problems, []);
});

/** Stylesheets a page links to (root-relative, as written before the path prefix). */
function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1] ?? "").filter(Boolean);
}

test("every page's HTML plus its CSS is at most 50 KB", (t) => {
  const sizes = pages.map((page) => {
    const html = readFileSync(path.join(site, page), "utf8");
    const css = stylesheetsOf(html).reduce((total, href) => total + statSync(path.join(site, href.split(/[?#]/)[0]!)).size, 0);
    return { page, bytes: Buffer.byteLength(html) + css };
  });
  sizes.sort((a, b) => b.bytes - a.bytes || (a.page < b.page ? -1 : 1));
  const largest = sizes[0]!;
  t.diagnostic(`largest page: ${largest.page}, ${(largest.bytes / 1024).toFixed(1)} KB with its CSS (budget 50 KB)`);
  assert.deepEqual(sizes.filter((size) => size.bytes > PAGE_BUDGET).map((size) => `${size.page}: ${size.bytes} bytes`), []);
});

function head(page: string): string {
  const html = readFileSync(path.join(site, page), "utf8");
  return html.slice(0, html.indexOf("</head>"));
}

function meta(html: string, property: string): string | undefined {
  return new RegExp(`<meta property="${property}" content="([^"]*)">`).exec(html)?.[1];
}

test("every page has a canonical URL and Open Graph tags built from the site URL", () => {
  for (const page of pages.filter((page) => page !== "404.html")) {
    const html = head(page);
    const expected = `${settings.url}/${page.replace(/index\.html$/, "")}`;
    assert.equal(/<link rel="canonical" href="([^"]+)">/.exec(html)?.[1], expected, `${page}: canonical`);
    assert.equal(meta(html, "og:url"), expected, `${page}: og:url`);
    for (const property of ["og:title", "og:description", "og:type", "og:site_name"]) assert.ok(meta(html, property), `${page}: ${property}`);
  }
});

function jsonLd(page: string): Record<string, unknown>[] {
  const html = readFileSync(path.join(site, page), "utf8");
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
}

const pageOf = (url: string) => `${url.replace(/^\//, "")}index.html`;

test("article pages carry NewsArticle JSON-LD with headline, datePublished and publisher", () => {
  const articles = readJson<Article[]>(site, "api/articles.json");
  assert.ok(articles.length > 0);
  for (const article of articles) {
    const [ld, ...rest] = jsonLd(pageOf(article.url));
    assert.equal(rest.length, 0);
    assert.equal(ld?.["@context"], "https://schema.org");
    assert.equal(ld?.["@type"], "NewsArticle");
    assert.equal(ld?.headline, article.title);
    assert.equal(ld?.datePublished, article.published);
    assert.equal((ld?.publisher as { name?: string })?.name, settings.publisher);
    assert.equal(ld?.url, `${settings.url}${article.url}`);
  }
});

test("event pages carry Event JSON-LD with startDate, endDate and location", () => {
  const events = readJson<Event[]>(site, "api/events.json");
  assert.ok(events.length > 0);
  for (const event of events) {
    const [ld] = jsonLd(pageOf(event.url));
    assert.equal(ld?.["@type"], "Event", event.id);
    assert.equal(ld?.name, event.title);
    assert.equal((ld?.location as { "@type"?: string })?.["@type"], "Country");
    assert.ok((ld?.location as { name?: string })?.name, `${event.id}: location name`);
    if (event.start && event.precision === "day") {
      assert.equal(ld?.startDate, event.start);
      assert.equal(ld?.endDate, event.end ?? event.start);
    }
  }
});

test("person pages carry Person JSON-LD; the home page WebSite", () => {
  for (const person of readJson<Person[]>(site, "api/people.json")) {
    const [ld] = jsonLd(pageOf(person.url));
    assert.equal(ld?.["@type"], "Person");
    assert.equal(ld?.name, person.name);
  }
  assert.equal(jsonLd("index.html")[0]?.["@type"], "WebSite");
});

test("pages need no JavaScript: only the search page loads a script", () => {
  for (const page of pages) {
    const html = readFileSync(path.join(site, page), "utf8").replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, "");
    if (page.startsWith("search/")) continue;
    assert.doesNotMatch(html, /<script\b/, `${page} has a script`);
  }
});
