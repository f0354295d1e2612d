// A date decades from every other article is a warning, decided from the articles alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { distantDateWarnings } from "../../src/archive/distant-dates.ts";
import { archiveRecords } from "../../src/archive/index.ts";
import { article, authority } from "./support.ts";

const lead = (host: string) => [`HÀ NỘI — President Ana Lima of Chile began a state visit to ${host} on Tuesday, VNA reported.`];

test("a 2099 typo among 2026 articles is a warning naming the file and the nearest date", () => {
  const articles = [
    article("a1", "2026-02-05", lead("Laos")),
    article("a2", "2026-02-08", lead("Cambodia")),
    article("a3", "2099-02-06", lead("Laos")),
  ];
  const warnings = distantDateWarnings(articles);
  assert.deepEqual(warnings, [
    { file: "fixtures/a3.txt", level: "warning", message: "published 2099-02-06, 72 years from every other article (the nearest is 2026-02-08); check the date" },
  ]);
  // The archive reports it beside the input warnings, and still builds the article.
  const archive = archiveRecords(articles, [], { authority });
  assert.deepEqual(archive.warnings, warnings);
  assert.equal(archive.articles.length, 3);
});

test("1900 is as doubtful as 2099; an archive that spans years evenly warns of nothing", () => {
  const old = distantDateWarnings([article("old", "1900-01-01", lead("Laos")), article("b", "2025-12-01", lead("Laos")), article("c", "2026-01-01", lead("Laos"))]);
  assert.deepEqual(old.map((warning) => warning.file), ["fixtures/old.txt"]);
  const decades = ["1960", "1975", "1990", "2005", "2020"].map((year, index) => article(`y${index}`, `${year}-06-01`, lead("Laos")));
  assert.deepEqual(distantDateWarnings(decades), []);
});

test("the machine's clock plays no part: one lone article, or two close ones, are never doubtful", () => {
  assert.deepEqual(distantDateWarnings([article("far", "2150-01-01", lead("Laos"))]), []);
  assert.deepEqual(distantDateWarnings([article("p", "1850-03-01", lead("Laos")), article("q", "1850-09-01", lead("Laos"))]), []);
});

test("the same warnings west and east of UTC, to the day", () => {
  // Exactly 20 years and one day apart: a day shifted either way would change the verdict.
  const articles = [article("a", "2000-01-01", lead("Laos")), article("b", "2020-01-02", lead("Laos"))];
  const zone = process.env.TZ;
  try {
    const verdicts = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"].map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify(distantDateWarnings(articles, 20));
    });
    assert.equal(new Set(verdicts).size, 1, verdicts.join("\n"));
    assert.equal(JSON.parse(verdicts[0]!).length, 2);
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});
