// Article pages: the article with the visits it covers, the people and countries it names, and its neighbours.
import type { Article, ArticleRole, Event } from "../../model/schema.ts";
import { uniqueLinks } from "./lookup.ts";
import { oldestSummaryFirst } from "./order.ts";
import type { ArticlePage, ArticleSummary, EventSummary, Link } from "./types.ts";

export function articlePages(
  articlesNewestFirst: Article[],
  allEvents: Event[],
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  people: Record<string, Link>,
  countries: Record<string, Link>,
): ArticlePage[] {
  // One pass over all coverage, so no page rescans every event.
  const rolesByArticle = new Map<string, (EventSummary & { role: ArticleRole })[]>();
  for (const event of allEvents) {
    for (const item of event.coverage) {
      const list = rolesByArticle.get(item.article) ?? [];
      list.push(Object.assign({}, events[event.id]!, { role: item.role }));
      rolesByArticle.set(item.article, list);
    }
  }
  return articlesNewestFirst.map((article, index) => ({
    article,
    events: (rolesByArticle.get(article.id) ?? []).sort(oldestSummaryFirst),
    people: uniqueLinks(article.people.map((mention) => people[mention.id])),
    countries: uniqueLinks(article.countries.map((mention) => countries[mention.id])),
    later: index > 0 ? articles[articlesNewestFirst[index - 1]!.id]! : null,
    earlier: index < articlesNewestFirst.length - 1 ? articles[articlesNewestFirst[index + 1]!.id]! : null,
  }));
}
