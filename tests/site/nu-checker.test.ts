// The W3C Nu HTML Checker (vnu-jar) on every page of both builds, the plain one and the one under
// a path prefix: it finds what html-validate does not (a bad URL in an attribute, for one).
// `scripts/ensure-java.sh` installs the Java it runs on; the test fails loudly without it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { PREFIXED_SITE_DIR, SITE_DIR, listFiles, requireBuild } from "../support/site-files.ts";

const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
}

test("the Nu HTML Checker finds no error on any page of either build", (t) => {
  const sites = [requireBuild(SITE_DIR), requireBuild(PREFIXED_SITE_DIR)];
  const pages = sites.reduce((total, site) => total + listFiles(site, [".html"]).length, 0);
  const run = spawnSync("java", ["-jar", VNU_JAR, "--errors-only", "--skip-non-html", "--format", "json", ...sites], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.ifError(run.error ? new Error(`java could not be run (${run.error.message}): run scripts/ensure-java.sh`) : null);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const errors = messages.filter((message) => message.type !== "info").map((message) => `${message.url}:${message.lastLine}: ${message.message}`);
  t.diagnostic(`${pages} pages checked, ${errors.length} errors`);
  assert.ok(pages > 40, `${pages} pages`);
  assert.deepEqual(errors, []);
});
