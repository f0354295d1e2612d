// The command `npm run build` runs (package.json's `build` script: Node with its flags, and the
// build compiled by scripts/compiled.mjs), as the benchmark and the profile run it, so they
// measure what users run.
import { readFileSync } from "node:fs";
import path from "node:path";

/** `[executable, args]` for package.json's build script, `node` being this Node. */
export function buildCommand(root: string, extra: string[] = [], nodeFlags: string[] = []): [string, string[]] {
  const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<string, string>;
  const [program, ...args] = scripts.build!.split(/\s+/);
  if (program !== "node") throw new Error(`package.json's build script should start with node: ${scripts.build}`);
  return [process.execPath, [...nodeFlags, ...args, ...extra]];
}
