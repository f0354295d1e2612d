/** Plain code-unit order for strings: the same on every machine and locale (never localeCompare). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
