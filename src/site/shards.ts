// A big archive is written by several Eleventy runs, "shards", one after the other: each writes a
// slice of the article, event and person pages, and the first one also every other page. Eleventy
// keeps every page it writes in memory until its run ends, so one run over tens of thousands of
// articles would hold the whole site at once; a shard holds only its slice.
import type { SiteViews } from "./views/index.ts";

export interface Shard {
  index: number;
  count: number;
}

export const ONE_SHARD: Shard = Object.freeze({ index: 0, count: 1 });

/** The templates whose pages are split between shards, relative to templates/. */
export const SHARDED_TEMPLATES = ["articles/article.njk", "events/event.njk", "people/person.njk"];

/** The page lists those templates paginate over. */
const SHARDED_LISTS = ["articlePages", "eventPages", "personPages"] as const;

/** Pages per shard: measured, memory stays flat and Eleventy's start per run costs little. */
export const PAGES_PER_SHARD = 5000;

/** How many shards `views` needs: one for a small archive. */
export function shardsFor(views: SiteViews, pagesPerShard = PAGES_PER_SHARD): Shard[] {
  const pages = SHARDED_LISTS.reduce((sum, list) => sum + views[list].length, 0);
  const count = Math.max(1, Math.ceil(pages / pagesPerShard));
  return Array.from({ length: count }, (_, index) => ({ index, count }));
}

/** `views` with each sharded list cut down to this shard's part (contiguous, in order). */
export function shardViews(views: SiteViews, shard: Shard): SiteViews {
  if (shard.count === 1) return views;
  const part = <T>(list: T[]) => {
    const size = Math.ceil(list.length / shard.count);
    return list.slice(shard.index * size, (shard.index + 1) * size);
  };
  return { ...views, articlePages: part(views.articlePages), eventPages: part(views.eventPages), personPages: part(views.personPages) };
}
