// `npm run build [-- --strict] [-- --path-prefix=/archive/]`, and `npm start` (serve with
// live reload). Reads the command line and the environment once, checks every folder and setting
// before touching anything, runs the pipeline, reports input problems one line per file, renders
// the site beside the output folder and swaps it in only when it is complete. Any failure ends
// in one line (`build: …`, exit 1); the previous site is left as it was.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SiteSource } from "../.eleventy.ts";
import type { PublishedArchive } from "../src/model/schema.ts";
import { parseBuildOptions, type BuildOptions } from "../src/cli/build-options.ts";
import { fail, failOnUncaught, oneLine } from "../src/cli/fatal.ts";
import { displayPath } from "../src/model/data-file.ts";
import { writeAtomically } from "../src/output/atomic.ts";
import { checkInputFolder, checkOutputFolder, projectFolders } from "../src/output/guard.ts";
import { onInterrupt } from "../src/output/interrupt.ts";
import { acquireLock } from "../src/output/lock.ts";
import { writeMarker } from "../src/output/marker.ts";
import { currentStamp, inputsFingerprint, stampFileFor, writeStamp } from "../src/output/up-to-date.ts";
import { loadSiteSettings } from "../src/site/settings.ts";
import type { SearchIndexReport } from "../src/search/index.ts";

interface ArchiveLoader {
  /** Builds the records ahead, on every core, for the next `load` (a rebuild under `npm start` skips it: it re-reads only what changed). */
  prepare?: () => Promise<void>;
  load: () => PublishedArchive;
  forget: () => void;
}

/**
 * The stages' code, loaded only once it is needed: ingest reads data/*.json as it loads (a broken
 * file must end in one line like any other failure), and a refusal or an up-to-date site needs none of it.
 */
async function loadStages() {
  return {
    ...(await import("../src/pipeline.ts")),
    ...(await import("../src/ingest/cache.ts")),
    ...(await import("../src/site/publish.ts")),
    ...(await import("../src/site/report.ts")),
    ...(await import("../src/report/format.ts")),
    ...(await import("../src/site/archive-file.ts")),
    ...(await import("../src/site/render-site.ts")),
    ...(await import("../src/search/index.ts")),
  };
}
type Stages = Awaited<ReturnType<typeof loadStages>>;

/**
 * The pipeline's archive, published; run again after `forget` (a change under `npm start`).
 * Serving, a failed run (a broken data file mid-edit) is reported and the last good archive kept.
 */
function pipelineArchive(stages: Stages, options: BuildOptions, root: string, notices: string[] = []): ArchiveLoader {
  const { buildArchive, ingestAheadOf, publishArchive, formatWarning, correctionProblemLines } = stages;
  let archive: PublishedArchive | undefined;
  let lastGood: PublishedArchive | undefined;
  // `npm start`: the records stay in memory between rebuilds; an edit re-reads only its file.
  const memory = options.serve ? new stages.RecordMemory() : undefined;
  const pipeline = {
    input: options.input,
    dataDir: path.resolve(root, options.data),
    cache: options.cache ? path.join(root, ".cache/ingest") : null,
    root,
    maxFileSize: options.maxFileSize,
    memory,
  };
  let ahead: Awaited<ReturnType<typeof ingestAheadOf>> | undefined;
  const prepare = async () => {
    if (!archive) ahead = await ingestAheadOf(pipeline);
  };
  const load = () => {
    if (archive) return archive;
    try {
      const built = buildArchive({ ...pipeline, ahead });
      ahead = undefined;
      notices.length = 0;
      // The editor's desk (issue 11). A loop, not push(...): a big archive can have more warnings than a call can take arguments.
      for (const line of [...built.warnings.map(formatWarning), ...(built.report ? correctionProblemLines(built.report) : [])]) notices.push(line);
      for (const line of notices) console.error(line);
      return (archive = lastGood = publishArchive(built));
    } catch (error) {
      if (!options.serve || !lastGood) throw error;
      console.error(`error: ${oneLine(error)}; still showing the last good build`);
      return (archive = lastGood);
    }
  };
  return { prepare, load, forget: () => (archive = undefined) };
}

/** Everything a build reads besides its settings: the articles, the editor's data, the code, the templates, the package versions. */
function buildInputs(root: string, options: BuildOptions): string[] {
  const project = ["src", "templates", "scripts", ".eleventy.ts", "package-lock.json"].map((entry) => path.join(root, entry));
  return [path.resolve(root, options.input), path.resolve(root, options.data), ...project];
}

