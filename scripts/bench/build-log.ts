// What the project's build prints about itself, read back for the benchmark and the profile:
//   [pages] 4356 pages written in bulk from 9 paginated templates in 5.20 seconds
//   [11ty] Copied 3 Wrote 18 files in 6.34 seconds (352.2ms each, v3.1.8)
//   build: 1000 articles, … → out/ in 21.44 s, peak memory 371 MB; search index: 3998 records, … in 3.91 s, 0.20 s after the pages
//   (a big archive's: `search index: 39788 records in 5 shards, …`)
// Every field is optional: a changed log line gives `undefined`, never a wrong number.

export interface BuildLog {
  /** The build's own total, from its start to the end of search indexing. */
  buildSeconds?: number;
  /** Indexing from start to end; since it runs alongside the pages, not all of it adds to the build. */
  searchSeconds?: number;
  /** What indexing added to the build: the wait for it after the pages were written. */
  searchAddedSeconds?: number;
  searchRecords?: number;
  /** Pagefind indexes the records were split into (1 when the log names none). */
  searchShards?: number;
  pagesWritten?: number;
  eleventySeconds?: number;
}

export function parseBuildLog(log: string): BuildLog {
  const parsed: BuildLog = {};
  const build = /→ \S+ in ([\d.]+) s\b/.exec(log);
  if (build) parsed.buildSeconds = Number(build[1]);
  const search = /search index: (\d+) records(?: in (\d+) shards)?, .*? in ([\d.]+) s\b/.exec(log);
  if (search) {
    parsed.searchRecords = Number(search[1]);
    parsed.searchShards = Number(search[2] ?? 1);
    parsed.searchSeconds = Number(search[3]);
  }
  const added = /search index: .*?, ([\d.]+) s after the pages/.exec(log);
  if (added) parsed.searchAddedSeconds = Number(added[1]);
  // Eleventy's line counts its own pages, and its seconds include the pages written in bulk after
  // them (src/site/bulk-pages.ts), which have a line of their own. Several runs' lines add up.
  const runs = [...log.matchAll(/Wrote (\d+) files in ([\d.]+) seconds/g)];
  const bulk = [...log.matchAll(/\[pages\] (\d+) pages written in bulk/g)];
  if (runs.length) {
    parsed.pagesWritten = [...runs, ...bulk].reduce((sum, run) => sum + Number(run[1]), 0);
    parsed.eleventySeconds = Number(runs.reduce((sum, run) => sum + Number(run[2]), 0).toFixed(2));
  }
  return parsed;
}

/** Search indexing as a share of the build's own total (what it added, where printed), when both were printed. */
export function searchShare(log: BuildLog): number | undefined {
  const seconds = log.searchAddedSeconds ?? log.searchSeconds;
  return seconds !== undefined && log.buildSeconds ? seconds / log.buildSeconds : undefined;
}
