// Under `npm start`, what a rebuild did not write is removed: a deleted article's page, its now
// empty folder; copied assets, the search index and the marker are kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { removeUnwritten } from "../../src/output/stale-files.ts";

test("files the rebuild did not write go; written and kept ones stay", () => {
  const root = mkdtempSync(path.join(tmpdir(), "stale-"));
  const files = ["index.html", "articles/a1/index.html", "articles/gone/index.html", "people/gone/index.html", "assets/site.css", "pagefind/fragment/x.pf_fragment", ".news-archive-output"];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  const written = new Set(["index.html", "articles/a1/index.html"].map((file) => path.join(root, file)));
  const removed = removeUnwritten(root, written, ["assets", "pagefind", ".news-archive-output"]);
  assert.deepEqual(removed, ["articles/gone/index.html", "people/gone/index.html"]);
  assert.equal(existsSync(path.join(root, "articles/gone")), false);
  assert.equal(existsSync(path.join(root, "people")), false, "an emptied folder goes too");
  for (const kept of ["index.html", "articles/a1/index.html", "assets/site.css", "pagefind/fragment/x.pf_fragment", ".news-archive-output"]) {
    assert.ok(existsSync(path.join(root, kept)), kept);
  }
});
