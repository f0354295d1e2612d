// What the indexing step writes: a Pagefind bundle without the unused prebuilt UIs, the same
// bytes every time, and a report the build log can print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeSearchIndex, indexSearch } from "../../src/search/index.ts";
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
  const entry = JSON.parse(readFileSync(path.join(output, "pagefind/pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.equal(entry.languages.en?.page_count, 4);
  assert.match(describeSearchIndex(report), /^search index: 4 records, \d+ files, [\d.]+ KB in [\d.]+ s$/);
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
