// How the search index is split when an archive has more text than one Pagefind index should
// hold: consecutive date ranges, newest first, undated last, each under the size asked for.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { SearchRecord } from "../../src/search/records.ts";
import { planShards, recordWeight, shardsManifest } from "../../src/search/shards.ts";

function record(url: string, date: string | null, body = "The two sides signed a memorandum of understanding on border trade."): SearchRecord {
  return { url, type: "article", title: `Report ${url}`, date, when: date ?? "undated", countries: [], body };
}

// Archive order is not date order: articles, then events, then people.
const records = [
  record("/articles/a/", "2025-12-01"),
  record("/articles/b/", "2026-02-05"),
  record("/articles/c/", null),
  record("/articles/d/", "2025-07-11"),
  record("/events/e/", "2026-02-05"),
  record("/events/f/", null),
  record("/people/g/", "2026-01-20"),
  record("/people/h/", "2025-12-01"),
];
const weight = recordWeight(records[0]!);

test("an archive within one shard's size is one index, in archive order", () => {
  const total = records.reduce((sum, r) => sum + recordWeight(r), 0);
  const shards = planShards(records, total);
  assert.equal(shards.length, 1);
  assert.equal(shards[0]!.folder, "");
  assert.deepEqual(shards[0]!.records, records);
  assert.deepEqual(shardsManifest(shards), { shards: [{ folder: "", dated: true }] });
});

test("a bigger archive is split into consecutive date ranges, newest first, undated last", () => {
  const shards = planShards(records, weight * 2);
  assert.deepEqual(
    shards.map((shard) => [shard.folder, shard.dated, shard.records.map((r) => r.url)]),
    [
      ["", true, ["/articles/b/", "/events/e/"]],
      ["shard-2/", true, ["/articles/a/", "/people/g/"]], // 2026-01-20 and the first 2025-12-01, in archive order
      ["shard-3/", true, ["/articles/d/", "/people/h/"]],
      ["shard-4/", false, ["/articles/c/", "/events/f/"]],
    ],
  );
});

test("every record is in exactly one shard, each shard within the size, dates never overlapping", () => {
  const many = Array.from({ length: 200 }, (_, i) =>
    record(`/articles/${i}/`, i % 17 === 0 ? null : `2025-${String(1 + (i * 7) % 12).padStart(2, "0")}-${String(1 + (i * 13) % 28).padStart(2, "0")}`, "word ".repeat(i % 40)),
  );
  const size = 3000;
  const shards = planShards(many, size);
  assert.ok(shards.length > 5);
  assert.deepEqual(shards.flatMap((shard) => shard.records.map((r) => r.url)).sort(), many.map((r) => r.url).sort());
  for (const shard of shards) {
    assert.ok(shard.records.reduce((sum, r) => sum + recordWeight(r), 0) <= size, shard.folder);
    assert.ok(shard.records.every((r) => (r.date !== null) === shard.dated), `${shard.folder} mixes dated and undated records`);
    const positions = shard.records.map((r) => many.indexOf(r));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), `${shard.folder} keeps archive order`);
  }
  const dated = shards.filter((shard) => shard.dated);
  assert.deepEqual(shards.slice(0, dated.length), dated, "undated shards come last");
  for (let i = 1; i < dated.length; i += 1) {
    const oldestBefore = dated[i - 1]!.records.map((r) => r.date!).sort()[0]!;
    const newestHere = dated[i]!.records.map((r) => r.date!).sort().at(-1)!;
    assert.ok(newestHere <= oldestBefore, `${dated[i]!.folder} holds ${newestHere}, newer than ${oldestBefore} in the shard before`);
  }
  assert.deepEqual(planShards([...many], size), shards, "the same records give the same shards");
});

test("a record bigger than a shard has one to itself", () => {
  const long = record("/articles/long/", "2026-01-01", "word ".repeat(2000));
  const shards = planShards([records[0]!, long, records[1]!], 500);
  assert.deepEqual(shards.map((shard) => shard.records.map((r) => r.url)), [["/articles/b/"], ["/articles/long/"], ["/articles/a/"]]);
});

test("a shard size that is not a positive number is refused", () => {
  assert.throws(() => planShards(records, 0), /shard size must be a positive number/);
  assert.throws(() => planShards(records, Number.NaN), /shard size must be a positive number/);
});
