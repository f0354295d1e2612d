// One build at a time per output folder: a lock file beside it (`.<name>.lock`), created
// atomically. A second build waits for the first, or gives up with one line; `npm start` holds
// the lock for as long as it serves, and a build meeting it stops at once instead of waiting.
// A lock left by a killed build (its process is gone) is taken over.
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { displayPath } from "../model/data-file.ts";
import { onInterrupt } from "./interrupt.ts";

export type LockMode = "build" | "serve";

interface Holder {
  pid: number;
  host: string;
  mode: LockMode;
}

export interface OutputLock {
  file: string;
  release(): void;
}

export interface LockOptions {
  mode: LockMode;
  /** How long to wait for another build to finish before giving up. */
  waitSeconds: number;
  /** Told once when the lock is taken and this build starts waiting. */
  onWait?: (message: string) => void;
}

const POLL_MS = 200;

/** `/x/_site` → `/x/._site.lock`. */
export function lockFileFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.lock`);
}

export async function acquireLock(target: string, options: LockOptions): Promise<OutputLock> {
  const file = lockFileFor(target);
  mkdirSync(path.dirname(file), { recursive: true });
  const mine: Holder = { pid: process.pid, host: hostname(), mode: options.mode };
  // Handled before the lock is taken: a signal nobody listens for kills the process at once,
  // lock and all, and Ctrl-C in the instant after the lock was taken would leave it behind.
  const forget = onInterrupt(() => releaseLock(file, mine));
  const release = () => {
    forget();
    releaseLock(file, mine);
  };
  try {
    return await waitForLock(target, file, mine, options, release);
  } catch (error) {
    forget();
    throw error;
  }
}

async function waitForLock(target: string, file: string, mine: Holder, options: LockOptions, release: () => void): Promise<OutputLock> {
  const deadline = Date.now() + options.waitSeconds * 1000;
  let toldWaiting = false;
  for (;;) {
    const holder = tryLock(file, mine);
    if (holder === null) return { file, release };
    const who = `${holder.mode === "serve" ? "npm start" : "another build"} (process ${holder.pid}${holder.host === mine.host ? "" : ` on ${holder.host}`})`;
    if (holder.mode === "serve") {
      throw new Error(`${displayPath(target)} is being served by ${who}; stop it first, or build into another folder with --output=DIR`);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${displayPath(target)} is still being written by ${who}` +
          (options.waitSeconds > 0 ? ` after waiting ${options.waitSeconds} s` : "") +
          `; try again when it has finished (--wait=SECONDS waits longer), or delete ${displayPath(file)} if no build is running`,
      );
    }
    if (!toldWaiting) options.onWait?.(`waiting for ${who} to finish writing ${displayPath(target)}…`);
    toldWaiting = true;
    await sleep(POLL_MS);
  }
}

/** Takes the lock and returns null, or returns who holds it. */
function tryLock(file: string, mine: Holder): Holder | null {
  // Written whole to a private file, then linked into place: link fails if the lock exists, so
  // two builds can never both take it, and a reader never sees a half-written lock.
  const draft = `${file}.${mine.pid}`;
  writeFileSync(draft, JSON.stringify(mine));
  try {
    linkSync(draft, file);
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  const text = readText(file);
  if (text === null) return tryLock(file, mine); // released in the meantime
  const holder = parseHolder(text);
  if (holder && isAlive(holder, mine.host)) return holder;
  breakStaleLock(file, text);
  return tryLock(file, mine);
}

/**
 * Moves a dead build's lock aside. Rename is atomic, so of two builds breaking it only one moves
 * it; should the file moved turn out to be a fresh lock taken meanwhile, it is put back.
 */
function breakStaleLock(file: string, staleText: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else moved it first
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, file);
    } catch {
      // a third build took the lock meanwhile; the one moved aside belongs to a build that lost its race
    }
  }
  unlinkSync(aside);
}

function releaseLock(file: string, mine: Holder): void {
  if (readText(file) === JSON.stringify(mine)) unlinkSync(file);
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (typeof value.pid === "number" && typeof value.host === "string" && (value.mode === "build" || value.mode === "serve")) return value as Holder;
  } catch {
    // not a lock this tool wrote: treated as stale
  }
  return null;
}

/** A process on another machine (a shared folder) cannot be checked, so it counts as running. */
function isAlive(holder: Holder, host: string): boolean {
  if (holder.host !== host) return true;
  // This process holds no lock yet: a lock with its pid is a dead build's (in a container, pids repeat).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
