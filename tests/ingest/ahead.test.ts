// Records built ahead on every core (src/ingest/ahead.ts) are the records the build would have
// built on its own thread: same content, same key order, same warnings, same order in the archive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildArchive, ingestAheadOf, type PipelineOptions } from "../../src/pipeline.ts";
import { buildOnAllThreads, FEWEST_FOR_THREADS, takeAndBuild, type BuiltRecord } from "../../src/ingest/ahead.ts";
import { inputFiles } from "../../src/ingest/corpus.ts";
import { loadAuthority } from "../../src/model/authority.ts";
import { generateArticle } from "../../scripts/generate-corpus.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const seeds = path.resolve(projectRoot, "../shared/seeds");
const dataDir = path.join(projectRoot, "data");

/** Enough files for the worker threads to be used: the seeds, generated wire copy, and files that cannot be read. */
function inputFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "ingest-ahead-"));
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(folder, name));
  let state = 7;
  const next = () => ((state = (state * 16807) % 2147483647) / 2147483647);
  for (let index = 0; index < FEWEST_FOR_THREADS + 40; index++) writeFileSync(path.join(folder, `gen_${String(index).padStart(4, "0")}.txt`), generateArticle(index, next));
  writeFileSync(path.join(folder, "blank.txt"), "   \n\n");
  writeFileSync(path.join(folder, "photo-only.txt"), "Photo: VNA\n");
  writeFileSync(path.join(folder, "scan.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 0, 0, 1]));
  return folder;
}

const options = (input: string, cache: string | null = null): PipelineOptions => ({ input, dataDir, cache, root: projectRoot });

test("records built ahead on worker threads: the same archive, warnings and order as built on the build's thread", async () => {
  const folder = inputFolder();
  try {
    const alone = buildArchive(options(folder));
    const ahead = buildArchive({ ...options(folder), ahead: await ingestAheadOf(options(folder), { threads: 1 }) });
    assert.ok(alone.articles.length > FEWEST_FOR_THREADS);
    assert.equal(alone.warnings.filter((warning) => warning.level === "error").length, 3, "the three unreadable files are reported");
    assert.equal(JSON.stringify(ahead), JSON.stringify(alone), "byte for byte, key order too");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a worker thread builds the records this thread builds", async () => {
  const folder = inputFolder();
  try {
    const files = inputFiles(projectRoot, folder).map(({ source, path: file }) => ({ source, path: file }));
    const authority = loadAuthority(path.join(dataDir, "authority.json"));
    const job = () => ({ files, authority, next: new Int32Array(new SharedArrayBuffer(4)) });
    const byIndex = (built: BuiltRecord[]) => built.sort((a, b) => a.index - b.index).map((result) => JSON.stringify(result));
    const fromWorker = await buildOnAllThreads(job(), 1, { ownShare: false });
    const here = [...takeAndBuild(job())];
    assert.equal(fromWorker.length, files.length - 3, "every file but the three unreadable ones");
    assert.deepEqual(byIndex(fromWorker), byIndex(here));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("records built ahead go into the disk cache once; a file edited after them is built from its new bytes", async () => {
  const folder = inputFolder();
  const cache = mkdtempSync(path.join(os.tmpdir(), "ingest-ahead-cache-"));
  try {
    const ahead = await ingestAheadOf(options(folder, cache), { threads: 1 });
    const edited = path.join(folder, "gen_0000.txt");
    writeFileSync(edited, readFileSync(path.join(folder, "gen_0001.txt"), "utf8").replace(/\bstate visit\b/, "official visit"));
    const archive = buildArchive({ ...options(folder, cache), ahead });
    const fresh = buildArchive(options(folder));
    assert.equal(JSON.stringify(archive), JSON.stringify(fresh), "the edited file's record is its new text's");
    const stored = () => new Map(readdirSync(cache).map((name) => [name, statSync(path.join(cache, name)).mtimeMs]));
    const before = stored();
    assert.equal(before.size, archive.articles.length, "one record stored per article (none for the file as it was before the edit)");
    // Nothing changed since: every record comes from the cache, none is built or stored again.
    const again = buildArchive({ ...options(folder, cache), ahead: await ingestAheadOf(options(folder, cache), { threads: 1 }) });
    assert.equal(JSON.stringify(again), JSON.stringify(fresh));
    assert.deepEqual(stored(), before);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});
