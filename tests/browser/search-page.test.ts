// The search page on the real site, in Chromium, served like a static host: plain and under
// /archive/. The expected pages are worked out from the site's own open data (api/*.json), so
// the test follows whatever the seeds say rather than a hard-coded list.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import type { Article, Country, Event, Person } from "../../src/model/schema.ts";
import { matchKey } from "../../src/text/fold.ts";
import { launchChromium, VIEWPORTS } from "../support/chromium.ts";
import type { StaticServer } from "../support/static-server.ts";
import { BUILDS, closeSearchPage, openSearchPage, searchFor, SHARDED_BUILD, waitForResults, WHOLE_INDEX_BUILD, type SearchOutcome, type ShownResult } from "../search/support/search-page.ts";

interface OpenData {
  articles: Article[];
  events: Event[];
  people: Person[];
  countries: Country[];
}

function readOpenData(folder: string): OpenData {
  const read = <T>(name: string): T => {
    const file = path.join(folder, "api", `${name}.json`);
    assert.ok(existsSync(file), `${file} is missing: run the build first (npm test does)`);
    return JSON.parse(readFileSync(file, "utf8")) as T;
  };
  return { articles: read("articles"), events: read("events"), people: read("people"), countries: read("countries") };
}

function articleText(article: Article): string {
  return [article.title, article.dateline ?? "", ...article.paragraphs, ...article.captions.map((c) => c.text)].join("\n");
}

/** Article URLs whose text, folded and lower-cased, holds the words of `phrase`. */
function articlesSaying(data: OpenData, phrase: string): string[] {
  const key = ` ${matchKey(phrase)} `;
  return data.articles.filter((article) => ` ${matchKey(articleText(article))} `.includes(key)).map((a) => a.url);
}

const paths = (results: ShownResult[]) => results.map((result) => result.path).sort();

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

