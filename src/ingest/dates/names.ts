// English month and weekday names, as regex sources and lookups. Month names are matched
// capitalised only, so the verb `may` and the noun `march` are never read as months.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A month name, full or abbreviated (`Feb.`, `Sept`), for day forms such as `Feb. 5`. */
export const MONTH_ANY = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\p{L}])`;

/** A full month name only, for month-only forms (`in December`), where `Mar` would be too loose. */
export const MONTH_FULL = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])`;

/** A weekday name (`Thursday`). */
export const WEEKDAY = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![\p{L}])`;

/** A day of the month with an optional ordinal suffix (`5`, `5th`, `21st`). */
export const DAY = String.raw`(?:[0-3]?\d)(?:st|nd|rd|th)?(?![\d\p{L}])`;

/** A four-digit year that a news text could mean (1900–2199). */
export const YEAR = String.raw`(?:19|20|21)\d\d(?!\d)`;

/** 1–12 for a month name or abbreviation (`Sept.` → 9). */
export function monthNumber(word: string): number {
  const key = word.replace(/\.$/, "").slice(0, 3).toLowerCase();
  const index = MONTHS.findIndex((name) => name.slice(0, 3).toLowerCase() === key);
  if (index < 0) throw new RangeError(`not a month name: ${word}`);
  return index + 1;
}

/** 0 (Sunday) – 6 (Saturday) for a weekday name. */
export function weekdayNumber(word: string): number {
  const index = WEEKDAYS.indexOf(word);
  if (index < 0) throw new RangeError(`not a weekday name: ${word}`);
  return index;
}

/** `5th` → 5. */
export function dayNumber(word: string): number {
  return Number.parseInt(word, 10);
}
