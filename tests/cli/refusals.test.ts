// The build refuses what would lose a user's files or their last good site, each time in one
// line naming the option or file and the fix, exit code 1, no stack trace. Every build runs in
// a throw-away copy of the project, so a refusal that failed would only harm the copy.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyProject } from "../support/project-copy.ts";
import { hasStackTrace, runBuild, sameSite, snapshot, type BuildResult } from "../support/run-build.ts";

let root: string;
let goodSite: Map<string, Buffer>;
/** The project's own folders, as they were before any refused build. */
let project: Map<string, Map<string, Buffer>>;
const OWN_FOLDERS = ["seeds", "data", "templates", "src", "scripts"];

before(() => {
  root = copyProject("refusals-");
  const first = runBuild(root);
  assert.equal(first.status, 0, first.stderr);
  goodSite = snapshot(path.join(root, "_site"));
  project = new Map(OWN_FOLDERS.map((folder) => [folder, snapshot(path.join(root, folder))]));
});

/** One line on stderr, `build: …` matching `pattern`, exit 1, and nothing of the user's changed. */
function assertRefused(result: BuildResult, pattern: RegExp): void {
  assert.equal(result.status, 1, `exit code; stderr:\n${result.stderr}`);
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one line:\n${result.stderr}`);
  assert.match(lines[0]!, /^build: /);
  assert.match(lines[0]!, pattern);
  assert.equal(hasStackTrace(result.stderr), false);
  assert.ok(sameSite(snapshot(path.join(root, "_site")), goodSite), "the last good site is untouched");
}

/** The input articles and the project's own files are as they were before any refused build. */
function assertProjectUntouched(): void {
  for (const [folder, files] of project) assert.ok(sameSite(snapshot(path.join(root, folder)), files), `${folder}/ is untouched`);
}

test("the output can never be the input, the project's folders or the project itself", () => {
  assertRefused(runBuild(root, ["--output=seeds"]), /--output=seeds is the input folder seeds/);
  assertRefused(runBuild(root, ["--output=data"]), /--output=data is the project's data\/ folder/);
  assertRefused(runBuild(root, ["--output=templates"]), /--output=templates is the project's templates\/ folder/);
  assertRefused(runBuild(root, ["--output=src/site"]), /is inside the project's src\/ folder/);
  assertRefused(runBuild(root, [`--output=${root}`]), /is the project folder itself/);
  assertRefused(runBuild(root, ["--output=.."]), /contains the project folder/);
  assertRefused(runBuild(root, ["--output=scripts"]), /holds files this tool did not write/);
  assertProjectUntouched();
});

test("empty --input= and --output= are errors, not the project root", () => {
  assertRefused(runBuild(root, ["--output="]), /--output is empty/);
  assertRefused(runBuild(root, ["--input="]), /--input is empty/);
  assertRefused(runBuild(root, ["--input=missing"]), /--input=missing: the folder does not exist/);
  assertProjectUntouched();
});

test("an input folder with no article keeps the last site, unless --allow-empty", () => {
  mkdirSync(path.join(root, "no-articles"), { recursive: true });
  assertRefused(runBuild(root, ["--input=no-articles"]), /no article could be read from no-articles; _site is left as it was \(--allow-empty builds an empty archive\)/);
  const empty = runBuild(root, ["--input=no-articles", "--allow-empty", "--output=.cache/empty-site"]);
  assert.equal(empty.status, 0, empty.stderr);
  assert.deepEqual(JSON.parse(readFileSync(path.join(root, ".cache/empty-site/api/articles.json"), "utf8")), []);
  assertProjectUntouched();
});

test("a broken data file is one line naming it, and the last site stays", () => {
  for (const [file, pattern] of [
    ["data/site.json", /^build: data\/site\.json: not valid JSON \(.*\); fix the syntax$/],
    ["data/authority.json", /^build: data\/authority\.json: not valid JSON/],
    ["data/agencies.json", /^build: data\/agencies\.json: not valid JSON/],
  ] as const) {
    const good = readFileSync(path.join(root, file));
    writeFileSync(path.join(root, file), "{ broken");
    try {
      assertRefused(runBuild(root), pattern);
    } finally {
      writeFileSync(path.join(root, file), good);
    }
  }
  const good = readFileSync(path.join(root, "data/site.json"), "utf8");
  writeFileSync(path.join(root, "data/site.json"), good.replace(/"title": "[^"]*"/, '"title": 7'));
  try {
    assertRefused(runBuild(root), /^build: data\/site\.json: title: /);
  } finally {
    writeFileSync(path.join(root, "data/site.json"), good);
  }
  assertProjectUntouched();
});

test("two pages written to one file are refused, as Eleventy refuses two templates writing one file", () => {
  const file = path.join(root, "templates/people/person.njk");
  const good = readFileSync(file, "utf8");
  // Every person's page at one address, which the about page has too.
  writeFileSync(file, good.replace('permalink: "{{ view.url }}"', 'permalink: "/about/"'));
  try {
    assertRefused(runBuild(root), /^build: the new site could not be written \(two pages are written to about\/index\.html \(the second: \/about\/\)\); _site is as it was$/);
  } finally {
    writeFileSync(file, good);
  }
  assertProjectUntouched();
});

test("SITE_URL must be an absolute http(s) URL and PATH_PREFIX a plain path", () => {
  assertRefused(runBuild(root, [], { SITE_URL: "javascript:alert(1)//" }), /^build: SITE_URL "javascript:alert\(1\)\/\/" must start with https:\/\/ or http:\/\//);
  assertRefused(runBuild(root, [], { SITE_URL: "news.example.org" }), /^build: SITE_URL "news\.example\.org" is not an absolute URL; write it like https:\/\/news\.example\.org$/);
  assertRefused(runBuild(root, ['--site-url=https://news.example.org/"><script>']), /^build: --site-url ".*" must have a plain path/);
  assertRefused(runBuild(root, [], { PATH_PREFIX: `/a"b'/` }), /^build: PATH_PREFIX .* is not a plain path/);
  assertProjectUntouched();
});

test("an output the user may not write is one line, not a stack trace", () => {
  const locked = path.join(root, "read-only");
  mkdirSync(locked, { recursive: true });
  chmodSync(root, 0o755);
  chmodSync(locked, 0o555);
  // As root every folder is writable, so the build runs as `nobody` there.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const result = runBuild(root, [`--output=${locked}/site`], {}, asUser);
  assertRefused(result, /--output=read-only\/site cannot be written: read-only is not writable for you; check its permissions/);
  assertProjectUntouched();
});

test("an unknown option or a bad value names the option", () => {
  assertRefused(runBuild(root, ["--frobnicate"]), /unknown option --frobnicate \(known: /);
  assertRefused(runBuild(root, ["--max-file-size=lots"]), /--max-file-size=lots is not a size/);
  assertRefused(runBuild(root, ["--wait=soon"]), /--wait=soon is not a number of seconds/);
  assertProjectUntouched();
});
