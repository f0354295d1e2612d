// The build's options: defaults, the environment, and values refused before anything runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_WAIT_SECONDS, parseBuildOptions } from "../../src/cli/build-options.ts";
import { formatSize, parseSize } from "../../src/util/size.ts";

test("defaults, then the environment, then the command line", () => {
  const plain = parseBuildOptions([], {});
  assert.equal(plain.input, "seeds");
  assert.equal(plain.output, "_site");
  assert.equal(plain.allowEmpty, false);
  assert.equal(plain.maxFileSize, undefined);
  assert.equal(plain.waitSeconds, DEFAULT_WAIT_SECONDS);
  assert.equal(plain.searchShardSize, undefined);
  assert.equal(parseBuildOptions(["--search-shard-size=2MB"], {}).searchShardSize, 2 * 1024 * 1024);
  const fromEnv = parseBuildOptions([], { SITE_URL: "https://a.example", PATH_PREFIX: "/x/" });
  assert.deepEqual([fromEnv.siteUrl, fromEnv.siteUrlFrom, fromEnv.pathPrefix, fromEnv.pathPrefixFrom], ["https://a.example", "SITE_URL", "/x/", "PATH_PREFIX"]);
  const given = parseBuildOptions(["--site-url=https://b.example", "--allow-empty", "--max-file-size=5MB", "--wait=0", "--debug"], { SITE_URL: "https://a.example" });
  assert.deepEqual([given.siteUrl, given.siteUrlFrom, given.allowEmpty, given.maxFileSize, given.waitSeconds, given.debug], ["https://b.example", "--site-url", true, 5 * 1024 * 1024, 0, true]);
});

test("empty folders, sizes that are not sizes and unknown options are refused naming the option", () => {
  assert.throws(() => parseBuildOptions(["--output="], {}), /^Error: --output is empty; give a folder for the site, such as --output=_site$/);
  assert.throws(() => parseBuildOptions(["--input=  "], {}), /^Error: --input is empty/);
  assert.throws(() => parseBuildOptions(["--output"], {}), /--output needs a value/);
  assert.throws(() => parseBuildOptions(["--max-file-size=-1"], {}), /--max-file-size=-1 is not a size/);
  assert.throws(() => parseBuildOptions(["--wait=later"], {}), /--wait=later is not a number of seconds/);
  assert.throws(() => parseBuildOptions(["--search-shard-size=big"], {}), /^Error: --search-shard-size=big is not a size; write it like --search-shard-size=6MB/);
  assert.throws(() => parseBuildOptions(["--frobnicate\u001B[31m"], {}), (error: Error) => error.message.startsWith("unknown option --frobnicate\\u001b[31m (known: ") && !error.message.includes("\u001B"));
});

test("sizes are read and written the way people write them", () => {
  assert.equal(parseSize("2MB"), 2 * 1024 * 1024);
  assert.equal(parseSize("500 kb"), 500 * 1024);
  assert.equal(parseSize("1.5M"), 1.5 * 1024 * 1024);
  assert.equal(parseSize("4096"), 4096);
  assert.equal(parseSize("0"), null);
  assert.equal(parseSize("lots"), null);
  assert.equal(parseSize("5 TB"), null);
  assert.equal(formatSize(4613734), "4.4 MB");
  assert.equal(formatSize(2048), "2.0 KB");
  assert.equal(formatSize(12), "12 bytes");
});
