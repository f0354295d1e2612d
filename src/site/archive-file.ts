// Reads a ready-made published archive from a JSON file (a test fixture, or a saved build) and
// checks every record against the schema, so the site can be rendered without running the ingest.
import { readFileSync } from "node:fs";
import { describeIssues, PublishedArchive } from "../model/schema.ts";

const ArchiveFile = PublishedArchive.extend({ warnings: PublishedArchive.shape.warnings.default([]) });

export function loadArchiveFile(file: string): PublishedArchive {
  const parsed = ArchiveFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The file's archive, read on first use and again after `forget` (an edit under `npm start`). */
export function fixtureArchive(file: string): { load: () => PublishedArchive; forget: () => void } {
  let archive: PublishedArchive | undefined;
  return { load: () => (archive ??= loadArchiveFile(file)), forget: () => (archive = undefined) };
}
