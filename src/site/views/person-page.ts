// Person pages and the people index: each person's visits and articles, paged side by side.
import type { Person } from "../../model/schema.ts";
import { pick } from "./lookup.ts";
import { byName, newestArticleFirst, newestSummaryFirst } from "./order.ts";
import type { PageSizes } from "./page-sizes.ts";
import { alongside, chunk, pagedAt } from "./paging.ts";
import type { ArticleSummary, EventSummary, Link, PersonPage, SiteViews } from "./types.ts";

export function personPages(
  person: Person,
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  countries: Record<string, Link>,
  sizes: PageSizes,
): PersonPage[] {
  const ownEvents = pick(person.events, events).sort(newestSummaryFirst);
  const ownArticles = pick(person.articles, articles).sort(newestArticleFirst);
  const country = person.country ? (countries[person.country] ?? null) : null;
  return alongside([chunk(ownEvents, sizes.entityEvents), chunk(ownArticles, sizes.entityArticles)]).map(([eventSlice, articleSlice], index, all) =>
    Object.assign({}, pagedAt(person.url, index, all.length), {
      person,
      country,
      events: eventSlice,
      eventCount: ownEvents.length,
      articles: articleSlice,
      articleCount: ownArticles.length,
    }),
  );
}

export function peopleIndex(people: Person[], countries: Record<string, Link>): SiteViews["peopleIndex"] {
  return [...people]
    .map((person) => ({
      name: person.name,
      url: person.url,
      country: person.country ? (countries[person.country] ?? null) : null,
      events: person.events.length,
      articles: person.articles.length,
    }))
    .sort(byName);
}
