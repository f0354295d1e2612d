// Copies a finished site into a folder that cannot be swapped (a mount point), file by file:
// changed files are written beside their old copy and renamed over it, so each file is whole
// at any moment; files the new site does not have are removed last.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export interface SyncReport {
  written: number;
  unchanged: number;
  removed: number;
}

export function syncFolder(from: string, to: string): SyncReport {
  const report: SyncReport = { written: 0, unchanged: 0, removed: 0 };
  const wanted = new Set<string>();
  for (const relative of listTree(from)) {
    wanted.add(relative);
    const source = path.join(from, relative);
    const target = path.join(to, relative);
    if (statSync(source).isDirectory()) {
      if (existsSync(target) && !statSync(target).isDirectory()) rmSync(target);
      mkdirSync(target, { recursive: true });
      continue;
    }
    if (existsSync(target) && statSync(target).isDirectory()) rmSync(target, { recursive: true });
    if (existsSync(target) && readFileSync(target).equals(readFileSync(source))) {
      report.unchanged++;
      continue;
    }
    const draft = path.join(path.dirname(target), `.${path.basename(target)}.sync-${process.pid}`);
    copyFileSync(source, draft);
    renameSync(draft, target);
    report.written++;
  }
  // Deepest first, so a folder is emptied before it is removed.
  for (const relative of listTree(to).reverse()) {
    if (wanted.has(relative)) continue;
    rmSync(path.join(to, relative), { recursive: true, force: true });
    report.removed++;
  }
  return report;
}

/** Every file and folder under `root`, parents before children, as relative paths. */
function listTree(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      found.push(child);
      if (entry.isDirectory()) walk(child);
    }
  };
  walk("");
  return found;
}
