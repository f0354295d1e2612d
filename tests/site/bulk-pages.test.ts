// The paginated templates' pages are rendered in bulk with Eleventy's Nunjucks environment
// (src/site/bulk-pages.ts), not as Eleventy pages: the site must be the same, byte for byte, as
// Eleventy makes it, sitemap included (with a path prefix: bulk-pages-prefixed.test.ts, in its own
// process, as Eleventy keeps compiled layouts across the Eleventy instances of one process).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { outputPathFor, readBulkTemplate, renderBulkTemplate, selectData, type BulkTemplate, type NunjucksEnvironment, type NunjucksLibrary } from "../../src/site/bulk-pages.ts";
import { TEMPLATES } from "../../.eleventy.ts";
import { sameAsEleventy } from "../support/bulk-pages.ts";
import { FileWriter } from "../../src/output/file-writer.ts";

// Eleventy's own Nunjucks (no published types).
const nunjucks = createRequire(import.meta.url)("nunjucks") as NunjucksLibrary & {
  Environment: new (loader: unknown, options: object) => NunjucksEnvironment;
  FileSystemLoader: new (folder: string) => unknown;
};

test("bulk pages are byte-identical to Eleventy's own", () => sameAsEleventy("/"));

test("only one page per item of a view list is rendered in bulk; other templates stay Eleventy's", () => {
  const article = readBulkTemplate(TEMPLATES, "articles/article.njk");
  assert.deepEqual(article?.list, ["views", "articlePages"]);
  assert.equal(article?.alias, "view");
  assert.equal(readBulkTemplate(TEMPLATES, "report.njk")?.list.join("."), "desk.reportPages");
  for (const file of ["about.njk", "feed.njk", "stylesheets.njk", "feed-json.njk"]) assert.equal(readBulkTemplate(TEMPLATES, file), null, file);
});

test("a permalink is written where Eleventy writes it, and never outside the output", () => {
  assert.equal(outputPathFor("/out", "/a/b/", "t.njk"), "/out/a/b/index.html");
  assert.equal(outputPathFor("/out", "/404.html", "t.njk"), "/out/404.html");
  assert.throws(() => outputPathFor("/out", "a/", "t.njk"), /t\.njk: permalink "a\/" must be a path from the site's root/);
  assert.throws(() => outputPathFor("/out", "/a/../../etc/", "t.njk"), /must be a path/);
});

test("a page keeps only the data the sitemap reads, nested as Eleventy keeps it", () => {
  const data = { view: { article: { published: "2026-01-02", title: "x" } }, pagination: { pageNumber: 3, size: 1 }, site: {} };
  assert.deepEqual(selectData(data, ["pagination.pageNumber", "view.article.published", "eleventyExcludeFromCollections"]), {
    pagination: { pageNumber: 3 },
    view: { article: { published: "2026-01-02" } },
  });
});

test("a page that fails to render names its template and its page", async () => {
  const work = mkdtempSync(path.join(tmpdir(), "bulk-error-"));
  try {
    writeFileSync(path.join(work, "base.njk"), "<main>{{ content | safe }}</main>");
    const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(work), { autoescape: true });
    const template: BulkTemplate = {
      file: "broken.njk",
      list: ["views", "items"],
      alias: "item",
      layout: "base.njk",
      permalink: "/items/{{ item.slug }}/",
      computed: {},
      data: {},
      pagination: { size: 1 },
      body: "<h1>{{ item.title }}</h1>\n<p>{{ item.title | noSuchFilter }}</p>",
    };
    const options = {
      nunjucks,
      environment,
      templates: work,
      output: path.join(work, "out"),
      globals: { views: { items: [{ slug: "vientiane-talks", title: "Talks in Vientiane" }] } },
      transform: async (html: string) => html,
      keep: [],
      files: new FileWriter(),
    };
    await assert.rejects(renderBulkTemplate(template, options), (error: Error) => {
      assert.match(error.message, /broken\.njk/);
      assert.match(error.message, /noSuchFilter/);
      assert.match(error.message, /\(rendering \/items\/vientiane-talks\/\)$/);
      return true;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
