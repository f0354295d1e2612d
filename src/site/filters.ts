// Template filters: small, pure formatting helpers. Dates are formatted from YYYY-MM-DD strings
// with date-fns in UTC, so the build machine's time zone never shows in the output.
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";

export function toUtcDate(isoDay: string): UTCDate {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new UTCDate(year!, month! - 1, day!);
}

/** `2026-02-05` → `5 February 2026`. */
export function readableDate(isoDay: string | null | undefined): string {
  return isoDay ? format(toUtcDate(isoDay), "d MMMM yyyy") : "";
}

/** Stable JSON for open data: two-space indent, trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types
export function registerFilters(eleventyConfig: any): void {
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("json", toJson);
}
