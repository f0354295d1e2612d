// The site is rendered into a new folder beside the target (`.<name>.building-<pid>`) and swapped
// in with two renames only once it is complete, so the last good site stays in place, whole,
// through any failure or interruption. A mount point, which cannot be renamed, is synced file by
// file instead, still only after success. Call with the output's lock held (lock.ts).
//
// The old site is then deleted by a process of its own, which the build does not wait for: on
// this project's benchmark machine, deleting the 100,000 files of a 10,000-article site took
// 40 s, a third of a rebuild. Until it is gone it waits beside the new one as
// `.<name>.removing-<pid>-<random>`; a deletion cut short is finished by the next build.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { onInterrupt } from "./interrupt.ts";
import { isEmptyFolder, isToolOutput, MARKER_FILE, writeMarker } from "./marker.ts";
import { isMountPoint } from "./mount.ts";
import { syncFolder } from "./sync.ts";

export type Published = "renamed" | "synced";

/**
 * Renders into a fresh folder with `render`, then puts it in place of `target`. `onSwapped` is
 * told the moment the new site is in place, before any interruption can be acted on.
 */
export async function writeAtomically(target: string, render: (folder: string) => Promise<void>, onSwapped?: (how: Published) => void): Promise<Published> {
  recoverLeftovers(target);
  const staging = startStaging(target);
  // The staging folder is ours alone (made fresh, named by our pid), so it is removed whole. A failed
  // render can leave writes in flight that bring parts of it back after the first removal, so the
  // removal stays registered for the process's exit.
  const discard = () => rmSync(staging, { recursive: true, force: true });
  const forget = onInterrupt(discard);
  try {
    await render(staging);
    // One synchronous step: no signal handler can run inside it (see interrupt.ts).
    const how = publish(staging, target);
    forget();
    onSwapped?.(how);
    return how;
  } catch (error) {
    discard();
    throw error;
  }
}

/** `/x/_site` → `/x/._site.building-<pid>`, where a build renders. */
export function stagingFolderFor(target: string, pid = process.pid): string {
  return sibling(target, `building-${pid}`);
}

/** `/x/_site` → `/x/._site.previous-<pid>`, where the old site waits between the two renames. */
export function previousFolderFor(target: string, pid = process.pid): string {
  return sibling(target, `previous-${pid}`);
}

/** An empty folder for this build, marked as the tool's, beside `target`. */
export function startStaging(target: string): string {
  const staging = stagingFolderFor(target);
  mkdirSync(path.dirname(target), { recursive: true });
  removeToolFolder(staging);
  mkdirSync(staging);
  writeMarker(staging);
  return staging;
}

/** Puts the finished `staging` folder in place of `target`. */
export function publish(staging: string, target: string): Published {
  if (!existsSync(target)) {
    renameSync(staging, target);
    return "renamed";
  }
  if (isMountPoint(target)) return syncAndRemove(staging, target);
  const previous = previousFolderFor(target);
  try {
    renameSync(target, previous);
  } catch (error) {
    // A bind mount shares its parent's device, so it is only found out here.
    if ((error as NodeJS.ErrnoException).code === "EBUSY") return syncAndRemove(staging, target);
    throw error;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    renameSync(previous, target);
    throw error;
  }
  if (existsSync(previous) && (isToolOutput(previous) || isEmptyFolder(previous))) {
    const doomed = sibling(target, `removing-${process.pid}-${randomBytes(4).toString("hex")}`);
    renameSync(previous, doomed);
    removeInBackground(doomed);
  }
  return "renamed";
}

/**
 * What killed builds left beside `target`: unfinished folders are removed, and an old site that
 * was set aside when the kill came (between the two renames) is put back if nothing replaced it.
 */
export function recoverLeftovers(target: string): void {
  const parent = path.dirname(target);
  if (!existsSync(parent)) return;
  const prefix = `.${path.basename(target)}.`;
  for (const name of readdirSync(parent).sort()) {
    if (!name.startsWith(prefix)) continue;
    // An old site whose deletion was cut short (or is still under way: deleting twice is harmless).
    if (REMOVING.test(name.slice(prefix.length))) {
      removeInBackground(path.join(parent, name));
      continue;
    }
    const kind = /^(building|previous)-(\d+)$/.exec(name.slice(prefix.length));
    if (!kind || Number(kind[2]) === process.pid) continue;
    const folder = path.join(parent, name);
    if (kind[1] === "previous" && !existsSync(target) && isToolOutput(folder)) renameSync(folder, target);
    else removeToolFolder(folder);
  }
}

function syncAndRemove(staging: string, target: string): Published {
  syncFolder(staging, target);
  removeToolFolder(staging);
  return "synced";
}

/** Deletes `folder` only if this tool wrote it (or it is still empty): nothing else is ever removed. */
function removeToolFolder(folder: string): void {
  if (existsSync(folder) && (isToolOutput(folder) || isEmptyFolder(folder))) rmSync(folder, { recursive: true, force: true });
}

/** Deletions under way, so a caller (a test) can wait for them. */
const removals = new Set<ReturnType<typeof spawn>>();

/** What an old site being deleted is named after the output's name: `removing-<pid>-<random>`. */
const REMOVING = /^removing-\d+-[0-9a-f]+$/;

/** Whether a name beside an output folder is an old site still being deleted (`.<name>.removing-…`). */
export function isOldSiteBeingRemoved(name: string): boolean {
  return name.startsWith(".") && REMOVING.test(name.slice(name.lastIndexOf(".") + 1));
}

/**
 * Deletes `folder` (a `removing-` one), if this tool wrote it, in a detached process, its marker
 * last, so a deletion cut short still leaves a folder the tool knows as its own.
 */
function removeInBackground(doomed: string): void {
  if (!existsSync(doomed) || !(isToolOutput(doomed) || isEmptyFolder(doomed))) return;
  try {
    const child = spawn(process.execPath, ["-e", REMOVER, doomed, MARKER_FILE], { detached: true, stdio: "ignore" });
    child.on("error", () => rmSync(doomed, { recursive: true, force: true }));
    child.on("exit", () => removals.delete(child));
    removals.add(child);
    child.unref();
  } catch {
    rmSync(doomed, { recursive: true, force: true }); // no process could be started: delete it here
  }
}

/** The detached process: everything but the marker, then the folder. */
const REMOVER = `const fs = require("node:fs"), path = require("node:path"), [folder, marker] = process.argv.slice(1);
for (const name of fs.readdirSync(folder)) if (name !== marker) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
fs.rmSync(folder, { recursive: true, force: true });`;

/** Resolves once every deletion this process started has ended. */
export async function backgroundRemovals(): Promise<void> {
  await Promise.all(
    [...removals].map((child) => {
      child.ref();
      return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve)));
    }),
  );
}

function sibling(target: string, suffix: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}`);
}
