// The stages wired together: the input folder → ArticleRecords (ingest, cached by content) →
// the Archive (events, people, countries, links; validated, references checked). Options are
// arguments; nothing here reads the environment or the command line.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Archive } from "./model/schema.ts";
import { loadAuthority } from "./model/authority.ts";
import { ingestDirectory } from "./ingest/corpus.ts";
import { diskCache, fingerprint } from "./ingest/cache.ts";
import { archiveRecords } from "./archive/index.ts";

export interface PipelineOptions {
  /** Folder of articles. */
  input: string;
  /** Folder of the editor's data (`authority.json`). */
  dataDir: string;
  /** Folder of the ingest cache, or null for a cold run that reads and writes no cache. */
  cache: string | null;
  /** Records name their file relative to this folder (the project root). */
  root: string;
  /** Input files over this many bytes are reported and skipped (default: DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
}

const codeRoot = path.dirname(fileURLToPath(import.meta.url));
/** The code a cached record depends on: a change here makes every cached record stale. */
const INGEST_CODE = ["ingest", "text", "model", "util"].map((dir) => path.join(codeRoot, dir));

export function buildArchive(options: PipelineOptions): Archive {
  const authority = loadAuthority(path.join(options.dataDir, "authority.json"));
  const cache = options.cache ? diskCache(options.cache, fingerprint([...INGEST_CODE, options.dataDir])) : undefined;
  const corpus = ingestDirectory(options.root, options.input, authority, cache, { maxFileSize: options.maxFileSize });
  return archiveRecords(corpus.articles, corpus.warnings, { authority });
}
