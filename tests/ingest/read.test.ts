import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle, articleIdFromSource } from "../../src/ingest/read.ts";
import { InputError } from "../../src/ingest/errors.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Asserts that reading throws an InputError whose one-line message names the file and the reason. */
function assertInputError(bytes: Uint8Array, source: string, reason: RegExp): void {
  assert.throws(
    () => readArticle(bytes, source),
    (error: unknown) => {
      assert.ok(error instanceof InputError, "expected an InputError");
      assert.ok(error.message.startsWith(`${source}: `), `message should name the file: ${error.message}`);
      assert.match(error.message, reason);
      assert.ok(!error.message.includes("\n"), "message must be one line");
      return true;
    },
  );
}

test("InputError message is one line FILE: REASON", () => {
  const error = new InputError("seeds/x.md", "bad front matter: line 2\n  ^ here");
  assert.equal(error.message, "seeds/x.md: bad front matter: line 2 ^ here");
  assert.equal(error.file, "seeds/x.md");
  assert.equal(error.name, "InputError");
});

test("reads plain text with an id from the file stem", () => {
  const raw = readArticle(utf8("Chile and Peru signed a treaty.\n"), "seeds/017_ab12.txt");
  assert.deepEqual(raw, {
    id: "017_ab12",
    source: "seeds/017_ab12.txt",
    format: "txt",
    body: "Chile and Peru signed a treaty.\n",
    frontMatter: {},
  });
});

test("ids are lower-case slugs that keep underscores", () => {
  assert.equal(articleIdFromSource("seeds/Bài Viết (2).TXT"), "bai-viet-2");
  assert.equal(articleIdFromSource("seeds/x__Y--z.md"), "x_y-z");
  assert.equal(articleIdFromSource("seeds\\nested/Đà Lạt_report.md".replace(/\\/g, "/")), "da-lat_report");
});

test("drops a UTF-8 BOM", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Kenya hosts talks.")]);
  assert.equal(readArticle(bytes, "seeds/bom.txt").body, "Kenya hosts talks.");
});

test("turns CRLF and lone CR into LF", () => {
  const raw = readArticle(utf8("First line.\r\nSecond line.\rThird line.\r\n"), "seeds/eol.txt");
  assert.equal(raw.body, "First line.\nSecond line.\nThird line.\n");
});

test("splits .md front matter from the body, dates kept as written", () => {
  const text = "---\r\ntitle: Chile and Peru sign treaty\r\ndate: 2031-04-09\r\ntags: [trade, treaty]\r\n---\r\nThe two presidents met in Lima.\r\n";
  const raw = readArticle(utf8(text), "seeds/lima.md");
  assert.equal(raw.format, "md");
  assert.deepEqual(raw.frontMatter, { title: "Chile and Peru sign treaty", date: "2031-04-09", tags: ["trade", "treaty"] });
  assert.equal(raw.body, "The two presidents met in Lima.\n");
});

test("an impossible front-matter date stays a string for later validation", () => {
  const raw = readArticle(utf8("---\ndate: 2031-02-30\n---\nBody text here."), "seeds/bad-date.md");
  assert.equal(raw.frontMatter.date, "2031-02-30");
});

test(".md without front matter is all body", () => {
  const raw = readArticle(utf8("Talks in Nairobi ended.\n"), "seeds/plain.md");
  assert.deepEqual(raw.frontMatter, {});
  assert.equal(raw.body, "Talks in Nairobi ended.\n");
});

test("bad inputs give an InputError naming the file", () => {
  assertInputError(new Uint8Array(), "seeds/empty.txt", /empty file/);
  assertInputError(utf8("  \n\t\r\n  "), "seeds/blank.txt", /blank file/);
  assertInputError(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), "seeds/bom-only.txt", /blank file/);
  assertInputError(new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" in Lima.")]), "seeds/latin1.txt", /not valid UTF-8.*line 1/);
  assertInputError(new Uint8Array([...utf8("ok\nok\n"), 0xc3, 0x28]), "seeds/latin1b.txt", /line 3/);
  assertInputError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), "seeds/photo.txt", /binary/);
  assertInputError(new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x01 : 0x41))), "seeds/ctl.txt", /binary/);
  assertInputError(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "seeds/utf16.txt", /UTF-16/);
  assertInputError(utf8("---\ntitle: [unclosed\n---\nBody."), "seeds/bad.md", /bad front matter/);
  assertInputError(utf8("---\ntitle: a\ntitle: b\n---\nBody."), "seeds/dup.md", /bad front matter/);
  assertInputError(utf8("---\n- a\n- b\n---\nBody."), "seeds/list.md", /bad front matter/);
  assertInputError(utf8("---\ntitle: never closed\nBody."), "seeds/open.md", /never closed/);
  assertInputError(utf8("---js\n{ title: 'x' }\n---\nBody."), "seeds/script.md", /bad front matter.*JavaScript/);
  assertInputError(utf8("---\ntitle: Only front matter\n---\n\n"), "seeds/nobody.md", /no article text/);
  assertInputError(utf8("Some text."), "seeds/article.docx", /unsupported file type \(\.docx\)/);
  assertInputError(utf8("Some text."), "seeds/README", /unsupported file type/);
});
