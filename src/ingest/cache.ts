// Content-addressed cache of ArticleRecords: a file is re-ingested only when its bytes, its
// path, the ingest code or the authority data change. Stored under .cache/ (git-ignored).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ArticleRecord } from "../model/schema.ts";

export interface IngestCache {
  get(source: string, bytes: Uint8Array): ArticleRecord | undefined;
  set(source: string, bytes: Uint8Array, article: ArticleRecord): void;
}

/** Hash of every file the records depend on besides the input: the code and the editor's data (folders or single files). */
export function fingerprint(paths: string[]): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(path.relative(dir, full)).update(readFileSync(full));
    }
  };
  for (const entry of paths) {
    if (statSync(entry).isDirectory()) walk(entry);
    else hash.update(path.basename(entry)).update(readFileSync(entry));
  }
  return hash.digest("hex");
}

export function diskCache(cacheDir: string, codeFingerprint: string): IngestCache {
  try {
    mkdirSync(cacheDir, { recursive: true });
  } catch {
    // Nowhere to keep records (a read-only checkout): every build ingests afresh.
    return { get: () => undefined, set: () => undefined };
  }
  const fileFor = (source: string, bytes: Uint8Array): string =>
    path.join(cacheDir, createHash("sha256").update(codeFingerprint).update(source).update(bytes).digest("hex") + ".json");
  return {
    get(source, bytes) {
      try {
        const parsed = ArticleRecord.safeParse(JSON.parse(readFileSync(fileFor(source, bytes), "utf8")));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined; // not cached yet, or unreadable: ingest afresh
      }
    },
    set(source, bytes, article) {
      try {
        writeFileSync(fileFor(source, bytes), JSON.stringify(article));
      } catch {
        // A full disk or a read-only checkout only costs the next build the same work again.
      }
    },
  };
}

/**
 * The records of the last build kept in memory, for the next build of the same process (`npm start`):
 * a rebuild after an edit reads and checks again only the files that changed, instead of every
 * record from the disk cache. Only what the last build read is kept, so memory follows the archive.
 */
export class RecordMemory {
  private last = new Map<string, ArticleRecord>();
  private next = new Map<string, ArticleRecord>();

  /** `cache` (or no cache) behind this memory, for one build; `settle` when the build has read its files. */
  around(cache: IngestCache | undefined, codeFingerprint: string): IngestCache {
    const keyFor = (source: string, bytes: Uint8Array) => createHash("sha256").update(codeFingerprint).update(source).update("\u0000").update(bytes).digest("base64");
    return {
      get: (source, bytes) => {
        const key = keyFor(source, bytes);
        const record = this.last.get(key) ?? this.next.get(key) ?? cache?.get(source, bytes);
        if (record) this.next.set(key, deepFreeze(record));
        return record;
      },
      set: (source, bytes, article) => {
        cache?.set(source, bytes, article);
        this.next.set(keyFor(source, bytes), deepFreeze(article));
      },
    };
  }

  /** Ends a build: records it did not read are forgotten. */
  settle(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

/** Frozen all the way down: a record shared between builds must not be changed by one of them. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
