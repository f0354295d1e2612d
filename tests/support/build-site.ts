// Renders the site from a ready-made archive file (no ingest), through the same Eleventy set-up
// as the build:
//   npx tsx tests/support/build-site.ts ARCHIVE_JSON OUT_DIR [/prefix/]
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fixtureArchive } from "../../src/site/archive-file.ts";
import { renderSite } from "../../src/site/render-site.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function buildSite(archiveFile: string, output: string, pathPrefix = "/"): Promise<void> {
  rmSync(output, { recursive: true, force: true });
  const archive = fixtureArchive(archiveFile);
  const site = loadSiteSettings(projectRoot, { pathPrefix });
  await renderSite({ site, archive: archive.load, forget: archive.forget, watch: [] }, output);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [archiveFile, output = "_site", prefix] = process.argv.slice(2);
  if (!archiveFile) throw new Error("usage: build-site.ts ARCHIVE_JSON [OUT_DIR] [/prefix/]");
  await buildSite(path.resolve(archiveFile), path.resolve(output), prefix);
  console.log(`built ${output}`);
}
