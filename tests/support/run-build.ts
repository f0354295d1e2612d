// Runs the build in a project folder as a user would (`npm run build`), and reads what it wrote.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildCommand } from "../../scripts/bench/build-command.ts";
import { isOldSiteBeingRemoved } from "../../src/output/atomic.ts";

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const env = (extra: NodeJS.ProcessEnv) => ({ ...process.env, ARCHIVE_CACHE: "off", ...extra });

/** What `npm run build -- ARGS` runs (package.json's build script: the compiled build), in `root`, to completion (as another user with `as`). */
export function runBuild(root: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}, as: { uid?: number; gid?: number } = {}): BuildResult {
  const result = spawnSync(...buildCommand(root, args), { cwd: root, encoding: "utf8", env: env(extraEnv), ...as });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, started in the background: the test decides when it ends. */
export function startBuild(root: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(...buildCommand(root, args), { cwd: root, env: env(extraEnv), stdio: ["ignore", "pipe", "pipe"] });
}

/** Every file under `folder` with its bytes, by relative path: a whole site to compare. */
export function snapshot(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full), readFileSync(full));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** True when two snapshots hold the same files with the same bytes. */
export function sameSite(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([file, bytes]) => b.get(file)?.equals(bytes) === true);
}

/** Whether `folder` exists as a folder. */
export function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** A build's stderr never shows a stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(text) || /node:internal/.test(text);
}

/**
 * What is left beside a site in `folder` once the build's detached deletion of the old site
 * (`.<name>.removing-…`, output/atomic.ts) has finished; waits up to `seconds` for it.
 */
export async function settledListing(folder: string, seconds = 30): Promise<string[]> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const names = readdirSync(folder).sort();
    if (!names.some(isOldSiteBeingRemoved) || Date.now() > deadline) return names;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
