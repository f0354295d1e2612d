// An output folder that is a mount point (a container volume) cannot be renamed away: the finished
// site is synced into it file by file, still only after success, and it stays a mount point. A
// full disk fails the build in one line and leaves the old site. Real mounts, made in a private
// mount namespace (`unshare`), so nothing outside the test sees them.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../support/build-site.ts";
import { runBuild, sameSite, snapshot } from "../support/run-build.ts";

let work: string;
let siteA: Map<string, Buffer>;
let siteB: Map<string, Buffer>;
/** What each step printed, and copies of the mounted folders taken inside the namespace. */
let log: string;

const step = (name: string) => path.join(work, "steps", name);
const printed = (name: string) => readFileSync(path.join(work, "steps", `${name}.log`), "utf8");

before(() => {
  work = mkdtempSync(path.join(tmpdir(), "mount-"));
  const inputA = path.join(work, "a");
  const inputB = path.join(work, "b");
  cpSync(path.join(projectRoot, "seeds"), inputA, { recursive: true });
  cpSync(inputA, inputB, { recursive: true });
  writeFileSync(
    path.join(inputB, "akp-added.txt"),
    " date 2026-02-11 PHNOM PENH, Feb. 11 (AKP) — Samdech Thipadei Hun Manet received the visiting Lao delegation on Wednesday, AKP reported.\n",
  );
  for (const [name, input] of [["ref-a", inputA], ["ref-b", inputB]] as const) {
    const result = runBuild(projectRoot, [`--input=${input}`, `--output=${path.join(work, name)}`]);
    assert.equal(result.status, 0, result.stderr);
  }
  siteA = snapshot(path.join(work, "ref-a"));
  siteB = snapshot(path.join(work, "ref-b"));
  mkdirSync(path.join(work, "steps"));
  for (const folder of ["volume", "bind-source", "bind", "small"]) mkdirSync(path.join(work, folder));

  const build = (input: string, output: string, name: string) =>
    `(cd ${projectRoot} && ARCHIVE_CACHE=off ${process.execPath} --import tsx scripts/build.ts --input=${input} --output=${output}) >${step(name)}.log 2>&1; echo "exit $?" >>${step(name)}.log; ` +
    `mountpoint -q ${output} && echo "still a mount point" >>${step(name)}.log; cp -a ${output} ${step(name)}`;
  const script = [
    "set -u",
    // A volume: its own file system, empty, built into twice.
    `mount -t tmpfs -o size=64m tmpfs ${work}/volume`,
    build(inputA, `${work}/volume`, "volume-first"),
    build(inputB, `${work}/volume`, "volume-second"),
    // A bind mount shares its parent's device: only the failed rename shows it is one.
    `cp -a ${work}/ref-a/. ${work}/bind-source/ && mount --bind ${work}/bind-source ${work}/bind`,
    build(inputB, `${work}/bind`, "bind"),
    // A disk with room for the old site and hardly more: the new one cannot be written.
    `mount -t tmpfs -o size=64m tmpfs ${work}/small && cp -a ${work}/ref-a ${work}/small/site`,
    `mount -o remount,size=$(( $(du -sk ${work}/small | cut -f1) + 64 ))k ${work}/small`,
    build(inputB, `${work}/small/site`, "full"),
    `ls -a ${work}/small > ${step("full-siblings")}.log`,
  ].join("\n");
  const result = spawnSync("unshare", ["--user", "--map-root-user", "--mount", "sh", "-c", script], { encoding: "utf8" });
  log = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, log);
});

test("a build into an empty mount point fills it, and a second one updates it file by file", () => {
  for (const [name, expected] of [["volume-first", siteA], ["volume-second", siteB]] as const) {
    const output = printed(name);
    assert.match(output, /exit 0/, output);
    assert.match(output, /→ .*volume\/ \(mount point: updated file by file\)/, output);
    assert.match(output, /still a mount point/);
    assert.ok(sameSite(snapshot(step(name)), expected), `${name}: exactly the site built elsewhere`);
  }
});

test("a bind mount, which cannot be renamed either, is updated the same way", () => {
  const output = printed("bind");
  assert.match(output, /exit 0/, output);
  assert.match(output, /mount point: updated file by file/);
  assert.match(output, /still a mount point/);
  assert.ok(sameSite(snapshot(step("bind")), siteB));
});

test("a full disk fails the build in one line and the old site stays whole", () => {
  const output = printed("full");
  assert.match(output, /exit 1/, output);
  const lines = output.trim().split("\n").filter((line) => line.startsWith("build:"));
  assert.equal(lines.length, 1, output);
  assert.match(lines[0]!, /^build: the new site could not be written \(no space left on the disk; free some space and build again\); .*small\/site is as it was$/);
  assert.doesNotMatch(output, /^\s+at /m);
  assert.ok(sameSite(snapshot(step("full")), siteA), "the old site is untouched");
  assert.deepEqual(printed("full-siblings").trim().split("\n").sort(), [".", "..", "site"], "no unfinished folder or lock left");
  rmSync(work, { recursive: true, force: true });
});
