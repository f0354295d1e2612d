// The corrections file as an editor meets it on the command line: a malformed entry or file gets
// one clear line (file, entry, field), the build still succeeds with the uncorrected archive, and
// --strict fails; `npm run check` prints the report without rendering the site and, with
// --strict, fails while a correction matches nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildArchive } from "../../src/pipeline.ts";
import { publishArchive } from "../../src/site/publish.ts";

const root = process.cwd();
const INPUT = "tests/fixtures/corrections";

/** A data folder like data/, with `corrections` as its corrections.yaml (none when null). */
function dataWith(corrections: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), "corrections-data-"));
  for (const file of ["authority.json", "agencies.json", "currencies.json", "site.json"]) cpSync(path.join(root, "data", file), path.join(dir, file));
  if (corrections !== null) writeFileSync(path.join(dir, "corrections.yaml"), corrections);
  return dir;
}

function run(script: string, data: string, ...extra: string[]) {
  const output = mkdtempSync(path.join(tmpdir(), "corrections-out-"));
  const args = ["tsx", script, `--input=${INPUT}`, `--data=${data}`, ...(script.endsWith("build.ts") ? [`--output=${output}`] : []), ...extra];
  const result = spawnSync("npx", args, { cwd: root, encoding: "utf8", env: { ...process.env, ARCHIVE_CACHE: "off" } });
  return { ...result, output };
}

/** articles.json as a build without any corrections writes it. */
const uncorrected = (() => {
  const archive = publishArchive(buildArchive({ input: INPUT, dataDir: dataWith(null), cache: null, root }));
  return JSON.stringify(archive.articles, null, 2) + "\n";
})();

const BAD_FIELD = `- article: 201_bernama-preview
  set:
    published: 2026-02-30
  reason: The agency corrected its dateline.
  date: 2026-03-05
`;

test("a malformed entry: one line naming file, entry and field; the build succeeds with the uncorrected archive", () => {
  const data = dataWith(BAD_FIELD);
  const result = run("scripts/build.ts", data);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(result.stderr.trim().split("\n"), [
    `error: ${path.relative(root, path.join(data, "corrections.yaml"))}: line 1, entry 1 (article 201_bernama-preview): set.published: not a real calendar day`,
  ]);
  assert.equal(readFileSync(path.join(result.output, "api/articles.json"), "utf8"), uncorrected);
  assert.match(result.stdout, /report: 1 correction not applied/);
});

test("a file that is not YAML: one line with its line number; the build succeeds with the uncorrected archive", () => {
  const result = run("scripts/build.ts", dataWith("- article: 201_bernama-preview\n  set: { title: unclosed\n"));
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /^error: .*corrections\.yaml: line \d+: not readable as YAML \(.+\); no correction applied$/);
  assert.equal(readFileSync(path.join(result.output, "api/articles.json"), "utf8"), uncorrected);
});

test("--strict fails the build while a correction cannot be applied", () => {
  const result = run("scripts/build.ts", dataWith(BAD_FIELD), "--strict");
  assert.equal(result.status, 1);
  assert.match(result.stderr, /1 correction\(s\) could not be applied \(see above\); --strict stops here/);
  assert.doesNotMatch(result.stderr, /^\s+at /m, "no stack trace");
});

test("npm run check prints every line of the report with its fix, and --strict fails on a stale correction", () => {
  const stale = `- article: 299_removed\n  set:\n    title: A title for an article whose file was removed\n  reason: A test.\n  date: 2026-03-05\n`;
  const data = dataWith(stale);
  const result = run("scripts/check.ts", data);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Corrections that match nothing \(1\) — needs the editor\n {2}- line 1, entry 1 \(article 299_removed\): no article "299_removed"/m);
  assert.match(result.stdout, /^The same story elsewhere \(1\)\n {2}- .*202_bernama-report\.txt and .*203_thestar-republished\.txt tell the same story/m);
  assert.match(result.stdout, / {4}fix, in .*corrections\.yaml:\n {6}- article: 203_thestar-republished\n {8}duplicateOf: 202_bernama-report\n/);
  assert.match(result.stdout, /check: 8 articles, 1 line\(s\) need the editor$/m);
  assert.doesNotMatch(result.stdout, /\[11ty\]|^build:/m, "the site is not rendered");

  const strict = run("scripts/check.ts", data, "--strict");
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /--strict fails/);
  assert.equal(run("scripts/check.ts", dataWith(null), "--strict").status, 0, "nothing needs the editor");
});
