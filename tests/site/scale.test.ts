// A large invented archive: every list is paged, so no page outgrows the 50 KB budget, and the
// page count grows in step with the records.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "../support/build-site.ts";
import { listFiles } from "../support/site-files.ts";
import { syntheticArchive } from "../support/synthetic-archive.ts";

test("a 900-article archive builds with every page's HTML + CSS under 50 KB", async (t) => {
  const work = mkdtempSync(path.join(tmpdir(), "site-scale-"));
  try {
    const archive = syntheticArchive(900, 250);
    const fixture = path.join(work, "archive.json");
    writeFileSync(fixture, JSON.stringify(archive));
    const started = performance.now();
    await buildSite(fixture, path.join(work, "site"));
    const seconds = (performance.now() - started) / 1000;
    const site = path.join(work, "site");
    const pages = listFiles(site, [".html"]);
    const css = statSync(path.join(site, "assets/site.css")).size;
    const sizes = pages.map((page) => ({ page, bytes: statSync(path.join(site, page)).size + css })).sort((a, b) => b.bytes - a.bytes);
    t.diagnostic(`${archive.articles.length} articles, ${archive.events.length} events → ${pages.length} pages in ${seconds.toFixed(1)} s; largest ${sizes[0]!.page} ${(sizes[0]!.bytes / 1024).toFixed(1)} KB`);
    assert.deepEqual(sizes.filter((size) => size.bytes > 50 * 1024).map((size) => `${size.page}: ${size.bytes}`), []);
    // The busy person's visits and articles are split over several pages, each linking the next.
    assert.ok(pages.includes("people/zara-quill/page/2/index.html"));
    assert.match(readFileSync(path.join(site, "people/zara-quill/index.html"), "utf8"), /href="\/people\/zara-quill\/page\/2\/" rel="next"/);
    // The first event gathers the leftover articles, more than one page of coverage.
    assert.ok(pages.some((page) => /^events\/[^/]+\/page\/2\/index\.html$/.test(page)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
