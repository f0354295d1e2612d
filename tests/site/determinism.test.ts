// The same input gives byte-identical output, whatever the machine's time zone or locale: three
// cold builds into temp folders, in UTC, in Kiritimati (UTC+14) with a Turkish locale, and in
// Los Angeles (UTC−8/−7) with a German locale, so a day shifted either way shows.
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

test("builds east and west of UTC, in other locales, are byte-identical to one in UTC", async (t) => {
  const work = mkdtempSync(path.join(tmpdir(), "site-determinism-"));
  try {
    const zones = {
      utc: { TZ: "UTC", LANG: "C.UTF-8" },
      kiritimati: { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" },
      "los-angeles": { TZ: "America/Los_Angeles", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
    };
    await Promise.all(Object.entries(zones).map(([name, env]) => build(path.join(work, name), env)));
    const reference = path.join(work, "utc");
    const files = listFiles(reference, [""]);
    for (const name of ["kiritimati", "los-angeles"]) {
      const other = path.join(work, name);
      assert.deepEqual(listFiles(other, [""]), files, `${name}: the same files`);
      const different = files.filter((file) => !readFileSync(path.join(reference, file)).equals(readFileSync(path.join(other, file))));
      t.diagnostic(`${name}: ${files.length} files compared, ${different.length} differ`);
      assert.deepEqual(different, [], name);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
