// The calendar helpers compute days by hand on their hot paths; date-fns on UTC dates is the
// reference they must agree with, impossible days and odd years included.
import assert from "node:assert/strict";
import { test } from "node:test";
import { UTCDate } from "@date-fns/utc";
import { addDays as addDaysToDate, differenceInCalendarDays, format } from "date-fns";
import { addDays, daysBetween, isIsoDay, isoDay, partsOf, weekdayOf } from "../../src/util/iso-day.ts";

/** What date-fns says, for comparison: `YYYY-MM-DD` of year/month/day, or null for an impossible day. */
function reference(year: number, month: number, day: number): string | null {
  const date = new UTCDate(year, month - 1, day);
  const real = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? format(date, "yyyy-MM-dd") : null;
}

test("isoDay agrees with date-fns on real, impossible and odd days", () => {
  for (const year of [1, 99, 100, 999, 1000, 1900, 2024, 2026, 2100, 9999, 10000, 2026.5]) {
    for (let month = 0; month <= 13; month++) {
      for (const day of [0, 1, 28, 29, 30, 31, 32]) assert.equal(isoDay(year, month, day), reference(year, month, day), `${year}-${month}-${day}`);
    }
  }
  assert.equal(isoDay(2024, 2, 29), "2024-02-29");
  assert.equal(isoDay(2026, 2, 29), null);
  assert.equal(isIsoDay("2026-02-29"), false);
  assert.equal(isIsoDay("0099-01-01"), false);
});

test("addDays, daysBetween and weekdays agree with date-fns across month, year and leap-day ends", () => {
  for (const start of ["2024-02-28", "2025-12-31", "2026-03-01", "1999-12-31"]) {
    for (const days of [-400, -31, -1, 0, 1, 2, 30, 366, 2.5, -2.5]) {
      const expected = format(addDaysToDate(new UTCDate(`${start}T00:00:00Z`), days), "yyyy-MM-dd");
      assert.equal(addDays(start, days), expected, `${start} + ${days}`);
      assert.equal(daysBetween(start, expected), differenceInCalendarDays(new UTCDate(`${expected}T00:00:00Z`), new UTCDate(`${start}T00:00:00Z`)));
    }
  }
  assert.equal(weekdayOf("2026-02-05"), 4);
  assert.deepEqual(partsOf("2026-02-05"), { year: 2026, month: 2, day: 5 });
  assert.throws(() => addDays("2026-02-30", 1), /not a real calendar day/);
  assert.throws(() => addDays("2026-02-01", Number.NaN), RangeError);
});
