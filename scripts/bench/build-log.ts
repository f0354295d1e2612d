// What the project's build prints about itself, read back for the benchmark and the profile:
//   [11ty] Copied 3 Wrote 4199 files in 15.34 seconds (3.7ms each, v3.1.8)
//   build: 1000 articles, … → out/ in 21.44 s, peak memory 371 MB; search index: 3998 records, … in 3.91 s
// Every field is optional: a changed log line gives `undefined`, never a wrong number.

export interface BuildLog {
  /** The build's own total, from its start to the end of search indexing. */
  buildSeconds?: number;
  searchSeconds?: number;
  searchRecords?: number;
  pagesWritten?: number;
  eleventySeconds?: number;
}

export function parseBuildLog(log: string): BuildLog {
  const parsed: BuildLog = {};
  const build = /→ \S+ in ([\d.]+) s\b/.exec(log);
  if (build) parsed.buildSeconds = Number(build[1]);
  const search = /search index: (\d+) records\b.*? in ([\d.]+) s\b/.exec(log);
  if (search) {
    parsed.searchRecords = Number(search[1]);
    parsed.searchSeconds = Number(search[2]);
  }
  const eleventy = /Wrote (\d+) files in ([\d.]+) seconds/.exec(log);
  if (eleventy) {
    parsed.pagesWritten = Number(eleventy[1]);
    parsed.eleventySeconds = Number(eleventy[2]);
  }
  return parsed;
}

/** Search indexing as a share of the build's own total, when both were printed. */
export function searchShare(log: BuildLog): number | undefined {
  return log.searchSeconds !== undefined && log.buildSeconds ? log.searchSeconds / log.buildSeconds : undefined;
}
