// Renders one synthetic archive twice, as Eleventy pages and in bulk (src/site/bulk-pages.ts), and
// asserts the two sites are byte-identical, sitemap included.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderSite } from "../../src/site/render-site.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { buildSiteViews } from "../../src/site/views/index.ts";
import { projectRoot } from "./build-site.ts";
import { snapshot } from "./run-build.ts";
import { syntheticArchive } from "./synthetic-archive.ts";

const archive = syntheticArchive(30, 12);

export async function sameAsEleventy(pathPrefix: string): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "bulk-pages-"));
  try {
    const site = { ...loadSiteSettings(projectRoot, {}), pathPrefix };
    const source = { site, archive: () => archive, forget: () => undefined, watch: [] };
    await renderSite(source, path.join(work, "eleventy"), "build", { eleventyPages: true });
    await renderSite(source, path.join(work, "bulk"), "build");
    const eleventy = snapshot(path.join(work, "eleventy"));
    const bulk = snapshot(path.join(work, "bulk"));
    assert.deepEqual([...bulk.keys()], [...eleventy.keys()]);
    const different = [...eleventy.keys()].filter((file) => !eleventy.get(file)?.equals(bulk.get(file) ?? Buffer.alloc(0)));
    assert.deepEqual(different, [], "same bytes");
    // Every article page is in the sitemap, and the prefix is in its links.
    const sitemap = readFileSync(path.join(work, "bulk", "sitemap.xml"), "utf8");
    for (const page of buildSiteViews(archive).articlePages) assert.ok(sitemap.includes(`${page.article.url.slice(1)}</loc>`), page.article.url);
    if (pathPrefix !== "/") {
      const article = [...bulk.keys()].find((file) => file.startsWith("articles/") && file.endsWith("index.html") && file !== "articles/index.html");
      assert.match(String(bulk.get(article as string)), /href="\/archive\/assets\/site\.css"/);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
