// A process ended early (by a signal, or by a library calling process.exit) runs its clean-ups,
// last registered first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { projectRoot } from "../support/build-site.ts";

/** A child that registers two clean-ups, then is ended the way `how` says; returns what it printed. */
async function endChild(how: "exit" | "signal"): Promise<{ code: number | null; output: string }> {
  const script = `
    import { onInterrupt } from "./src/output/interrupt.ts";
    onInterrupt((signal) => console.log("lock released", signal ?? "no signal"));
    onInterrupt(() => console.log("unfinished folder removed"));
    const how = ${JSON.stringify(how)};
    if (how === "exit") process.exit(1);
    if (how === "signal") { console.log("ready"); setTimeout(() => {}, 30000); }
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: projectRoot, stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (chunk) => {
    output += chunk;
    if (how === "signal" && output.includes("ready")) child.kill("SIGINT");
  });
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, output };
}

test("an early exit runs the clean-ups, last registered first, told no signal", async () => {
  const { code, output } = await endChild("exit");
  assert.equal(code, 1);
  assert.deepEqual(output.trim().split("\n"), ["unfinished folder removed", "lock released no signal"]);
});

test("Ctrl-C runs them told the signal, and exits 130", async () => {
  const { code, output } = await endChild("signal");
  assert.equal(code, 130);
  assert.deepEqual(output.trim().split("\n"), ["ready", "unfinished folder removed", "lock released SIGINT"]);
});
