// Open data with one file per record (`api/articles/<id>.json`, `api/events/<id>.json`) is written
// straight into the output rather than as Eleventy pages: each is one JSON.stringify, and as
// thousands of template pages it paid Eleventy's per-page work (data cascade, permalink, write
// queue) for nothing a template adds.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PublishedArchive } from "../model/schema.ts";
import { withCameo } from "./exports/cameo.ts";
import { toJson } from "./filters.ts";
import type { Places } from "./places.ts";

/** Writes every article's and event's record file under `output`; returns their absolute paths. */
export function writeRecordFiles(output: string, archive: Pick<PublishedArchive, "articles" | "events">, places: Places): string[] {
  const written: string[] = [];
  const write = (folder: string, id: string, value: unknown) => {
    const file = path.resolve(output, "api", folder, `${id}.json`);
    writeFileSync(file, toJson(value));
    written.push(file);
  };
  mkdirSync(path.join(output, "api", "articles"), { recursive: true });
  mkdirSync(path.join(output, "api", "events"), { recursive: true });
  for (const article of archive.articles) write("articles", article.id, article);
  for (const event of archive.events) write("events", event.id, withCameo(event, places));
  return written;
}
