// A build whose inputs are all as they were when the site in the output folder was written has
// nothing to do: the build depends on nothing else (not the clock, the time zone or the locale),
// so every file would come out the same, byte for byte. What the inputs were, what the site was
// and what the build printed are kept in a stamp under .cache/ (not in the site, which is
// published); a build finding them unchanged says so, repeats the warnings of then, and leaves
// the site as it is.
import { createHash, type Hash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the stamp of the site in `output` is kept, under the project's `.cache/`. */
export function stampFileFor(root: string, output: string): string {
  return path.join(root, ".cache", "build-stamps", `${createHash("sha256").update(path.resolve(output)).digest("hex").slice(0, 32)}.json`);
}

export interface BuildStamp {
  inputs: string;
  site: string;
  /** What the build printed about its input (warnings, corrections it could not apply), line by line. */
  notices: string[];
}

/**
 * The fingerprint of everything a build reads: the files and folders given (articles, the editor's
 * data, the code and templates, the locked package versions), the settings, and Node's version.
 */
export function inputsFingerprint(paths: readonly string[], settings: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(settings)).update(process.version);
  for (const entry of paths) {
    hash.update(`\0${entry}\0`);
    if (existsSync(entry)) addTree(hash, entry, (file) => readFileSync(file));
  }
  return hash.digest("base64");
}

/** The fingerprint of a written site: every file's path, size and modification time. */
export function siteFingerprint(folder: string): string {
  const hash = createHash("sha256");
  addTree(hash, folder, (file) => {
    const stats = statSync(file);
    return `${stats.size}:${stats.mtimeMs}`;
  });
  return hash.digest("base64");
}

function addTree(hash: Hash, entry: string, contentOf: (file: string) => string | Buffer, isFolder = statSync(entry).isDirectory()): void {
  if (!isFolder) {
    hash.update(contentOf(entry));
    return;
  }
  // The folder's listing says which entries are folders: no second stat per file (100,000 files at 10,000 articles).
  const children = readdirSync(entry, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) {
    const full = path.join(entry, child.name);
    hash.update(`\0${child.name}\0`);
    addTree(hash, full, contentOf, child.isDirectory() || (child.isSymbolicLink() && statSync(full).isDirectory()));
  }
}

/** The stamp of the site in `output`, if it is still the site the stamp describes. */
export function currentStamp(stampFile: string, output: string): BuildStamp | null {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8")) as BuildStamp;
    if (typeof stamp.inputs !== "string" || !Array.isArray(stamp.notices)) return null;
    return stamp.site === siteFingerprint(output) ? stamp : null;
  } catch {
    return null; // no stamp, or not ours: build
  }
}

/** Remembers the site just written to `output`; a cache that cannot be written only costs the next build. */
export function writeStamp(stampFile: string, output: string, inputs: string, notices: string[]): void {
  const stamp: BuildStamp = { inputs, site: siteFingerprint(output), notices };
  try {
    mkdirSync(path.dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  } catch {
    // a read-only checkout: every build builds
  }
}
