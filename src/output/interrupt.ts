// Ctrl-C, a CI timeout (SIGTERM) or a closed terminal (SIGHUP) during a build: undo what the build
// started (its unfinished folder, its lock) and exit. A handler only runs between two steps of
// the event loop, and the swap is one synchronous step, so an interruption lands before the swap
// or after it, never inside. The same clean-up runs if anything ends the process early
// (`process.exit` deep in a library).
import { constants } from "node:os";

/** Told the signal when the process is interrupted; nothing when it exits early for another reason. */
type Cleanup = (signal?: NodeJS.Signals) => void;

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
const cleanups: Cleanup[] = [];
let installed = false;

/** Runs `cleanup` if the process is interrupted or exits early; returns a function that unregisters it. */
export function onInterrupt(cleanup: Cleanup): () => void {
  if (!installed) {
    for (const signal of SIGNALS) process.on(signal, () => stop(signal));
    process.on("exit", () => runCleanups());
    installed = true;
  }
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

function stop(signal: NodeJS.Signals): never {
  runCleanups(signal);
  process.exit(128 + constants.signals[signal]);
}

function runCleanups(signal?: NodeJS.Signals): void {
  // Last registered first: the unfinished folder goes before the lock that guards it.
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup(signal);
    } catch {
      // keep going: the next build clears whatever is left
    }
  }
}
