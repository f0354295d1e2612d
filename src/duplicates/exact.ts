// The same article filed more than once (a CRLF copy, a copy with a BOM, re-spaced text) becomes
// one record listing the other files' ids in `alsoPublishedAs`. Two records are the same article
// when everything they say, besides the file they came from, is equal once text is compared in
// one Unicode form with whitespace collapsed. One hash per record: linear.
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../model/schema.ts";
import { compare } from "../util/compare.ts";

export interface CopyGroup {
  /** The record published: the one whose id sorts first (`x` before its copy `x-crlf`). */
  kept: ArticleRecord;
  /** The other files holding the same article. */
  copies: ArticleRecord[];
}

export interface ExactDuplicates {
  /** One record per article, in input order. */
  records: ArticleRecord[];
  /** Copy id → the id it is published as. */
  copies: Map<string, string>;
  groups: CopyGroup[];
}

/** Fields that say which file a record came from, not what the article says. */
const FILE_FIELDS = new Set(["id", "source", "url", "alsoPublishedAs", "corrected"]);

export function collapseExactDuplicates(records: readonly ArticleRecord[]): ExactDuplicates {
  const byKey = new Map<string, CopyGroup>();
  for (const record of records) {
    const key = contentKey(record);
    const group = byKey.get(key);
    if (!group) byKey.set(key, { kept: record, copies: [] });
    else if (compare(record.id, group.kept.id) < 0) {
      group.copies.push(group.kept);
      group.kept = record;
    } else group.copies.push(record);
  }
  const groups = [...byKey.values()].filter((group) => group.copies.length > 0);
  for (const group of groups) group.copies.sort((a, b) => compare(a.id, b.id));
  const copies = new Map(groups.flatMap((group) => group.copies.map((copy) => [copy.id, group.kept.id] as const)));
  const kept = new Map(
    groups.map((group) => [group.kept.id, { ...group.kept, alsoPublishedAs: [...(group.kept.alsoPublishedAs ?? []), ...group.copies.map((copy) => copy.id)] }]),
  );
  return { records: records.filter((record) => !copies.has(record.id)).map((record) => kept.get(record.id) ?? record), copies, groups };
}

/**
 * Keys already worked out: of frozen records (`npm start` keeps records between rebuilds, frozen),
 * each hashed once; and of records hashed ahead by the thread that built them (src/ingest/ahead.ts).
 */
const knownKeys = new WeakMap<ArticleRecord, string>();

/** `contentKey(record)`, worked out elsewhere (on another thread, from a copy of this record). */
export function rememberContentKey(record: ArticleRecord, key: string): void {
  knownKeys.set(record, key);
}

/** A hash of what the record says, blind to encoding form, line ends and runs of whitespace. */
export function contentKey(record: ArticleRecord): string {
  const known = knownKeys.get(record);
  if (known) return known;
  const key = hashContent(record);
  if (Object.isFrozen(record)) knownKeys.set(record, key);
  return key;
}

/**
 * sha256 of `JSON.stringify(canonical(record))` without the file fields, hashed as it is written
 * out: no canonical copy of the record is made, and a string already in canonical form is used as
 * it is (a record's text is mostly that, and copying it all was most of this step's time).
 */
function hashContent(record: ArticleRecord): string {
  const hash = createHash("sha256");
  let pending = "";
  const write = (text: string) => {
    pending += text;
    if (pending.length >= 1 << 16) {
      hash.update(pending);
      pending = "";
    }
  };
  writeCanonical(Object.fromEntries(Object.entries(record).filter(([field]) => !FILE_FIELDS.has(field))), write);
  hash.update(pending);
  return hash.digest("hex");
}

/** Whitespace that canonical text does not have: a run, a kind other than one plain space, or at either end. */
const NOT_CANONICAL_SPACE = /[\s\u200b\ufeff]{2}|[^\S ]|[\u200b\ufeff]|^ | $/u;

function canonicalText(text: string): string {
  if (!NOT_CANONICAL_SPACE.test(text) && text.normalize("NFC") === text) return text;
  return text.normalize("NFC").replace(/[\s\u200b\ufeff]+/gu, " ").trim();
}

/** Writes what `JSON.stringify(canonical(value))` would: keys sorted, text in canonical form. */
function writeCanonical(value: unknown, write: (text: string) => void): void {
  if (typeof value === "string") write(JSON.stringify(canonicalText(value)));
  else if (Array.isArray(value)) {
    write("[");
    value.forEach((item, index) => {
      if (index) write(",");
      if (item === undefined || typeof item === "function" || typeof item === "symbol") write("null");
      else writeCanonical(item, write);
    });
    write("]");
  } else if (value && typeof value === "object") {
    write("{");
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
      write(`${first ? "" : ","}${JSON.stringify(key)}:`);
      first = false;
      writeCanonical(item, write);
    }
    write("}");
  } else write(JSON.stringify(value) ?? "null");
}
