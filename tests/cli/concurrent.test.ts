// Two builds into one folder at once never mix: the second waits for the first and then replaces
// its site whole (or, with --wait=0, gives up in one line). Each build's site is compared with
// the same input built alone.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { projectRoot } from "../support/build-site.ts";
import { hasStackTrace, runBuild, sameSite, settledListing, snapshot, startBuild } from "../support/run-build.ts";

let work: string;
const inputs: Record<"five" | "four", string> = { five: "", four: "" };
const alone: Record<"five" | "four", Map<string, Buffer>> = { five: new Map(), four: new Map() };

before(() => {
  work = mkdtempSync(path.join(tmpdir(), "concurrent-"));
  inputs.five = path.join(work, "five");
  inputs.four = path.join(work, "four");
  cpSync(path.join(projectRoot, "seeds"), inputs.five, { recursive: true });
  cpSync(path.join(projectRoot, "seeds"), inputs.four, { recursive: true });
  rmSync(path.join(inputs.four, readdirSync(inputs.four).sort()[0]!));
  writeFileSync(
    path.join(inputs.four, "bernama-visit.txt"),
    " date 2026-02-10 KUALA LUMPUR, Feb 10 (Bernama) — Prime Minister Sonexay Siphandone of Laos began an official visit to Malaysia on Tuesday, Bernama reported.\n",
  );
  for (const name of ["five", "four"] as const) {
    const result = runBuild(projectRoot, [`--input=${inputs[name]}`, `--output=${path.join(work, `alone-${name}`)}`]);
    assert.equal(result.status, 0, result.stderr);
    alone[name] = snapshot(path.join(work, `alone-${name}`));
  }
});

/** Runs a build in the background and collects its exit code and messages. */
function background(input: string, output: string, extra: string[] = []) {
  const child = startBuild(projectRoot, [`--input=${input}`, `--output=${output}`, ...extra]);
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const done = once(child, "exit").then(([code]) => ({ code: code as number | null, stderr }));
  return { child, done };
}

test("two builds into one folder at once: the second waits, and the site is one of them whole", async () => {
  const shared = path.join(work, "shared/site");
  mkdirSync(path.dirname(shared));
  const first = background(inputs.five, shared);
  while (!existsSync(path.join(work, "shared/.site.lock"))) await sleep(10);
  const second = background(inputs.four, shared);
  const [a, b] = await Promise.all([first.done, second.done]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.match(b.stderr, /^build: waiting for another build \(process \d+\) to finish writing .*site…$/m);
  assert.equal(hasStackTrace(a.stderr + b.stderr), false);
  assert.ok(sameSite(snapshot(shared), alone.four), "the site is the second build's, whole, with nothing of the first");
  assert.deepEqual(await settledListing(path.dirname(shared)), ["site"], "no lock or unfinished folder left");
});

test("with --wait=0 the second build gives up at once in one line, and the first finishes untouched", async () => {
  const shared = path.join(work, "impatient/site");
  mkdirSync(path.dirname(shared));
  const first = background(inputs.five, shared);
  while (!existsSync(path.join(work, "impatient/.site.lock"))) await sleep(10);
  const second = runBuild(projectRoot, [`--input=${inputs.four}`, `--output=${shared}`, "--wait=0"]);
  assert.equal(second.status, 1);
  assert.match(second.stderr.trim(), /^build: .*site is still being written by another build \(process \d+\); try again when it has finished/);
  assert.equal(second.stderr.trim().split("\n").length, 1);
  const a = await first.done;
  assert.equal(a.code, 0, a.stderr);
  assert.ok(sameSite(snapshot(shared), alone.five));
});
