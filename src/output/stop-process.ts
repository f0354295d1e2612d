// Stops a helper process (Pagefind) that writes into the build's unfinished folder, and waits
// until it is gone, so an interrupted build can remove the folder without the helper bringing
// files back afterwards. Synchronous: it runs in the interrupt clean-up, which cannot wait on the
// event loop.
import { readFileSync } from "node:fs";

/** Longest wait for the process to be gone after SIGKILL. */
const MOST_MS = 2000;
/** Where /proc cannot tell (not Linux), a wait long enough for the kill to land. */
const BLIND_MS = 100;

export function stopProcess(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return; // gone already
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < MOST_MS; waited += 5) {
    const state = processState(pid);
    if (state === "unknown") {
      Atomics.wait(pause, 0, 0, BLIND_MS);
      return;
    }
    if (state === "gone") return;
    Atomics.wait(pause, 0, 0, 5);
  }
}

/** Linux: a zombie (Z) or dead (X) process runs no more code; its /proc entry may linger until reaped. */
function processState(pid: number): "running" | "gone" | "unknown" {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" && readableProc() ? "gone" : "unknown";
  }
  // `pid (name) S …`: the state follows the last parenthesis (a name may hold one).
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state === "Z" || state === "X" ? "gone" : "running";
}

function readableProc(): boolean {
  try {
    readFileSync(`/proc/${process.pid}/stat`, "utf8");
    return true;
  } catch {
    return false;
  }
}
