// The records of a whole input folder built ahead of ingestFiles, on every core: the build's own
// thread and worker threads (ingest-worker.ts) take the files one at a time from a shared counter,
// so none waits while another has work left. Ingest is pure (a record depends only on the file and
// the editor's data), so a record is the same whichever thread built it; ingestFiles then reads
// them in the folder's order, as it reads cached records, and reports every problem as before.
// Whatever a worker could not deliver (it failed, it stopped) is built by ingestFiles as usual.
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import type { ArticleRecord } from "../model/schema.ts";
import { duplicateKeysOf, rememberDuplicateKeys, type DuplicateKeys } from "../duplicates/keys.ts";
import type { Authority } from "../model/authority.ts";
import { startTsWorker } from "../util/worker-thread.ts";
import { buildArticle } from "./article.ts";
import { readArticle } from "./read.ts";
import type { IngestCache } from "./cache.ts";
import type { InputFile } from "./corpus.ts";

/** Below this many files to build, starting a thread (a few tenths of a second) costs more than it saves. */
export const FEWEST_FOR_THREADS = 200;

/** What a worker is given: the files to build, the editor's authority, and the shared counter. */
export interface AheadJob {
  files: { source: string; path: string }[];
  authority: Authority;
  /** The index of the next file to take, shared by every thread (Atomics.add). */
  next: Int32Array;
}

/** A record built, with the digest of the bytes it was built from and what the duplicate checks need of it. */
export interface BuiltRecord {
  index: number;
  digest: string;
  record: ArticleRecord;
  keys: DuplicateKeys;
}

/** What a worker sends: records as it builds them, then once that it is done. */
export type AheadMessage = { built: BuiltRecord[] } | { done: true };

export interface AheadOptions {
  /** Worker threads besides the build's own: by default one fewer than the cores. */
  threads?: number;
}

/** The digest a built record is matched with its file's bytes by. */
function digestOf(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("base64");
}

/**
 * An ingest cache holding a record for every file of `files` that `cache` has not, built on all
 * cores; handing one out, it stores it in `cache` (as ingestFiles does with a record it built).
 */
export async function ingestAhead(files: readonly InputFile[], authority: Authority, cache?: IngestCache, options: AheadOptions = {}): Promise<IngestCache> {
  const ready = new Map<string, { digest: string; record: ArticleRecord; built: boolean }>();
  const toBuild: { source: string; path: string }[] = [];
  for (const file of files) {
    if (file.refusal) continue;
    if (cache) {
      // Read here, so ingestFiles does not read the disk cache a second time.
      const bytes = readOrNull(file.path);
      const record = bytes && cache.get(file.source, bytes);
      if (bytes && record) {
        ready.set(file.source, { digest: digestOf(bytes), record, built: false });
        continue;
      }
    }
    toBuild.push({ source: file.source, path: file.path });
  }
  const threads = Math.max(0, options.threads ?? availableParallelism() - 1);
  if (threads > 0 && toBuild.length >= FEWEST_FOR_THREADS) {
    for (const { index, digest, record } of await buildOnAllThreads({ files: toBuild, authority, next: new Int32Array(new SharedArrayBuffer(4)) }, threads)) {
      ready.set(toBuild[index]!.source, { digest, record, built: true });
    }
  }
  return {
    get(source, bytes) {
      const found = ready.get(source);
      if (found) {
        ready.delete(source); // held once: the archive keeps the record from here on
        if (found.digest === digestOf(bytes)) {
          if (found.built) cache?.set(source, bytes, found.record);
          return found.record;
        }
      }
      return cache?.get(source, bytes);
    },
    set: (source, bytes, record) => cache?.set(source, bytes, record),
  };
}

/**
 * Every record the threads built, in no particular order; a file whose record is missing is left
 * to ingestFiles. `ownShare: false` leaves every file to the workers (for tests).
 */
export async function buildOnAllThreads(job: AheadJob, threads: number, { ownShare = true } = {}): Promise<BuiltRecord[]> {
  const built: BuiltRecord[] = [];
  const strings = new Map<string, string>();
  const workers = Array.from({ length: Math.min(threads, job.files.length) }, () => runWorker(job, built, strings));
  // This thread takes its share while the workers start and run.
  if (ownShare) for (const result of takeAndBuild(job)) built.push(remembered(result));
  await Promise.all(workers);
  return built;
}

/** Builds the files this thread takes from the shared counter, until none is left. */
export function* takeAndBuild(job: AheadJob): Generator<BuiltRecord> {
  for (let index = Atomics.add(job.next, 0, 1); index < job.files.length; index = Atomics.add(job.next, 0, 1)) {
    const { source, path } = job.files[index]!;
    const bytes = readOrNull(path);
    if (!bytes) continue;
    try {
      const record = buildArticle(readArticle(bytes, source), job.authority);
      yield { index, digest: digestOf(bytes), record, keys: duplicateKeysOf(record) };
    } catch {
      // An input problem: ingestFiles builds this file again and reports it, one line for the file.
    }
  }
}

/** Resolves when the worker has sent all it built, or has stopped (what it had not sent is built later). */
function runWorker(job: AheadJob, built: BuiltRecord[], strings: Map<string, string>): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startTsWorker(new URL("./ingest-worker.ts", import.meta.url), job);
    } catch {
      resolve();
      return;
    }
    worker.on("message", (message: AheadMessage) => {
      if ("built" in message) for (const result of message.built) built.push(remembered({ ...result, record: shareStrings(result.record, strings) }));
      else resolve();
    });
    worker.on("error", () => resolve());
    worker.on("exit", () => resolve());
  });
}

/** The result, its duplicate keys left where the duplicate checks find them for its record. */
function remembered(result: BuiltRecord): BuiltRecord {
  rememberDuplicateKeys(result.record, result.keys);
  return result;
}

/**
 * A record copied from another thread has a string of its own for every string value: the same
 * sentence quoted as evidence of several facts, a rule's name in every record. That took twice the
 * heap of a record built here (17.6 KB against 8.6 KB for a generated article; at 50,000 articles
 * the build's peak was 3,047 MB against 2,614 MB with strings shared). Strings up to this length
 * are made one again; longer ones (paragraphs) are unique anyway.
 */
const SHARED_STRING_LENGTH = 200;

function shareStrings<T extends object>(value: T, strings: Map<string, string>): T {
  const holder = value as Record<string | number, unknown>;
  if (Array.isArray(value)) for (let index = 0; index < value.length; index++) shareString(holder, index, strings);
  else for (const key in holder) shareString(holder, key, strings);
  return value;
}

function shareString(holder: Record<string | number, unknown>, key: string | number, strings: Map<string, string>): void {
  const item = holder[key];
  if (typeof item === "object" && item !== null) shareStrings(item, strings);
  if (typeof item !== "string" || item.length > SHARED_STRING_LENGTH) return;
  const known = strings.get(item);
  if (known === undefined) strings.set(item, item);
  else holder[key] = known;
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null; // ingestFiles reads it again and reports why it cannot
  }
}
