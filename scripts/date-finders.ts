// The date finders `scripts/compare-date-finders.ts` measures: the hand-written rules, chrono-node
// read into the same parts (a dev dependency: the build never loads it), and the two together.
import { chronoScan } from "../src/ingest/dates/chrono-scan.ts";
import type { Finder } from "../src/ingest/dates/finder.ts";
import { scanDates, type RawMention } from "../src/ingest/dates/patterns.ts";

export const FINDERS = {
  rules: scanDates,
  chrono: chronoScan,
  /** Every chrono reading, and every rule reading that overlaps none of them. */
  "chrono+rules": (text: string) => union(chronoScan(text), scanDates(text)),
  /** Every rule reading, and every chrono reading that overlaps none of them. */
  "rules+chrono": (text: string) => union(scanDates(text), chronoScan(text)),
} satisfies Record<string, Finder>;

export type FinderName = keyof typeof FINDERS;

function union(first: RawMention[], second: RawMention[]): RawMention[] {
  const overlaps = (a: RawMention, b: RawMention) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  return [...first, ...second.filter((mention) => !first.some((other) => overlaps(mention, other)))].sort((a, b) => a.index - b.index);
}
