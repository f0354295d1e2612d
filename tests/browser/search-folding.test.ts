// `đ`/`Đ` has no Unicode decomposition, so Pagefind alone would not let `Da Lat` find `Đà Lạt`.
// The seeds contain no `đ`, so this test indexes a tiny invented archive next to the real search
// page (copied from each build, plain and under /archive/) and searches it in Chromium.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { indexSearch } from "../../src/search/index.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { fixtureArchive } from "../search/fixtures/archive.ts";
import { launchChromium } from "../support/chromium.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { BUILDS, closeSearchPage, openSearchPage, searchFor } from "../search/support/search-page.ts";

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

/** The built search page and its assets, with the fixture archive's index beside them (`shardSize: 1`: a shard per record). */
async function fixtureSite(builtSite: string, shardSize: number | undefined): Promise<string> {
  for (const needed of ["search/index.html", "assets/search.js"]) {
    assert.ok(existsSync(path.join(builtSite, needed)), `${builtSite}/${needed} is missing: run the build first (npm test does)`);
  }
  const site = mkdtempSync(path.join(tmpdir(), "search-fixture-"));
  cpSync(path.join(builtSite, "search"), path.join(site, "search"), { recursive: true });
  cpSync(path.join(builtSite, "assets"), path.join(site, "assets"), { recursive: true });
  await indexSearch(site, fixtureArchive, { language: loadSiteSettings(process.cwd()).language, shardSize });
  return site;
}

for (const build of BUILDS) {
  describe(`folding đ on the search page (${build.name})`, () => {
    let server: StaticServer;
    let page: Page;
    let errors: string[];

    before(async () => {
      ({ server, page, errors } = await openSearchPage(browser, await fixtureSite(build.folder, build.sharded ? 1 : undefined), build.prefix));
    });
    after(async () => {
      await closeSearchPage({ server, page });
    });

    test("`Da Lat` finds the article that writes `Đà Lạt`, shown as written", async () => {
      const { results } = await searchFor(page, "Da Lat");
      const article = results.find((result) => result.path === `${build.prefix}articles/201_flowers/`);
      assert.ok(article, JSON.stringify(results));
      assert.ok(article.marked.includes("Đà"), `marked: ${article.marked.join(" | ")}`);
      assert.ok(!article.marked.includes("Da"), "the folded copy never shows");
      assert.match(article.excerpt, /Đà Lạt/);
      assert.doesNotMatch(article.excerpt + article.title, /Da Lat/);
    });

    test("`Đà Lạt` and `Da Lat` give the same results", async () => {
      const folded = await searchFor(page, "Da Lat");
      const written = await searchFor(page, "Đà Lạt");
      assert.ok(written.results.length > 0);
      assert.deepEqual(written.results.map((r) => r.path).sort(), folded.results.map((r) => r.path).sort());
    });

    test("a name typed without accents finds the person, the article and the event", async () => {
      const { results } = await searchFor(page, "phan thi dao");
      const paths = results.map((result) => result.path);
      for (const expected of ["people/phan-thi-dao/", "articles/201_flowers/", "events/chile-trade-delegation-2024-03-09/"]) {
        assert.ok(paths.includes(`${build.prefix}${expected}`), `${expected} not in ${paths.join(", ")}`);
      }
      const person = results.find((result) => result.path.endsWith("people/phan-thi-dao/"));
      assert.equal(person?.type, "Person");
      assert.equal(person?.title, "Phan Thị Đào");
    });

    test("`Dong Nai` matches `Đồng Nai`; nonsense says there is nothing", async () => {
      const { results } = await searchFor(page, "Dong Nai");
      assert.ok(results.some((result) => result.marked.includes("Đồng")));
      const none = await searchFor(page, "zqxjv wubbafloon");
      assert.equal(none.results.length, 0);
      assert.match(none.status, /^No results for “zqxjv wubbafloon”/);
      assert.deepEqual(errors, []);
    });
  });
}

test("a site whose index is missing says search is unavailable instead of hanging", async () => {
  const site = mkdtempSync(path.join(tmpdir(), "search-no-index-"));
  cpSync(path.join("_site", "search"), path.join(site, "search"), { recursive: true });
  cpSync(path.join("_site", "assets"), path.join(site, "assets"), { recursive: true });
  const server = await serveStatic(site, "/");
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}search/?q=anything`);
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent !== "");
    assert.equal(await page.textContent("#search-status"), "Search is not available: its index could not be loaded.");
  } finally {
    await page.close();
    await server.close();
  }
});
