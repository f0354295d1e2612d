// Every kind of correction, end to end, on invented agency articles (tests/fixtures/corrections/):
// the corpus is built once as read, the corrections are written against the ids that build gave,
// then the corrected site is rendered. Each corrected value reaches its page (with a "Corrected"
// note), the open data (JSON and CSV), the feeds and the search index; a stale correction is in
// the report; near-duplicates are linked on both pages; the pages pass html-validate.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Archive, Article, BuildReport, Event, Person } from "../../src/model/schema.ts";
import { buildArchive } from "../../src/pipeline.ts";
import { publishArchive } from "../../src/site/publish.ts";
import { renderSite } from "../../src/site/render-site.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { projectRoot } from "../support/build-site.ts";
import { htmlProblems } from "../support/html-validate.ts";
import { searchFragments, type SearchFragment } from "../support/search-fragments.ts";
import { listFiles } from "../support/site-files.ts";

let work: string;
let site: string;
let asRead: Archive;
/** Ids the uncorrected build gave the facts to correct, found by what they are. */
const target = { cancelled: "", santosFirst: "", santosSecond: "", sirikit: "", misspelt: "", spelt: "", nam: "" };
let search: Map<string, SearchFragment>;

const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(site, file), "utf8")) as T;
const page = (url: string) => readFileSync(path.join(site, url, "index.html"), "utf8");
const hasPage = (url: string) => existsSync(path.join(site, url, "index.html"));
const WHY = (reason: string) => `  reason: ${reason}\n  date: 2026-03-25\n`;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), "corrections-site-"));
  const [input, data] = [path.join(work, "input"), path.join(work, "data")];
  cpSync(path.join(projectRoot, "tests/fixtures/corrections"), input, { recursive: true });
  // A VNA story and its VNS republication: linked as the same story, never merged.
  cpSync(path.join(projectRoot, "tests/fixtures/wire/w05-vna.txt"), path.join(input, "w05-vna.txt"));
  cpSync(path.join(projectRoot, "tests/fixtures/duplicates/vns-kang-state-visit.txt"), path.join(input, "vns-kang-state-visit.txt"));
  mkdirSync(data);
  for (const file of ["authority.json", "agencies.json", "currencies.json", "site.json"]) cpSync(path.join(projectRoot, "data", file), path.join(data, file));
  const options = { input, dataDir: data, cache: null, root: projectRoot };

  asRead = buildArchive(options);
  const eventsBy = (predicate: (event: Event) => boolean) => asRead.events.filter(predicate).map((event) => event.id);
  const personBy = (name: RegExp) => asRead.people.find((person) => name.test(person.name))?.id ?? assert.fail(`no person ${name}`);
  target.cancelled = eventsBy((event) => event.host === "laos")[0] ?? assert.fail("the cancelled visit to Laos is no event");
  const santos = eventsBy((event) => event.visitor === "maria-santos");
  assert.equal(santos.length, 2, "TNA's wrong day makes a second event of Santos's visit");
  [target.santosFirst, target.santosSecond] = [santos[0]!, santos[1]!];
  target.sirikit = personBy(/Sirikit/);
  target.misspelt = personBy(/^Hamzah Idriss$/);
  target.spelt = personBy(/^Hamzah Idris$/);
  target.nam = personBy(/^Nguyễn Văn Nam$/);
  assert.ok(Object.values(target).every(Boolean), JSON.stringify(target));

  writeFileSync(
    path.join(data, "corrections.yaml"),
    [
      `- article: 201_bernama-preview\n  set:\n    title: Thai Prime Minister Anan to pay official visit to Malaysia on March 10-11\n${WHY("The headline cut from the lead left out when the visit takes place.")}`,
      `- article: 205_tna-state-visit\n  set:\n    published: 2026-03-23\n${WHY("TNA filed the story on the evening of March 23.")}`,
      `- article: 205_tna-state-visit\n  visit: his own visit to Singapore\n  set:\n    start: 2025-11-12\n    end: 2025-11-13\n${WHY("The visit to Singapore took place on 12 and 13 November 2025.")}`,
      `- event: ${target.cancelled}\n  reject: true\n${WHY("The visit to Laos was postponed and did not take place.")}`,
      `- event: ${target.santosSecond}\n  mergeInto: ${target.santosFirst}\n${WHY("TNA gave the wrong day; the state visit was on March 20 and 21.")}`,
      `- person: ${target.sirikit}\n  reject: true\n${WHY("The Queen Sirikit National Convention Center is a venue, not a person taking part.")}`,
      `- person: ${target.misspelt}\n  mergeInto: ${target.spelt}\n${WHY("Bernama misspelt the Foreign Minister's name.")}`,
      `- person: ${target.nam}\n  split:\n    articles: [206_vna-football]\n    id: nguyen-van-nam-culture\n${WHY("Two deputy ministers share this name; this one serves at the Ministry of Culture.")}`,
      `- article: 206_vna-football\n  person: Fadillah\n  set:\n    id: fadillah-yusof\n    name: Fadillah Yusof\n${WHY("The Deputy Prime Minister is Fadillah Yusof.")}`,
      `- article: 203_thestar-republished\n  duplicateOf: 202_bernama-report\n${WHY("The Star republished the Bernama report.")}`,
      `- article: 299_removed\n  set:\n    title: A title for an article whose file was removed\n${WHY("Test of a stale entry.")}`,
    ].join(""),
  );
  site = path.join(work, "site");
  const published = publishArchive(buildArchive(options));
  await renderSite({ site: loadSiteSettings(projectRoot), archive: () => published, forget: () => {}, watch: [] }, site);
  search = searchFragments(site);
});

