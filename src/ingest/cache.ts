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
