// All input files → ArticleRecords plus one warning per file that could not be read.
// The only file I/O of the ingest stage; each file is handled on its own (linear, cacheable).
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord, InputWarning } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { quotePath } from "../text/quote-path.ts";
import { formatSize } from "../util/size.ts";
import { buildArticle } from "./article.ts";
import { readArticle } from "./read.ts";
import type { IngestCache } from "./cache.ts";

export interface Corpus {
  articles: ArticleRecord[];
  warnings: InputWarning[];
}

const UNDATED_MESSAGE = "no date stated and none can be inferred from the text; kept and shown as undated";

/** Larger than any press article by far: a bigger file is a scraped page or a mistake. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export interface IngestLimits {
  /** Files over this many bytes are reported and skipped. */
  maxFileSize?: number;
}

/** A file of the input folder: its name in records, its path, and why it is not read (or null). */
export interface InputFile {
  source: string;
  path: string;
  refusal: string | null;
}

/** The input folder's files in byte order (not locale order: every machine reads them in the same sequence). */
export function inputFiles(root: string, inputDir: string, limits: IngestLimits = {}): InputFile[] {
  const maxFileSize = limits.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const folder = path.resolve(root, inputDir);
  if (!existsSync(folder)) throw new Error(`input folder ${quotePath(inputDir)} does not exist`);
  if (!statSync(folder).isDirectory()) throw new Error(`input ${quotePath(inputDir)} is a file, not a folder of articles`);
  const realFolder = realpathSync(folder);
  // Hidden files (.DS_Store, editor swap files) are not articles; everything else is read or reported.
  const names = readdirSync(folder).filter((name) => !name.startsWith(".")).sort();
  return names.map((name) => ({
    // Records name their file relative to the project root, with forward slashes.
    source: path.relative(root, path.join(folder, name)).split(path.sep).join("/"),
    path: path.join(folder, name),
    refusal: refuseFile(path.join(folder, name), realFolder, maxFileSize),
  }));
}

export function ingestDirectory(root: string, inputDir: string, authority: Authority, cache?: IngestCache, limits: IngestLimits = {}): Corpus {
  return ingestFiles(inputFiles(root, inputDir, limits), authority, cache);
}

/** The records of `files` (from inputFiles), one warning per file refused or unreadable. */
export function ingestFiles(files: readonly InputFile[], authority: Authority, cache?: IngestCache): Corpus {
  const articles: ArticleRecord[] = [];
  const warnings: InputWarning[] = [];
  const seenIds = new Map<string, string>();
  for (const { source, path: file, refusal } of files) {
    if (refusal) {
      warnings.push({ file: source, level: "error", message: refusal });
      continue;
    }
    try {
      const bytes = readFileSync(file);
      let article = cache?.get(source, bytes);
      if (!article) {
        article = buildArticle(readArticle(bytes, source), authority);
        cache?.set(source, bytes, article);
      }
      const clash = seenIds.get(article.id);
      if (clash) {
        warnings.push({ file: source, level: "error", message: `same id "${article.id}" as ${quotePath(clash)}; rename one of them` });
        continue;
      }
      seenIds.set(article.id, source);
      articles.push(article);
      // Kept, shown as undated, and said here (a cached record says it again on every build).
      if (article.published === null) warnings.push({ file: source, level: "warning", message: UNDATED_MESSAGE });
    } catch (error) {
      warnings.push({ file: source, level: "error", message: reasonOf(error, source) });
    }
  }
  return { articles, warnings };
}

/** Why a file is not read at all: a link leaving the input folder, a folder, or a file too big to be an article. */
function refuseFile(file: string, realFolder: string, maxFileSize: number): string | null {
  // Only a link can lead outside the folder: the others are not resolved (at 10,000 files that took 0.6 s).
  let stats = lstatSync(file, { throwIfNoEntry: false });
  if (!stats || stats.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return "is a link to nothing (its target does not exist)";
    }
    const inside = path.relative(realFolder, real);
    if (inside.startsWith("..") || path.isAbsolute(inside)) {
      return `is a link to ${quotePath(real)}, outside the input folder; links may not leave it, copy the file in instead`;
    }
    stats = statSync(real);
  }
  if (stats.isDirectory()) return "is a folder; put articles directly in the input folder";
  if (stats.size > maxFileSize) {
    return `is ${formatSize(stats.size)}, over the ${formatSize(maxFileSize)} limit for one article (a scraped page?); trim it, or raise the limit with --max-file-size`;
  }
  return null;
}

/** Input errors already read `FILE: reason`; anything else is a bug, reported with the file. */
function reasonOf(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `${source}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : `could not be processed (${message})`;
}
