// `npm run bench [-- --sizes=1000,10000 --runs=3]`: this project against bare Eleventy (and Hugo
// when `hugo` is on the PATH), side by side on the same generated corpus, so speed is judged as
// a ratio measured on the same machine at the same moment (these machines are shared and noisy).
//
// For each size: generate the corpus once; then, `runs` times and in turn, a cold build of this
// project (ARCHIVE_CACHE=off), a bare Eleventy build, a Hugo build; then one warm build of this
// project (ingest cache kept, nothing changed). Reports medians, ms per article, the peak memory
// of each whole process tree, and writes bench/results.md. `--runs=3,1` gives one count per size.
//
// Every cold build writes into a folder of its own, new and empty, and the folders are deleted
// only once the size is done: deleting a site of 100,000 files between two runs would run
// alongside the next one (this project deletes an old site in the background), and on a disk
// without a journal (this machine's ext4) files made just after many were deleted cost much more
// to create (the kernel's recently_deleted check; 10–20 s of system time at 10,000 articles).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCorpus, writeEleventyBaseline, writeHugoBaseline } from "./bench/baselines.ts";
import { parseBuildLog, type BuildLog } from "./bench/build-log.ts";
import { measure, type Measured } from "./bench/measure.ts";
import { renderResults, type SizeResult } from "./bench/report.ts";
import { buildCommand } from "./bench/build-command.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(os.tmpdir(), "archive-bench");

interface Options {
  sizes: number[];
  runs: number[];
  hugo: boolean;
}

function parseOptions(argv: string[]): Options {
  const args = new Map(argv.map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
  const numbers = (value: string) => value.split(",").map(Number);
  const sizes = numbers(args.get("sizes") ?? "1000,10000");
  const runs = numbers(args.get("runs") ?? "3");
  if ([...sizes, ...runs].some((value) => !Number.isInteger(value) || value < 1) || (runs.length !== 1 && runs.length !== sizes.length)) {
    console.error("usage: npm run bench -- [--sizes=1000,10000] [--runs=3 | --runs=3,1 (one per size)]");
    process.exit(1);
  }
  return { sizes, runs: sizes.map((_, index) => runs[index] ?? runs[0]!), hugo: onPath("hugo") };
}

function onPath(command: string): boolean {
  return spawnSync(command, ["version"], { stdio: "ignore" }).status === 0;
}

function generateCorpus(size: number): string {
  const corpus = path.join(WORK, `corpus-${size}`);
  const generated = spawnSync("npx", ["tsx", "scripts/generate-corpus.ts", `--count=${size}`, `--out=${corpus}`], { cwd: ROOT, encoding: "utf8" });
  if (generated.status !== 0) throw new Error(`generate-corpus failed:\n${generated.stderr}`);
  return corpus;
}

/** This project, as a user runs it. `cache: false` is a cold build (no ingest cache read or written). */
async function buildProject(corpus: string, cache: boolean, output: string, extraArgs: string[] = []): Promise<Measured & { log: BuildLog }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVE_CACHE: cache ? "on" : "off" };
  // What `npm run build` runs (package.json's build script); bare Eleventy is run the same way, without npx or npm.
  const run = await measure(...buildCommand(ROOT, [`--input=${corpus}`, `--output=${output}`, ...extraArgs]), { cwd: ROOT, env });
  return { ...run, log: parseBuildLog(`${run.stdout}\n${run.stderr}`) };
}

/** The project's own Eleventy, run in the baseline folder so it finds no config but its own. */
function buildBareEleventy(dir: string, run: number): Promise<Measured> {
  return measure(path.join(ROOT, "node_modules/.bin/eleventy"), ["--input=src", `--output=_site-${run}`, "--quiet"], { cwd: dir });
}

function buildHugo(dir: string, run: number): Promise<Measured> {
  return measure("hugo", ["--quiet", "--source", dir, "--destination", path.join(dir, `public-${run}`)], { cwd: dir });
}

function say(size: number, what: string, run: Measured & { log?: BuildLog }): void {
  const search = run.log?.searchSeconds === undefined ? "" : `; search index ${run.log.searchSeconds.toFixed(2)} s of ${run.log.buildSeconds?.toFixed(2)} s (own log)`;
  console.log(`bench: ${size} articles, ${what}: ${run.seconds.toFixed(2)} s, peak ${Math.round(run.peakMb)} MB${search}`);
}

async function benchSize(size: number, runs: number, hugo: boolean): Promise<SizeResult> {
  const corpus = generateCorpus(size);
  const articles = readCorpus(corpus);
  const eleventyDir = path.join(WORK, `eleventy-${size}`);
  const hugoDir = path.join(WORK, `hugo-${size}`);
  writeEleventyBaseline(articles, eleventyDir);
  if (hugo) writeHugoBaseline(articles, hugoDir);
  const result: SizeResult = { size, runs, cold: [], bare: [], hugo: [], loadBefore: os.loadavg()[0]!, loadAfter: NaN };
  const projectSites = path.join(WORK, `sites-${size}`);
  for (let run = 1; run <= runs; run++) {
    result.cold.push(await buildProject(corpus, false, path.join(projectSites, `cold-${run}`)));
    say(size, `project cold ${run}/${runs}`, result.cold.at(-1)!);
    result.bare.push(await buildBareEleventy(eleventyDir, run));
    say(size, `bare Eleventy ${run}/${runs}`, result.bare.at(-1)!);
    if (hugo) {
      result.hugo.push(await buildHugo(hugoDir, run));
      say(size, `Hugo ${run}/${runs}`, result.hugo.at(-1)!);
    }
  }
  // The first cached build fills the ingest cache (if this corpus is new to it), built even though
  // the cold builds left the same site; the second is warm: nothing changed, the site is up to date.
  const warmSite = path.join(projectSites, "warm");
  say(size, "project, filling the cache", await buildProject(corpus, true, warmSite, ["--force"]));
  result.warm = await buildProject(corpus, true, warmSite);
  say(size, "project warm", result.warm);
  result.loadAfter = os.loadavg()[0]!;
  for (const dir of [eleventyDir, hugoDir, projectSites]) rmSync(dir, { recursive: true, force: true });
  return result;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  if (!options.hugo) console.log("bench: hugo is not on the PATH; its column stays empty (Debian: apt-get install -y hugo)");
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const results: SizeResult[] = [];
  let markdown = "";
  for (const [index, size] of options.sizes.entries()) {
    results.push(await benchSize(size, options.runs[index]!, options.hugo));
    // Written after every size, so a long run stopped part-way still leaves what it measured.
    markdown = renderResults(results, { command, cores: os.cpus().length, node: process.version, date: new Date(), memoryGb: os.totalmem() / 2 ** 30 });
    mkdirSync(path.join(ROOT, "bench"), { recursive: true });
    writeFileSync(path.join(ROOT, "bench/results.md"), markdown);
  }
  console.log(`\n${markdown}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