for (const build of BUILDS) {
  describe(`search page (${build.name})`, () => {
    const data = readOpenData(build.folder);
    const at = (url: string) => `${build.prefix}${url.replace(/^\//, "")}`;
    let server: StaticServer;
    let page: Page;
    let errors: string[];

    before(async () => {
      ({ server, page, errors } = await openSearchPage(browser, path.resolve(build.folder), build.prefix));
    });
    after(async () => {
      await closeSearchPage({ server, page });
    });

    test("`To Lam` and `Tô Lâm` give the same results, with every article naming him", async () => {
      const expected = articlesSaying(data, "Tô Lâm");
      assert.ok(expected.length > 0, "the seeds name Tô Lâm");
      const plain = await searchFor(page, "To Lam");
      const accented = await searchFor(page, "Tô Lâm");
      assert.deepEqual(paths(accented.results), paths(plain.results));
      for (const url of expected) assert.ok(paths(plain.results).includes(at(url)), `${url} missing for To Lam`);
      // The spelling with accents is found by the query without them.
      const accentedArticles = data.articles.filter((article) => articleText(article).includes("Tô Lâm")).map((a) => at(a.url));
      assert.ok(accentedArticles.length > 0);
      for (const url of accentedArticles) assert.ok(paths(plain.results).includes(url), url);
      // Only the words asked for are marked (Pagefind also lets `to` match `together`).
      const marked = new Set(plain.results.flatMap((result) => result.marked.map((word) => matchKey(word))));
      assert.deepEqual([...marked].filter((word) => !["to", "lam", "lams"].includes(word)), []);
    });

    test("`Le Hoai Trung` finds him however he is spelled", async () => {
      const expected = articlesSaying(data, "Lê Hoài Trung");
      assert.ok(expected.length > 0, "the seeds name Lê Hoài Trung");
      const plain = await searchFor(page, "Le Hoai Trung");
      const accented = await searchFor(page, "Lê Hoài Trung");
      assert.deepEqual(paths(accented.results), paths(plain.results));
      for (const url of expected) assert.ok(paths(plain.results).includes(at(url)), `${url} missing`);
      // His person page, whose name may be written with accents, is among the results too.
      for (const person of data.people.filter((p) => matchKey(p.name) === "le hoai trung")) {
        assert.ok(paths(plain.results).includes(at(person.url)), `${person.url} (${person.name}) missing`);
      }
    });

    test("`Viet Nam` finds the articles that write `Việt Nam`", async () => {
      const written = data.articles.filter((article) => articleText(article).includes("Việt Nam")).map((a) => at(a.url));
      assert.ok(written.length > 0, "some seed writes Việt Nam");
      const { results } = await searchFor(page, "Viet Nam");
      for (const url of written) assert.ok(paths(results).includes(url), `${url} missing`);
      const marked = results.flatMap((result) => result.marked.map((word) => word.replace(/\W+$/u, "")));
      assert.ok(marked.includes("Việt"), "the excerpt shows the text as written, accents and all");
    });

    test("`strategic cohesion` lists every article that says it, with the words marked", async () => {
      const expected = articlesSaying(data, "strategic cohesion");
      assert.ok(expected.length > 1, "several seeds speak of strategic cohesion");
      const { results, status } = await searchFor(page, "strategic cohesion");
      for (const url of expected) {
        const result = results.find((r) => r.path === at(url));
        assert.ok(result, `${url} missing`);
        const marked = result.marked.map((word) => word.toLowerCase());
        assert.ok(marked.some((word) => word.startsWith("cohesion")), `${url}: nothing marked in “${result.excerpt}”`);
      }
      assert.match(status, new RegExp(`^${results.length} results for “strategic cohesion”`));
    });

    test("each result shows its title, type and date", async () => {
      const { results } = await searchFor(page, "visit");
      assert.ok(results.length > 0);
      const published = new Map(data.articles.map((article) => [at(article.url), article.published]));
      for (const result of results) {
        assert.ok(result.title.trim().length > 0);
        assert.ok(["Article", "Event", "Person"].includes(result.type), result.type);
        if (result.type === "Article") assert.equal(result.date, published.get(result.path), result.path);
      }
      assert.ok(new Set(results.map((result) => result.type)).size > 1, "articles, events and people all searched");
    });

    test("a query that matches nothing says so", async () => {
      const { results, status } = await searchFor(page, "qwzx plorvik");
      assert.equal(results.length, 0);
      assert.equal(status, "No results for “qwzx plorvik”.");
    });

    test("every result link opens a page of the site", async () => {
      const { results } = await searchFor(page, "Laos");
      assert.ok(results.length > 0);
      for (const result of results) {
        const response = await page.request.get(new URL(result.path, server.url).href);
        assert.equal(response.status(), 200, result.path);
      }
      assert.deepEqual(errors, []);
      assert.deepEqual(server.requests.filter((request) => !request.startsWith(build.prefix)), [], "every request stays under the prefix");
    });

    test("filters by type and country, from the address", async () => {
      await page.goto(`${server.url}search/?q=visit&type=event`);
      const events = await waitForResults(page);
      assert.ok(events.results.length > 0);
      for (const result of events.results) assert.equal(result.type, "Event", result.path);
      assert.equal(await page.isChecked('input[name="type"][value="event"]'), true);

      const country = data.countries.find((c) => c.articles.length > 0 && c.articles.length < data.articles.length);
      assert.ok(country, "a country that some but not all articles mention");
      const inCountry = new Set([
        ...data.articles.filter((a) => a.countries.some((c) => c.id === country.id)).map((a) => at(a.url)),
        ...data.events.filter((e) => e.host === country.id || e.from === country.id).map((e) => at(e.url)),
        ...data.people.filter((p) => p.country === country.id).map((p) => at(p.url)),
      ]);
      await page.goto(`${server.url}search/?q=visit&country=${encodeURIComponent(country.name)}`);
      const filtered = await waitForResults(page);
      assert.ok(filtered.results.length > 0);
      for (const result of filtered.results) assert.ok(inCountry.has(result.path), `${result.path} is not tied to ${country.name}`);
      assert.match(filtered.status, /with these filters/);
    });

    test("results sort by date, newest or oldest first", async () => {
      for (const [order, sorted] of [
        ["newest", (a: string, b: string) => a >= b],
        ["oldest", (a: string, b: string) => a <= b],
      ] as const) {
        await page.goto(`${server.url}search/?q=visit&sort=${order}`);
        const { results } = await waitForResults(page);
        const dates = results.map((result) => result.date);
        assert.ok(dates.length > 2 && dates.every((date) => date !== null), JSON.stringify(dates));
        for (let i = 1; i < dates.length; i += 1) assert.ok(sorted(dates[i - 1]!, dates[i]!), `${order}: ${dates.join(", ")}`);
      }
    });

    test("the header field searches from any page", async () => {
      const article = data.articles[0]!;
      await page.goto(new URL(at(article.url), server.url).href);
      await page.fill("#site-search-q", "strategic cohesion");
      await page.press("#site-search-q", "Enter");
      await page.waitForURL(/\/search\/\?q=strategic\+cohesion$/);
      assert.equal(new URL(page.url()).pathname, `${build.prefix}search/`);
      const { results } = await waitForResults(page);
      assert.ok(results.length > 0);
      assert.equal(await page.inputValue("#search-q"), "strategic cohesion");
    });

    test("the search page with results passes axe at phone and desktop width, light and dark", async () => {
      for (const viewport of VIEWPORTS) {
        for (const colorScheme of ["light", "dark"] as const) {
          const context = await browser.newContext({ viewport, colorScheme });
          try {
            const shown = await context.newPage();
            await shown.goto(`${server.url}search/?q=strategic+cohesion`);
            const { results } = await waitForResults(shown);
            assert.ok(results.length > 0);
            const { violations } = await new AxeBuilder({ page: shown }).analyze();
            const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
            assert.deepEqual(summary, [], `${viewport.name} ${colorScheme}`);
          } finally {
            await context.close();
          }
        }
      }
    });

    test("without JavaScript the header field still leads somewhere useful", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const plain = await context.newPage();
        await plain.goto(server.url);
        await plain.fill("#site-search-q", "To Lam");
        await plain.press("#site-search-q", "Enter");
        await plain.waitForURL(/\/search\/\?q=To\+Lam$/);
        const fallback = plain.locator(".search-noscript");
        assert.equal(await fallback.isVisible(), true);
        const browse = fallback.locator("a");
        assert.ok((await browse.count()) >= 2);
        for (const href of await browse.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
          assert.ok(new URL(href).pathname.startsWith(build.prefix), href);
          assert.equal((await plain.request.get(href)).status(), 200, href);
        }
      } finally {
        await context.close();
      }
    });
  });
}

