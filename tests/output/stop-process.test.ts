// An interrupted build stops Pagefind before removing its unfinished folder: once stopProcess
// returns, the process writes nothing more, so the folder stays removed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stopProcess } from "../../src/output/stop-process.ts";

test("a process writing into a folder is stopped before stopProcess returns; the folder stays removed", async () => {
  const work = mkdtempSync(path.join(tmpdir(), "stop-process-"));
  const folder = path.join(work, "pagefind");
  // Like Pagefind's writer: makes the folder whenever it is missing and keeps writing files.
  const script = `
    const { mkdirSync, writeFileSync } = require("node:fs");
    let n = 0;
    console.log("writing");
    for (;;) { mkdirSync(${JSON.stringify(folder)}, { recursive: true }); writeFileSync(${JSON.stringify(folder)} + "/fragment-" + (n++ % 100), "x"); }
  `;
  const writer = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    await once(writer.stdout!, "data");
    const exited = once(writer, "exit");
    stopProcess(writer.pid!);
    rmSync(work, { recursive: true, force: true });
    await sleep(300);
    assert.equal(existsSync(work), false, "nothing brought the folder back");
    const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    assert.equal(signal, "SIGKILL");
  } finally {
    writer.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  }
});

test("a process already gone is no error", async () => {
  const done = spawn(process.execPath, ["-e", "0"]);
  await once(done, "exit");
  assert.doesNotThrow(() => stopProcess(done.pid!));
});
