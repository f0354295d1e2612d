// The build's own log, read back by the benchmark: a field it cannot find is undefined, never wrong.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBuildLog, searchShare } from "../../scripts/bench/build-log.ts";

const LOG = [
  "[11ty] Copied 2 Wrote 4375 files in 12.50 seconds (2.9ms each, v3.1.8)",
  "build: 1000 articles, 1000 events, 1998 people → /tmp/out/ in 20.00 s, peak memory 611 MB; search index: 3998 records, 4039 files, 1693.9 KB in 6.40 s, 0.50 s after the pages",
].join("\n");

test("reads the totals, and what search indexing added after the pages", () => {
  assert.deepEqual(parseBuildLog(LOG), {
    buildSeconds: 20,
    searchSeconds: 6.4,
    searchAddedSeconds: 0.5,
    searchRecords: 3998,
    searchShards: 1,
    pagesWritten: 4375,
    eleventySeconds: 12.5,
  });
  assert.equal(searchShare(parseBuildLog(LOG)), 0.5 / 20);
});

test("a search index in shards is read with its number of shards", () => {
  const sharded = parseBuildLog(LOG.replace("3998 records, ", "39788 records in 5 shards, "));
  assert.deepEqual([sharded.searchRecords, sharded.searchShards, sharded.searchSeconds, sharded.searchAddedSeconds], [39788, 5, 6.4, 0.5]);
});

test("a log from before indexing ran alongside the pages counts all of its time", () => {
  const old = LOG.replace(", 0.50 s after the pages", "");
  assert.equal(parseBuildLog(old).searchAddedSeconds, undefined);
  assert.equal(searchShare(parseBuildLog(old)), 6.4 / 20);
  assert.deepEqual(parseBuildLog("something else"), {});
});

test("a build written by several Eleventy runs adds up their pages and seconds", () => {
  const log = ["[11ty] Copied 2 Wrote 1043 files in 11.26 seconds (10.8ms each, v3.1.8)", "[11ty] Wrote 667 files in 0.98 seconds (v3.1.8)", LOG.split("\n")[1]].join("\n");
  const parsed = parseBuildLog(log);
  assert.equal(parsed.pagesWritten, 1043 + 667);
  assert.equal(parsed.eleventySeconds, 12.24);
});

test("pages written in bulk count as pages; their seconds are already in Eleventy's", () => {
  const log = ["[pages] 4356 pages written in bulk from 9 paginated templates in 5.20 seconds", "[11ty] Copied 2 Wrote 18 files in 6.34 seconds (352.2ms each, v3.1.8)", LOG.split("\n")[1]].join("\n");
  const parsed = parseBuildLog(log);
  assert.equal(parsed.pagesWritten, 4356 + 18);
  assert.equal(parsed.eleventySeconds, 6.34);
});
