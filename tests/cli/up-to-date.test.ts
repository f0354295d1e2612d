// A build with nothing changed since the site in the output folder was written leaves it as it
// is, says so and repeats the warnings of then; any change to the articles, the editor's data or
// the site itself, --force or a cold run (ARCHIVE_CACHE=off) builds again.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyProject } from "../support/project-copy.ts";
import { runBuild } from "../support/run-build.ts";

const UP_TO_DATE = /^build: nothing changed since the last build; _site\/ is up to date \(--force builds it again\)$/m;
const BUILT = /^build: \d+ articles, .* → _site\/ in /m;
let root: string;

const build = (args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
  const result = runBuild(root, args, { ARCHIVE_CACHE: "on", ...env });
  assert.equal(result.status, 0, result.stderr);
  return result;
};
const homeModified = () => statSync(path.join(root, "_site", "index.html")).mtimeMs;

before(() => {
  root = copyProject("up-to-date-");
  // A file the build reports, so the repeated warning can be seen.
  writeFileSync(path.join(root, "seeds", "scan.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
});

test("a second build with nothing changed leaves the site alone and repeats the warnings", () => {
  const first = build();
  assert.match(first.stdout, BUILT);
  assert.match(first.stderr, /seeds\/scan\.txt: binary content/);
  const written = homeModified();
  const second = build();
  assert.match(second.stdout, UP_TO_DATE);
  assert.equal(second.stderr, first.stderr.split("\n").filter((line) => line.includes("seeds/")).join("\n") + "\n");
  assert.equal(homeModified(), written, "the site was not written again");
  assert.deepEqual(readdirSync(path.join(root, "_site")).filter((name) => name.includes("build.json")), [], "the stamp is not published");
});

test("an edited article, a changed setting or a touched site builds again", () => {
  appendFileSync(path.join(root, "seeds", readdirSync(path.join(root, "seeds")).sort()[0]!), "\nThe talks ended on Friday.\n");
  assert.match(build().stdout, BUILT, "an edited article");
  assert.match(build().stdout, UP_TO_DATE);
  assert.match(build([], { SITE_URL: "https://news.example.net" }).stdout, BUILT, "another site URL");
  assert.match(build([], { SITE_URL: "https://news.example.net" }).stdout, UP_TO_DATE);
  rmSync(path.join(root, "_site", "about", "index.html"));
  assert.match(build([], { SITE_URL: "https://news.example.net" }).stdout, BUILT, "a page deleted from the site");
  assert.ok(statSync(path.join(root, "_site", "about", "index.html")).isFile());
});

test("--force and a cold run always build", () => {
  assert.match(build().stdout, BUILT);
  assert.match(build(["--force"]).stdout, BUILT);
  assert.match(build([], { ARCHIVE_CACHE: "off" }).stdout, BUILT);
  rmSync(root, { recursive: true, force: true });
});
