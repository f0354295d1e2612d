// The search records, checked on a tiny invented archive (no browser needed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { indexWords, searchContent } from "../../src/search/folded-copy.ts";
import { pagefindRecord } from "../../src/search/pagefind-record.ts";
import { searchRecords } from "../../src/search/records.ts";
import { fixtureArchive } from "./fixtures/archive.ts";

const withFoldedCopy = (text: string) => searchContent(text).content;

test("the folded copy follows the text word for word, đ included", () => {
  assert.deepEqual(searchContent("Đà Lạt  and\nĐồng Nai"), { content: "Đà Lạt and Đồng Nai Da Lat and Dong Nai", folded: true });
  const text = "Mayor Phan Thị Đào — in “Đà Lạt”, 10.5% up | again";
  const words = indexWords(withFoldedCopy(text));
  const half = words.length / 2;
  assert.equal(half, indexWords(text).length);
  assert.deepEqual(words.slice(half), indexWords("Mayor Phan Thi Dao — in “Da Lat”, 10.5% up | again"));
});

test("a text that folding leaves as it is gets no copy", () => {
  assert.deepEqual(searchContent("VIENTIANE, Feb. 5 (KPL) -- The Prime Minister\nreceived  the delegation."), {
    content: "VIENTIANE, Feb. 5 (KPL) -- The Prime Minister received the delegation.",
    folded: false,
  });
});

test("characters that would change Pagefind's word splitting are dropped", () => {
  assert.equal(withFoldedCopy("a\u200Bb \uFEFFcé"), "ab cé ab ce");
  // A stray combining mark alone keeps its place, so the two halves stay the same length.
  const words = indexWords(withFoldedCopy("x \u0301 ý"));
  assert.equal(words.length, 6);
});

test("one record per article, event and person, with page URLs as the archive gives them", () => {
  const records = searchRecords(fixtureArchive);
  assert.deepEqual(
    records.map((record) => [record.type, record.url]),
    [
      ["article", "/articles/201_flowers/"],
      ["article", "/articles/202_copper/"],
      ["event", "/events/chile-trade-delegation-2024-03-09/"],
      ["person", "/people/phan-thi-dao/"],
    ],
  );
});

test("articles are searched by title, dateline, paragraphs and captions", () => {
  const [flowers] = searchRecords(fixtureArchive);
  assert.ok(flowers);
  assert.equal(flowers.title, "Mayor Phan Thị Đào opens the flower festival in Đà Lạt");
  assert.match(flowers.body, /^ĐÀ LẠT —/);
  assert.match(flowers.body, /growers from Đồng Nai/);
  assert.match(flowers.body, /at the opening in Đà Lạt\.$/);
  assert.equal(flowers.date, "2024-03-09");
  assert.equal(flowers.when, "9 March 2024");
  assert.deepEqual(flowers.countries, ["Việt Nam", "Chile"]);
});

test("events carry their span, countries and participants; people their latest mention", () => {
  const records = searchRecords(fixtureArchive);
  const event = records.find((record) => record.type === "event");
  const person = records.find((record) => record.type === "person");
  assert.equal(event?.when, "9–10 March 2024");
  assert.deepEqual(event?.countries, ["Việt Nam", "Chile"]);
  assert.match(event?.body ?? "", /^With Phan Thị Đào\./);
  assert.equal(person?.date, "2024-03-09");
  assert.equal(person?.when, "latest mention 9 March 2024");
  assert.deepEqual(person?.countries, ["Việt Nam"]);
});

test("an event with no known day is dated by its first report", () => {
  const undated = {
    ...fixtureArchive,
    events: fixtureArchive.events.map((event) => ({ ...event, start: null, end: null, precision: "unknown" as const })),
  };
  const event = searchRecords(undated).find((record) => record.type === "event");
  assert.equal(event?.date, "2024-03-09");
  assert.equal(event?.when, "reported 9 March 2024");
});

test("the Pagefind record: title first, folded copy, meta, filters and date sort keys", () => {
  const [flowers] = searchRecords(fixtureArchive);
  assert.ok(flowers);
  const record = pagefindRecord(flowers, "en");
  assert.ok(record.content.startsWith("Mayor Phan Thị Đào opens the flower festival in Đà Lạt ĐÀ LẠT —"));
  assert.match(record.content, /Mayor Phan Thi Dao opens the flower festival in Da Lat DA LAT —/);
  assert.deepEqual(record.meta, {
    title: flowers.title,
    titleWords: "11",
    type: "article",
    when: "9 March 2024",
    date: "2024-03-09",
    folded: "copy",
  });
  assert.deepEqual(record.filters, { type: ["article"], country: ["Việt Nam", "Chile"] });
  // An English text with nothing to fold is indexed once, and its record says so.
  const copper = pagefindRecord(searchRecords(fixtureArchive).find((candidate) => candidate.url === "/articles/202_copper/")!, "en");
  assert.equal(copper.meta!.folded, undefined);
  assert.equal(indexWords(copper.content).length, indexWords(`${copper.meta!.title}\n${searchRecords(fixtureArchive)[1]!.body}`).length);
  assert.deepEqual(record.sort, { newest: "2024-03-09", oldest: "2024-03-09" });
  assert.equal(record.language, "en");
});

test("an undated article stays in date-sorted results, last both newest first and oldest first", () => {
  const undated = { ...fixtureArchive, articles: fixtureArchive.articles.map((article) => ({ ...article, published: null, publishedBasis: "undated" as const })) };
  const [record] = searchRecords(undated).filter((candidate) => candidate.type === "article");
  assert.equal(record?.date, null);
  assert.equal(record?.when, "undated");
  const { sort, meta } = pagefindRecord(record!, "en");
  const dated = pagefindRecord(searchRecords(fixtureArchive)[0]!, "en").sort;
  assert.ok(sort!.newest! < dated!.newest!, "sorted descending, it comes after every dated record");
  assert.ok(sort!.oldest! > dated!.oldest!, "sorted ascending, it comes after every dated record");
  assert.equal(meta!.date, undefined);
});
