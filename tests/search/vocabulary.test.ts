// The page of the archive's words that every shard of a sharded index holds: each word once, as
// written and folded, and no type, so the search page (which always asks for a type) never shows it.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { SearchRecord } from "../../src/search/records.ts";
import { vocabularyRecord, VOCABULARY_URL } from "../../src/search/vocabulary.ts";

const records: SearchRecord[] = [
  { url: "/articles/a/", type: "article", title: "Đà Nẵng hosts trade fair", date: "2026-03-02", when: "", countries: [], body: "ĐÀ NẴNG (VNA) — The trade fair opened on Monday." },
  { url: "/people/b/", type: "person", title: "Phạm Minh Chính", date: null, when: "", countries: [], body: "Prime Minister." },
];

test("the vocabulary holds each word of every record once, as written and folded", () => {
  const record = vocabularyRecord(records, "en");
  const words = record.content.split(" ");
  assert.equal(new Set(words).size, words.length, "no word twice");
  for (const word of ["Đà", "Nẵng", "NẴNG", "(VNA)", "—", "Monday.", "Phạm", "Minister.", "Da", "Nang", "NANG", "Pham"]) assert.ok(words.includes(word), word);
  assert.equal(words.filter((word) => word === "trade").length, 1);
});

test("the vocabulary page has no type or filter, so no search for a type finds it", () => {
  const record = vocabularyRecord(records, "en");
  assert.equal(record.url, VOCABULARY_URL);
  assert.equal(record.filters, undefined);
  assert.equal(record.sort, undefined);
});
