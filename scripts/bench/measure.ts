// Runs one command and measures what a user would wait for and what the machine must hold:
// wall time, and the peak of the summed resident memory of the whole process tree (the command,
// and every process it starts: `npx`, `tsx`, the build's Node process, the Pagefind binary…),
// sampled from /proc. `/usr/bin/time -v` would report only the largest single process.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  seconds: number;
  /** Highest sum of VmRSS over the process tree seen by the sampler, in MB (NaN without /proc). */
  peakMb: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

const SAMPLE_EVERY_MS = 100;

/** Runs `command args…` to completion; throws with the end of its stderr when it fails. */
export function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let peakKb = 0;
    const sample = () => child.pid !== undefined && (peakKb = Math.max(peakKb, treeRssKb(child.pid)));
    const sampler = setInterval(sample, SAMPLE_EVERY_MS);
    sample();
    child.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${stderr.slice(-3000)}`));
      else resolve({ seconds, peakMb: peakKb > 0 ? peakKb / 1024 : NaN, stdout, stderr });
    });
  });
}

/** Summed VmRSS (kB) of `root` and all its descendants, now. */
export function treeRssKb(root: number): number {
  return descendants(root, parentsByPid()).reduce((sum, pid) => sum + rssKb(pid), 0);
}

/** `root` and every process below it, given each process's parent. */
export function descendants(root: number, parents: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of safeList("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = safeRead(`/proc/${name}/stat`);
    // `pid (command) state ppid …`: the command may hold spaces and parentheses.
    const fields = stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields?.[1]) parents.set(Number(name), Number(fields[1]));
  }
  return parents;
}

function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(safeRead(`/proc/${pid}/status`) ?? "");
  return match ? Number(match[1]) : 0;
}

// Processes come and go between listing and reading: a vanished one simply counts as nothing.
function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
