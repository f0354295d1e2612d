// What the duplicate checks need of each article, worked out by the thread that builds its record
// (src/ingest/ahead.ts): hashing an article's text is per article, so it is spread over every core
// instead of being left to the build's own thread after ingest, while the other cores are idle.
import type { ArticleRecord } from "../model/schema.ts";
import { contentKey, rememberContentKey } from "./exact.ts";
import { hashedText, rememberHashedText, type HashedText } from "./near.ts";

export interface DuplicateKeys {
  /** For exact copies (exact.ts). */
  content: string;
  /** For near-duplicates (near.ts). */
  text: HashedText;
}

export function duplicateKeysOf(record: ArticleRecord): DuplicateKeys {
  return { content: contentKey(record), text: hashedText(record) };
}

/** Keys worked out from a copy of `record` (another thread's), for the checks to find. */
export function rememberDuplicateKeys(record: ArticleRecord, keys: DuplicateKeys): void {
  rememberContentKey(record, keys.content);
  rememberHashedText(record, keys.text);
}
