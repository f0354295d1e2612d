// The date API other stages build on. Implementations live beside this file; this file only
// fixes the shapes so the entity and visit extractors can rely on them.

/** A date expression found in a text, resolved to calendar days. */
export interface DateMention {
  /** The words as written: `February 5`, `December 1-2`, `on Thursday`, `last December`. */
  text: string;
  /** Character offset of `text` in the searched string. */
  index: number;
  /** First day (`YYYY-MM-DD`). For a month-only expression, the month's first day. */
  start: string;
  /** Last day (same as start for a single day; the month's last day for a month). */
  end: string;
  precision: "day" | "month" | "year";
  /** True when the year was written; false when it came from context. */
  yearStated: boolean;
}

/** What the writer knew when a sentence was written, relative to the thing it dates. */
export type Tense = "future" | "present" | "past";

/** The date an article was published, with how we know it. */
export interface PublishedDate {
  published: string;
  basis: "stated" | "front-matter" | "inferred";
  evidence: string | null;
  range: { earliest: string; latest: string } | null;
}
