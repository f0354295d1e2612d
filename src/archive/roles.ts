// What an article is to a visit: a preview (written before it began), a report (written during it
// or within three days after), an assessment (written later, and mainly about it) or a mention
// (a passing reference). "Mainly about it": the visit the article speaks of most, or one it
// speaks of more than once including in its lead paragraph; a visit under way when the article
// was written and named in its lead is reported, however briefly (`… hosted King X, who is on a
// state visit, and Prime Minister Y, who is on a working visit`).
import type { ArticleRole, VisitMention } from "../model/schema.ts";
import { addDays } from "../util/iso-day.ts";

/** Days after a visit ends that a write-up still counts as a report. */
export const REPORT_WINDOW_DAYS = 3;

export interface Coverage {
  /** The article's date; null when it is undated. */
  published: string | null;
  /** This article's mentions of the visit. */
  mentions: VisitMention[];
  /** The visit this article mentions most. */
  dominant: boolean;
  /** The article names the visit in its lead: the first paragraph that speaks of any visit. */
  inLead: boolean;
}

export interface VisitSpan {
  start: string | null;
  end: string | null;
}

export function articleRole(coverage: Coverage, visit: VisitSpan): ArticleRole {
  const main = coverage.dominant || (coverage.mentions.length >= 2 && coverage.mentions.some((mention) => mention.paragraph === 0));
  if (!visit.start || !visit.end || coverage.published === null) {
    // No dates (the visit's or the article's): the article's own tense is all there is to go on.
    if (coverage.mentions.every((mention) => mention.tense === "future")) return "preview";
    if (!main) return "mention";
    return coverage.mentions.some((mention) => mention.tense === "present") ? "report" : "assessment";
  }
  if (coverage.published < visit.start) return "preview";
  const underWay = coverage.published <= visit.end;
  if (coverage.published <= addDays(visit.end, REPORT_WINDOW_DAYS)) return main || (underWay && coverage.inLead) ? "report" : "mention";
  return main ? "assessment" : "mention";
}
