// scripts/compiled.mjs, which `npm run build` and `npm start` go through: the entry bundled once,
// compiled again after any change of a file it was made from, each file still knowing its own
// path, and tsx whenever the bundle cannot be made.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runBuild, sameSite, snapshot } from "../support/run-build.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUNNER = path.join(ROOT, "scripts", "compiled.mjs");

function runCompiled(entry: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [RUNNER, entry, "--flag"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

test("a changed source file is compiled again, each file keeps its own import.meta.url, and tsx runs what cannot be compiled", () => {
  const work = mkdtempSync(path.join(tmpdir(), "compiled-"));
  try {
    const entry = path.join(work, "entry.ts");
    const lib = path.join(work, "lib", "label.ts");
    writeFileSync(path.join(work, "package.json"), '{ "type": "module" }\n'); // as the project's own files are
    writeFileSync(entry, 'import { label, where } from "./lib/label.ts";\nconst typed: string = label;\nconsole.log(JSON.stringify({ typed, where, entry: import.meta.url, argv: process.argv.slice(1) }));\n');
    mkdirSync(path.dirname(lib));
    const writeLib = (label: string, when: number) => {
      writeFileSync(lib, `export const label: string = ${JSON.stringify(label)};\nexport const where = import.meta.url;\n`);
      utimesSync(lib, when, when);
    };
    writeLib("first", 1_000_000);

    const first = runCompiled(entry);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout), { typed: "first", where: pathToFileURL(lib).href, entry: pathToFileURL(entry).href, argv: [entry, "--flag"] });

    // Same length, new time: the size alone would not tell.
    writeLib("again", 2_000_000);
    assert.equal(JSON.parse(runCompiled(entry).stdout).typed, "again");

    writeLib("tsx", 3_000_000);
    const throughTsx = runCompiled(entry, { ARCHIVE_COMPILED: "off" });
    assert.deepEqual(JSON.parse(throughTsx.stdout), { typed: "tsx", where: pathToFileURL(lib).href, entry: pathToFileURL(entry).href, argv: [entry, "--flag"] });

    // A syntax error: no bundle, so tsx runs the entry and reports it, naming the file.
    writeFileSync(lib, "export const label: string = ;\n");
    const broken = runCompiled(entry);
    assert.notEqual(broken.status, 0);
    assert.match(broken.stderr, /label\.ts/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("the compiled build writes the same site as the build through tsx, byte for byte", () => {
  const work = mkdtempSync(path.join(tmpdir(), "compiled-site-"));
  try {
    const [compiled, direct] = [path.join(work, "compiled"), path.join(work, "tsx")];
    const viaRunner = runBuild(ROOT, [`--output=${compiled}`]);
    assert.equal(viaRunner.status, 0, viaRunner.stderr);
    const viaTsx = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", `--output=${direct}`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ARCHIVE_CACHE: "off" } });
    assert.equal(viaTsx.status, 0, viaTsx.stderr);
    const said = (stdout: string, output: string) => stdout.replaceAll(output, "<output>").replace(/ in [\d.]+ s.*$/gm, "");
    assert.equal(said(viaRunner.stdout, compiled), said(viaTsx.stdout, direct));
    assert.ok(sameSite(snapshot(compiled), snapshot(direct)), "the two sites differ");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
