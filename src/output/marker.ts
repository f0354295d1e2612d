// The file that marks a folder as this tool's output. The build only ever replaces or empties a
// folder holding it (or an empty one), so a mistyped --output can never delete a user's files.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MARKER_FILE = ".news-archive-output";

const MARKER_TEXT =
  "This folder is written by the news archive's build (npm run build) and replaced whole by each\n" +
  "build. Anything put here by hand will be removed; keep your own files elsewhere.\n";

export function writeMarker(folder: string): void {
  writeFileSync(path.join(folder, MARKER_FILE), MARKER_TEXT);
}

/**
 * True when `folder` was written by this tool: it holds the marker, or (built before the marker
 * existed) the files every build writes: its home page, open data and search index.
 */
export function isToolOutput(folder: string): boolean {
  if (existsSync(path.join(folder, MARKER_FILE))) return true;
  return ["index.html", "api/articles.json", "pagefind/pagefind-entry.json"].every((file) => existsSync(path.join(folder, file)));
}

export function isEmptyFolder(folder: string): boolean {
  return readdirSync(folder).length === 0;
}
