// The editor's JSON files (data/*.json) read and checked in one place, so a typo in any of them
// ends the build with one line naming the file and what to fix, never a parser's stack trace.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { quotePath } from "../text/quote-path.ts";
import { describeIssues } from "./schema.ts";

/** `data/site.json` for a file under the working folder, the absolute path otherwise. */
export function displayPath(file: string, from = process.cwd()): string {
  const relative = path.relative(from, file);
  return quotePath(relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : file);
}

/** The parsed JSON of `file`; an unreadable file or bad JSON throws one line naming it. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "the file is missing" : String((error as Error).message ?? error);
    throw new Error(`${displayPath(file)}: cannot be read (${reason})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${displayPath(file)}: not valid JSON (${error instanceof Error ? error.message : String(error)}); fix the syntax`);
  }
}

/** `file` read as JSON and checked against `schema`; a wrong field throws one line naming the file and field. */
export function readDataFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(readJsonFile(file));
  if (!parsed.success) throw new Error(`${displayPath(file)}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
