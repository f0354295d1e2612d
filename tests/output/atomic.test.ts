// The site is swapped in only when complete: the old one stays whole through a failed render, and
// what a killed build left beside it is cleared (or put back) by the next one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { backgroundRemovals, previousFolderFor, recoverLeftovers, stagingFolderFor, writeAtomically } from "../../src/output/atomic.ts";
import { MARKER_FILE, writeMarker } from "../../src/output/marker.ts";

/** `_site` in a fresh parent, holding an earlier build's home page. */
function oldSite(): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "atomic-")), "_site");
  mkdirSync(path.join(target, "articles/a1"), { recursive: true });
  writeMarker(target);
  writeFileSync(path.join(target, "index.html"), "old home");
  writeFileSync(path.join(target, "articles/a1/index.html"), "old article");
  return target;
}

const siblings = (target: string) => readdirSync(path.dirname(target)).sort();

test("the old site is served untouched while the new one renders, then replaced whole", async () => {
  const target = oldSite();
  const result = await writeAtomically(target, async (folder) => {
    assert.equal(path.dirname(folder), path.dirname(target), "rendered beside the target");
    assert.ok(existsSync(path.join(folder, MARKER_FILE)), "marked as the tool's before anything is written");
    writeFileSync(path.join(folder, "index.html"), "new home");
    assert.equal(readFileSync(path.join(target, "index.html"), "utf8"), "old home");
  });
  assert.equal(result, "renamed");
  assert.equal(readFileSync(path.join(target, "index.html"), "utf8"), "new home");
  assert.equal(existsSync(path.join(target, "articles/a1/index.html")), false, "nothing stale survives");
  // The old site is deleted by a process of its own; until then it waits under another name.
  assert.ok(siblings(target).every((name) => name === "_site" || /^\._site\.removing-\d+-[0-9a-f]+$/.test(name)), siblings(target).join(", "));
  await backgroundRemovals();
  assert.deepEqual(siblings(target), ["_site"], "no folder left beside it");
});

test("an old site whose deletion was cut short is deleted by the next build; a folder of that name that is not the tool's stays", async () => {
  const target = oldSite();
  const cutShort = path.join(path.dirname(target), "._site.removing-4242-0badc0de");
  mkdirSync(path.join(cutShort, "articles/a2"), { recursive: true });
  writeFileSync(path.join(cutShort, "articles/a2/index.html"), "half deleted");
  writeMarker(cutShort);
  const notOurs = path.join(path.dirname(target), "._site.removing-4343-0badc0de");
  mkdirSync(notOurs);
  writeFileSync(path.join(notOurs, "notes.txt"), "mine");
  recoverLeftovers(target);
  await backgroundRemovals();
  assert.deepEqual(siblings(target), [path.basename(notOurs), "_site"].sort());
  assert.equal(readFileSync(path.join(notOurs, "notes.txt"), "utf8"), "mine");
});

test("a failed render leaves the old site as it was and cleans up after itself", async () => {
  const target = oldSite();
  await assert.rejects(
    writeAtomically(target, async (folder) => {
      writeFileSync(path.join(folder, "index.html"), "half");
      throw new Error("disk full");
    }),
    /disk full/,
  );
  assert.equal(readFileSync(path.join(target, "index.html"), "utf8"), "old home");
  assert.equal(readFileSync(path.join(target, "articles/a1/index.html"), "utf8"), "old article");
  assert.deepEqual(siblings(target), ["_site"]);
});

test("a first build creates the folder, and its parents", async () => {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "atomic-")), "deploy/site");
  await writeAtomically(target, async (folder) => writeFileSync(path.join(folder, "index.html"), "home"));
  assert.equal(readFileSync(path.join(target, "index.html"), "utf8"), "home");
});

test("a kill between the two renames: the next build puts the old site back before anything else", () => {
  const target = oldSite();
  const deadPid = 2 ** 22 + 1; // above Linux's pid_max: no process has it
  renameSync(target, previousFolderFor(target, deadPid));
  mkdirSync(stagingFolderFor(target, deadPid));
  writeMarker(stagingFolderFor(target, deadPid));
  recoverLeftovers(target);
  assert.equal(readFileSync(path.join(target, "index.html"), "utf8"), "old home");
  assert.deepEqual(siblings(target), ["_site"]);
});

test("leftovers of killed builds are removed, but never a folder the tool did not make", () => {
  const target = oldSite();
  const unfinished = stagingFolderFor(target, 4242);
  mkdirSync(unfinished);
  writeMarker(unfinished);
  const empty = stagingFolderFor(target, 4343);
  mkdirSync(empty);
  const someoneElses = stagingFolderFor(target, 4444);
  mkdirSync(someoneElses);
  writeFileSync(path.join(someoneElses, "notes.txt"), "mine");
  recoverLeftovers(target);
  assert.deepEqual(siblings(target), [path.basename(someoneElses), "_site"].sort());
  assert.equal(readFileSync(path.join(someoneElses, "notes.txt"), "utf8"), "mine");
});
