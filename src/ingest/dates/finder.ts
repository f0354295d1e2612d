// Which finder reads date expressions out of text: the hand-written rules (`patterns.ts`), which
// measure better on the wire set and the date tests than chrono-node (`chrono-scan.ts`) or the
// two together (README.md, "chrono-node"). Swappable only so `scripts/compare-date-finders.ts`
// can measure another under the same resolver and inference rules; the build never swaps it.
import { scanDates, type RawMention } from "./patterns.ts";

export type Finder = (text: string) => RawMention[];

let active: Finder = scanDates;

/** The date expressions of a text, unresolved, in reading order. */
export function findRawDates(text: string): RawMention[] {
  return active(text);
}

/** For measurement only: read dates with another finder until called again. */
export function useFinder(finder: Finder): void {
  active = finder;
}
