// Renders the site with Eleventy directly (no ingest report), e.g. from a fixture archive:
//   ARCHIVE_FIXTURE=tests/fixtures/archive.json npx tsx tests/support/build-site.ts OUT_DIR [/prefix/]
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function buildSite(output: string): Promise<void> {
  rmSync(output, { recursive: true, force: true });
  const eleventy = new Eleventy(path.join(projectRoot, "templates"), output, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
  });
  await eleventy.write();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [output = "_site", prefix] = process.argv.slice(2);
  if (prefix) process.env.PATH_PREFIX = prefix;
  await buildSite(path.resolve(output));
  console.log(`built ${output}`);
}
