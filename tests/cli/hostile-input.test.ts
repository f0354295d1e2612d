// Careless and hostile input, in one build beside the seed articles: a link out of the input
// folder, file names carrying a newline or an escape code, bidi overrides and zero-width spaces,
// a scraped page of megabytes, dates in 2099 and 1900, editors' titles of any length. Each is
// reported on its own line (or kept, for the titles), and nothing invisible reaches a page.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../support/build-site.ts";
import { listFiles } from "../support/site-files.ts";
import { hasStackTrace, runBuild, type BuildResult } from "../support/run-build.ts";

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/;
let input: string;
let output: string;
let result: BuildResult;
let lines: string[];
/** An editor's title of 195 characters. */
let long: string;

const site = (file: string) => readFileSync(path.join(output, file), "utf8");
const articles = () => JSON.parse(site("api/articles.json")) as { id: string; title: string; summary: string; published: string; people: { id: string; name: string }[] }[];
const lineAbout = (name: string) => lines.find((line) => line.includes(name));

before(() => {
  const work = mkdtempSync(path.join(tmpdir(), "hostile-"));
  input = path.join(work, "articles");
  output = path.join(work, "site");
  cpSync(path.join(projectRoot, "seeds"), input, { recursive: true });

  const outside = path.join(work, "private-notes.txt");
  writeFileSync(outside, " date 2026-02-01 VIENTIANE — SECRETMARK President Thongloun Sisoulith met the press on Sunday, KPL reported.\n");
  symlinkSync(outside, path.join(input, "linked-out.txt"));

  writeFileSync(path.join(input, "a\nerror: forged.txt"), "");
  writeFileSync(path.join(input, "\u001B[31mred.txt"), "");

  writeFileSync(
    path.join(input, "kpl-bidi.txt"),
    " date 2026-02-07 VIENTIANE, Feb. 7 (KPL) — \u202EGeneral Secretary To Lam\u202C concluded his state visit to Laos on Saturday after talks with " +
      "President Thongloun\u200B Sisoulith, Lao News Agency reported.\n\nBoth sides agreed to raise two-way trade, the \u2067statement\u2069 said.\n\n/.\n",
  );

  const paragraph = "Officials from Laos and Việt Nam posted the scanned programme of the visit online, page after page of it. ";
  writeFileSync(path.join(input, "scraped-page.txt"), ` date 2026-02-05 HÀ NỘI — ${paragraph.repeat(Math.ceil((2.5 * 1024 * 1024) / paragraph.length))}\n`);

  writeFileSync(
    path.join(input, "xinhua-typo.md"),
    "---\ntitle: Talks\ndate: 2099-02-06\nsource: Xinhua\n---\nBEIJING, Feb. 6 (Xinhua) — Chinese and Lao officials held talks in Beijing on Friday on rail links, Xinhua reported.\n",
  );
  writeFileSync(
    path.join(input, "archive-1900.txt"),
    " date 1900-01-01 SAIGON — The governor received a delegation from Phnom Penh on Monday, the Courrier reported.\n",
  );
  long = `Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, receives the visiting Lao delegation at the Peace Palace in Phnom Penh for talks on border demarcation and trade`;
  writeFileSync(
    path.join(input, "akp-long-title.md"),
    `---\ntitle: ${long}\ndate: 2026-02-06\n---\nPHNOM PENH, Feb. 6 (AKP) — Samdech Thipadei Hun Manet received the Lao delegation on Friday, AKP reported.\n`,
  );

  result = runBuild(projectRoot, [`--input=${input}`, `--output=${output}`]);
  lines = result.stderr.trim().split("\n");
});

test("the build goes on, every problem on a line of its own, no stack trace", () => {
  assert.equal(result.status, 0, result.stderr);
  assert.equal(hasStackTrace(result.stderr), false, result.stderr);
  assert.equal(lines.length, 6, result.stderr);
});

test("a link out of the input folder is refused, and what it points to is not published", () => {
  assert.match(lineAbout("linked-out.txt")!, /^error: .*linked-out\.txt: is a link to .*private-notes\.txt, outside the input folder; links may not leave it/);
  for (const file of listFiles(output, [".html", ".json", ".xml", ".csv"])) assert.doesNotMatch(site(file), /SECRETMARK/, file);
});

test("a newline or an escape code in a file name is escaped, so it can forge no line", () => {
  assert.ok(lines.some((line) => /^error: ".*a\\nerror: forged\.txt": empty file/.test(line)), result.stderr);
  assert.ok(!lines.some((line) => line.startsWith("error: forged.txt")), "no forged line");
  assert.match(lineAbout("red.txt")!, /^error: ".*\\u\{1b\}\[31mred\.txt": empty file/);
  assert.doesNotMatch(result.stderr, /\u001B/);
});

test("bidi controls and zero-width spaces never reach a title, a feed or a name", () => {
  const article = articles().find((candidate) => candidate.id === "kpl-bidi")!;
  assert.doesNotMatch(article.title, BIDI);
  assert.doesNotMatch(article.summary, BIDI);
  assert.match(article.title, /General Secretary To Lam concluded his state visit to Laos/);
  // The zero-width space made no second Thongloun Sisoulith.
  const people = article.people.map((person) => person.id);
  assert.ok(people.includes("thongloun-sisoulith"), people.join());
  for (const person of JSON.parse(site("api/people.json")) as { id: string; name: string }[]) assert.doesNotMatch(person.name, BIDI, person.id);
  const page = site("articles/kpl-bidi/index.html");
  const head = /<head>[\s\S]*<\/head>/.exec(page)![0];
  assert.doesNotMatch(head, BIDI, "<title>, og:title, JSON-LD");
  const titles = [...site("feed.xml").matchAll(/<title[^>]*>([^<]*)<\/title>/g), ...site("feed.json").matchAll(/"title": ("[^"]*")/g)].map((match) => match[1]!);
  assert.ok(titles.some((title) => title.includes("General Secretary To Lam concluded")), "the feeds list the article");
  for (const title of titles) assert.doesNotMatch(title, BIDI, title);
  // In the body the override is defused into an isolate that closes on its own line.
  const body = /<p id="p0">([^<]*|[\s\S]*?)<\/p>/.exec(page)![1]!;
  assert.doesNotMatch(body, /[\u202A-\u202E]/);
});

test("a scraped page of megabytes is reported and skipped", () => {
  assert.match(lineAbout("scraped-page.txt")!, /^error: .*scraped-page\.txt: is 2\.5 MB, over the 2\.0 MB limit for one article .*--max-file-size/);
  assert.ok(!articles().some((article) => article.id === "scraped-page"));
});

test("dates decades from every other article are warnings; the articles still build", () => {
  assert.match(lineAbout("xinhua-typo.md")!, /^warning: .*xinhua-typo\.md: published 2099-02-06, 72 years from every other article \(the nearest is 2026-02-\d\d\); check the date$/);
  assert.match(lineAbout("archive-1900.txt")!, /^warning: .*archive-1900\.txt: published 1900-01-01, 125 years from every other article \(the nearest is 2025-12-03\)/);
  const ids = articles().map((article) => article.id);
  assert.ok(ids.includes("xinhua-typo") && ids.includes("archive-1900"));
});

test("an editor's title is kept as written, however short or long", () => {
  const byId = new Map(articles().map((article) => [article.id, article]));
  assert.equal(byId.get("xinhua-typo")!.title, "Talks");
  assert.equal(byId.get("akp-long-title")!.title, long);
  assert.match(site("articles/akp-long-title/index.html"), /<h1[^>]*>Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, receives the visiting Lao delegation/);
});
