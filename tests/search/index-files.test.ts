// What the indexing step writes: a Pagefind bundle without the unused prebuilt UIs, the same
// bytes every time, and a report the build log can print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeSearchIndex, indexSearch, indexSearchAlongside } from "../../src/search/index.ts";
import { fixtureArchive } from "./fixtures/archive.ts";

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

test("indexing writes the Pagefind bundle into <output>/pagefind and reports its size", async () => {
  const output = mkdtempSync(path.join(tmpdir(), "search-index-"));
  const report = await indexSearch(output, fixtureArchive, { language: "en" });
  const files = filesUnder(path.join(output, "pagefind"));
  assert.equal(report.records, 4);
  assert.equal(report.files, files.length);
  assert.ok(files.includes("pagefind.js") && files.includes("pagefind-entry.json"));
  assert.ok(files.some((file) => file.startsWith("fragment/")));
  assert.ok(!files.some((file) => /pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(file)), files.join(", "));
  assert.deepEqual(files.filter((file) => file.startsWith("wasm.")), ["wasm.en.pagefind"], "only the search core the page loads");
  const entry = JSON.parse(readFileSync(path.join(output, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.equal(entry.languages.en?.page_count, 4);
  assert.match(describeSearchIndex(report), /^search index: 4 records, \d+ files, [\d.]+ KB in [\d.]+ s$/);
});

test("a language without a Pagefind stemmer keeps the core its entry names", async () => {
  const output = mkdtempSync(path.join(tmpdir(), "search-vi-"));
  await indexSearch(output, fixtureArchive, { language: "vi" });
  const folder = path.join(output, "pagefind");
  const entry = JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { wasm: string | null }>;
  };
  const wasm = filesUnder(folder).filter((file) => file.startsWith("wasm."));
  // No stemmer for Vietnamese: the entry names no core and the page loads the generic one.
  assert.equal(entry.languages.vi?.wasm, null);
  assert.deepEqual(wasm, ["wasm.unknown.pagefind"]);
});

test("the same archive gives byte-identical index files", async () => {
  const [first, second] = [mkdtempSync(path.join(tmpdir(), "search-a-")), mkdtempSync(path.join(tmpdir(), "search-b-"))];
  await indexSearch(first, fixtureArchive, { language: "en" });
  await indexSearch(second, fixtureArchive, { language: "en" });
  const files = filesUnder(path.join(first, "pagefind"));
  assert.deepEqual(filesUnder(path.join(second, "pagefind")), files);
  for (const file of files) {
    assert.ok(readFileSync(path.join(first, "pagefind", file)).equals(readFileSync(path.join(second, "pagefind", file))), file);
  }
});

test("a big archive is indexed in shards: one bundle each, the page's script once, and the manifest the page reads", async () => {
  const output = mkdtempSync(path.join(tmpdir(), "search-shards-"));
  const report = await indexSearch(output, fixtureArchive, { language: "en", shardSize: 1 }); // a record per shard
  const folder = path.join(output, "pagefind");
  const files = filesUnder(folder);
  assert.equal(report.records, 4);
  assert.equal(report.shards, 4);
  assert.equal(report.files, files.length);
  const manifest = JSON.parse(readFileSync(path.join(folder, "shards.json"), "utf8")) as { shards: Array<{ folder: string; dated: boolean }> };
  assert.deepEqual(manifest.shards.map((shard) => shard.folder), ["", "shard-2/", "shard-3/", "shard-4/"]);
  let pages = 0;
  for (const { folder: shard } of manifest.shards) {
    const entry = JSON.parse(readFileSync(path.join(folder, shard, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    pages += (entry.languages.en?.page_count ?? 0) - 1; // each shard also holds the page of the archive's words
    assert.equal(files.includes(`${shard}wasm.en.pagefind`), shard === "", `${shard}: only the first shard keeps the search core`);
    assert.equal(files.includes(`${shard}pagefind.js`), shard === "", `${shard}: only the first shard keeps pagefind.js`);
  }
  assert.equal(pages, 4, "every record in one shard");
  assert.match(describeSearchIndex(report), /^search index: 4 records in 4 shards, \d+ files, /);
});

test("shards indexed by two lanes at once give the same files as one lane, and the same report", async () => {
  const [one, two] = [mkdtempSync(path.join(tmpdir(), "search-lane-1-")), mkdtempSync(path.join(tmpdir(), "search-lanes-2-"))];
  const site = { language: "en", shardSize: 300 };
  const [byOne, byTwo] = [await indexSearchAlongside(one, fixtureArchive, site, 1), await indexSearchAlongside(two, fixtureArchive, site, 2)];
  assert.ok(byTwo.shards >= 3, `${byTwo.shards} shards`);
  assert.deepEqual({ ...byTwo, milliseconds: 0 }, { ...byOne, milliseconds: 0 });
  const files = filesUnder(path.join(one, "pagefind"));
  assert.deepEqual(filesUnder(path.join(two, "pagefind")), files);
  for (const file of files) assert.ok(readFileSync(path.join(one, "pagefind", file)).equals(readFileSync(path.join(two, "pagefind", file))), file);
  assert.equal(byTwo.files, files.length);
});
