// Edge of the ingest pipeline: raw bytes of one input file → RawArticle (decoded text with LF line
// ends, no BOM, front matter split off). Everything a user can get wrong about the file itself is
// reported here as an InputError naming the file.
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { foldDiacritics } from "../text/fold.ts";
import { neutraliseInvisible } from "../text/invisible.ts";
import { InputError } from "./errors.ts";
import type { RawArticle } from "./types.ts";

const FORMATS: Record<string, RawArticle["format"]> = { txt: "txt", md: "md" };

/** Share of control characters above which decoded text is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

export function readArticle(bytes: Uint8Array, source: string): RawArticle {
  const path = source.replace(/\\/g, "/");
  const format = formatOf(path);
  const id = articleIdFromSource(path);
  if (!id) throw new InputError(path, "the file name gives no usable id; use letters or digits in it");
  // Text enters here: bidi overrides, zero-width characters and control codes are defused once.
  const text = neutraliseInvisible(normaliseLineEnds(decodeText(bytes, path)));
  if (text.trim() === "") throw new InputError(path, "blank file: it holds only whitespace");
  if (format === "txt") return { id, source: path, format, body: text, frontMatter: {} };
  const { frontMatter, body } = splitFrontMatter(text, path);
  if (body.trim() === "") throw new InputError(path, "no article text after the front matter");
  return { id, source: path, format, body, frontMatter };
}

/** `seeds/Bài 1 (draft).md` → `bai-1-draft`: the file stem, folded to a slug that keeps `_`. */
export function articleIdFromSource(source: string): string {
  const name = source.slice(source.lastIndexOf("/") + 1);
  const stem = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name;
  return foldDiacritics(stem)
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/[-_]{2,}/g, (run) => (/^_+$/.test(run) ? "_" : "-"))
    .replace(/^[-_]+|[-_]+$/g, "");
}

function formatOf(path: string): RawArticle["format"] {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const format = FORMATS[extension];
  if (!format) {
    const found = extension ? `.${extension}` : "no extension";
    throw new InputError(path, `unsupported file type (${found}); articles must be .txt or .md`);
  }
  return format;
}

/** Strict UTF-8 decoding with reasons a user can act on; the BOM, if any, is dropped. */
function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new InputError(path, "empty file (0 bytes)");
  if (isUtf16Bom(bytes)) throw new InputError(path, "the file is UTF-16 text; save it as UTF-8");
  if (bytes.includes(0)) throw new InputError(path, "binary content, not text (it contains NUL bytes)");
  let text: string;
  try {
    // The decoder drops a leading UTF-8 BOM itself (ignoreBOM defaults to false).
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, `not valid UTF-8 text (first bad byte on line ${firstBadLine(bytes)}); save it as UTF-8`);
  }
  text = text.replace(/^\uFEFF+/, "");
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new InputError(path, "binary content, not text (it is mostly control characters)");
  }
  return text;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** 1-based line of the first invalid UTF-8 sequence. Byte 0x0A never occurs inside a UTF-8 sequence, so lines can be checked one by one. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line++;
    start = index + 1;
  }
  return line;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return controls / text.length;
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Front matter parsed as YAML 1.2 (core schema): `date: 2031-02-30` stays the string it was, never a rolled-over Date. */
function parseFrontMatterYaml(input: string): object {
  return parseYaml(input, { logLevel: "error" }) ?? {};
}

function rejectScriptFrontMatter(): never {
  // gray-matter would eval `---js` front matter; an article file must never run code.
  throw new Error("JavaScript front matter is not allowed; use YAML");
}

function splitFrontMatter(text: string, path: string): { frontMatter: Record<string, unknown>; body: string } {
  const opening = /^---[ \t]*(\S*)[ \t]*\n/.exec(text);
  if (!opening) return { frontMatter: {}, body: text };
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(opening[0].length - 1))) {
    throw new InputError(path, "bad front matter: the opening --- line is never closed by another ---");
  }
  let data: unknown;
  let content: string;
  try {
    const parsed = matter(text, {
      engines: { yaml: parseFrontMatterYaml, javascript: rejectScriptFrontMatter },
    });
    data = parsed.data;
    content = parsed.content;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0]!.replace(/:$/, "") : String(error);
    throw new InputError(path, `bad front matter: ${detail}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(path, "bad front matter: it must be `key: value` lines");
  }
  return { frontMatter: { ...(data as Record<string, unknown>) }, body: content };
}
