// Look-ups by id: index records once, then pick the ones a page refers to.
import type { Link } from "./types.ts";

export function indexBy<T extends { id: string }, V>(records: T[], map: (record: T) => V): Record<string, V> {
  const index: Record<string, V> = Object.create(null);
  for (const record of records) index[record.id] = map(record);
  return index;
}

export function pick<V>(ids: string[], index: Record<string, V>): V[] {
  return ids.flatMap((id) => (index[id] ? [index[id]!] : []));
}

export function uniqueLinks(links: (Link | undefined)[]): Link[] {
  const seen = new Set<string>();
  return links.filter((link): link is Link => !!link && !seen.has(link.url) && !!seen.add(link.url));
}
