// The same input gives byte-identical output, whatever the machine's time zone or locale:
// two cold builds into temp folders, one in Los Angeles (west of UTC), the other in Kiritimati
// (UTC+14) with a Turkish locale, so a date computed in local time moves in one of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../support/build-site.ts";
import { listFiles } from "../support/site-files.ts";

function build(output: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", `--output=${output}`], {
      cwd: projectRoot,
      env: { ...process.env, ARCHIVE_CACHE: "off", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build into ${output} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

test("two builds, in different time zones and locales, are byte-identical", async (t) => {
  const work = mkdtempSync(path.join(tmpdir(), "site-determinism-"));
  try {
    const [first, second] = [path.join(work, "los-angeles"), path.join(work, "kiritimati")];
    await Promise.all([
      build(first, { TZ: "America/Los_Angeles", LANG: "C.UTF-8" }),
      build(second, { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" }),
    ]);
    const files = listFiles(first, [""]);
    assert.deepEqual(listFiles(second, [""]), files, "the same files");
    const different = files.filter((file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))));
    t.diagnostic(`${files.length} files compared, ${different.length} differ`);
    assert.deepEqual(different, []);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
