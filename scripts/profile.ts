// `npm run profile [-- --count=1000 --top=25]`: one cold build of a generated corpus under V8's
// CPU profiler, then where its time went: the top functions by self time and the time per file
// area (Eleventy, Nunjucks, our ingest/archive/site/search code…). The .cpuprofile is kept, to open
// in Chrome DevTools (Performance → Load profile) or speedscope.
//
// Only the build's Node process is profiled: time the Pagefind binary spends indexing shows up
// here as `(idle)` while Node waits for it.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseBuildLog } from "./bench/build-log.ts";
import { definitionLine, profileMs, timeByArea, timeUnder, topFunctions, type CallFrame, type CpuProfile } from "./bench/cpu-profile.ts";
import { buildCommand } from "./bench/build-command.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(os.tmpdir(), "archive-profile");

interface Options {
  count: number;
  top: number;
  /** An existing .cpuprofile to read instead of building (`--from=file`). */
  from?: string;
}

function parseOptions(argv: string[]): Options {
  const args = new Map(argv.map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
  const count = Number(args.get("count") ?? 1000);
  const top = Number(args.get("top") ?? 25);
  if (![count, top].every((value) => Number.isInteger(value) && value > 0)) {
    console.error("usage: npm run profile -- [--count=1000] [--top=25] [--from=existing.cpuprofile]");
    process.exit(1);
  }
  return { count, top, from: args.get("from") };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr.slice(-3000)}`);
  return `${result.stdout}${result.stderr}`;
}

/** A cold build under the profiler (`--cpu-prof` is refused in NODE_OPTIONS, so it goes on the command line). */
function profiledBuild(corpus: string, profileDir: string): { log: string; profileFile: string } {
  rmSync(profileDir, { recursive: true, force: true });
  const output = path.join(WORK, "site");
  const [node, args] = buildCommand(ROOT, [`--input=${corpus}`, `--output=${output}`], ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  // Through tsx, not the compiled bundle (scripts/compiled.mjs): the profile names each source file.
  const log = run(node, args, { ...process.env, ARCHIVE_CACHE: "off", ARCHIVE_COMPILED: "off" });
  rmSync(output, { recursive: true, force: true });
  // One file per Node process; the build is the only one that profiles (the biggest, to be sure).
  const files = readdirSync(profileDir).filter((name) => name.endsWith(".cpuprofile")).map((name) => path.join(profileDir, name));
  const profileFile = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!profileFile) throw new Error(`no .cpuprofile written in ${profileDir}`);
  return { log, profileFile };
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number, width: number, digits = 0) => value.toFixed(digits).padStart(width);

/** `src/x.ts:1` → `src/x.ts:42`: tsx compiles each .ts file onto one line, so look the name up in the source. */
function sourceLocation(location: string, name: string): string {
  const file = /^(src\/.+\.ts):1$/.exec(location)?.[1];
  if (!file) return location;
  const line = definitionLine(readFileSync(path.join(ROOT, file), "utf8"), name);
  return line ? `${file}:${line}` : file;
}

function printTopFunctions(profile: CpuProfile, top: number, totalMs: number): void {
  console.log(`\nTop ${top} functions by self time (ms, % of the whole profile):`);
  for (const fn of topFunctions(profile, pathToFileURL(ROOT).href, top)) {
    console.log(`${num(fn.selfMs, 8)} ${num((100 * fn.selfMs) / totalMs, 5, 1)} %  ${pad(fn.name, 32)} ${sourceLocation(fn.location, fn.name)}`);
  }
}

/** Named slices of the time that the file areas blur: what the next optimisation would remove. */
const PROBES: Array<{ label: string; matches: (frame: CallFrame) => boolean }> = [
  {
    label: "Nunjucks compiling templates during the run",
    matches: (frame) => frame.functionName === "_compile" && frame.url.endsWith("node_modules/nunjucks/src/environment.js"),
  },
  { label: "Nunjucks Template.render, compiling included", matches: (frame) => frame.functionName === "render" && frame.url.endsWith("node_modules/nunjucks/src/environment.js") },
  { label: "article bodies (renderArticleBody)", matches: (frame) => frame.functionName === "renderArticleBody" },
];

function printProbes(profile: CpuProfile, totalMs: number, pages: number | undefined): void {
  console.log(`\nSlices (time with the function on the stack):`);
  for (const probe of PROBES) {
    const ms = timeUnder(profile, probe.matches);
    const perPage = pages ? `, ${(ms / pages).toFixed(2)} ms per page written` : "";
    console.log(`${num(ms, 8)} ${num((100 * ms) / totalMs, 5, 1)} %  ${probe.label}${perPage}`);
  }
}

function printAreas(profile: CpuProfile, totalMs: number, articles: number | undefined, pages: number | undefined): void {
  console.log(`\nTime by file area: self = its own code running; on stack = its code anywhere on the stack (overlaps).`);
  console.log(`${pad("area", 28)} ${"self ms".padStart(9)} ${"self %".padStart(7)} ${"on stack ms".padStart(12)} ${"ms/article".padStart(11)} ${"ms/page".padStart(8)}`);
  for (const area of timeByArea(profile, pathToFileURL(ROOT).href)) {
    if (area.selfMs < totalMs / 1000 && area.totalMs < totalMs / 100) continue; // below 0.1 % self and 1 % on stack
    const perPage = pages ? num(area.selfMs / pages, 8, 2) : "–".padStart(8);
    const perArticle = articles ? num(area.selfMs / articles, 11, 2) : "–".padStart(11);
    console.log(
      `${pad(area.area, 28)} ${num(area.selfMs, 9)} ${num((100 * area.selfMs) / totalMs, 6, 1)}% ${num(area.totalMs, 12)} ${perArticle} ${perPage}`,
    );
  }
}

/** Generates the corpus and builds it under the profiler; prints the build's own summary lines. */
function profileBuild(count: number): { log: string; profileFile: string } {
  const corpus = path.join(WORK, `corpus-${count}`);
  run("npx", ["tsx", "scripts/generate-corpus.ts", `--count=${count}`, `--out=${corpus}`]);
  const built = profiledBuild(corpus, path.join(WORK, "profiles"));
  console.log(built.log.split("\n").filter((line) => /^(build:|\[11ty\] (Copied|Wrote))/.test(line)).join("\n"));
  return built;
}

function main(): void {
  const { count, top, from } = parseOptions(process.argv.slice(2));
  const { log, profileFile } = from ? { log: "", profileFile: from } : profileBuild(count);
  const build = parseBuildLog(log);
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as CpuProfile;
  const totalMs = profileMs(profile);
  const corpus = from ? "" : `, ${count} articles, ${build.pagesWritten ?? "?"} pages written`;
  console.log(`\nprofile: ${profileFile}, ${(totalMs / 1000).toFixed(2)} s sampled${corpus}`);
  printTopFunctions(profile, top, totalMs);
  printAreas(profile, totalMs, from ? undefined : count, build.pagesWritten);
  printProbes(profile, totalMs, build.pagesWritten);
}

main();
