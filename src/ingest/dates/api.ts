// The date API other stages build on. Implementations live beside this file; this file only
// fixes the shapes so the entity and visit extractors can rely on them.
import type { Evidence, PublishedBasis } from "../../model/schema.ts";
import type { WrittenDate } from "./written.ts";

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
  /** `week` for a week named relative to the writing date (`next week`, `last week`). */
  precision: "day" | "week" | "month" | "year";
  /** True when the year was written; false when it came from context. */
  yearStated: boolean;
  /** True for words that mean a day only against the writing date (`on Sunday`, `yesterday`, `next week`). */
  relative: boolean;
  /**
   * True for history or an anniversary (`established on October 7, 1960`, `(April 30, 1975 – April
   * 30, 2025)`, a date a decade older than the newest year the text names): never the article's
   * date nor a visit's.
   */
  historical: boolean;
  /** The tense the words around it were read in; it chose the year of a yearless date. */
  tense?: Tense;
  /** Set when the date is one of a written list (`February 5 and 6, respectively`). */
  list?: DateList;
}

/** Where a mention stands in a list of dates such as `on February 5 and 6, respectively`. */
export interface DateList {
  /** `index` of the list's first mention: equal for every member of one list. */
  id: number;
  /** 0-based place in the list, in reading order. */
  position: number;
  size: number;
  /** The list is followed by `respectively`: pair it, in order, with an earlier list of things. */
  respectively: boolean;
}

/** What is known about when a text was written. */
export interface DateContext {
  /** `YYYY-MM-DD` the text was written on or near (the published date), when known. */
  reference: string | null;
  /** Force one tense for every mention; by default each is read from its own clause. */
  tense?: Tense;
  /**
   * A year the text implies (`years.ts`), for yearless dates when there is no reference and no
   * written full date to take the year from.
   */
  year?: number | null;
}

/** What the writer knew when a sentence was written, relative to the thing it dates. */
export type Tense = "future" | "present" | "past";

/** The date an article was published, with how we know it. */
export interface PublishedDate {
  /** The day; for a range, its earliest day (or the eve of an announced event); null when undated. */
  published: string | null;
  basis: PublishedBasis;
  /** The sentences or lines it was read or inferred from, verbatim, joined with ` … `; null for a given date. */
  evidence: string | null;
  range: { earliest: string; latest: string } | null;
  /** Each rule that set or bounded the date, with its words and confidence; the first set `published`. */
  why: Evidence[];
  /** Inferred dates only: evidence dropped because it contradicted stronger evidence. */
  dropped?: string[];
}

/** What `inferPublished` reads: one article, already cleaned. */
export interface PublishedInput {
  /** Path of the input file, for error messages. */
  file: string;
  /** From a leading ` date YYYY-MM-DD`, as written. */
  statedDate: string | null;
  /** From Markdown front matter, as written (a `YYYY-MM-DD`, optionally with a time). */
  frontMatterDate: string | null;
  paragraphs: string[];
  captions: { text: string }[];
  /** Dates the article writes as its own (date lines, timestamps, the dateline's date), from cleaning. */
  writtenDates?: WrittenDate[];
}
