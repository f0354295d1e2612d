// `npm start` for real, on a throw-away copy of the project: after an article is edited, added
// or deleted, every output served (its page, the indexes, the feeds, the open data, the search
// index) shows the change; a bad file added while serving is reported like in a build; Ctrl-C
// stops the server and frees the output folder.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gunzipSync } from "node:zlib";
import { copyProject } from "../support/project-copy.ts";
import { sameSite, snapshot } from "../support/run-build.ts";

const EDIT = "The two sides also agreed to open the Tây Trang–Pang Hốc border gate to trade around the clock, officials said.";
const TIMEOUT_MS = 180_000;

let root: string;
let server: ChildProcess;
let base: string;
let stderr = "";
let stdout = "";

/** Polls until `check` passes (or throws its last failure after the timeout). */
async function eventually(what: string, check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what}: still not so after ${TIMEOUT_MS / 1000} s: ${(error as Error).message}\n${stderr}`);
      await sleep(500);
    }
  }
}

async function served(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(url, base));
  return { status: response.status, text: await response.text() };
}

/** The text of every search-index fragment on disk (Pagefind gzips them). */
function searchText(): string {
  const folder = path.join(root, "_site/pagefind/fragment");
  return readdirSync(folder).map((file) => gunzipSync(readFileSync(path.join(folder, file))).toString("utf8")).join("\n");
}

/** Every output that lists articles, served. */
async function everyOutput(): Promise<string> {
  const parts = await Promise.all(["/", "/articles/", "/api/articles.json", "/api/events.json", "/feed.xml", "/feed.json", "/sitemap.xml"].map((url) => served(url)));
  return parts.map((part) => part.text).join("\n") + searchText();
}

before(async () => {
  root = copyProject("serve-");
  server = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--serve"], { cwd: root, env: { ...process.env, ARCHIVE_CACHE: "off" }, stdio: ["ignore", "pipe", "pipe"] });
  server.stderr!.on("data", (chunk) => (stderr += chunk));
  server.stdout!.on("data", (chunk) => (stdout += chunk));
  await eventually("the server starts", async () => {
    // Eleventy picks the next free port when 8080 is taken, and says which.
    const address = /Server at (http:\/\/\S+)/.exec(stderr);
    assert.ok(address, "no address yet");
    base = address[1]!;
    assert.equal((await served("/api/articles.json")).status, 200);
  });
});

after(async () => {
  if (server.exitCode === null) {
    server.kill("SIGKILL");
    await once(server, "exit");
  }
  rmSync(root, { recursive: true, force: true });
});

test("an edited paragraph shows on the article page, in the feeds, the open data and the search index", async () => {
  const file = readdirSync(path.join(root, "seeds")).sort()[1]!;
  const id = file.replace(/\.txt$/, "");
  const text = readFileSync(path.join(root, "seeds", file), "utf8");
  assert.ok(!text.includes("Tây Trang"));
  const paragraphs = text.split("\n\n");
  paragraphs[2] = `${paragraphs[2]} ${EDIT}`;
  writeFileSync(path.join(root, "seeds", file), paragraphs.join("\n\n"));
  await eventually("the edit is served everywhere", async () => {
    for (const url of [`/articles/${id}/`, "/feed.json", "/feed.xml", "/api/articles.json"]) {
      assert.ok((await served(url)).text.includes("Tây Trang"), url);
    }
    assert.ok(searchText().includes("Tây Trang"), "search index");
  });
});

test("an added article is served and listed everywhere", async () => {
  writeFileSync(
    path.join(root, "seeds", "kpl-added.txt"),
    " date 2026-02-12 VIENTIANE, Feb. 12 (KPL) — Prime Minister Sonexay Siphandone received the visiting Cambodian delegation in Vientiane on Thursday, KPL reported.\n",
  );
  await eventually("the new article is served and listed", async () => {
    assert.equal((await served("/articles/kpl-added/")).status, 200);
    const everything = await everyOutput();
    for (const place of ["/articles/kpl-added/", "received the visiting Cambodian delegation in Vientiane"]) assert.ok(everything.includes(place), place);
  });
});

test("a deleted article is no longer served nor listed anywhere, nor are pages only it made", async () => {
  const file = readdirSync(path.join(root, "seeds")).sort()[0]!;
  const id = file.replace(/\.txt$/, "");
  const before = JSON.parse((await served("/api/people.json")).text) as { id: string; articles: string[] }[];
  const onlyHere = before.filter((person) => person.articles.length === 1 && person.articles[0] === id).map((person) => person.id);
  assert.equal((await served(`/articles/${id}/`)).status, 200);
  rmSync(path.join(root, "seeds", file));
  await eventually("the deleted article is gone", async () => {
    assert.equal((await served(`/articles/${id}/`)).status, 404);
    for (const person of onlyHere) assert.equal((await served(`/people/${person}/`)).status, 404, person);
    assert.ok(!(await everyOutput()).includes(`/articles/${id}/`));
  });
});

test("a bad file added while serving is reported like in a build", async () => {
  writeFileSync(path.join(root, "seeds", "broken-scan.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  await eventually("the bad file is reported", async () => {
    assert.match(stderr, /^error: seeds\/broken-scan\.txt: binary content, not text/m);
  });
  assert.doesNotMatch(stderr, /^\s+at /m);
});

test("an edited template shows on every page it makes, whether or not the page's own data changed", async () => {
  const template = path.join(root, "templates/people/person.njk");
  const mark = '<p class="note">Names are given as the agencies wrote them.</p>';
  const text = readFileSync(template, "utf8");
  assert.ok(text.includes("{{ view | personPage"), "the person template's body");
  writeFileSync(template, text.replace("{{ view | personPage", `${mark}\n{{ view | personPage`));
  const people = readdirSync(path.join(root, "_site/people"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/people/${entry.name}/`);
  assert.ok(people.length >= 2);
  await eventually("every person page shows the edited template", async () => {
    for (const url of people) assert.ok((await served(url)).text.includes(mark), url);
  });
  // The search index follows each build's pages, and says when it has: once per build.
  const count = (pattern: RegExp) => (`${stdout}\n${stderr}`.match(pattern) ?? []).length;
  await eventually("the search index has followed every build", async () => assert.equal(count(/^search index: .* \(updated\)$/gm), count(/Wrote \d+ files in/g)));
});

