// `npm start` rebuilds into the folder it serves, and Eleventy only ever adds files: a deleted
// article's page would stay online. After each rebuild, what it did not write is removed.
import { readdirSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Removes every file under `folder` that is not in `written` (absolute paths) and not under one of
 * `kept` (relative folders written by other means: copied assets, the search index, the marker).
 * Returns the removed files, relative, in order.
 */
export function removeUnwritten(folder: string, written: ReadonlySet<string>, kept: readonly string[]): string[] {
  const removed: string[] = [];
  const isKept = (relative: string) => kept.some((prefix) => relative === prefix || relative.startsWith(`${prefix}/`));
  const walk = (relative: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(folder, child);
      if (isKept(child)) empty = false;
      else if (entry.isDirectory()) {
        if (walk(child)) rmdirSync(full);
        else empty = false;
      } else if (written.has(full)) empty = false;
      else {
        rmSync(full);
        removed.push(child);
      }
    }
    return empty;
  };
  walk("");
  return removed;
}
