// One build per output folder: a second one waits or gives up with one clear line, `npm start`
// is never waited for, and a killed build's lock is taken over. The holders are real processes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { acquireLock, lockFileFor } from "../../src/output/lock.ts";

const target = () => path.join(mkdtempSync(path.join(tmpdir(), "lock-")), "_site");

/** A process holding the lock on `folder` for `seconds`, once it says so. */
async function holder(folder: string, mode: "build" | "serve", seconds: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-lock.ts", folder, mode, String(seconds)], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  assert.equal(chunk.toString().trim(), "locked");
  return child;
}

test("a second build gives up with one line naming the holder and the lock file", async () => {
  const folder = target();
  const other = await holder(folder, "build", 30);
  try {
    await assert.rejects(acquireLock(folder, { mode: "build", waitSeconds: 0 }), (error: Error) => {
      assert.match(error.message, new RegExp(`is still being written by another build \\(process ${other.pid}\\)`));
      assert.ok(error.message.includes(lockFileFor(folder)), error.message);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  } finally {
    other.kill("SIGKILL");
  }
});

test("a second build waits for the first to finish, saying so once", async () => {
  const folder = target();
  const other = await holder(folder, "build", 1.5);
  const exited = once(other, "exit"); // listened for now: it exits as soon as it lets go
  const told: string[] = [];
  const lock = await acquireLock(folder, { mode: "build", waitSeconds: 60, onWait: (message) => told.push(message) });
  assert.equal(told.length, 1);
  assert.match(told[0]!, /^waiting for another build \(process \d+\) to finish writing/);
  assert.equal(JSON.parse(readFileSync(lock.file, "utf8")).pid, process.pid);
  lock.release();
  assert.equal(existsSync(lock.file), false);
  await exited;
});

test("npm start holding the folder stops a build at once, however long it would wait", async () => {
  const folder = target();
  const serving = await holder(folder, "serve", 30);
  try {
    const started = Date.now();
    await assert.rejects(acquireLock(folder, { mode: "build", waitSeconds: 60 }), /is being served by npm start \(process \d+\); stop it first, or build into another folder/);
    assert.ok(Date.now() - started < 30_000);
  } finally {
    serving.kill("SIGKILL");
  }
});

test("the lock of a killed build, or a garbled lock file, is taken over", async () => {
  const folder = target();
  const killed = await holder(folder, "build", 30);
  killed.kill("SIGKILL");
  await once(killed, "exit");
  assert.equal(JSON.parse(readFileSync(lockFileFor(folder), "utf8")).pid, killed.pid, "the dead build's lock is still there");
  const lock = await acquireLock(folder, { mode: "build", waitSeconds: 0 });
  assert.equal(JSON.parse(readFileSync(lock.file, "utf8")).pid, process.pid);
  lock.release();

  writeFileSync(lockFileFor(folder), "not json");
  const again = await acquireLock(folder, { mode: "build", waitSeconds: 0 });
  again.release();
  assert.equal(existsSync(lockFileFor(folder)), false);
});

test("releasing leaves another build's lock alone", async () => {
  const folder = target();
  const lock = await acquireLock(folder, { mode: "build", waitSeconds: 0 });
  const theirs = JSON.stringify({ pid: 1, host: "elsewhere", mode: "build" });
  writeFileSync(lock.file, theirs);
  lock.release();
  assert.equal(readFileSync(lock.file, "utf8"), theirs);
});

test("Ctrl-C while waiting for the lock, or holding it, exits 130 and leaves only the other build's lock", async () => {
  const folder = target();
  const other = await holder(folder, "build", 30);
  try {
    // The handler is in place from the moment the lock is asked for, not only once it is held:
    // a signal nobody listens for would kill the build at once, without its clean-up.
    const waiting = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-lock.ts", folder, "build", "30", "60"], { stdio: ["ignore", "pipe", "inherit"] });
    const [chunk] = (await once(waiting.stdout!, "data")) as [Buffer];
    assert.equal(chunk.toString().trim(), "waiting");
    waiting.kill("SIGINT");
    const [code, signal] = (await once(waiting, "exit")) as [number | null, NodeJS.Signals | null];
    assert.deepEqual({ code, signal }, { code: 130, signal: null });
    assert.equal(JSON.parse(readFileSync(lockFileFor(folder), "utf8")).pid, other.pid, "the other build's lock is kept");
  } finally {
    other.kill("SIGKILL");
    await once(other, "exit");
  }
  const locked = await holder(folder, "build", 30);
  locked.kill("SIGINT");
  const [code] = (await once(locked, "exit")) as [number | null];
  assert.equal(code, 130);
  assert.equal(existsSync(lockFileFor(folder)), false, "an interrupted build's own lock is gone");
});