async function main(options: BuildOptions): Promise<void> {
  const root = process.cwd();
  const started = performance.now();

  // 1. Settings and folders, checked before anything is read or written.
  const site = loadSiteSettings(root, {
    url: options.siteUrl,
    urlFrom: options.siteUrlFrom,
    pathPrefix: options.pathPrefix,
    pathPrefixFrom: options.pathPrefixFrom,
  });
  if (!options.fixture) checkInputFolder(options.input, root);
  const output = checkOutputFolder(options.output, projectFolders(root, options.fixture ? null : options.input, options.data));
  const shownOutput = displayPath(output);

  // 2. One build per output folder at a time; `npm start` holds it for as long as it serves.
  const lock = await acquireLock(output, {
    mode: options.serve ? "serve" : "build",
    waitSeconds: options.waitSeconds,
    onWait: (message) => console.error(`build: ${message}`),
  });
  let swapped = false;
  onInterrupt((signal) => {
    lock.release();
    if (signal && !options.serve) console.error(`build: interrupted; ${swapped ? `the new site is in place in ${shownOutput}` : `${shownOutput} is as it was`}`);
  });
  try {
    // 3. Nothing changed since the site in the output folder was written: it stays as it is.
    const stampFile = stampFileFor(root, output);
    const inputs = options.fixture || options.serve ? null : inputsFingerprint(buildInputs(root, options), { site, options: { ...options, debug: false, waitSeconds: 0, force: false } });
    const stamp = inputs && options.cache && !options.force ? currentStamp(stampFile, output) : null;
    if (stamp && stamp.inputs === inputs && !(options.strict && stamp.notices.length)) {
      for (const line of stamp.notices) console.error(line);
      console.log(`build: nothing changed since the last build; ${shownOutput}/ is up to date (--force builds it again)`);
      lock.release();
      return;
    }
    const notices: string[] = [];

    // 4. The records.
    const stages = await loadStages();
    const { renderSite, describeSearchIndex, reportSummary } = stages;
    const archive: ArchiveLoader = options.fixture ? stages.fixtureArchive(options.fixture) : pipelineArchive(stages, options, root, notices);
    await archive.prepare?.();
    const { articles, warnings, report } = archive.load();
    const errors = warnings.filter((warning) => warning.level === "error").length;
    // An undated or doubtfully dated article is kept with a warning; --strict fails on warnings as on errors.
    if (options.strict && warnings.length > 0) {
      throw new Error(`${warnings.length} input file(s) could not be read or dated; --strict stops here, ${shownOutput} is as it was`);
    }
    // The editor's desk (issue 11): corrections that could not be applied or match nothing.
    const unapplied = report ? report.invalidCorrections.length + report.staleCorrections.length : 0;
    if (options.strict && unapplied > 0) throw new Error(`${unapplied} correction(s) could not be applied (see above); --strict stops here, ${shownOutput} is as it was`);
    if (articles.length === 0 && !options.allowEmpty) {
      throw new Error(
        `no article could be read from ${displayPath(path.resolve(root, options.input))}; ${shownOutput} is left as it was (--allow-empty builds an empty archive)`,
      );
    }

    let search: SearchIndexReport | undefined;
    const source: SiteSource = {
      site,
      archive: archive.load,
      forget: archive.forget,
      watch: [options.input, options.data],
      searchShardSize: options.searchShardSize,
      onSearchIndexed: (report) => {
        search = report;
        // `npm start`: the search index follows the pages by a few seconds; say when it has.
        if (options.serve) console.log(`${describeSearchIndex(report)} (updated)`);
      },
    };

    // 5a. `npm start`: render in place and keep watching (stale pages are removed after each rebuild).
    if (options.serve) {
      mkdirSync(output, { recursive: true });
      writeMarker(output);
      return await renderSite(source, output, "serve");
    }

    // 5b. Render beside the output folder; swap it in only once complete.
    const published = await writeAtomically(
      output,
      (folder) => renderSite(source, folder, "build", { debug: options.debug }),
      () => (swapped = true),
    ).catch((error: unknown) => {
      throw new Error(`the new site could not be written (${oneLine(error)}); ${shownOutput} is as it was`, { cause: error });
    });
    if (inputs) writeStamp(stampFile, output, inputs, notices);
    lock.release();

    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `build: ${articles.length} articles, ${archive.load().events.length} events, ${archive.load().people.length} people` +
        ` → ${shownOutput}/${published === "synced" ? " (mount point: updated file by file)" : ""} in ${seconds} s,` +
        ` peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB` +
        (errors ? ` (${errors} file(s) skipped, see above)` : "") +
        (search ? `; ${describeSearchIndex(search)}` : ""),
    );
    const summary = report ? reportSummary(report) : ""; // the editor's desk (issue 11)
    if (summary) console.log(`${summary} → ${shownOutput}/report/ (npm run check lists every line)`);
  } catch (error) {
    lock.release();
    throw error;
  }
}

const debug = process.argv.includes("--debug");
failOnUncaught("build", debug);
let options: BuildOptions;
try {
  options = parseBuildOptions(process.argv.slice(2), process.env);
} catch (error) {
  fail("build", error, debug);
}
main(options).catch((error: unknown) => fail("build", error, debug));
