// `npm run score:wire [-- --built=DIR] [-- --keep]`: builds the wire-copy test set
// (tests/fixtures/wire/) with the project's own build command into a temporary folder, scores the
// open data against tests/wire/expected.json, and prints one line per wrong or missing
// fact and the share right. The share is printed, not asserted: it exits 0 unless the build or
// the scoring itself fails.
//   --built=DIR  score an existing build output (its api/ folder) instead of building
//   --keep       keep the temporary build and print where it is
//   --set=extra  score the five held-out articles (tests/fixtures/wire-extra/, expected-extra.json)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatScore, scoreWire, type Built, type ExpectedSet } from "../tests/wire/score.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Each set: its articles (relative to the project root, as the build reads them) and their expected facts. */
const SETS: Record<string, { input: string; expected: string }> = {
  wire: { input: "tests/fixtures/wire", expected: path.join(ROOT, "tests/wire/expected.json") },
  extra: { input: "tests/fixtures/wire-extra", expected: path.join(ROOT, "tests/wire/expected-extra.json") },
};

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Runs `scripts/build.ts` on the fixtures; its per-file warnings (skipped, undated…) are printed as they come. */
function build(input: string, output: string): void {
  const run = spawnSync("npx", ["tsx", "scripts/build.ts", `--input=${input}`, `--output=${output}`], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const warnings = `${run.stderr}`.split("\n").filter((line) => line);
  for (const line of warnings) console.log(`build: ${line.replace(/^build: /, "")}`);
  if (run.status !== 0) {
    console.error(`score:wire: the build failed (exit ${run.status})`);
    process.exit(1);
  }
}

function readBuilt(output: string): Built {
  const api = (file: string) => readJson<unknown[]>(path.join(output, "api", file));
  return {
    articles: api("articles.json") as Built["articles"],
    events: api("events.json") as Built["events"],
    people: api("people.json") as Built["people"],
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const given = args.find((arg) => arg.startsWith("--built="))?.slice("--built=".length);
  const keep = args.includes("--keep");
  const name = args.find((arg) => arg.startsWith("--set="))?.slice("--set=".length) ?? "wire";
  const set = SETS[name];
  if (!set) {
    console.error(`score:wire: unknown set "${name}" (known: ${Object.keys(SETS).join(", ")})`);
    process.exit(1);
  }
  const output = given ? path.resolve(given) : mkdtempSync(path.join(os.tmpdir(), "score-wire-"));
  try {
    if (!given) build(set.input, output);
    const score = scoreWire(readJson<ExpectedSet>(set.expected), readBuilt(output));
    if (score.dropped.length) console.log(`dropped by the build: ${score.dropped.join(", ")}`);
    for (const line of formatScore(score)) console.log(line);
  } finally {
    if (keep && !given) console.log(`build kept in ${output}`);
    else if (!given) rmSync(output, { recursive: true, force: true });
  }
}

main();