after(() => rmSync(work, { recursive: true, force: true }));

function corrected(html: string): string[] {
  return [...html.matchAll(/<p class="correction"><strong>Corrected:<\/strong> ([^<]*)/g)].map((match) => match[1]!);
}

test("an article's title: on its page with a note, in articles.json, both feeds and the search index", () => {
  const title = "Thai Prime Minister Anan to pay official visit to Malaysia on March 10-11";
  const html = page("articles/201_bernama-preview");
  assert.match(html, new RegExp(`<h1>${title}</h1>`));
  assert.match(corrected(html)[0]!, /^Title first read as “Thai Prime Minister Anan Chaiyaporn will pay an official visit to Malaysia from March 10 to 11”\. The headline cut/);
  const article = json<Article[]>("api/articles.json").find((entry) => entry.id === "201_bernama-preview")!;
  assert.equal(article.title, title);
  assert.deepEqual(article.corrected?.map((note) => [note.field, note.reason, note.date]), [["title", "The headline cut from the lead left out when the visit takes place.", "2026-03-25"]]);
  assert.match(readFileSync(path.join(site, "feed.xml"), "utf8"), new RegExp(`<title>${title}</title>`));
  assert.ok(json<{ items: { title: string }[] }>("feed.json").items.some((item) => item.title === title));
  assert.equal(search.get("/articles/201_bernama-preview/")?.meta.title, title);
});

test("an article's date: on its page, in articles.json, the feeds and the search index", () => {
  const html = page("articles/205_tna-state-visit");
  assert.match(html, /<time datetime="2026-03-23">23 March 2026<\/time>/);
  assert.ok(corrected(html).some((note) => note.startsWith("Publication date first read as 24 March 2026. TNA filed")));
  assert.equal(json<Article[]>("api/articles.json").find((entry) => entry.id === "205_tna-state-visit")!.published, "2026-03-23");
  assert.match(readFileSync(path.join(site, "feed.xml"), "utf8"), /<link href="[^"]*\/articles\/205_tna-state-visit\/"[^>]*\/>\s*<id>[^<]*<\/id>\s*<published>2026-03-23T00:00:00Z<\/published>/);
  assert.equal(search.get("/articles/205_tna-state-visit/")?.meta.date, "2026-03-23");
});

