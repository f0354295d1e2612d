// All input files → ArticleRecords plus one warning per file that could not be read.
// The only file I/O of the ingest stage; each file is handled on its own (linear, cacheable).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord, InputWarning } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { buildArticle } from "./article.ts";
import { readArticle } from "./read.ts";
import type { IngestCache } from "./cache.ts";

export interface Corpus {
  articles: ArticleRecord[];
  warnings: InputWarning[];
}

const UNDATED_MESSAGE = "no date stated and none can be inferred from the text; kept and shown as undated";

export function ingestDirectory(root: string, inputDir: string, authority: Authority, cache?: IngestCache): Corpus {
  const articles: ArticleRecord[] = [];
  const warnings: InputWarning[] = [];
  const seenIds = new Map<string, string>();
  // Byte order, not locale order, so every machine reads the files in the same sequence.
  const folder = path.resolve(root, inputDir);
  if (!existsSync(folder)) throw new Error(`input folder ${inputDir} does not exist`);
  // Hidden files (.DS_Store, editor swap files) are not articles; everything else is read or reported.
  const entries = readdirSync(folder, { withFileTypes: true }).filter((entry) => !entry.name.startsWith("."));
  const names = entries.map((entry) => entry.name).sort();
  const folders = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  for (const name of names) {
    // Records name their file relative to the project root, with forward slashes.
    const source = path.relative(root, path.join(folder, name)).split(path.sep).join("/");
    if (folders.has(name)) {
      warnings.push({ file: source, level: "error", message: "is a folder; put articles directly in the input folder" });
      continue;
    }
    try {
      const bytes = readFileSync(path.join(folder, name));
      let article = cache?.get(source, bytes);
      if (!article) {
        article = buildArticle(readArticle(bytes, source), authority);
        cache?.set(source, bytes, article);
      }
      const clash = seenIds.get(article.id);
      if (clash) {
        warnings.push({ file: source, level: "error", message: `same id "${article.id}" as ${clash}; rename one of them` });
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

/** Input errors already read `FILE: reason`; anything else is a bug, reported with the file. */
function reasonOf(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `${source}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : `could not be processed (${message})`;
}
