// The Archive the site renders: normally the one built from the input folder; with
// ARCHIVE_FIXTURE=path/to/archive.json a ready-made one (tests, or rendering without ingest).
// The ingest is imported lazily, so a fixture build does not even load it.
import type { Archive } from "../model/schema.ts";
import { loadArchiveFile } from "./archive-file.ts";

export async function siteArchive(env: NodeJS.ProcessEnv = process.env): Promise<Archive> {
  if (env.ARCHIVE_FIXTURE) return loadArchiveFile(env.ARCHIVE_FIXTURE);
  const { loadArchive } = await import("./archive-data.ts");
  return loadArchive();
}