test("a build into the served folder stops at once; Ctrl-C stops the server and frees the folder", async () => {
  const build = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let buildErr = "";
  build.stderr!.on("data", (chunk) => (buildErr += chunk));
  const [code] = await once(build, "exit");
  assert.equal(code, 1);
  assert.match(buildErr, /^build: _site is being served by npm start \(process \d+\); stop it first/);

  server.kill("SIGINT");
  const [exitCode] = await once(server, "exit");
  assert.equal(exitCode, 130);
  assert.equal(existsSync(path.join(root, "._site.lock")), false);
});

test("the served site, rebuilt only where pages changed, is byte-identical to a fresh build of the same articles", () => {
  // The edit above left most pages unchanged: they were kept, not rendered again.
  assert.match(stdout, /^rebuilt \d+ files; \d+ pages did not change and were kept$/m);
  const fresh = path.join(mkdtempSync(path.join(tmpdir(), "serve-fresh-")), "site");
  const built = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", `--output=${fresh}`], { cwd: root, encoding: "utf8" });
  assert.equal(built.status, 0, built.stderr);
  const served = snapshot(path.join(root, "_site"));
  const expected = snapshot(fresh);
  assert.deepEqual([...served.keys()], [...expected.keys()]);
  const differing = [...expected].filter(([file, bytes]) => !served.get(file)?.equals(bytes)).map(([file]) => file);
  assert.deepEqual(differing, []);
  assert.ok(sameSite(served, expected));
  rmSync(path.dirname(fresh), { recursive: true, force: true });
});
