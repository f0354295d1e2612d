// The build command as a user meets it: bad input files are reported one line each, naming the
// file and the reason, the rest still builds, and --strict turns problems into a failing exit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = process.cwd();

function makeInput(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "archive-input-"));
  for (const name of readdirSync(path.join(root, "seeds"))) copyFileSync(path.join(root, "seeds", name), path.join(dir, name));
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(path.join(dir, "blank.txt"), "  \n\t\n");
  writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xe8, 0x0a]));
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00]));
  writeFileSync(path.join(dir, "bad-front-matter.md"), "---\ntitle: [unclosed\n---\nSome text about a visit.\n");
  writeFileSync(
    path.join(dir, "impossible-date.txt"),
    " date 2026-02-30 President Ana Lima concluded a state visit to Chile on Tuesday, officials said.\n",
  );
  mkdirSync(path.join(dir, "nested"));
  return dir;
}

function build(input: string, ...extra: string[]) {
  const output = mkdtempSync(path.join(tmpdir(), "archive-out-"));
  const result = spawnSync("npx", ["tsx", "scripts/build.ts", `--input=${input}`, `--output=${output}`, ...extra], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ARCHIVE_CACHE: "off" },
  });
  return { ...result, output };
}

const input = makeInput();

test("bad files get one clear line each and the rest still builds", () => {
  const result = build(input);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stderr.trim().split("\n");
  const expected: Array<[string, RegExp]> = [
    ["empty.txt", /empty/i],
    ["blank.txt", /blank|whitespace/i],
    ["latin1.txt", /utf-8/i],
    ["binary.txt", /binary/i],
    ["bad-front-matter.md", /front matter/i],
    ["impossible-date.txt", /impossible date 2026-02-30/],
    ["nested", /folder/],
  ];
  for (const [file, reason] of expected) {
    const line = lines.find((candidate) => candidate.includes(`${file}:`));
    assert.ok(line, `no message names ${file}:\n${result.stderr}`);
    assert.match(line, reason);
  }
  assert.equal(lines.length, expected.length, `one line per bad file:\n${result.stderr}`);
  assert.doesNotMatch(result.stderr, /^\s+at /m, "no stack trace for input errors");
  const articles = JSON.parse(readFileSync(path.join(result.output, "api/articles.json"), "utf8")) as unknown[];
  assert.equal(articles.length, readdirSync(path.join(root, "seeds")).length);
});

test("--strict makes bad input a failing build", () => {
  const result = build(input, "--strict");
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /--strict/);
  assert.doesNotMatch(result.stderr, /^\s+at /m);
});

test("an unknown option is refused with the list of known ones", () => {
  const result = build(input, "--frobnicate");
  assert.equal(result.status, 1);
  assert.match(result.stderr, /unknown option --frobnicate/);
});
