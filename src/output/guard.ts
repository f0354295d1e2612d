// Where a build may write. The output folder is replaced whole, so it may never be, contain or
// sit inside the input folder or the project's own folders, and may only be a folder this tool
// made (or an empty or new one). Paths are compared after following symbolic links.
import { accessSync, constants, existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { displayPath } from "../model/data-file.ts";
import { quotePath } from "../text/quote-path.ts";
import { MARKER_FILE, isEmptyFolder, isToolOutput } from "./marker.ts";

export interface ProjectFolders {
  /** The project root: the output may sit inside it (`_site/`) but never be or contain it. */
  root: string;
  /** Folders the output may neither be, contain nor sit inside: the input, data/, templates/, src/. */
  kept: { folder: string; role: string }[];
}

/** The folders a build of `root` reading `input` (and the editor's data in `data`) must leave alone. */
export function projectFolders(root: string, input: string | null, data = "data"): ProjectFolders {
  const kept = ["data", "templates", "src"].map((name) => ({ folder: path.join(root, name), role: `the project's ${name}/ folder` }));
  if (path.resolve(root, data) !== path.join(root, "data")) kept.push({ folder: path.resolve(root, data), role: `the data folder ${displayPath(path.resolve(root, data), root)}` });
  if (input !== null) kept.unshift({ folder: path.resolve(root, input), role: `the input folder ${displayPath(path.resolve(root, input), root)}` });
  return { root, kept };
}

/** The real, absolute folder to write the site into; throws one line saying why not and what to do. */
export function checkOutputFolder(output: string, folders: ProjectFolders): string {
  const option = `--output=${displayPath(path.resolve(folders.root, output), folders.root)}`;
  const refuse = (why: string, fix = "write the site into a folder of its own, such as --output=_site"): never => {
    throw new Error(`${option} ${why}; ${fix}`);
  };
  if (output.trim() === "") refuse("is empty");
  const target = realPath(path.resolve(folders.root, output));

  const root = realPath(folders.root);
  if (target === root) refuse("is the project folder itself");
  if (isInside(root, target)) refuse(`contains the project folder ${quotePath(root)}`);
  for (const { folder, role } of folders.kept) {
    const kept = realPath(folder);
    if (target === kept) refuse(`is ${role}`);
    if (isInside(target, kept)) refuse(`is inside ${role}`);
    if (isInside(kept, target)) refuse(`contains ${role}`);
  }

  // The new site is rendered beside the target, so the folder holding it must take new files.
  const parent = nearestExisting(path.dirname(target));
  if (!statSync(parent).isDirectory()) refuse(`is inside ${displayPath(parent, folders.root)}, which is a file`);
  try {
    accessSync(parent, constants.W_OK);
  } catch (error) {
    const readOnly = (error as NodeJS.ErrnoException).code === "EROFS";
    refuse(`cannot be written: ${displayPath(parent, folders.root)} is ${readOnly ? "on a read-only file system" : "not writable for you"}`, "check its permissions, or choose another folder with --output=DIR");
  }

  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) refuse("is a file, not a folder");
    if (!isEmptyFolder(target) && !isToolOutput(target)) {
      refuse(`holds files this tool did not write (it has no ${MARKER_FILE} file), and a build replaces its output whole`);
    }
  }
  return target;
}

/** The real, absolute input folder; throws one line when it is missing or not a folder. */
export function checkInputFolder(input: string, root: string): string {
  const option = `--input=${displayPath(path.resolve(root, input), root)}`;
  if (input.trim() === "") throw new Error("--input is empty; name the folder of articles, such as --input=seeds");
  const folder = path.resolve(root, input);
  if (!existsSync(folder)) throw new Error(`${option}: the folder does not exist; create it or name another with --input=DIR`);
  if (!statSync(folder).isDirectory()) throw new Error(`${option} is a file; name the folder of articles with --input=DIR`);
  return realpathSync(folder);
}

/** True when `inner` lies strictly inside `outer`. */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative !== "" && !relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative);
}

/** `file` with every symbolic link in it followed, as far as it exists; the rest is appended as written. */
export function realPath(file: string): string {
  const absolute = path.resolve(file);
  const existing = nearestExisting(absolute);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}

/** `file`, or its nearest parent that exists. */
function nearestExisting(file: string): string {
  let existing = path.resolve(file);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return existing;
}
