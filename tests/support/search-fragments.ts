// What the built search index holds, read back from its fragment files (gzip, after Pagefind's
// `pagefind_dcd` marker): one entry per indexed page URL, with its text and metadata.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export interface SearchFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every shard's fragments (pagefind/fragment/, pagefind/shard-2/fragment/, …). */
export function searchFragments(site: string): Map<string, SearchFragment> {
  const folder = path.join(site, "pagefind");
  const fragments = new Map<string, SearchFragment>();
  for (const name of readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(path.dirname(file)) === "fragment")) {
    const text = gunzipSync(readFileSync(path.join(folder, name))).toString("utf8").replace(/^pagefind_dcd/, "");
    const fragment = JSON.parse(text) as SearchFragment;
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}
