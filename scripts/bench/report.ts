// bench/results.md: the ratio table the issue's targets are stated in, then the details behind it
// (search share, every single run), so a reader can recompute any number.
import { searchShare, type BuildLog } from "./build-log.ts";
import type { Measured } from "./measure.ts";

export type ProjectRun = Measured & { log: BuildLog };

export interface SizeResult {
  size: number;
  runs: number;
  cold: ProjectRun[];
  warm?: ProjectRun;
  bare: Measured[];
  hugo: Measured[];
  /** One-minute load average before and after this size's runs: how busy the shared machine was. */
  loadBefore: number;
  loadAfter: number;
}

export interface Machine {
  command: string;
  cores: number;
  node: string;
  date: Date;
  memoryGb: number;
}

export function median(values: number[]): number {
  const known = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!known.length) return NaN;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
}

/** Project time over bare Eleventy time, run by run (each pair ran back to back), then the median. */
export function pairedRatio(project: Measured[], bare: Measured[]): number {
  return median(project.map((run, index) => run.seconds / (bare[index]?.seconds ?? NaN)));
}

const fixed = (value: number | undefined, digits: number) => (value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits));
const megabytes = (runs: Measured[]) => fixed(Math.max(...runs.map((run) => run.peakMb)), 0);

function mainRow(result: SizeResult): string {
  const cold = median(result.cold.map((run) => run.seconds));
  const bare = median(result.bare.map((run) => run.seconds));
  const warm = result.warm?.seconds;
  const cells = [
    result.size,
    fixed(cold, 2),
    `**${fixed(pairedRatio(result.cold, result.bare), 2)}×**`,
    fixed(warm, 2),
    `${fixed(warm === undefined ? undefined : warm / bare, 2)}×`,
    fixed(bare, 2),
    result.hugo.length ? fixed(median(result.hugo.map((run) => run.seconds)), 2) : "–",
    fixed((cold * 1000) / result.size, 2),
    megabytes(result.cold),
    megabytes(result.bare),
  ];
  return `| ${cells.join(" | ")} |`;
}

function searchRow(result: SizeResult): string {
  const logs = result.cold.map((run) => run.log);
  const pick = (field: keyof BuildLog) => median(logs.map((log) => log[field] ?? NaN));
  const share = median(logs.map((log) => searchShare(log) ?? NaN));
  const pages = pick("pagesWritten");
  const eleventy = pick("eleventySeconds");
  const cells = [
    result.size,
    result.runs,
    fixed(pick("buildSeconds"), 2),
    fixed(pick("searchSeconds"), 2),
    fixed(pick("searchAddedSeconds"), 2),
    Number.isFinite(share) ? `${(share * 100).toFixed(0)} %` : "–",
    fixed(pick("searchRecords"), 0),
    fixed(pick("searchShards"), 0),
    fixed(pages, 0),
    fixed(eleventy, 2),
    fixed((eleventy * 1000) / pages, 2),
    result.warm ? fixed(result.warm.peakMb, 0) : "–",
    result.hugo.length ? megabytes(result.hugo) : "–",
    `${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}`,
  ];
  return `| ${cells.join(" | ")} |`;
}

function runLines(result: SizeResult): string[] {
  const line = (what: string, runs: Measured[]) =>
    `- ${result.size} articles, ${what}: ${runs.map((run) => `${run.seconds.toFixed(2)} s / ${Math.round(run.peakMb)} MB`).join("; ")}`;
  return [
    line("project cold", result.cold),
    line("bare Eleventy", result.bare),
    ...(result.hugo.length ? [line("Hugo", result.hugo)] : []),
    ...(result.warm ? [line("project warm", [result.warm])] : []),
  ];
}

export function renderResults(results: SizeResult[], machine: Machine): string {
  const day = machine.date.toISOString().slice(0, 16).replace("T", " ");
  return `# Build benchmark: this project against bare Eleventy

Measured ${day} UTC on a ${machine.cores}-core machine (os.cpus().length), ${machine.memoryGb.toFixed(0)} GiB, Node ${machine.node},
shared with other work (load averages below), with:

    ${machine.command}

| articles | project cold s | ratio | project warm s | warm ratio | bare Eleventy s | Hugo s | ms/article | peak MB project | peak MB bare |
|---|---|---|---|---|---|---|---|---|---|
${results.map(mainRow).join("\n")}

- **project cold**: package.json's \`build\` script (what \`npm run build\` runs) with \`ARCHIVE_CACHE=off --input=<corpus> --output=<new folder>\`,
  run directly as bare Eleventy runs \`node_modules/.bin/eleventy\` (neither through npx or npm), the whole
  archive (ingest, events, people, every page, feeds, open data, search index), median wall time of the
  cold runs. **ratio**: project cold over bare Eleventy, pair by pair (each pair ran back to back), median.
  Every cold build, this project's, bare Eleventy's and Hugo's, writes into a new empty folder; they are deleted after the size's last run.
- **project warm**: one build with the ingest cache kept and nothing changed (after one build that filled
  it, with \`--force\`): it finds the site in the output folder up to date and leaves it as it is;
  **warm ratio** is over the median bare Eleventy time.
- **bare Eleventy**: the project's own \`@11ty/eleventy\`, the same articles as Markdown files with front
  matter (title, date), one Nunjucks layout, one page each (\`node_modules/.bin/eleventy\`, no config).
  **Hugo**: the same Markdown with one layout (taxonomies, RSS, sitemap off; future-dated articles built too), when \`hugo\` is on the PATH.
- **ms/article**: project cold median over the number of articles.
- **peak MB**: the highest sum of resident memory (VmRSS) of the whole process tree, sampled from /proc
  every 100 ms, over the cold runs. The project's tree holds the build's Node
  process (compiled by scripts/compiled.mjs, which runs esbuild only after a change of the code) and
  the Pagefind binary; bare Eleventy's holds one Node process.

## Search index and Eleventy, from the project's own build log (medians of the cold runs)

Pagefind indexes in its own process while Eleventy writes the pages: **search index s** is its time from
start to end, **search added s** the time the build waited for it after the last page, and **search
share** that added time over the build's own total.

| articles | runs | build s (own log) | search index s | search added s | search share | records | shards | pages written | Eleventy s | ms/page | peak MB warm | peak MB Hugo | load avg |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${results.map(searchRow).join("\n")}

## Every run

${results.flatMap(runLines).join("\n")}
`;
}
