// Where a build may write: never over the input or the project's own folders, never into a
// folder of someone else's files. Checked on throw-away folders.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkInputFolder, checkOutputFolder, isInside, projectFolders, realPath } from "../../src/output/guard.ts";
import { MARKER_FILE } from "../../src/output/marker.ts";

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "guard-project-"));
  for (const folder of ["seeds", "data", "templates", "src"]) mkdirSync(path.join(root, folder));
  writeFileSync(path.join(root, "seeds/001.txt"), "HÀ NỘI — VNA reported.");
  return root;
}

const refused = (root: string, output: string, input = "seeds") => {
  try {
    checkOutputFolder(output, projectFolders(root, input));
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

test("the output may not be, contain or sit inside the input or the project's own folders", () => {
  const root = project();
  assert.match(refused(root, "seeds")!, /^--output=seeds is the input folder seeds; write the site into a folder of its own/);
  assert.match(refused(root, "seeds/site")!, /is inside the input folder seeds/);
  assert.match(refused(root, "data")!, /is the project's data\/ folder/);
  assert.match(refused(root, "templates/out")!, /is inside the project's templates\/ folder/);
  assert.match(refused(root, "src")!, /is the project's src\/ folder/);
  assert.match(refused(root, ".")!, /is the project folder itself/);
  assert.match(refused(root, "..")!, /contains the project folder/);
  assert.match(refused(root, "/")!, /contains the project folder/);
  assert.match(refused(root, "")!, /is empty/);
  // An input elsewhere is protected the same way, wherever it lies.
  const elsewhere = path.join(mkdtempSync(path.join(tmpdir(), "guard-input-")), "articles");
  mkdirSync(elsewhere);
  assert.match(refused(root, path.join(elsewhere, "site"), elsewhere)!, /is inside the input folder/);
  assert.match(refused(root, path.dirname(elsewhere), elsewhere)!, /contains the input folder/);
});

test("links are followed: a link to the input folder is the input folder", () => {
  const root = project();
  symlinkSync(path.join(root, "seeds"), path.join(root, "published"));
  assert.match(refused(root, "published")!, /is the input folder/);
  symlinkSync(path.join(root, "data"), path.join(root, "data-link"));
  assert.match(refused(root, "data-link/site")!, /is inside the project's data\/ folder/);
});

test("a folder of someone else's files is refused; a new, empty or tool-made one is accepted", () => {
  const root = project();
  mkdirSync(path.join(root, "docs"));
  writeFileSync(path.join(root, "docs/notes.md"), "my notes");
  assert.match(refused(root, "docs")!, new RegExp(`holds files this tool did not write \\(it has no ${MARKER_FILE.replace(".", "\\.")} file\\)`));
  writeFileSync(path.join(root, "README.md"), "readme");
  assert.match(refused(root, "README.md")!, /is a file, not a folder/);

  assert.equal(refused(root, "_site"), null, "a new folder");
  mkdirSync(path.join(root, "empty"));
  assert.equal(refused(root, "empty"), null, "an empty folder");
  mkdirSync(path.join(root, "built"));
  writeFileSync(path.join(root, "built", MARKER_FILE), "");
  writeFileSync(path.join(root, "built/index.html"), "<!doctype html>");
  assert.equal(refused(root, "built"), null, "a folder the tool made");
  // A build from before the marker existed is recognised by what every build writes.
  for (const file of ["old/index.html", "old/api/articles.json", "old/pagefind/pagefind-entry.json"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "{}");
  }
  assert.equal(refused(root, "old"), null, "an older build");
  assert.equal(checkOutputFolder("_site", projectFolders(root, "seeds")), path.join(realPath(root), "_site"));
});

test("the input must be given and exist as a folder", () => {
  const root = project();
  assert.throws(() => checkInputFolder("", root), /^Error: --input is empty/);
  assert.throws(() => checkInputFolder("missing", root), /--input=missing: the folder does not exist/);
  assert.throws(() => checkInputFolder("seeds/001.txt", root), /--input=seeds\/001\.txt is a file/);
  assert.equal(checkInputFolder("seeds", root), realPath(path.join(root, "seeds")));
});

test("inside means strictly inside, by whole path segments", () => {
  assert.equal(isInside("/a/b/c", "/a/b"), true);
  assert.equal(isInside("/a/b", "/a/b"), false);
  assert.equal(isInside("/a/bc", "/a/b"), false);
  assert.equal(isInside("/a/..b/c", "/a"), true);
  assert.equal(isInside("/a", "/a/b"), false);
});
