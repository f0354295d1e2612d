// inferPublished: when an article was published. A date given in front matter or stated in the
// text wins; then a date the article writes as its own (a date line, a timestamp, its dateline);
// otherwise the date is inferred from what the text tells, as a range of days with the sentences
// that bound it. An article nothing dates is undated (`published: null`), never dropped.
import type { Evidence } from "../../model/schema.ts";
import type { PublishedDate, PublishedInput } from "./api.ts";
import { isIsoDay } from "../../util/iso-day.ts";
import { boundedRange, boundEvidence, collectBounds, type InferredRange } from "./bounds.ts";
import { articleText, type ArticleText } from "./document.ts";
import { findDateMentions } from "./find.ts";
import { publishedFromWritten } from "./from-written.ts";
import { impliedYear, yearlessDays, type ImpliedYear } from "./years.ts";

/** An article whose given date is unreadable or impossible. Its message is one line: `FILE: reason`. */
export class UndatableError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "UndatableError";
    this.file = file;
  }
}

/** A day with an optional time after it, as front matter may write it (`2031-03-07T09:00:00Z`). */
const WRITTEN_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z ]*)?$/;

export function inferPublished(input: PublishedInput): PublishedDate {
  const frontMatter = input.frontMatterDate?.trim();
  if (frontMatter) return given(input.file, frontMatter, "front-matter", "front matter date");
  const stated = input.statedDate?.trim();
  if (stated) return given(input.file, stated, "stated", "stated date line");
  const article = articleText(input);
  return publishedFromWritten(input.writtenDates ?? [], article) ?? inferFromText(article) ?? UNDATED;
}

const UNDATED: PublishedDate = { published: null, basis: "undated", evidence: null, range: null, why: [] };

/** A date the user gave: checked, and recorded as its own evidence. */
function given(file: string, written: string, basis: "front-matter" | "stated", rule: string): PublishedDate {
  const published = checkedDay(file, written);
  const why: Evidence[] = [{ rule, sentence: written, start: 0, end: published.length, confidence: "high" }];
  return { published, basis, evidence: null, range: null, why };
}

/** The `YYYY-MM-DD` day of a written date, or an error naming the file. */
function checkedDay(file: string, written: string): string {
  const day = WRITTEN_DAY.exec(written)?.[1];
  if (!day) throw new UndatableError(file, `unreadable date "${written}" (expected YYYY-MM-DD)`);
  if (!isIsoDay(day)) throw new UndatableError(file, `impossible date ${day}`);
  return day;
}

/**
 * The range the text's dated mentions allow. Relative days (`on Sunday`, `yesterday`) mean nothing
 * without a date to count from, so the text is read twice: first without them, then against the
 * first estimate, so they bound the date too (if the second reading finds nothing, the first stands).
 */
function inferFromText(article: ArticleText): PublishedDate | null {
  const year = textYear(article);
  const absolute = collectBounds(article, null, year?.year ?? null);
  const first = boundedRange(absolute);
  if (!first) return null;
  const again = collectBounds(article, first.published, year?.year ?? null);
  const second = again.length === absolute.length ? null : boundedRange(again);
  return inferred(second ?? first, year);
}

/** The year the text implies, for yearless dates when it writes no full date that is news. */
function textYear(article: ArticleText): ImpliedYear | null {
  const written = findDateMentions(article.text, { reference: null });
  if (written.some((mention) => mention.yearStated && !mention.historical)) return null;
  const days = yearlessDays(article);
  return days.length ? impliedYear(article.sentences, days) : null;
}

function inferred(range: InferredRange, year: ImpliedYear | null): PublishedDate {
  const sure = range.earliest === range.latest && range.dropped.length === 0 ? "high" : "low";
  const bounds = [range.lower, range.upper].filter((bound, index, all) => bound !== null && all.indexOf(bound) === index);
  const why = bounds.map((bound) => boundEvidence(bound!, sure));
  // A text that writes no year of its own was read in the year it implies: that is evidence too.
  if (year) why.push(year.evidence);
  const sentences = [...new Set(bounds.map((bound) => bound!.sentence.text))];
  return {
    published: range.published,
    basis: "inferred",
    evidence: sentences.join(" … "),
    range: { earliest: range.earliest, latest: range.latest },
    why,
    dropped: range.dropped,
  };
}
