// History and anniversaries in news text: dates that are background, never the article's date nor
// a visit's. `established on October 7, 1960`, `since 1991`, `(April 30, 1975 – April 30, 2025)`.
import { daysBetween, partsOf } from "../../util/iso-day.ts";
import type { Span } from "./resolve.ts";

/** Words after which a date with a written year tells history, within the same clause. */
const HISTORY_WORDS = /\b(?:established|establishment|founded|founding|since|anniversary|anniversaries|liberation|independence|reunification|born|dating back|dates back)\b/i;
/** How far back in its clause a history word may stand from the date it marks. */
const HISTORY_REACH = 80;
/** Where a clause ends, looking back from a date. */
const CLAUSE_END = /[.;:!?]/g;
/** A span longer than a year is a period or an anniversary's two ends, not an event. */
const LONGEST_EVENT_DAYS = 366;
/** A date this many years older than the newest year the text names is background. */
const BACKGROUND_YEARS = 10;

export interface HistoryContext {
  /** The text the date was found in. */
  text: string;
  /** Offset of the date's words in `text`. */
  index: number;
  /** True when the date writes its year. */
  yearStated: boolean;
  /** The newest year the text names (`years.ts`), or null. */
  newestYear: number | null;
}

/** True when a resolved date is history or an anniversary rather than news. */
export function isHistorical(span: Span, context: HistoryContext): boolean {
  if (daysBetween(span.start, span.end) > LONGEST_EVENT_DAYS) return true;
  if (context.newestYear !== null && context.newestYear - partsOf(span.end).year >= BACKGROUND_YEARS) return true;
  return context.yearStated && HISTORY_WORDS.test(clauseBefore(context.text, context.index));
}

/** The words before `index` back to the start of their clause, at most `HISTORY_REACH` characters. */
function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - HISTORY_REACH), index);
  let start = 0;
  for (const match of window.matchAll(CLAUSE_END)) start = match.index + 1;
  return window.slice(start);
}
