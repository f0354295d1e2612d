// `npx tsx scripts/compare-date-finders.ts`: the hand-written date finder against chrono-node (and
// the two together) under the same resolver and inference rules. For each finder it scores the
// wire set (tests/fixtures/wire/, in-process, without rendering) and runs the date tests, and
// prints one line per finder: date facts right (published, dateline, visit start and end), all
// facts right, and date tests passed. The numbers go into src/ingest/dates/README.md.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildArchive } from "../src/pipeline.ts";
import { publishArchive } from "../src/site/publish.ts";
import { useFinder } from "../src/ingest/dates/finder.ts";
import { FINDERS, type FinderName } from "./date-finders.ts";
import { scoreWire, type Built, type ExpectedSet } from "../tests/wire/score.ts";

const ROOT = process.cwd();
const DATE_FACT = /^(?:published|dateline|visit .* (?:start|end))$/;

function wireScore(name: FinderName): { dates: string; all: string } {
  useFinder(FINDERS[name]);
  const archive = publishArchive(buildArchive({ input: "tests/fixtures/wire", dataDir: path.join(ROOT, "data"), cache: null, root: ROOT }));
  const expected = JSON.parse(readFileSync(path.join(ROOT, "tests/wire/expected.json"), "utf8")) as ExpectedSet;
  const score = scoreWire(expected, archive as unknown as Built);
  const dates = score.results.filter((result) => DATE_FACT.test(result.fact));
  return { dates: `${dates.filter((result) => result.right).length}/${dates.length}`, all: `${score.right}/${score.total}` };
}

function dateTests(name: FinderName): string {
  const files = readdirSync(path.join(ROOT, "tests/dates")).filter((file) => file.endsWith(".test.ts")).map((file) => `tests/dates/${file}`);
  const run = spawnSync("node", ["--import", "tsx", "--import", "./scripts/use-date-finder.ts", "--test", ...files], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATE_FINDER: name },
  });
  const count = (label: string) => Number(new RegExp(`^# ${label} (\\d+)`, "m").exec(run.stdout)?.[1] ?? 0);
  return `${count("pass")}/${count("pass") + count("fail")}`;
}

console.log("finder        | wire date facts | wire facts | date tests");
for (const name of Object.keys(FINDERS) as FinderName[]) {
  const wire = wireScore(name);
  console.log(`${name.padEnd(13)} | ${wire.dates.padEnd(15)} | ${wire.all.padEnd(10)} | ${dateTests(name)}`);
}
