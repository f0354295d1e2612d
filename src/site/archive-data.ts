// The one place the build turns the input folder into the Archive. Memoised, so the build
// script (which reports warnings) and Eleventy's global data share one computation.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Archive } from "../model/schema.ts";
import { loadAuthority } from "../model/authority.ts";
import { ingestDirectory } from "../ingest/corpus.ts";
import { diskCache, fingerprint } from "../ingest/cache.ts";
import { buildArchive } from "../archive/index.ts";
import { loadArchiveFile } from "./archive-file.ts";

export interface ArchiveOptions {
  /** Project root (holds `data/` and the input folder). */
  root: string;
  /** Folder of articles, relative to root. */
  input: string;
  /** Reuse records of unchanged files from `.cache/` (off in tests that want a cold run). */
  useCache: boolean;
}

export function defaultArchiveOptions(): ArchiveOptions {
  return {
    root: process.cwd(),
    input: process.env.ARCHIVE_INPUT ?? "seeds",
    useCache: process.env.ARCHIVE_CACHE !== "off",
  };
}

const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CODE_DIRS = ["src/ingest", "src/text", "src/model", "src/util"].map((dir) => path.join(codeRoot, dir));

const memo = new Map<string, Archive>();

/** Drops memoised archives, so the next load re-reads the input (used when `npm start` sees a change). */
export function forgetArchives(): void {
  memo.clear();
}

export function loadArchive(options: ArchiveOptions = defaultArchiveOptions()): Archive {
  // A ready-made Archive instead of the input folder (tests, rendering without ingest).
  if (process.env.ARCHIVE_FIXTURE) return loadArchiveFile(process.env.ARCHIVE_FIXTURE);
  const key = JSON.stringify(options);
  const known = memo.get(key);
  if (known) return known;
  const authority = loadAuthority(path.join(options.root, "data/authority.json"));
  const cache = options.useCache
    ? diskCache(path.join(options.root, ".cache/ingest"), fingerprint([...CODE_DIRS, path.join(options.root, "data")]))
    : undefined;
  const corpus = ingestDirectory(options.root, options.input, authority, cache);
  const archive = buildArchive(corpus.articles, corpus.warnings, { authority });
  memo.set(key, archive);
  return archive;
}
