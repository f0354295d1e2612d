// The build's last step: index the Archive with Pagefind into `<output>/pagefind/`.
//
// Records are custom records made from the Archive rather than the rendered HTML: the content is
// exactly the article, event and person text (never navigation), each record carries its type,
// date and countries as filters/sort keys, and the folded copy that makes `Da Nang` find
// `Đà Nẵng` stays out of the pages readers see. URLs are stored without the path prefix; the
// search page resolves them against its own location, so one index works under any prefix.

import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Archive } from "../model/schema.ts";
import { pagefindRecord } from "./pagefind-record.ts";
import { searchRecords } from "./records.ts";

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
}

/** Pagefind's prebuilt UIs and its worker: the search page has its own small script and runs
 * Pagefind in its own thread, so these are not shipped. */
const UNUSED_BUNDLES = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;

export async function indexSearch(outputDir: string, archive: Archive, site: SearchSettings): Promise<SearchIndexReport> {
  const started = performance.now();
  const records = searchRecords(archive);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
  try {
    if (!index) throw new Error(`search: Pagefind could not start: ${errors.join("; ")}`);
    for (const record of records) {
      const added = await index.addCustomRecord(pagefindRecord(record, site.language));
      if (added.errors.length) throw new Error(`search: ${record.url}: ${added.errors.join("; ")}`);
    }
    const target = path.join(outputDir, "pagefind");
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`search: ${written.errors.join("; ")}`);
    const { files, bytes } = await pruneAndMeasure(target);
    return { records: records.length, files, bytes, milliseconds: performance.now() - started };
  } finally {
    await pagefind.close(); // stops the Pagefind binary so the build can exit
  }
}

/** Removes the UI bundles nobody loads, then counts what is left. */
async function pruneAndMeasure(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (UNUSED_BUNDLES.test(entry.name)) await rm(file);
    else {
      files += 1;
      bytes += (await stat(file)).size;
    }
  }
  return { files, bytes };
}

/** `search index: 312 records, 41 files, 188.2 KB in 0.41 s`, for the build log. */
export function describeSearchIndex(report: SearchIndexReport): string {
  const kilobytes = (report.bytes / 1024).toFixed(1);
  const seconds = (report.milliseconds / 1000).toFixed(2);
  return `search index: ${report.records} records, ${report.files} files, ${kilobytes} KB in ${seconds} s`;
}
