// `npm run bench [-- --sizes=100,1000,10000 --runs=3]`: builds generated corpora of several sizes
// and reports the median wall time, time per article and peak memory of each, so growth can be
// judged as a ratio (linear work keeps ms/article flat). Results go to stdout and
// bench/results.md; quote medians, since these machines are shared and noisy.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

interface Run {
  seconds: number;
  peakMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function buildOnce(input: string, output: string): Run {
  const started = performance.now();
  const result = spawnSync("npx", ["tsx", "scripts/build.ts", `--input=${input}`, `--output=${output}`], {
    encoding: "utf8",
    env: { ...process.env, ARCHIVE_CACHE: "off" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed on ${input}:\n${result.stderr.slice(-2000)}`);
  const peak = /peak memory (\d+) MB/.exec(result.stdout);
  return { seconds, peakMb: peak ? Number(peak[1]) : NaN };
}

function main(): void {
  const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=") as [string, string]));
  const sizes = (args.get("sizes") ?? "100,1000,5000").split(",").map(Number);
  const runs = Number(args.get("runs") ?? 3);
  const work = path.join(tmpdir(), "archive-bench");
  const rows: string[] = [];
  for (const size of sizes) {
    const input = path.join(work, `corpus-${size}`);
    const generated = spawnSync("npx", ["tsx", "scripts/generate-corpus.ts", `--count=${size}`, `--out=${input}`], { encoding: "utf8" });
    if (generated.status !== 0) throw new Error(generated.stderr);
    const results = Array.from({ length: runs }, () => buildOnce(input, path.join(work, `site-${size}`)));
    const seconds = median(results.map((run) => run.seconds));
    const peakMb = median(results.map((run) => run.peakMb));
    const row = `| ${size} | ${seconds.toFixed(2)} | ${((seconds * 1000) / size).toFixed(2)} | ${peakMb} |`;
    console.log(row);
    rows.push(row);
  }
  mkdirSync("bench", { recursive: true });
  const table = ["| articles | median build (s) | ms per article | peak memory (MB) |", "|---|---|---|---|", ...rows].join("\n");
  writeFileSync("bench/results.md", `# Build benchmark\n\nMedian of ${runs} cold builds (no cache) per size, generated corpora.\n\n${table}\n`);
  console.log(`\n${table}`);
}

main();
