// Sort orders shared by the pages: total (ties broken by id or URL), so every build lists alike.
import type { Event } from "../../model/schema.ts";
import { matchKey } from "../../text/fold.ts";
import { compare, newestDayFirst } from "../../util/compare.ts";
import type { EventSummary } from "./types.ts";

export function byName(a: { name: string; url: string }, b: { name: string; url: string }): number {
  return compare(matchKey(a.name), matchKey(b.name)) || compare(a.url, b.url);
}

/** Newest start first; undated last; ties by end date, then id, so the order is total. */
export function newestEventFirst(a: Event, b: Event): number {
  return compare(b.start ?? "", a.start ?? "") || compare(b.end ?? "", a.end ?? "") || compare(a.id, b.id);
}

export function newestSummaryFirst(a: EventSummary, b: EventSummary): number {
  return compare(b.start ?? "", a.start ?? "") || compare(a.id, b.id);
}

/** Oldest start first; undated last. */
export function oldestSummaryFirst(a: EventSummary, b: EventSummary): number {
  if (!a.start !== !b.start) return a.start ? -1 : 1;
  return compare(a.start ?? "", b.start ?? "") || compare(a.id, b.id);
}

/** Newest first; undated articles last. */
export function newestArticleFirst(a: { published: string | null; id: string }, b: { published: string | null; id: string }): number {
  return newestDayFirst(a.published, b.published) || compare(a.id, b.id);
}
