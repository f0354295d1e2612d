// The public URL and the path prefix end up in canonical links, feeds and the sitemap: only an
// absolute http(s) address and a plain path are accepted, each refusal naming where it came from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSiteSettings, normalisePathPrefix, normaliseSiteUrl } from "../../src/site/settings.ts";
import { projectRoot } from "../support/build-site.ts";

test("site URLs: http(s) with a host, normalised; anything else refused in one line", () => {
  assert.equal(normaliseSiteUrl("https://news.example.org/"), "https://news.example.org");
  assert.equal(normaliseSiteUrl("HTTP://News.Example.org:8080/archive/"), "http://news.example.org:8080/archive");
  for (const [value, why] of [
    ["javascript:alert(1)//", /must start with https:\/\/ or http:\/\//],
    ["news.example.org", /is not an absolute URL/],
    ["ftp://news.example.org", /must start with https:\/\/ or http:\/\//],
    ["https://user:secret@news.example.org", /must not hold a user name or password/],
    ["https://news.example.org/?utm=1", /must not hold a query or a fragment/],
    ['https://news.example.org/"onmouseover="x', /must have a plain path/],
    ["https://news.example.org/a b", /must have a plain path/],
  ] as const) {
    assert.throws(() => normaliseSiteUrl(value, "SITE_URL"), (error: Error) => {
      assert.match(error.message, why);
      assert.ok(error.message.startsWith(`SITE_URL ${JSON.stringify(value)} `), error.message);
      assert.match(error.message, /; write it like https:\/\/news\.example\.org$/);
      return true;
    });
  }
});

test("path prefixes: plain segments between slashes; quotes, dots and spaces refused", () => {
  assert.equal(normalisePathPrefix(undefined), "/");
  assert.equal(normalisePathPrefix("archive"), "/archive/");
  assert.equal(normalisePathPrefix("/news/2026.archive/"), "/news/2026.archive/");
  for (const value of [`/a"b/`, "/a'b/", "/../etc/", "/a b/", "/a?b/", "/<x>/", "/%2e%2e/"]) {
    assert.throws(() => normalisePathPrefix(value, "PATH_PREFIX"), /^Error: PATH_PREFIX .* is not a plain path/, value);
  }
});

test("data/site.json is checked like the command line, and named when it is wrong", () => {
  const root = mkdtempSync(path.join(tmpdir(), "settings-"));
  cpSync(path.join(projectRoot, "data"), path.join(root, "data"), { recursive: true });
  const site = loadSiteSettings(root, { url: "https://news.example.org/", urlFrom: "SITE_URL", pathPrefix: "archive" });
  assert.equal(site.url, "https://news.example.org");
  assert.equal(site.pathPrefix, "/archive/");
  writeFileSync(path.join(root, "data/site.json"), JSON.stringify({ title: "T", description: "D", url: "news.example.org", language: "en", publisher: "P" }));
  assert.throws(() => loadSiteSettings(root), /^Error: data\/site\.json: url "news\.example\.org" is not an absolute URL/);
});
