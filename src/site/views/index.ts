// What the templates show, computed once from the published archive in a few linear passes: look-ups by
// id, the timeline and article archive cut into pages, and one small view per event, person and
// country page. Templates paginate over these arrays, so each page carries only its own data.
import type { PublishedArchive } from "../../model/schema.ts";
import { articlePages } from "./article-page.ts";
import { calendarPages } from "./calendar.ts";
import { visitsChart } from "./charts.ts";
import { countryIndex, countryPages, groupVisitsByCountry } from "./country-page.ts";
import { eventPages } from "./event-page.ts";
import { indexBy } from "./lookup.ts";
import { archiveRoutes, routesMap } from "./maps.ts";
import { newestArticleFirst, newestEventFirst } from "./order.ts";
import { DEFAULT_PAGE_SIZES, type PageSizes } from "./page-sizes.ts";
import { paginate } from "./paging.ts";
import { peopleIndex, personPages } from "./person-page.ts";
import { summariseArticle, summariseEvent } from "./summaries.ts";
import { timelineEntry } from "./timeline.ts";
import { groupTrips } from "./trips.ts";
import type { SiteViews } from "./types.ts";

export type * from "./types.ts";
export { DEFAULT_PAGE_SIZES, type PageSizes } from "./page-sizes.ts";
export { pageUrl, paginate } from "./paging.ts";

export function buildSiteViews(archive: PublishedArchive, sizes: PageSizes = DEFAULT_PAGE_SIZES): SiteViews {
  const articleById = indexBy(archive.articles, summariseArticle);
  const personById = indexBy(archive.people, (person) => ({ name: person.name, url: person.url }));
  const countryById = indexBy(archive.countries, (country) => ({ name: country.name, url: country.url }));
  const eventById = indexBy(archive.events, (event) => summariseEvent(event, personById, countryById));

  const eventsNewestFirst = [...archive.events].sort(newestEventFirst);
  const articlesNewestFirst = [...archive.articles].sort(newestArticleFirst);
  const visitsByCountry = groupVisitsByCountry(eventsNewestFirst);
  const eventRecords = new Map(archive.events.map((event) => [event.id, event]));
  const routes = archiveRoutes(eventsNewestFirst, countryById);
  const calendar = calendarPages(archive.events, archive.articles, eventById, articleById, sizes);

  return {
    articleById,
    personById,
    countryById,
    eventById,
    timelinePages: paginate(
      eventsNewestFirst.map((event) => timelineEntry(event, eventById, articleById, sizes.articlesPerEvent)),
      (entry) => (entry.event.datetime ? entry.event.start : null),
      sizes.timeline,
      "/",
    ),
    archivePages: paginate(articlesNewestFirst.map((article) => articleById[article.id]!), (article) => article.published, sizes.archive, "/articles/"),
    eventIndexPages: paginate(
      eventsNewestFirst.map((event) => eventById[event.id]!),
      (event) => (event.datetime ? event.start : null),
      sizes.eventIndex,
      "/events/",
    ),
    eventPages: eventPages(eventsNewestFirst, eventById, articleById, personById, countryById, groupTrips(archive.events), archive.articles, sizes),
    articlePages: articlePages(articlesNewestFirst, archive.events, eventById, articleById, personById, countryById),
    personPages: archive.people.flatMap((person) => personPages(person, eventById, articleById, countryById, sizes)),
    countryPages: archive.countries.flatMap((country) =>
      countryPages(country, visitsByCountry.get(country.id), eventById, articleById, countryById, eventRecords, sizes),
    ),
    peopleIndex: peopleIndex(archive.people, countryById),
    countryIndex: countryIndex(archive, countryById, visitsByCountry),
    latestArticles: articlesNewestFirst.slice(0, sizes.feed),
    overview: {
      map: routesMap(eventsNewestFirst, routes, countryById),
      routes: routes.slice(0, sizes.routes),
      moreRoutes: Math.max(0, routes.length - sizes.routes),
      chart: visitsChart([{ name: "Visits", events: archive.events }], "Visits"),
    },
    calendarYears: calendar.years,
    calendarMonths: calendar.months,
    // Undated articles sort last, so the first is the newest dated one (feeds' honest `updated`).
    newestPublished: articlesNewestFirst[0]?.published ?? null,
    counts: {
      articles: archive.articles.length,
      events: archive.events.length,
      people: archive.people.length,
      countries: archive.countries.length,
    },
  };
}