test("a visit's dates: the event, its page and note, events.json, events.csv and the search index", () => {
  const events = json<Event[]>("api/events.json");
  const singapore = events.find((event) => event.host === "singapore")!;
  assert.deepEqual([singapore.id, singapore.start, singapore.end, singapore.precision], ["2025-11-12-anan-chaiyaporn-singapore", "2025-11-12", "2025-11-13", "day"]);
  assert.deepEqual(singapore.corrected?.map((note) => [note.field, note.was]), [["start", null], ["end", null]]);
  assert.match(corrected(page(singapore.url))[0]!, /^Start of the visit first read as none; End of the visit first read as none\. The visit to Singapore took place/);
  assert.ok(corrected(page("articles/205_tna-state-visit")).some((note) => /^The visit “Anan also recalled his own visit to Singapore.*”: start first read as none, end first read as none\./.test(note)));
  const csv = readFileSync(path.join(site, "api/events.csv"), "utf8");
  assert.match(csv, /^2025-11-12-anan-chaiyaporn-singapore,.*2025-11-12,2025-11-13,/m);
  assert.ok(search.has(singapore.url));
  assert.ok(!asRead.events.some((event) => event.id === singapore.id), "the date came from the correction");
});

test("a rejected event: gone from the pages, events.json, events.csv and the search index; its article says so", () => {
  assert.ok(!hasPage(`events/${target.cancelled}`));
  assert.ok(!json<Event[]>("api/events.json").some((event) => event.id === target.cancelled));
  assert.doesNotMatch(readFileSync(path.join(site, "api/events.csv"), "utf8"), new RegExp(target.cancelled));
  assert.ok(!search.has(`/events/${target.cancelled}/`));
  assert.ok(corrected(page("articles/202_bernama-report")).includes(`No longer linked to the visit ${target.cancelled}. The visit to Laos was postponed and did not take place. `));
});

test("merged events: one visit with both articles, one CSV row, a note; the other page is gone", () => {
  const santos = json<Event[]>("api/events.json").filter((event) => event.visitor === "maria-santos");
  assert.deepEqual(santos.map((event) => event.id), [target.santosFirst]);
  assert.ok(santos[0]!.articles.includes("205_tna-state-visit") && santos[0]!.articles.includes("204_pna-state-visit"));
  assert.equal(readFileSync(path.join(site, "api/events.csv"), "utf8").match(/^[^,]*maria-santos[^,]*,/gm)?.length, 1, "one row");
  assert.match(corrected(page(`events/${target.santosFirst}`))[0]!, new RegExp(`^Merged with ${target.santosSecond}, the same visit or person\\. TNA gave the wrong day`));
  assert.ok(!hasPage(`events/${target.santosSecond}`) && !search.has(`/events/${target.santosSecond}/`));
});

test("a rejected person: gone from people.json, the pages and the search index; the article says so", () => {
  assert.ok(!json<Person[]>("api/people.json").some((person) => person.id === target.sirikit));
  assert.ok(!hasPage(`people/${target.sirikit}`) && !search.has(`/people/${target.sirikit}/`));
  assert.ok(corrected(page("articles/204_pna-state-visit")).some((note) => /^No longer names “Sirikit” as a person\./.test(note)));
  assert.ok(!json<Article[]>("api/articles.json").find((entry) => entry.id === "204_pna-state-visit")!.people.some((person) => person.id === target.sirikit));
});

test("merged people: one person with both spellings, on the page, in people.json and the search index", () => {
  const people = json<Person[]>("api/people.json");
  assert.ok(!people.some((person) => person.id === target.misspelt));
  const minister = people.find((person) => person.id === target.spelt)!;
  assert.ok(minister.aliases.includes("Hamzah Idriss"));
  assert.deepEqual(minister.articles.sort(), ["201_bernama-preview", "202_bernama-report"]);
  assert.match(corrected(page(minister.url))[0]!, new RegExp(`^A name first read as ${target.misspelt} now refers to this person\\. Bernama misspelt`));
  assert.match(search.get(minister.url)!.content, /Hamzah Idriss/);
  assert.ok(!search.has(`/people/${target.misspelt}/`));
});

