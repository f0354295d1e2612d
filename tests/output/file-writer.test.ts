// The worker that writes the pages: in order, folders made, every file on disk once flushed; a
// failure named; nothing written once stopped; and the queue bounded when the disk is slow.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { FileWriter } from "../../src/output/file-writer.ts";
import { projectRoot } from "../support/build-site.ts";

const folder = () => mkdtempSync(path.join(tmpdir(), "file-writer-"));

test("writes every file, in order, into folders it makes; flush resolves once they are on disk", async () => {
  const work = folder();
  try {
    const files = new FileWriter();
    const page = (n: number) => path.join(work, "articles", `visit-${n}`, "index.html");
    for (let n = 0; n < 500; n++) await files.write(page(n), `<h1>Visit ${n}</h1>\n`);
    files.write(path.join(work, "api/events/visit-1.json"), "{}\n");
    files.write(page(7), "<h1>Visit 7, corrected</h1>\n"); // the later write wins, as it would on disk
    await files.flush();
    assert.equal(readdirSync(path.join(work, "articles")).length, 500);
    assert.equal(readFileSync(page(499), "utf8"), "<h1>Visit 499</h1>\n");
    assert.equal(readFileSync(page(7), "utf8"), "<h1>Visit 7, corrected</h1>\n");
    assert.equal(readFileSync(path.join(work, "api/events/visit-1.json"), "utf8"), "{}\n");
    await files.flush(); // nothing queued: resolves at once
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("every byte as given: accents, Lao and Khmer script, emoji, empty files, and pages bigger than a batch", async () => {
  const work = folder();
  try {
    const files = new FileWriter();
    const texts = [
      "<h1>Tổng Bí thư Tô Lâm thăm Lào — Đà Nẵng</h1>\n",
      "<p>ທ່ານ ທອງລຸນ ສີສຸລິດ · សម្តេច ហ៊ុន ម៉ាណែត 🇻🇳🇱🇦🇰🇭</p>\n",
      "",
      "Đ".repeat(400_000), // 800 KB of UTF-8, more than a batch
      "a".repeat(300_000),
      "end\n",
    ];
    texts.forEach((text, n) => files.write(path.join(work, `page-${n}.html`), text));
    await files.flush();
    texts.forEach((text, n) => assert.equal(readFileSync(path.join(work, `page-${n}.html`), "utf8"), text, `page ${n}`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("a file that cannot be written fails the flush with Node's message naming it, and every write after", async () => {
  const work = folder();
  try {
    writeFileSync(path.join(work, "articles"), "a file where a folder should be");
    const files = new FileWriter();
    files.write(path.join(work, "articles/visit/index.html"), "<h1>Visit</h1>");
    await assert.rejects(files.flush(), (error: Error) => {
      assert.match(error.message, /^(ENOTDIR|EEXIST)\b/);
      assert.ok(error.message.includes(path.join(work, "articles")), error.message);
      return true;
    });
    assert.throws(() => files.write(path.join(work, "other.html"), "x"), /^Error: (ENOTDIR|EEXIST)\b/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("once stopped, nothing more is written: an interrupted build's folder stays removed", async () => {
  const work = folder();
  try {
    const files = new FileWriter();
    for (let n = 0; n < 3000; n++) files.write(path.join(work, `page-${n}`, "index.html"), "x".repeat(4096));
    void files.flush().catch(() => undefined);
    await sleep(20); // some written, most still queued
    files.stop();
    rmSync(work, { recursive: true, force: true });
    await sleep(300);
    assert.deepEqual(readdirSync(tmpdir()).filter((name) => name === path.basename(work)), [], "nothing brought the folder back");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("write waits while more than 32 MB is queued, so memory stays bounded", async () => {
  const work = folder();
  try {
    const files = new FileWriter();
    const big = "x".repeat(12 * 1024 * 1024);
    // In one turn of the event loop no answer can arrive: the queue only grows.
    assert.equal(files.write(path.join(work, "a.json"), big), undefined);
    assert.equal(files.write(path.join(work, "b.json"), big), undefined);
    const third = files.write(path.join(work, "c.json"), big);
    assert.ok(third instanceof Promise, "the third write waits");
    await third;
    await files.flush();
    assert.deepEqual(readdirSync(work).sort(), ["a.json", "b.json", "c.json"]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("an idle writer keeps nothing alive: a build that fails before writing still exits", () => {
  const script = `
    import { FileWriter } from "./src/output/file-writer.ts";
    const files = new FileWriter();
    files.write(${JSON.stringify(path.join(tmpdir(), "file-writer-never.html"))}, "x");
    console.error("rendering failed"); // and nothing more to do: the process should end here
    process.exitCode = 1;
  `;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: projectRoot, encoding: "utf8", timeout: 30_000 });
  assert.equal(child.signal, null, "killed after 30 s: the process did not exit by itself");
  assert.equal(child.status, 1);
  assert.match(child.stderr, /rendering failed/);
});
