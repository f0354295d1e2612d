// Which finder reads date expressions out of text: the hand-written rules (`patterns.ts`), which
// measure better on the wire set and the date tests than chrono-node (`chrono-scan.ts`) or the
// two together (README.md, "chrono-node"). Swappable only so `scripts/compare-date-finders.ts`
// can measure the others under the same resolver and inference rules; the build never swaps it.
import { chronoScan } from "./chrono-scan.ts";
import { scanDates, type RawMention } from "./patterns.ts";

export type Finder = (text: string) => RawMention[];

export const FINDERS = {
  rules: scanDates,
  chrono: chronoScan,
  /** Both: every chrono reading, and every rule reading that overlaps none of them. */
  "chrono+rules": (text: string) => union(chronoScan(text), scanDates(text)),
  /** Both: every rule reading, and every chrono reading that overlaps none of them. */
  "rules+chrono": (text: string) => union(scanDates(text), chronoScan(text)),
} satisfies Record<string, Finder>;

export type FinderName = keyof typeof FINDERS;

let active: Finder = FINDERS.rules;

/** The date expressions of a text, unresolved, in reading order. */
export function findRawDates(text: string): RawMention[] {
  return active(text);
}

/** For measurement only: read dates with another finder until called again. */
export function useFinder(name: FinderName): void {
  active = FINDERS[name];
}

function union(first: RawMention[], second: RawMention[]): RawMention[] {
  const overlaps = (a: RawMention, b: RawMention) => a.index < b.index + b.text.length && b.index < a.index + a.text.length;
  return [...first, ...second.filter((mention) => !first.some((other) => overlaps(mention, other)))].sort((a, b) => a.index - b.index);
}
