// The timeline's entries: each visit with the first few articles that cover it.
import type { Event } from "../../model/schema.ts";
import { coverageOf } from "./summaries.ts";
import type { ArticleSummary, EventSummary, TimelineEntry } from "./types.ts";

export function timelineEntry(event: Event, events: Record<string, EventSummary>, articles: Record<string, ArticleSummary>, shown: number): TimelineEntry {
  const coverage = coverageOf(event, articles);
  // "1 more article" would take the room of the article itself: then show it.
  const limit = coverage.length <= shown + 1 ? coverage.length : shown;
  return { event: events[event.id]!, articles: coverage.slice(0, limit), moreArticles: coverage.length - limit };
}
