// `npm start` renders again only the pages whose view changed, unless what every page reads changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { changedPages, fingerprintPages } from "../../src/site/changed-pages.ts";
import { buildDeskViews } from "../../src/site/views/desk.ts";
import { buildSiteViews } from "../../src/site/views/index.ts";
import { syntheticArchive } from "../support/synthetic-archive.ts";

const archive = syntheticArchive(20, 8);

test("a first build, or an unchanged one, is planned in full or not at all", () => {
  const views = buildSiteViews(archive);
  const desk = buildDeskViews(archive);
  const now = fingerprintPages(views, desk);
  assert.equal(changedPages(views, desk, undefined, now), null, "no earlier build: everything");
  const same = changedPages(views, desk, now, fingerprintPages(buildSiteViews(archive), buildDeskViews(archive)));
  assert.ok(same);
  assert.equal(same.views.articlePages.length + same.views.eventPages.length + same.views.personPages.length, 0);
  assert.ok(same.unchanged.has(views.articlePages[0]!.article.url));
});

test("one article's new paragraph renders its page and the pages showing it, and keeps the rest", () => {
  const before = fingerprintPages(buildSiteViews(archive), buildDeskViews(archive));
  const [first, ...rest] = archive.articles;
  const edited = { ...archive, articles: [{ ...first!, paragraphs: [...first!.paragraphs, "A closing paragraph the editor added."] }, ...rest] };
  const views = buildSiteViews(edited);
  const desk = buildDeskViews(edited);
  const plan = changedPages(views, desk, before, fingerprintPages(views, desk));
  assert.ok(plan, "nothing every page reads changed");
  assert.deepEqual(plan.views.articlePages.map((page) => page.article.id), [first!.id]);
  assert.equal(plan.views.personPages.length, 0);
  assert.ok(plan.unchanged.size > 0);
});

test("a change every page reads (the counts) renders every page", () => {
  const before = fingerprintPages(buildSiteViews(archive), buildDeskViews(archive));
  const fewer = { ...archive, articles: archive.articles.slice(1) };
  const views = buildSiteViews(fewer);
  const desk = buildDeskViews(fewer);
  assert.equal(changedPages(views, desk, before, fingerprintPages(views, desk)), null);
});
