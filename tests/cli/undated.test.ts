// An article nothing dates is kept: one warning line names it, the build succeeds, its page and
// api/articles.json say it is undated, the article list shows it under "Undated", and the feeds,
// sitemap and JSON-LD give it no date beyond what their formats require. Only --strict fails.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = process.cwd();
const FEATURE = `Việt Nam – Laos: a friendship tended by every generation

Since 1962, when Việt Nam and Laos established diplomatic relations, the friendship between the two nations has been tended by generations of leaders.

Today, thousands of Lao students are studying in Việt Nam each year.

By Editorial Board of Nhân Dân
`;

const input = mkdtempSync(path.join(tmpdir(), "undated-input-"));
for (const seed of ["000_5d2e9324fcbb38fa.txt", "002_dc28ce060877cb66.txt"]) copyFileSync(path.join(root, "seeds", seed), path.join(input, seed));
writeFileSync(path.join(input, "friendship-feature.txt"), FEATURE);

function build(...extra: string[]) {
  const output = mkdtempSync(path.join(tmpdir(), "undated-out-"));
  const result = spawnSync("npx", ["tsx", "scripts/build.ts", `--input=${input}`, `--output=${output}`, ...extra], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ARCHIVE_CACHE: "off", SITE_URL: "https://news.example.org" },
  });
  return { ...result, read: (file: string) => readFileSync(path.join(output, file), "utf8") };
}

const built = build();

test("the undated article is kept, with one warning line naming it", () => {
  assert.equal(built.status, 0, built.stderr);
  const lines = built.stderr.trim().split("\n");
  assert.deepEqual(lines.filter((line) => line.includes("friendship-feature.txt")).length, 1, built.stderr);
  assert.match(built.stderr, /warning: .*friendship-feature\.txt: no date stated and none can be inferred/);
  const articles = JSON.parse(built.read("api/articles.json")) as { id: string; published: string | null; publishedBasis: string }[];
  assert.equal(articles.length, 3);
  const feature = articles.find((article) => article.id === "friendship-feature");
  assert.deepEqual({ published: feature?.published, basis: feature?.publishedBasis }, { published: null, basis: "undated" });
  assert.equal(articles.at(-1)?.id, "friendship-feature", "undated articles sort last");
});

test("its page says it is undated and carries no datePublished", () => {
  const page = built.read("articles/friendship-feature/index.html");
  assert.match(page, /<dt>Published<\/dt><dd>Undated/);
  assert.match(page, /<strong>Undated\.<\/strong>/);
  assert.doesNotMatch(page, /datePublished/);
  assert.doesNotMatch(page, /article:published_time/);
});

test("a dated article shows why on demand: the rule and the words it read, marked", () => {
  const page = built.read("articles/000_5d2e9324fcbb38fa/index.html");
  assert.match(page, /<details class="date-why">\s*<summary>Why this date<\/summary>/);
  assert.match(page, /<li>Stated date line\s*<blockquote class="evidence"><p><mark>2026-02-08<\/mark><\/p><\/blockquote><\/li>/);
});

test("the article list shows it under Undated, after the dated ones", () => {
  const list = built.read("articles/index.html");
  const undated = list.indexOf('id="undated"');
  assert.ok(undated > 0, "an Undated group");
  assert.ok(list.indexOf("friendship-feature") > undated);
  assert.ok(list.indexOf("000_5d2e9324fcbb38fa") < undated);
});

test("feeds and sitemap: no invented date; Atom's required <updated> is the newest article date", () => {
  const atom = built.read("feed.xml");
  const entry = atom.slice(atom.indexOf("friendship-feature") - 400, atom.indexOf("</entry>", atom.indexOf("friendship-feature")));
  assert.doesNotMatch(entry, /<published>/);
  assert.match(entry, /<updated>2026-02-08T00:00:00Z<\/updated>/);
  const json = JSON.parse(built.read("feed.json")) as { items: { id: string; date_published?: string }[] };
  const item = json.items.find((candidate) => candidate.id.includes("friendship-feature"));
  assert.ok(item && !("date_published" in item));
  const sitemap = built.read("sitemap.xml");
  assert.match(sitemap, /friendship-feature\/<\/loc><\/url>/);
});

test("--strict fails on an undated article", () => {
  const strict = build("--strict");
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /--strict stops here/);
});
