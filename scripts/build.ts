// `npm run build [-- --strict] [-- --path-prefix=/archive/]`, and `npm start` (serve with
// live reload). Reads the command line and the environment once, runs the pipeline, reports
// input problems one line per file, and renders the site.
import { rmSync } from "node:fs";
import path from "node:path";
import type { SiteSource } from "../.eleventy.ts";
import type { PublishedArchive } from "../src/model/schema.ts";
import { buildArchive } from "../src/pipeline.ts";
import { fixtureArchive } from "../src/site/archive-file.ts";
import { publishArchive } from "../src/site/publish.ts";
import { renderSite } from "../src/site/render-site.ts";
import { formatWarning } from "../src/site/report.ts";
import { loadSiteSettings } from "../src/site/settings.ts";
import { describeSearchIndex, type SearchIndexReport } from "../src/search/index.ts";
import { correctionProblemLines, reportSummary } from "../src/report/format.ts";

interface BuildOptions {
  strict: boolean;
  serve: boolean;
  input: string;
  /** Folder of the editor's data: authority.json, corrections.yaml (issue 11). */
  data: string;
  output: string;
  siteUrl: string | undefined;
  pathPrefix: string | undefined;
  /** A ready-made archive JSON to render instead of the input folder (ARCHIVE_FIXTURE). */
  fixture: string | undefined;
  /** Reuse records of unchanged files from `.cache/ingest` (ARCHIVE_CACHE=off for a cold run). */
  cache: boolean;
}

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): BuildOptions {
  const options: BuildOptions = {
    strict: false,
    serve: false,
    input: "seeds",
    data: "data",
    output: "_site",
    siteUrl: env.SITE_URL,
    pathPrefix: env.PATH_PREFIX,
    fixture: env.ARCHIVE_FIXTURE,
    cache: env.ARCHIVE_CACHE !== "off",
  };
  for (const arg of argv) {
    if (arg === "--strict") options.strict = true;
    else if (arg === "--serve") options.serve = true;
    else if (arg.startsWith("--path-prefix=")) options.pathPrefix = arg.slice("--path-prefix=".length);
    else if (arg.startsWith("--site-url=")) options.siteUrl = arg.slice("--site-url=".length);
    else if (arg.startsWith("--input=")) options.input = arg.slice("--input=".length);
    else if (arg.startsWith("--output=")) options.output = arg.slice("--output=".length);
    else if (arg.startsWith("--data=")) options.data = arg.slice("--data=".length);
    else fail(`unknown option ${arg} (known: --strict, --serve, --path-prefix=/x/, --site-url=URL, --input=DIR, --data=DIR, --output=DIR)`);
  }
  return options;
}

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(1);
}

/** The pipeline's archive, published; run again after `forget` (a change under `npm start`). */
function pipelineArchive(options: BuildOptions, root: string): { load: () => PublishedArchive; forget: () => void } {
  let archive: PublishedArchive | undefined;
  const load = () => {
    if (archive) return archive;
    const built = buildArchive({ input: options.input, dataDir: path.resolve(root, options.data), cache: options.cache ? path.join(root, ".cache/ingest") : null, root });
    for (const warning of built.warnings) console.error(formatWarning(warning));
    for (const line of built.report ? correctionProblemLines(built.report) : []) console.error(line); // the editor's desk (issue 11)
    return (archive = publishArchive(built));
  };
  return { load, forget: () => (archive = undefined) };
}

async function main(): Promise<void> {
  const root = process.cwd();
  const options = parseArgs(process.argv.slice(2), process.env);
  const started = performance.now();

  let site;
  let archive;
  try {
    site = loadSiteSettings(root, { url: options.siteUrl, pathPrefix: options.pathPrefix });
    archive = options.fixture ? fixtureArchive(options.fixture) : pipelineArchive(options, root);
    archive.load();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error)); // e.g. a bad data/authority.json
  }
  const warnings = archive.load().warnings;
  const errors = warnings.filter((warning) => warning.level === "error").length;
  // An undated article is kept with a warning; --strict fails on warnings as on errors.
  if (options.strict && warnings.length > 0) fail(`${warnings.length} input file(s) could not be read or dated; --strict stops here`);
  // The editor's desk (issue 11): corrections that could not be applied or match nothing.
  const { invalidCorrections, staleCorrections } = archive.load().report;
  const unapplied = invalidCorrections.length + staleCorrections.length;
  if (options.strict && unapplied > 0) fail(`${unapplied} correction(s) could not be applied (see above); --strict stops here`);

  let search: SearchIndexReport | undefined;
  const source: SiteSource = {
    site,
    archive: archive.load,
    forget: archive.forget,
    watch: [options.input, options.data],
    onSearchIndexed: (report) => (search = report),
  };
  // A clean output folder, so a removed article leaves no stale page behind.
  rmSync(options.output, { recursive: true, force: true });
  if (options.serve) return renderSite(source, options.output, "serve");
  await renderSite(source, options.output);

  const { articles, events, people } = archive.load();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `build: ${articles.length} articles, ${events.length} events, ${people.length} people` +
      ` → ${options.output}/ in ${seconds} s, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB` +
      (errors ? ` (${errors} file(s) skipped, see above)` : "") +
      (search ? `; ${describeSearchIndex(search)}` : ""),
  );
  const summary = reportSummary(archive.load().report); // the editor's desk (issue 11)
  if (summary) console.log(`${summary} → ${options.output}/report/ (npm run check lists every line)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
