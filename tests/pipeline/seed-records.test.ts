// The "Done when" facts of the ingest and events issues, read from the built open data
// (_site/api/*.json), i.e. through the whole pipeline a user runs. Seed facts belong here, in
// tests, never in the extraction code.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Event, Person } from "../../src/model/schema.ts";
import { readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";
import { matchKey } from "../../src/text/fold.ts";

const site = requireBuild(SITE_DIR);
const articles = readJson<Article[]>(site, "api/articles.json");
const events = readJson<Event[]>(site, "api/events.json");
const people = readJson<Person[]>(site, "api/people.json");

function seed(prefix: string): Article {
  const found = articles.find((article) => article.id.startsWith(prefix));
  assert.ok(found, `no record for seed ${prefix}`);
  return found;
}
const credits = (article: Article, agency: string) => article.sources.some((source) => source.includes(`(${agency})`));
const hasFigure = (article: Article, value: number) =>
  article.figures.some((figure) => figure.value === value && figure.currency === "USD");
const within = (day: string, from: string, to: string) => from <= day && day <= to;
const everyText = (article: Article) => [...article.paragraphs, ...article.captions.map((caption) => caption.text)];

test("000: stated 2026-02-08, two captions, credits VNA, a 20 billion USD figure", () => {
  const article = seed("000_");
  assert.equal(article.published, "2026-02-08");
  assert.equal(article.publishedBasis, "stated");
  assert.equal(article.captions.length, 2);
  assert.ok(credits(article, "VNA"), article.sources.join("; "));
  assert.ok(hasFigure(article, 20e9));
});

test("001: stated 2026-02-06, dateline HÀ NỘI, credits VNA and VNS, US$10 billion", () => {
  const article = seed("001_");
  assert.equal(article.published, "2026-02-06");
  assert.equal(article.publishedBasis, "stated");
  assert.equal(article.dateline, "HÀ NỘI");
  assert.ok(credits(article, "VNA") && credits(article, "VNS"), article.sources.join("; "));
  assert.ok(hasFigure(article, 10e9));
  assert.ok(!article.paragraphs[0]!.startsWith("HÀ NỘI"), "the dateline is lifted out of the body");
});

test("002: stated 2025-12-03, credits VNA and VNS", () => {
  const article = seed("002_");
  assert.equal(article.published, "2025-12-03");
  assert.equal(article.publishedBasis, "stated");
  assert.ok(credits(article, "VNA") && credits(article, "VNS"), article.sources.join("; "));
});

test("003: inferred within 4–6 February 2026 with evidence; byline, translator, nhandan.vn caption, no | paragraph", () => {
  const article = seed("003_");
  assert.equal(article.publishedBasis, "inferred");
  assert.ok(article.published && within(article.published, "2026-02-04", "2026-02-06"), String(article.published));
  assert.ok(article.publishedRange && within(article.publishedRange.earliest, "2026-02-04", "2026-02-06"));
  assert.ok(article.publishedRange && within(article.publishedRange.latest, "2026-02-04", "2026-02-06"));
  assert.ok(article.publishedEvidence && article.publishedEvidence.length > 20);
  assert.match(article.byline ?? "", /Editorial Board of the People.s Army Newspaper/);
  assert.equal(article.translator, "Tran Hoai");
  assert.ok(article.captions.some((caption) => caption.credit === "nhandan.vn"));
  assert.ok(article.paragraphs.every((paragraph) => !/^\s*\|\s*$/.test(paragraph)));
  assert.ok(everyText(article).every((text) => !/Translated by|^By /.test(text)), "credits are lifted out");
});

test("004: inferred within 27 January – 4 February 2026 with evidence; no debris; 3, 5.6, 6.2 billion USD; VNA", () => {
  const article = seed("004_");
  assert.equal(article.publishedBasis, "inferred");
  assert.ok(article.published && within(article.published, "2026-01-27", "2026-02-04"), String(article.published));
  assert.ok(article.publishedRange && within(article.publishedRange.earliest, "2026-01-27", "2026-02-04"));
  assert.ok(article.publishedRange && within(article.publishedRange.latest, "2026-01-27", "2026-02-04"));
  assert.ok(article.publishedEvidence);
  assert.ok(JSON.stringify(article).indexOf("leftcenterrightdel") === -1);
  for (const value of [3e9, 5.6e9, 6.2e9]) assert.ok(hasFigure(article, value), `figure ${value}`);
  assert.ok(credits(article, "VNA"));
});

test("every seed has a title of 15–110 characters and a summary of at most 300", () => {
  assert.equal(articles.length, 5);
  for (const article of articles) {
    assert.ok(article.title.length >= 15 && article.title.length <= 110, article.title);
    assert.ok(article.summary.length <= 300);
  }
});

function eventOf(visitor: string, host: string, start: string, end = start): Event {
  const found = events.find(
    (event) => event.visitor === visitor && event.host === host && event.start !== null && event.start <= end && (event.end ?? event.start) >= start,
  );
  assert.ok(found, `no event ${visitor} → ${host} around ${start}: ${events.map((event) => event.id).join(", ")}`);
  return found;
}
const articlesOf = (event: Event) => event.articles.map((id) => id.slice(0, 3)).sort();

test("the seeds give the four visits of the events issue, each with its page", () => {
  const december = eventOf("to-lam", "laos", "2025-12-01", "2025-12-02");
  assert.equal(december.start, "2025-12-01");
  assert.equal(december.end, "2025-12-02");
  assert.ok(articlesOf(december).includes("002"));
  assert.deepEqual([december.precision, december.from, december.kind, december.title], ["day", "vietnam", "state visit", "Tô Lâm's state visit to Laos"]);
  assert.equal(december.coverage.find((entry) => entry.article.startsWith("002"))?.role, "report");

  const thongloun = eventOf("thongloun-sisoulith", "vietnam", "2026-01-25", "2026-01-27");
  assert.ok(articlesOf(thongloun).includes("004"));
  assert.equal(thongloun.from, "laos");
  assert.equal(thongloun.title, "Thongloun Sisoulith's state visit to Việt Nam");

  const laos = eventOf("to-lam", "laos", "2026-02-05");
  assert.equal(laos.start, "2026-02-05");
  for (const id of ["000", "001", "003", "004"]) assert.ok(articlesOf(laos).includes(id), `Laos visit lacks ${id}`);
  assert.equal(laos.end, "2026-02-05");
  assert.equal(laos.coverage.find((entry) => entry.article.startsWith("004"))?.role, "preview");
  assert.equal(laos.coverage.find((entry) => entry.article.startsWith("001"))?.role, "report");
  assert.ok(laos.participants.includes("thongloun-sisoulith") && laos.participants.includes("sonexay-siphandone"), laos.participants.join(", "));
  assert.ok(laos.figures.some((figure) => figure.text === "US$10 billion" && figure.article.startsWith("001")));

  const cambodia = eventOf("to-lam", "cambodia", "2026-02-06");
  assert.equal(cambodia.start, "2026-02-06");
  assert.ok(articlesOf(cambodia).includes("000"));
  assert.ok(cambodia.participants.includes("hun-sen"));
  assert.ok(cambodia.figures.some((figure) => figure.value === 20e9));

  for (const event of [december, thongloun, laos, cambodia]) assert.match(event.url, /^\/events\/[a-z0-9-]+\/$/);
});

test("exactly one person record for each named person; Kaysone and Saysomphone are two", () => {
  const names = [
    "Tô Lâm", "Thongloun Sisoulith", "Lê Hoài Trung", "Phạm Minh Chính", "Trần Thanh Mẫn",
    "Sonexay Siphandone", "Saysomphone Phomvihane", "Kaysone Phomvihane", "Hun Sen", "Kikeo Khaykhamphithoune",
  ];
  const ids = new Set<string>();
  for (const name of names) {
    const matches = people.filter((person) => [person.name, ...person.aliases].some((alias) => matchKey(alias) === matchKey(name)));
    assert.equal(matches.length, 1, `${name}: ${matches.map((person) => person.id).join(", ") || "none"}`);
    ids.add(matches[0]!.id);
  }
  assert.equal(ids.size, names.length);
  const toLam = people.find((person) => matchKey(person.name) === "to lam");
  assert.equal(toLam?.name, "Tô Lâm", "display name keeps the diacritics");
  assert.ok(toLam?.aliases.includes("To Lam"));
});

test("the February visits list key outcomes, each from a paragraph of a covering report", () => {
  for (const [host, day] of [["laos", "2026-02-05"], ["cambodia", "2026-02-06"]] as const) {
    const event = eventOf("to-lam", host, day);
    assert.ok(event.outcomes.length > 0, `${event.id} has no outcomes`);
    for (const outcome of event.outcomes) {
      const source = articles.find((article) => article.id === outcome.article);
      assert.ok(source && event.articles.includes(source.id));
      assert.ok(source.paragraphs[outcome.paragraph]?.includes(outcome.sentence), `${outcome.article} #p${outcome.paragraph}`);
      assert.notEqual(event.coverage.find((entry) => entry.article === outcome.article)?.role, "preview");
    }
  }
});
