// The short forms of an article and an event that every list and link shows.
import type { Article, Event } from "../../model/schema.ts";
import { compare, oldestDayFirst } from "../../util/compare.ts";
import { dateRangeLabel, machineDate, readableDate, shortRangeLabel } from "../dates.ts";
import type { ArticleSummary, Coverage, EventSummary, Link } from "./types.ts";

/** What a list shows for an article nothing dates. */
export const UNDATED_LABEL = "Undated";

export function summariseArticle(article: Article): ArticleSummary {
  return { id: article.id, url: article.url, title: article.title, published: article.published, dateLabel: article.published ? readableDate(article.published) : UNDATED_LABEL };
}

export function summariseEvent(event: Event, people: Record<string, Link>, countries: Record<string, Link>): EventSummary {
  return {
    id: event.id,
    url: event.url,
    title: event.title,
    kind: event.kind,
    start: event.start,
    dateLabel: dateRangeLabel(event.start, event.end, event.precision),
    shortDate: shortRangeLabel(event.start, event.end, event.precision),
    datetime: machineDate(event.start, event.precision),
    visitor: event.visitor ? (people[event.visitor] ?? null) : null,
    from: event.from ? (countries[event.from] ?? null) : null,
    host: countries[event.host] ?? { name: event.host, url: `/countries/${event.host}/` },
    articleCount: event.articles.length,
  };
}

/** An event's covering articles, oldest first. */
export function coverageOf(event: Event, articles: Record<string, ArticleSummary>): Coverage[] {
  return event.coverage
    .flatMap((item) => {
      const article = articles[item.article];
      return article ? [{ article, role: item.role }] : [];
    })
    .sort((a, b) => oldestDayFirst(a.article.published, b.article.published) || compare(a.article.id, b.article.id));
}
