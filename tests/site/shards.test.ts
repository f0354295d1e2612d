// A big archive is written by several Eleventy runs (src/site/shards.ts): the site must be the same,
// byte for byte, however many runs write it, the sitemap included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderSite } from "../../src/site/render-site.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { shardsFor, shardViews } from "../../src/site/shards.ts";
import { buildSiteViews } from "../../src/site/views/index.ts";
import { projectRoot } from "../support/build-site.ts";
import { sameSite, snapshot } from "../support/run-build.ts";
import { syntheticArchive } from "../support/synthetic-archive.ts";

const archive = syntheticArchive(30, 12);
const views = buildSiteViews(archive);
const sharded = views.articlePages.length + views.eventPages.length + views.personPages.length;

test("the article, event and person pages are cut into contiguous slices that cover them once, in order", () => {
  assert.deepEqual(shardsFor(views), [{ index: 0, count: 1 }]);
  const shards = shardsFor(views, 10);
  assert.equal(shards.length, Math.ceil(sharded / 10));
  for (const list of ["articlePages", "eventPages", "personPages"] as const) {
    const parts = shards.map((shard) => shardViews(views, shard)[list]);
    assert.deepEqual(parts.flat(), views[list], list);
  }
  assert.equal(shardViews(views, shards[1]!).timelinePages, views.timelinePages, "other pages are not cut");
});

test("a site written in several runs is byte-identical to one written in one", async () => {
  const work = mkdtempSync(path.join(tmpdir(), "shards-"));
  const site = loadSiteSettings(projectRoot, {});
  const source = { site, archive: () => archive, forget: () => undefined, watch: [] };
  await renderSite(source, path.join(work, "one"));
  await renderSite(source, path.join(work, "several"), "build", { pagesPerShard: 7 });
  const one = snapshot(path.join(work, "one"));
  const several = snapshot(path.join(work, "several"));
  assert.deepEqual([...several.keys()], [...one.keys()]);
  assert.ok(sameSite(one, several), "same bytes");
  // Every article page is in the sitemap, which no single run could see whole.
  const sitemap = readFileSync(path.join(work, "several", "sitemap.xml"), "utf8");
  for (const page of views.articlePages) assert.ok(sitemap.includes(`${page.article.url}</loc>`), page.article.url);
  rmSync(work, { recursive: true, force: true });
});
