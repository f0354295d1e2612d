// Country pages and the country index: visits received and made, relations and articles.
import type { Country, Event, PublishedArchive } from "../../model/schema.ts";
import { pick } from "./lookup.ts";
import { byName, newestArticleFirst } from "./order.ts";
import type { PageSizes } from "./page-sizes.ts";
import { visitsChart } from "./charts.ts";
import { countryFlows, countryRef, flowsMap } from "./maps.ts";
import { alongside, chunk, pagedAt } from "./paging.ts";
import type { ArticleSummary, CountryPage, EventSummary, Link, SiteViews } from "./types.ts";

export interface CountryVisits {
  in: string[];
  out: string[];
}

/** One pass over the events: which visits each country received and made, newest first. */
export function groupVisitsByCountry(eventsNewestFirst: Event[]): Map<string, CountryVisits> {
  const byCountry = new Map<string, CountryVisits>();
  const entry = (id: string) => byCountry.get(id) ?? byCountry.set(id, { in: [], out: [] }).get(id)!;
  for (const event of eventsNewestFirst) {
    entry(event.host).in.push(event.id);
    if (event.from && event.from !== event.host) entry(event.from).out.push(event.id);
  }
  return byCountry;
}

export function countryPages(
  country: Country,
  visits: CountryVisits | undefined,
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  countries: Record<string, Link>,
  records: Map<string, Event>,
  sizes: PageSizes,
): CountryPage[] {
  const visitsIn = pick(visits?.in ?? [], events);
  const visitsOut = pick(visits?.out ?? [], events);
  const [recordsIn, recordsOut] = [visits?.in ?? [], visits?.out ?? []].map((ids) => ids.map((id) => records.get(id)!)) as [Event[], Event[]];
  const flows = countryFlows(recordsIn, recordsOut, countries);
  const self = countryRef(country.id, countries);
  const chart = visitsChart(
    [
      { name: "Received", events: recordsIn },
      { name: "Made", events: recordsOut },
    ],
    `Visits to and from ${country.name}`,
  );
  const relations = country.relations
    .flatMap((relation) => (countries[relation.country] ? [{ ...countries[relation.country]!, events: relation.events.length }] : []))
    .sort(byName);
  const ownArticles = pick(country.articles, articles).sort(newestArticleFirst);
  const pages = alongside([chunk(visitsIn, sizes.entityEvents), chunk(visitsOut, sizes.entityEvents), chunk(ownArticles, sizes.entityArticles)]);
  return pages.map(([inSlice, outSlice, articleSlice], index, all) => ({
    ...pagedAt(country.url, index, all.length),
    country,
    visitsIn: inSlice,
    visitsOut: outSlice,
    relations: index === 0 ? relations : [],
    visitsInCount: visitsIn.length,
    visitsOutCount: visitsOut.length,
    articles: articleSlice,
    articleCount: ownArticles.length,
    flows: index === 0 ? flows : null,
    map: index === 0 && (flows.partners.length || flows.unknownOrigin) ? flowsMap(self, flows) : null,
    chart: index === 0 ? chart : null,
  }));
}

export function countryIndex(archive: PublishedArchive, countries: Record<string, Link>, visits: Map<string, CountryVisits>): SiteViews["countryIndex"] {
  return archive.countries
    .map((country) => ({
      ...countries[country.id]!,
      visitsIn: visits.get(country.id)?.in.length ?? 0,
      visitsOut: visits.get(country.id)?.out.length ?? 0,
      articles: country.articles.length,
    }))
    .sort(byName);
}
