// Every failure is one line: a multi-line message is joined, invisible characters are shown, and a
// file-system error says what it means for the user.
import { test } from "node:test";
import assert from "node:assert/strict";
import { oneLine } from "../../src/cli/fatal.ts";

const fileSystemError = (code: string, syscall: string, path?: string) => Object.assign(new Error(`${code}: raw`), { code, syscall, ...(path ? { path } : {}) });

test("a message is one line, with control and bidi characters made visible", () => {
  assert.equal(oneLine(new Error("first\n  second")), "first second");
  assert.equal(oneLine(new Error("bad \u001B[2J name \u202E here")), "bad \\u{1b}[2J name \\u{202e} here");
  assert.equal(oneLine("plain"), "plain");
});

test("file-system errors say what they mean and what to do, through Eleventy's wrappers", () => {
  assert.equal(oneLine(fileSystemError("EACCES", "mkdir", "/srv/site")), "cannot mkdir /srv/site: permission denied; check the folder's permissions, or choose another folder");
  const wrapped = Object.assign(new Error('Having trouble writing to "x" from "y"'), { originalError: fileSystemError("ENOSPC", "write") });
  assert.equal(oneLine(wrapped), "no space left on the disk; free some space and build again");
  // A message of our own, wrapping such an error as its cause, is kept as written.
  assert.equal(oneLine(new Error("the new site could not be written", { cause: fileSystemError("ENOSPC", "write") })), "the new site could not be written");
});
