// Another process holding an output folder's lock, for lock tests:
//   node --import tsx tests/support/hold-lock.ts TARGET build|serve SECONDS [WAIT]
// Waits up to WAIT seconds (default 0) for the lock, printing `waiting` if it must, then prints
// `locked` once it holds the lock, releases it after SECONDS and exits.
import { acquireLock, type LockMode } from "../../src/output/lock.ts";

const [target, mode, seconds, wait = "0"] = process.argv.slice(2);
if (!target || (mode !== "build" && mode !== "serve")) throw new Error("usage: hold-lock.ts TARGET build|serve SECONDS [WAIT]");
const lock = await acquireLock(target, { mode: mode as LockMode, waitSeconds: Number(wait), onWait: () => console.log("waiting") });
console.log("locked");
setTimeout(() => lock.release(), Number(seconds) * 1000);
