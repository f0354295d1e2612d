// The site is rendered into a new folder beside the target (`.<name>.building-<pid>`) and swapped
// in with two renames only once it is complete, so the last good site stays in place, whole,
// through any failure or interruption. A mount point, which cannot be renamed, is synced file by
// file instead, still only after success. Call with the output's lock held (lock.ts).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { onInterrupt } from "./interrupt.ts";
import { isEmptyFolder, isToolOutput, writeMarker } from "./marker.ts";
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
  removeToolFolder(previous);
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

function sibling(target: string, suffix: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}`);
}
