// A throw-away copy of the project for tests that run the build against its own folders (a
// build told to write into seeds/, a killed build, `npm start` editing articles): whatever
// goes wrong happens in the copy, never in the real project. node_modules is linked, not copied.
import { cpSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "./build-site.ts";

const PROJECT_FILES = [".eleventy.ts", "package.json", "tsconfig.json", "data", "seeds", "src", "scripts", "templates"];

/** A fresh copy of the project's code, data, templates and seed articles; returns its root. */
export function copyProject(prefix = "project-copy-"): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const file of PROJECT_FILES) cpSync(path.join(projectRoot, file), path.join(root, file), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
  return root;
}
