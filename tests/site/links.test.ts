// No broken internal links or #fragments, checked offline with hyperlink: once across _site/,
// and once across the build made for PATH_PREFIX=/archive/, mounted at /archive/ as a host would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { projectRoot } from "../support/build-site.ts";
import { listFiles, PREFIXED_SITE_DIR, requireBuild, SITE_DIR, TEST_PREFIX } from "../support/site-files.ts";

const HYPERLINK = path.join(projectRoot, "node_modules/hyperlink/lib/cli.js");

interface LinkReport {
  checked: number;
  failures: string[];
}

/** Runs hyperlink from `root` over every HTML page (so unlinked pages are checked too). */
function checkLinks(root: string, pages: string[], canonicalRoot?: string): LinkReport {
  const args = [HYPERLINK, "--root", ".", "--recursive", "--internal", ...(canonicalRoot ? ["--canonicalroot", canonicalRoot] : []), ...pages];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const tap = run.stdout;
  const checked = Number(/^# tests (\d+)/m.exec(tap)?.[1] ?? 0);
  // Each failure: the "not ok" line plus the "at:" line naming the page and the link.
  const failures = [...tap.matchAll(/^not ok \d+ (.*)$[\s\S]*?^\s+at: (.*)$/gm)].map((match) => `${match[1]} (${match[2]})`);
  if (checked === 0) failures.push(`hyperlink did not run: ${run.stderr || tap}`.slice(0, 2000));
  return { checked, failures };
}

test("no broken links or fragments in _site/", (t) => {
  const site = requireBuild(SITE_DIR);
  const settings = loadSiteSettings(projectRoot);
  const report = checkLinks(site, listFiles(site, [".html"]), `${settings.url}/`);
  t.diagnostic(`hyperlink _site/: ${report.checked} checks, ${report.failures.length} broken`);
  assert.deepEqual(report.failures, []);
});

test(`no broken links or fragments when the prefixed build is served under ${TEST_PREFIX}`, (t) => {
  const site = requireBuild(PREFIXED_SITE_DIR);
  // A web root holding only the prefix folder: a link that forgot the prefix points at nothing.
  const root = mkdtempSync(path.join(tmpdir(), "site-prefix-"));
  try {
    const mount = TEST_PREFIX.replace(/^\/|\/$/g, "");
    symlinkSync(site, path.join(root, mount), "dir");
    const pages = listFiles(site, [".html"]).map((page) => `${mount}/${page}`);
    const report = checkLinks(root, pages);
    t.diagnostic(`hyperlink ${TEST_PREFIX}: ${report.checked} checks, ${report.failures.length} broken`);
    assert.deepEqual(report.failures, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