describe("search with the index in shards", () => {
  let whole: { server: StaticServer; page: Page };
  let sharded: { server: StaticServer; page: Page; errors: string[] };
  before(async () => {
    whole = await openSearchPage(browser, path.resolve(WHOLE_INDEX_BUILD.folder), WHOLE_INDEX_BUILD.prefix);
    sharded = await openSearchPage(browser, path.resolve(SHARDED_BUILD.folder), SHARDED_BUILD.prefix);
  });
  after(async () => {
    await closeSearchPage(whole);
    await closeSearchPage(sharded);
  });

  const shards = JSON.parse(readFileSync(path.join(SHARDED_BUILD.folder, "pagefind/shards.json"), "utf8")) as { shards: unknown[] };
  test("the sharded build really is in several shards", () => {
    assert.ok(shards.shards.length > 3, JSON.stringify(shards));
  });

  for (const query of ["visit", "To Lam", "Laos", "strategic cohesion", "\"strategic cohesion\"", "cohesion"]) {
    test(`\`${query}\` finds the same pages as the index in one piece, in the same order of dates`, async () => {
      for (const sort of ["", "newest", "oldest"]) {
        const address = `search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ""}`;
        await whole.page.goto(`${whole.server.url}${address}`);
        await sharded.page.goto(`${sharded.server.url}${address}`);
        const [expected, shown] = [await waitForResults(whole.page), await waitForResults(sharded.page)];
        assert.ok(expected.results.length > 0, `${address} finds something`);
        assert.equal(shown.status, expected.status, address);
        assert.deepEqual(paths(shown.results), paths(expected.results), address);
        if (sort) {
          const dates = (outcome: SearchOutcome) => outcome.results.map((result) => result.date);
          assert.deepEqual(dates(shown), dates(expected), `${address}: dates in the same order`);
        }
      }
      assert.deepEqual(sharded.errors, []);
    });
  }

  test("the shards share one copy of Pagefind's script and search core", () => {
    const fetched = sharded.server.requests.filter((request) => /pagefind\.js|wasm\./.test(request));
    assert.deepEqual([...new Set(fetched)].sort(), ["/archive/pagefind/pagefind.js", "/archive/pagefind/wasm.en.pagefind"]);
    assert.ok(sharded.server.requests.includes("/archive/pagefind/shard-2/pagefind-entry.json"), "every shard's index is read");
  });
});
