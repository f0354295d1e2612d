// The build's last step: index the Archive with Pagefind into `<output>/pagefind/`.
//
// Records are custom records made from the Archive rather than the rendered HTML: the content is
// exactly the article, event and person text (never navigation), each record carries its type,
// date and countries as filters/sort keys, and the folded copy that makes `Da Nang` find
// `Đà Nẵng` stays out of the pages readers see. URLs are stored without the path prefix; the
// search page resolves them against its own location, so one index works under any prefix.

import { writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import type { PublishedArchive } from "../model/schema.ts";
import { addRecordsInOrder } from "./add-in-order.ts";
import { pagefindRecord } from "./pagefind-record.ts";
import { pruneBundle, type BundleSize } from "./prune-bundle.ts";
import { vocabularyRecord } from "./vocabulary.ts";
import { DEFAULT_SHARD_SIZE, planShards, SHARDS_FILE, shardsManifest } from "./shards.ts";
import { searchRecords, type SearchRecord } from "./records.ts";
import { firstMessage, startTsWorker } from "../util/worker-thread.ts";
import { onInterrupt } from "../output/interrupt.ts";
import { stopProcess } from "../output/stop-process.ts";

export interface SearchSettings {
  /** Language of the site (`<html lang>`), which Pagefind uses to pick its index. */
  language: string;
  /** Characters of text per Pagefind index (see shards.ts); DEFAULT_SHARD_SIZE when not given. */
  shardSize?: number;
}

export interface SearchIndexReport {
  records: number;
  /** Pagefind indexes the records were split into (see shards.ts). */
  shards: number;
  /** Files and bytes written under `<output>/pagefind/`. */
  files: number;
  bytes: number;
  milliseconds: number;
  /** How long the build waited for it after the pages were written (it is built alongside them). */
  waitedMilliseconds?: number;
}

/** Indexes `archive` on this thread; see `indexSearchAlongside` for a build that renders meanwhile. */
export async function indexSearch(outputDir: string, archive: PublishedArchive, site: SearchSettings): Promise<SearchIndexReport> {
  return indexRecords(outputDir, searchRecords(archive), site.language, site.shardSize);
}

/**
 * Indexes `archive` in a worker thread, so Pagefind is fed at its own pace while this thread
 * renders pages (on this thread, each of its answers waited for the next gap between two pages).
 */
export async function indexSearchAlongside(outputDir: string, archive: PublishedArchive, site: SearchSettings): Promise<SearchIndexReport> {
  const started = performance.now();
  const helperPid = new Int32Array(new SharedArrayBuffer(4));
  // Interrupted, the build stops Pagefind before removing its unfinished folder, which Pagefind writes into.
  const forget = onInterrupt(() => {
    const pid = Atomics.load(helperPid, 0);
    if (pid) stopProcess(pid);
  });
  // The records are copied to the worker and not kept here (at 50,000 articles, a few hundred MB).
  const job = { outputDir, records: searchRecords(archive), language: site.language, shardSize: site.shardSize, helperPid } satisfies IndexJob;
  const worker = startTsWorker(new URL("./index-worker.ts", import.meta.url), job);
  job.records = [];
  try {
    const answer = await firstMessage<IndexAnswer>(worker);
    if ("error" in answer) throw new Error(answer.error);
    return { ...answer.report, milliseconds: performance.now() - started }; // the worker's start included
  } finally {
    await worker.terminate();
    forget();
  }
}

export interface IndexJob {
  outputDir: string;
  records: SearchRecord[];
  language: string;
  shardSize: number | undefined;
  /** Set by the worker to the Pagefind process's id once it has started it. */
  helperPid: Int32Array;
}

export type IndexAnswer = { report: SearchIndexReport } | { error: string };

/**
 * Writes the Pagefind bundle for `records` into `<outputDir>/pagefind/`: one index per shard
 * (see shards.ts), one after another, each by a Pagefind process of its own so that its memory
 * is returned before the next; then the manifest the search page reads.
 */
export async function indexRecords(outputDir: string, records: SearchRecord[], language: string, shardSize = DEFAULT_SHARD_SIZE): Promise<SearchIndexReport> {
  const started = performance.now();
  const target = path.join(outputDir, "pagefind");
  const shards = planShards(records, shardSize);
  const vocabulary = shards.length > 1 ? [vocabularyRecord(records, language)] : [];
  const size: BundleSize = { files: 0, bytes: 0 };
  for (const [position, shard] of shards.entries()) {
    const folder = path.join(target, shard.folder);
    await indexShard(folder, language, pagefindRecords(shard.records, language, vocabulary));
    // The search page imports the first shard's script only.
    const written = await pruneBundle(folder, { script: position === 0 });
    size.files += written.files;
    size.bytes += written.bytes;
  }
  const manifest = `${JSON.stringify(shardsManifest(shards))}\n`;
  await writeFile(path.join(target, SHARDS_FILE), manifest);
  return { records: records.length, shards: shards.length, files: size.files + 1, bytes: size.bytes + Buffer.byteLength(manifest), milliseconds: performance.now() - started };
}

async function indexShard(folder: string, language: string, records: Iterable<CustomRecord>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`search: Pagefind could not start: ${errors.join("; ")}`);
    // In archive order, without a round trip per record: Pagefind numbers pages as they arrive,
    // and a fixed order keeps the index byte-identical from build to build.
    await addRecordsInOrder(index, records);
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`search: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close(); // stops the Pagefind binary: its memory is freed, and the build can exit
  }
}

/** Made one at a time as they are sent, so only the records in flight are held as Pagefind's shape; then `after`. */
function* pagefindRecords(records: SearchRecord[], language: string, after: CustomRecord[]): Generator<CustomRecord> {
  for (const record of records) yield pagefindRecord(record, language);
  yield* after;
}

/**
 * `search index: 312 records, 41 files, 188.2 KB in 0.41 s`, for the build log, and when it was
 * built alongside the pages `… in 3.20 s, 0.05 s after the pages`: only that part adds to the build.
 */
export function describeSearchIndex(report: SearchIndexReport): string {
  const kilobytes = (report.bytes / 1024).toFixed(1);
  const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);
  const after = report.waitedMilliseconds === undefined ? "" : `, ${seconds(report.waitedMilliseconds)} s after the pages`;
  const shards = report.shards > 1 ? ` in ${report.shards} shards` : "";
  return `search index: ${report.records} records${shards}, ${report.files} files, ${kilobytes} KB in ${seconds(report.milliseconds)} s${after}`;
}
