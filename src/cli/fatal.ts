// How a command ends on failure: one line, `build: what went wrong and what to do`, exit code 1.
// The reader is an editor, not a programmer, so a stack trace is shown only with --debug.
import { displayPath } from "../model/data-file.ts";
import { showInvisible } from "../text/invisible.ts";

/** What a file-system error means for the user, and what to do about it. */
const FILE_SYSTEM_REASONS: Record<string, string> = {
  EACCES: "permission denied; check the folder's permissions, or choose another folder",
  EPERM: "not permitted; check the folder's permissions, or choose another folder",
  EROFS: "the file system is read-only; choose another folder",
  ENOSPC: "no space left on the disk; free some space and build again",
  EDQUOT: "over the disk quota; free some space and build again",
  ENOTDIR: "part of the path is a file, not a folder; choose another folder",
  ENOENT: "it does not exist",
  EISDIR: "it is a folder, not a file",
  EMFILE: "too many open files; raise the limit (ulimit -n) and build again",
};

interface FileSystemError {
  code: string;
  path?: string;
  syscall?: string;
}

/** The message of `error` on one line, with control and invisible characters made visible. */
export function oneLine(error: unknown): string {
  const cause = fileSystemCause(error);
  const reason = cause ? FILE_SYSTEM_REASONS[cause.code] : undefined;
  const message = cause && reason
    ? cause.path ? `cannot ${cause.syscall ?? "use"} ${displayPath(cause.path)}: ${reason}` : reason
    : error instanceof Error ? error.message : String(error);
  return showInvisible(message.replace(/\s*\n\s*/g, " ").trim()) || "failed without a message";
}

/** Prints `program: message` (and the stack with `debug`), then exits 1. */
export function fail(program: string, error: unknown, debug = false): never {
  console.error(`${program}: ${oneLine(error)}`);
  if (debug) console.error(error); // with its stack and the errors it wraps
  process.exit(1);
}

/** Failures that escape every try (a module failing as it loads, a stray promise) end the same way. */
export function failOnUncaught(program: string, debug: boolean): void {
  process.on("uncaughtException", (error) => fail(program, error, debug));
  process.on("unhandledRejection", (error) => fail(program, error, debug));
}

/** The file-system error behind `error`, following the wrappers Eleventy puts around it (`originalError`). */
function fileSystemCause(error: unknown): FileSystemError | null {
  let current = error as { code?: unknown; originalError?: unknown } | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    if (typeof current.code === "string" && /^E[A-Z]+$/.test(current.code)) return current as FileSystemError;
    current = current.originalError as typeof current;
  }
  return null;
}
