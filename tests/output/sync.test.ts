// A mount point is updated file by file: new and changed files written, unchanged ones left,
// files the new site lacks removed, a file turned folder (or back) handled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { syncFolder } from "../../src/output/sync.ts";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "sync-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function read(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(root, full)] = readFileSync(full, "utf8");
  }
  return files;
}

test("the target ends up holding exactly the new site", () => {
  const from = tree({ "index.html": "new home", "articles/a1/index.html": "same", "feed.xml": "new feed", "api/x.json": "file now" });
  const to = tree({ "index.html": "old home", "articles/a1/index.html": "same", "articles/gone/index.html": "gone", "feed.xml/oops": "a folder before", "api/x.json/old": "folder" });
  const unchangedBefore = statSync(path.join(to, "articles/a1/index.html")).mtimeMs;
  const report = syncFolder(from, to);
  assert.deepEqual(read(to), read(from));
  assert.equal(readdirSync(path.join(to, "articles")).join(), "a1", "the removed article's folder is gone too");
  assert.equal(statSync(path.join(to, "articles/a1/index.html")).mtimeMs, unchangedBefore, "an unchanged file is not rewritten");
  assert.equal(report.unchanged, 1);
  assert.equal(report.written, 3);
  assert.ok(report.removed >= 2);
});
