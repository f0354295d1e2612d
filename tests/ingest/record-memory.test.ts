// `npm start` keeps the last build's records in memory (src/ingest/cache.ts RecordMemory): a
// rebuild reads from the disk cache (or ingests) only the files whose bytes changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RecordMemory, type IngestCache } from "../../src/ingest/cache.ts";
import type { ArticleRecord } from "../../src/model/schema.ts";
import { articleRecord } from "../support/article-record.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

/** A disk cache that counts what is asked of it. */
function countingCache(): IngestCache & { gets: string[] } {
  const stored = new Map<string, ArticleRecord>();
  const gets: string[] = [];
  return {
    gets,
    get: (source, content) => (gets.push(source), stored.get(source + new TextDecoder().decode(content))),
    set: (source, content, article) => void stored.set(source + new TextDecoder().decode(content), article),
  };
}

const record = (id: string) => articleRecord(id, { title: `Title ${id}`, published: "2026-02-05", paragraphs: [`VIENTIANE (KPL) - Paragraph of ${id}.`] });

test("a rebuild asks the disk cache only for the file that changed", () => {
  const disk = countingCache();
  const memory = new RecordMemory();
  const first = memory.around(disk, "code-1");
  for (const id of ["a", "b", "c"]) {
    assert.equal(first.get(`${id}.txt`, bytes(`text ${id}`)), undefined);
    first.set(`${id}.txt`, bytes(`text ${id}`), record(id));
  }
  memory.settle();
  disk.gets.length = 0;
  const second = memory.around(disk, "code-1");
  assert.equal(second.get("a.txt", bytes("text a"))?.title, "Title a");
  assert.equal(second.get("b.txt", bytes("text b, edited")), undefined, "changed bytes are not the remembered record");
  assert.equal(second.get("c.txt", bytes("text c"))?.title, "Title c");
  assert.deepEqual(disk.gets, ["b.txt"]);
});

test("remembered records are frozen, and forgotten once a build no longer reads them", () => {
  const disk = countingCache();
  const memory = new RecordMemory();
  memory.around(disk, "code-1").set("a.txt", bytes("text a"), record("a"));
  memory.settle();
  const kept = memory.around(disk, "code-1").get("a.txt", bytes("text a"))!;
  assert.ok(Object.isFrozen(kept) && Object.isFrozen(kept.paragraphs));
  assert.throws(() => ((kept as { title: string }).title = "changed"), TypeError);
  memory.settle();
  memory.settle(); // a build that did not read a.txt (the file was deleted)
  disk.gets.length = 0;
  memory.around(disk, "code-1").get("a.txt", bytes("text a"));
  assert.deepEqual(disk.gets, ["a.txt"], "asked of the disk again");
});

test("records ingested by other code or data are not reused", () => {
  const disk = countingCache();
  const memory = new RecordMemory();
  memory.around(disk, "code-1").set("a.txt", bytes("text a"), record("a"));
  memory.settle();
  disk.gets.length = 0;
  memory.around(disk, "code-2").get("a.txt", bytes("text a"));
  assert.deepEqual(disk.gets, ["a.txt"]);
});
