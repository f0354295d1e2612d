// Pagefind writes more than the search page loads: its prebuilt UIs, a shared-worker script and a
// WebAssembly search core for every language it knows. The page has its own small script, runs
// Pagefind in its own thread and only ever loads the core named in pagefind-entry.json, so the
// rest is removed rather than deployed. Of a shard after the first (see shards.ts) the page loads
// only the index (it uses the first shard's script and search core), so those go too.

import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";

const SHARD_FOLDER = /^shard-\d+[\\/]/;
const UNUSED_SCRIPTS = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;

interface PagefindEntry {
  /** `wasm` is null for a language without its own core (no stemmer); the page then loads `unknown`. */
  languages: Record<string, { wasm?: string | null }>;
}

export interface BundleSize {
  files: number;
  bytes: number;
}

/**
 * Removes what the search page never loads from a Pagefind bundle's folder, then measures what is
 * left; `script: false` also removes its `pagefind.js` and search core. Only the folder's own
 * files: a shard in a folder below it is pruned and measured on its own.
 */
export async function pruneBundle(folder: string, { script = true } = {}): Promise<BundleSize> {
  const entry = JSON.parse(await readFile(path.join(folder, "pagefind-entry.json"), "utf8")) as PagefindEntry;
  const cores = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? "unknown"}.pagefind`));
  const unused = (name: string) =>
    UNUSED_SCRIPTS.test(name) || (!script && name === "pagefind.js") || (/^wasm\..+\.pagefind$/.test(name) && (!script || !cores.has(name)));
  const size: BundleSize = { files: 0, bytes: 0 };
  for (const item of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(item.parentPath, item.name);
    if (!item.isFile() || SHARD_FOLDER.test(path.relative(folder, file))) continue;
    if (unused(item.name)) {
      await rm(file);
    } else {
      size.files += 1;
      size.bytes += (await stat(file)).size;
    }
  }
  return size;
}
