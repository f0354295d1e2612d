// The search index in shards: Pagefind holds every record of an index in memory until it writes
// it (measured: 40–60 bytes per character of text, 80 KB for a short invented article, 320 KB for
// a wire story), and its time per record grows with the size of the index. A big archive is therefore indexed as several Pagefind
// indexes, one after another, each under a fixed amount of text; the search page queries them
// all and merges the results (assets/search.js).
//
// Shards cover consecutive date ranges, newest first, so results sorted by date are the shards'
// own sorted results one after the other: newest first in the shards' order, oldest first in the
// reverse order. Undated records, which sort last either way, have shards of their own, after
// the dated ones. An archive under one shard's worth of text is one index, as before, its records
// in archive order.

import { newestDayFirst } from "../util/compare.ts";
import type { SearchRecord } from "./records.ts";

/** Characters of indexed text per shard by default (6 MB, as `--search-shard-size=6MB` writes it): Pagefind then stays under 500 MB. */
export const DEFAULT_SHARD_SIZE = 6 * 1024 ** 2;

/** Pagefind holds about as much for each record as for this many characters of its text. */
const RECORD_WEIGHT = 100;

/** The manifest the search page reads, in the primary index's folder. */
export const SHARDS_FILE = "shards.json";

export interface SearchShard {
  /** Folder of this index under `<output>/pagefind/`: `` for the first, then `shard-2/`, … */
  folder: string;
  /** False for a shard of undated records, which sort after every dated one in both orders. */
  dated: boolean;
  /** The shard's records, in archive order. */
  records: SearchRecord[];
}

/** What the search page reads: the shards' folders, newest first, undated last. */
export interface ShardsManifest {
  shards: Array<{ folder: string; dated: boolean }>;
}

/** How much of a shard `record` takes: its text twice (as written and folded), and a fixed part. */
export function recordWeight(record: SearchRecord): number {
  return 2 * (record.title.length + record.body.length) + RECORD_WEIGHT;
}

/**
 * Splits `records` into shards of at most `size` characters of text (a record bigger than that
 * has a shard to itself). One sort by date, then linear; the same records always give the same shards.
 */
export function planShards(records: SearchRecord[], size = DEFAULT_SHARD_SIZE): SearchShard[] {
  if (!(size > 0)) throw new Error(`search: the shard size must be a positive number of characters, not ${size}`);
  const entries = records.map((record, position) => ({ record, position, weight: recordWeight(record) }));
  if (entries.reduce((sum, entry) => sum + entry.weight, 0) <= size) return [{ folder: "", dated: true, records }];

  // Newest first, undated last; a shard never holds both dated and undated records.
  const ordered = [...entries].sort((a, b) => newestDayFirst(a.record.date, b.record.date) || a.position - b.position);
  const groups: Array<typeof entries> = [];
  let filled = 0;
  for (const entry of ordered) {
    const current = groups.at(-1);
    const fits = current !== undefined && filled + entry.weight <= size && (current[0]!.record.date === null) === (entry.record.date === null);
    if (fits) {
      current.push(entry);
      filled += entry.weight;
    } else {
      groups.push([entry]);
      filled = entry.weight;
    }
  }
  return groups.map((group, index) => ({
    folder: index === 0 ? "" : `shard-${index + 1}/`,
    dated: group[0]!.record.date !== null,
    records: group.sort((a, b) => a.position - b.position).map((entry) => entry.record),
  }));
}

export function shardsManifest(shards: SearchShard[]): ShardsManifest {
  return { shards: shards.map(({ folder, dated }) => ({ folder, dated })) };
}
