// Every shard of a sharded index (shards.ts) gets one extra page holding each word of the whole
// archive once. Pagefind answers a query word from its own index only: a word it lacks is left
// out of the query, or matched to the longest word it has that begins it (`cohesion` → `co`),
// so a shard without a rarer word would list every page with the other words. With the same
// words in every shard, each shard answers each query word as one index would. The page has no
// type, and the search page asks for the three types, so it is never a result.

import type { CustomRecord } from "pagefind";
import { foldDiacritics } from "../text/fold.ts";
import { indexWords } from "./folded-copy.ts";
import type { SearchRecord } from "./records.ts";

/** The vocabulary page's address; it is never shown. */
export const VOCABULARY_URL = "/pagefind/vocabulary/";

/** One pass over the records: each word as written and folded, once, in first-seen order. */
export function vocabularyRecord(records: SearchRecord[], language: string): CustomRecord {
  const words = new Set<string>();
  for (const record of records) {
    for (const word of indexWords(record.title)) words.add(word);
    for (const word of indexWords(record.body)) words.add(word);
  }
  for (const word of [...words]) words.add(foldDiacritics(word) || word);
  return { url: VOCABULARY_URL, content: [...words].join(" "), language, meta: { title: "" } };
}
