// The build's last step: index the Archive with Pagefind into `<output>/pagefind/`.
//
// Records are custom records made from the Archive rather than the rendered HTML: the content is
// exactly the article, event and person text (never navigation), each record carries its type,
// date and countries as filters/sort keys, and the folded copy that makes `Da Nang` find
// `Đà Nẵng` stays out of the pages readers see. URLs are stored without the path prefix; the
// search page resolves them against its own location, so one index works under any prefix.

import path from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
import type { PublishedArchive } from "../model/schema.ts";
import { addRecordsInOrder } from "./add-in-order.ts";
import { pagefindRecord } from "./pagefind-record.ts";
import { pruneBundle } from "./prune-bundle.ts";
import { searchRecords, type SearchRecord } from "./records.ts";
import { firstMessage, startTsWorker } from "../util/worker-thread.ts";
import { onInterrupt } from "../output/interrupt.ts";
import { stopProcess } from "../output/stop-process.ts";

export interface SearchSettings {
  /** Language of the site (`<html lang>`), which Pagefind uses to pick its index. */
  language: string;
}

export interface SearchIndexReport {
  records: number;
  /** Files and bytes written under `<output>/pagefind/`. */
  files: number;
  bytes: number;
  milliseconds: number;
  /** How long the build waited for it after the pages were written (it is built alongside them). */
  waitedMilliseconds?: number;
}

/** Indexes `archive` on this thread; see `indexSearchAlongside` for a build that renders meanwhile. */
export async function indexSearch(outputDir: string, archive: PublishedArchive, site: SearchSettings): Promise<SearchIndexReport> {
  return indexRecords(outputDir, searchRecords(archive), site.language);
}

/**
 * Indexes `archive` in a worker thread, so Pagefind is fed at its own pace while this thread
 * renders pages (on this thread, each of its answers waited for the next gap between two pages).
 */
export async function indexSearchAlongside(outputDir: string, archive: PublishedArchive, site: SearchSettings): Promise<SearchIndexReport> {
  const started = performance.now();
  const job: IndexJob = { outputDir, records: searchRecords(archive), language: site.language, helperPid: new Int32Array(new SharedArrayBuffer(4)) };
  // Interrupted, the build stops Pagefind before removing its unfinished folder, which Pagefind writes into.
  const forget = onInterrupt(() => {
    const pid = Atomics.load(job.helperPid, 0);
    if (pid) stopProcess(pid);
  });
  const worker = startTsWorker(new URL("./index-worker.ts", import.meta.url), job);
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
  /** Set by the worker to the Pagefind process's id once it has started it. */
  helperPid: Int32Array;
}

export type IndexAnswer = { report: SearchIndexReport } | { error: string };

/** Writes the Pagefind bundle for `records` into `<outputDir>/pagefind/`. */
export async function indexRecords(outputDir: string, records: SearchRecord[], language: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`search: Pagefind could not start: ${errors.join("; ")}`);
    // In archive order, without a round trip per record: Pagefind numbers pages as they arrive,
    // and a fixed order keeps the index byte-identical from build to build.
    await addRecordsInOrder(index, pagefindRecords(records, language));
    const target = path.join(outputDir, "pagefind");
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`search: ${written.errors.join("; ")}`);
    const { files, bytes } = await pruneBundle(target);
    return { records: records.length, files, bytes, milliseconds: performance.now() - started };
  } finally {
    await pagefind.close(); // stops the Pagefind binary so the build can exit
  }
}

/** Made one at a time as they are sent, so only the records in flight are held as Pagefind's shape. */
function* pagefindRecords(records: SearchRecord[], language: string): Generator<CustomRecord> {
  for (const record of records) yield pagefindRecord(record, language);
}

/**
 * `search index: 312 records, 41 files, 188.2 KB in 0.41 s`, for the build log, and when it was
 * built alongside the pages `… in 3.20 s, 0.05 s after the pages`: only that part adds to the build.
 */
export function describeSearchIndex(report: SearchIndexReport): string {
  const kilobytes = (report.bytes / 1024).toFixed(1);
  const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(2);
  const after = report.waitedMilliseconds === undefined ? "" : `, ${seconds(report.waitedMilliseconds)} s after the pages`;
  return `search index: ${report.records} records, ${report.files} files, ${kilobytes} KB in ${seconds(report.milliseconds)} s${after}`;
}
