/** Plain code-unit order for strings: the same on every machine and locale (never localeCompare). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `YYYY-MM-DD` days oldest first, a missing day (undated) after every day. */
export function oldestDayFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return compare(a, b);
}

/** `YYYY-MM-DD` days newest first, a missing day (undated) still after every day. */
export function newestDayFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return compare(b, a);
}
