// `npm run build [-- --strict] [-- --path-prefix=/archive/]`, and `npm start` (serve with
// live reload). Reads the articles, reports input problems one line per file, renders _site/.
import { rmSync } from "node:fs";
import Eleventy from "@11ty/eleventy";
import { loadArchive } from "../src/site/archive-data.ts";
import { formatWarning } from "../src/site/report.ts";
import { loadSiteSettings } from "../src/site/settings.ts";
import { describeSearchIndex, indexSearch } from "../src/search/index.ts";

interface BuildOptions {
  strict: boolean;
  serve: boolean;
  output: string;
}

function parseArgs(argv: string[]): BuildOptions {
  const options: BuildOptions = { strict: false, serve: false, output: "_site" };
  for (const arg of argv) {
    if (arg === "--strict") options.strict = true;
    else if (arg === "--serve") options.serve = true;
    else if (arg.startsWith("--path-prefix=")) process.env.PATH_PREFIX = arg.slice("--path-prefix=".length);
    else if (arg.startsWith("--site-url=")) process.env.SITE_URL = arg.slice("--site-url=".length);
    else if (arg.startsWith("--input=")) process.env.ARCHIVE_INPUT = arg.slice("--input=".length);
    else if (arg.startsWith("--output=")) options.output = arg.slice("--output=".length);
    else fail(`unknown option ${arg} (known: --strict, --serve, --path-prefix=/x/, --site-url=URL, --input=DIR, --output=DIR)`);
  }
  return options;
}

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();

  let archive;
  try {
    archive = loadArchive();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error)); // e.g. a bad data/authority.json
  }
  for (const warning of archive.warnings) console.error(formatWarning(warning));
  const errors = archive.warnings.filter((warning) => warning.level === "error").length;
  if (options.strict && errors > 0) fail(`${errors} input file(s) could not be read; --strict stops here`);

  // A clean output folder, so a removed article leaves no stale page behind.
  rmSync(options.output, { recursive: true, force: true });
  const eleventy = new Eleventy("templates", options.output, {
    configPath: ".eleventy.ts",
    quietMode: true,
    runMode: options.serve ? "serve" : "build",
  });
  if (options.serve) {
    await eleventy.init();
    await eleventy.watch();
    await eleventy.serve();
    return;
  }
  await eleventy.write();
  const search = await indexSearch(options.output, archive, loadSiteSettings(process.cwd()));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `build: ${archive.articles.length} articles, ${archive.events.length} events, ${archive.people.length} people` +
      ` → ${options.output}/ in ${seconds} s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB` +
      (errors ? ` (${errors} file(s) skipped, see above)` : "") +
      `; ${describeSearchIndex(search)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