test("a split person: two pages, each with their own article, in people.json and the search index", () => {
  const people = json<Person[]>("api/people.json");
  const [trade, culture] = [target.nam, "nguyen-van-nam-culture"].map((id) => people.find((person) => person.id === id)!);
  assert.deepEqual([trade!.articles, culture!.articles], [["207_vns-trade"], ["206_vna-football"]]);
  assert.equal(culture!.name, "Nguyễn Văn Nam");
  assert.ok(search.has(trade!.url) && search.has(culture!.url));
  assert.match(page("articles/206_vna-football"), /<a href="\/people\/nguyen-van-nam-culture\/" class="mention mention-person">/);
  assert.ok(corrected(page(culture!.url)).some((note) => note.includes("Two deputy ministers share this name")));
});

test("a person mention's identity: the article links the right person, who has a page and a search record", () => {
  const article = json<Article[]>("api/articles.json").find((entry) => entry.id === "206_vna-football")!;
  assert.deepEqual(article.people.find((person) => person.id === "fadillah-yusof")?.corrected?.map((note) => note.field), ["id"]);
  assert.ok(json<Person[]>("api/people.json").some((person) => person.id === "fadillah-yusof" && person.name === "Fadillah Yusof"));
  assert.ok(search.has("/people/fadillah-yusof/"));
  assert.ok(corrected(page("articles/206_vna-football")).some((note) => /^“Deputy Prime Minister Fadillah” is Fadillah Yusof, first read as /.test(note)));
});

test("an article marked a duplicate: published once, listing the copy; no page, feed entry or search record of its own", () => {
  const articles = json<Article[]>("api/articles.json");
  assert.ok(!articles.some((article) => article.id === "203_thestar-republished"));
  assert.deepEqual(articles.find((article) => article.id === "202_bernama-report")!.alsoPublishedAs, ["203_thestar-republished"]);
  assert.ok(!hasPage("articles/203_thestar-republished") && !search.has("/articles/203_thestar-republished/"));
  assert.doesNotMatch(readFileSync(path.join(site, "feed.xml"), "utf8"), /203_thestar-republished\/"/);
  assert.match(page("articles/202_bernama-report"), /Also filed as <code>203_thestar-republished<\/code>/);
});

test("a correction that matches nothing is in the report, on its page and in report.json", () => {
  const report = json<BuildReport>("api/report.json");
  assert.deepEqual(report.staleCorrections.map((line) => line.message), ['line 51, entry 11 (article 299_removed): no article "299_removed" (was its file removed or renamed?)']);
  assert.equal(report.corrections.length, 10);
  assert.match(page("report"), /no article &quot;299_removed&quot;/);
});

test("a republication is linked on both pages as the same story elsewhere", () => {
  assert.match(page("articles/w05-vna"), /<h2 id="same-story-title">The same story elsewhere<\/h2>\s*<ul>\s*<li><a href="\/articles\/vns-kang-state-visit\/">/);
  assert.match(page("articles/vns-kang-state-visit"), /<h2 id="same-story-title">The same story elsewhere<\/h2>\s*<ul>\s*<li><a href="\/articles\/w05-vna\/">/);
  assert.deepEqual(json<Article[]>("api/articles.json").find((article) => article.id === "w05-vna")!.sameStory, ["vns-kang-state-visit"]);
});

test("the report's pages and the corrected pages are valid HTML, and every page the report names exists", async () => {
  const pages = listFiles(site, [".html"]);
  assert.deepEqual(await htmlProblems(site, pages), []);
  const report = json<BuildReport>("api/report.json");
  const urls = Object.values(report).flatMap((lines) => lines.flatMap((line) => (line.url ? [line.url] : [])));
  assert.ok(urls.length > 10);
  assert.deepEqual(urls.filter((url) => !hasPage(url.replace(/^\//, ""))), []);
  assert.match(page("report"), /<meta name="robots" content="noindex">/);
});
