// The build's last step: index the Archive with Pagefind into `<output>/pagefind/`.
//
// Records are custom records made from the Archive rather than the rendered HTML: the content is
// exactly the article, event and person text (never navigation), each record carries its type,
// date and countries as filters/sort keys, and the folded copy that makes `Da Nang` find
// `Đà Nẵng` stays out of the pages readers see. URLs are stored without the path prefix; the
// search page resolves them against its own location, so one index works under any prefix.

import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import type { PublishedArchive } from "../model/schema.ts";
import { addRecordsInOrder } from "./add-in-order.ts";
import { pagefindRecord } from "./pagefind-record.ts";
import { pruneBundle, type BundleSize } from "./prune-bundle.ts";
import { vocabularyRecord } from "./vocabulary.ts";
import { DEFAULT_SHARD_SIZE, planShards, SHARDS_FILE, shardsManifest, type SearchShard, type ShardsManifest } from "./shards.ts";
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
 * Shards indexed at once, each lane a worker thread feeding a Pagefind process of its own: after
 * the pages, a build waited for one Pagefind process at a time while a core sat idle. Two, not one
 * per core: each lane holds a Pagefind process of up to a shard's memory (see shards.ts).
 */
export const SEARCH_LANES = Math.max(1, Math.min(2, availableParallelism()));

/**
 * Indexes `archive` in worker threads, so Pagefind is fed at its own pace while this thread
 * renders pages (on this thread, each of its answers waited for the next gap between two pages).
 * The shards are planned here and dealt out to the lanes; the manifest is written once all are done.
 */
export async function indexSearchAlongside(outputDir: string, archive: PublishedArchive, site: SearchSettings, lanes = SEARCH_LANES): Promise<SearchIndexReport> {
  const started = performance.now();
  const plan = planLanes(searchRecords(archive), site, lanes);
  const helperPid = new Int32Array(new SharedArrayBuffer(4 * plan.lanes.length));
  // Interrupted, the build stops Pagefind before removing its unfinished folder, which Pagefind writes into.
  const forget = onInterrupt(() => {
    for (const pid of helperPid) if (pid) stopProcess(pid);
  });
  const target = path.join(outputDir, "pagefind");
  const url = new URL("./index-worker.ts", import.meta.url);
  const workers = plan.lanes.map((shards, lane) => startTsWorker(url, { target, shards, vocabulary: plan.vocabulary, language: site.language, helperPid, lane } satisfies IndexJob));
  // The records are copied to the workers and not kept here (at 50,000 articles, a few hundred MB).
  plan.lanes = [];
  try {
    const answers = await Promise.all(workers.map((worker) => firstMessage<IndexAnswer>(worker)));
    const size: BundleSize = { files: 0, bytes: 0 };
    for (const answer of answers) {
      if ("error" in answer) throw new Error(answer.error);
      size.files += answer.size.files;
      size.bytes += answer.size.bytes;
    }
    const manifest = await writeManifest(target, plan.manifest);
    // The workers' start included.
    return { records: plan.records, shards: plan.manifest.shards.length, files: size.files + 1, bytes: size.bytes + manifest, milliseconds: performance.now() - started };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    forget();
  }
}

interface LanePlan {
  /** Each lane's shards: the first lane takes the first, third… shard, the second the second, fourth… */
  lanes: ShardJob[][];
  vocabulary: CustomRecord[];
  manifest: ShardsManifest;
  records: number;
}

function planLanes(records: SearchRecord[], site: SearchSettings, lanes: number): LanePlan {
  const shards = planShards(records, site.shardSize);
  const jobs = shardJobs(shards);
  const count = Math.max(1, Math.min(lanes, jobs.length));
  return {
    lanes: Array.from({ length: count }, (_, lane) => jobs.filter((_, position) => position % count === lane)),
    vocabulary: shards.length > 1 ? [vocabularyRecord(records, site.language)] : [],
    manifest: shardsManifest(shards),
    records: records.length,
  };
}

/** One shard to index: its folder under `<output>/pagefind/`, its records, whether it keeps the search script. */
export interface ShardJob {
  folder: string;
  records: SearchRecord[];
  script: boolean;
}

export interface IndexJob {
  /** `<output>/pagefind/`. */
  target: string;
  shards: ShardJob[];
  /** The vocabulary page every shard of a sharded index gets (vocabulary.ts). */
  vocabulary: CustomRecord[];
  language: string;
  /** Set by the worker, at `lane`, to the Pagefind process's id once it has started it. */
  helperPid: Int32Array;
  lane: number;
}

export type IndexAnswer = { size: BundleSize } | { error: string };

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
  const size = await indexShards(target, shardJobs(shards), language, vocabulary);
  const manifest = await writeManifest(target, shardsManifest(shards));
  return { records: records.length, shards: shards.length, files: size.files + 1, bytes: size.bytes + manifest, milliseconds: performance.now() - started };
}

/** Indexes `shards` one after another, each then pruned to what the search page loads; what is left, measured. */
export async function indexShards(target: string, shards: ShardJob[], language: string, vocabulary: CustomRecord[]): Promise<BundleSize> {
  const size: BundleSize = { files: 0, bytes: 0 };
  for (const shard of shards) {
    const folder = path.join(target, shard.folder);
    await indexShard(folder, language, pagefindRecords(shard.records, language, vocabulary));
    const written = await pruneBundle(folder, { script: shard.script });
    size.files += written.files;
    size.bytes += written.bytes;
  }
  return size;
}

/** The search page imports the first shard's script only. */
function shardJobs(shards: SearchShard[]): ShardJob[] {
  return shards.map((shard, position) => ({ folder: shard.folder, records: shard.records, script: position === 0 }));
}

/** The manifest the search page reads; its size in bytes. */
async function writeManifest(target: string, shards: ShardsManifest): Promise<number> {
  const manifest = `${JSON.stringify(shards)}\n`;
  await writeFile(path.join(target, SHARDS_FILE), manifest);
  return Buffer.byteLength(manifest);
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
