// Killing a build at any moment leaves the last good site as it was: SIGKILL (a CI timeout, the
// OOM killer) and SIGINT (Ctrl-C), at several points from start-up to the search index. The
// points are seen from outside, as the build reaches them: its lock, its new folder, its first
// pages, its search index. The next build recovers from whatever was left behind.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../support/build-site.ts";
import { hasStackTrace, runBuild, sameSite, settledListing, snapshot, startBuild } from "../support/run-build.ts";

let work: string;
let site: string;
let input: string;
let oldSite: Map<string, Buffer>;
let newSite: Map<string, Buffer>;
/** A copy of the old site, put back before each kill. */
let pristine: string;

before(() => {
  work = mkdtempSync(path.join(tmpdir(), "kill-"));
  input = path.join(work, "articles");
  mkdirSync(path.join(work, "out"));
  site = path.join(work, "out/site");
  cpSync(path.join(projectRoot, "seeds"), input, { recursive: true });
  const first = runBuild(projectRoot, [`--input=${input}`, `--output=${site}`]);
  assert.equal(first.status, 0, first.stderr);
  oldSite = snapshot(site);
  pristine = path.join(work, "pristine");
  cpSync(site, pristine, { recursive: true });

  // The next build has one more article, so the old and the new site differ.
  writeFileSync(
    path.join(input, "vna-new.txt"),
    " date 2026-02-09 HÀ NỘI — Prime Minister Phạm Minh Chính received the visiting Lao delegation in Hà Nội on Monday, VNA reported.\n",
  );
  const reference = path.join(work, "reference");
  const second = runBuild(projectRoot, [`--input=${input}`, `--output=${reference}`]);
  assert.equal(second.status, 0, second.stderr);
  newSite = snapshot(reference);
  assert.equal(sameSite(oldSite, newSite), false);
});

const staging = (pid: number) => path.join(work, "out", `.site.building-${pid}`);
const lockFile = () => path.join(work, "out/.site.lock");

interface Killed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  sent: boolean;
  pid: number;
}

/** Starts a build of the new input and sends `signal` as soon as `reached(pid)` holds. */
async function killWhen(reached: (pid: number) => boolean, signal: NodeJS.Signals): Promise<Killed> {
  rmSync(site, { recursive: true, force: true });
  cpSync(pristine, site, { recursive: true });
  const child = startBuild(projectRoot, [`--input=${input}`, `--output=${site}`]);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  child.stdout!.resume();
  let sent = false;
  const watcher = setInterval(() => {
    if (!sent && reached(child.pid!)) {
      sent = child.kill(signal);
    }
  }, 2);
  const [code, gotSignal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  clearInterval(watcher);
  return { code, signal: gotSignal, stderr, sent, pid: child.pid! };
}

/**
 * The site is exactly the old one or, if the kill came after the swap, exactly the new one; never
 * a mix. A SIGKILL between the swap's two renames leaves the old site set aside whole, for the next
 * build to put back.
 */
function assertWhole(killed: Killed, pid: number, moment: string): "old" | "new" | "set aside" {
  if (!existsSync(site)) {
    assert.ok(sameSite(snapshot(path.join(work, "out", `.site.previous-${pid}`)), oldSite), `${moment}: the old site is set aside whole`);
    return "set aside";
  }
  const now = snapshot(site);
  if (sameSite(now, oldSite)) {
    assert.notEqual(killed.code, 0, `${moment}: a finished build swapped its site in`);
    return "old";
  }
  assert.ok(sameSite(now, newSite), `${moment}: the site is either the old one or the new one, whole`);
  return "new";
}

const moments: [string, (pid: number) => boolean, NodeJS.Signals][] = [
  ["while starting", () => true, "SIGKILL"],
  ["holding the lock", () => existsSync(lockFile()), "SIGINT"],
  ["its new folder made", (pid) => existsSync(staging(pid)), "SIGKILL"],
  ["the first pages written", (pid) => existsSync(path.join(staging(pid), "articles")), "SIGINT"],
  ["indexing for search", (pid) => existsSync(path.join(staging(pid), "pagefind")), "SIGKILL"],
  ["the search index written", (pid) => existsSync(path.join(staging(pid), "pagefind/pagefind-entry.json")), "SIGINT"],
];

test("a build killed at any moment leaves the old site whole; the next build recovers", async (t) => {
  const outcomes: string[] = [];
  for (const [moment, reached, signal] of moments) {
    const killed = await killWhen(reached, signal);
    const state = assertWhole(killed, killed.pid, `${signal} ${moment}`);
    outcomes.push(`${signal} ${moment}: ${killed.sent ? "killed" : "not reached"}, ${state} site`);
    assert.equal(hasStackTrace(killed.stderr), false, killed.stderr);
    if (signal === "SIGINT" && killed.sent && killed.code !== 0) {
      // Ctrl-C is cleaned up at once: no unfinished folder, no lock, and a line saying where the site stands.
      assert.equal(killed.code, 130, killed.stderr);
      assert.match(killed.stderr, state === "old" ? /build: interrupted; .*site is as it was/ : /build: interrupted; the new site is in place/);
      assert.deepEqual(await settledListing(path.join(work, "out")), ["site"]);
    }
  }
  t.diagnostic(outcomes.join("; "));
  assert.ok(outcomes.filter((outcome) => outcome.includes("killed, old site")).length >= 4, outcomes.join("\n"));

  // Whatever the kills left (a lock, unfinished folders) the next build takes over and clears.
  const next = runBuild(projectRoot, [`--input=${input}`, `--output=${site}`]);
  assert.equal(next.status, 0, next.stderr);
  assert.ok(sameSite(snapshot(site), newSite));
  assert.deepEqual(await settledListing(path.join(work, "out")), ["site"], "nothing left beside the site");
});
