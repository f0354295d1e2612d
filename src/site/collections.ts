// What the templates show, computed once from the Archive in a few linear passes: look-ups by
// id, the timeline and article archive cut into pages, and one small view per event, person and
// country page. Templates paginate over these arrays, so each page carries only its own data.
import type { PublishedArchive as Archive, Article, ArticleRole, Country, Event, Person, VisitKind } from "../model/schema.ts";
import { matchKey } from "../text/fold.ts";
import { dateRangeLabel, machineDate, monthLabel, readableDate, shortRangeLabel } from "./dates.ts";

export interface Link {
  name: string;
  url: string;
}

export interface EventSummary {
  id: string;
  url: string;
  title: string;
  kind: VisitKind;
  start: string | null;
  /** `1–2 December 2025`. */
  dateLabel: string;
  /** `1–2 Dec` for the timeline's date column. */
  shortDate: string;
  /** For `<time datetime>`; null when the date is not known. */
  datetime: string | null;
  visitor: Link | null;
  from: Link | null;
  host: Link;
  articleCount: number;
}

export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  published: string;
  dateLabel: string;
}

export interface Coverage {
  article: ArticleSummary;
  role: ArticleRole;
}

export interface TimelineEntry {
  event: EventSummary;
  /** The first few covering articles, oldest first; the rest are on the event page. */
  articles: Coverage[];
  moreArticles: number;
}

export interface MonthGroup<T> {
  /** `2026-02`, also the heading's anchor. */
  key: string;
  label: string;
  items: T[];
}

export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
}

/** One page of a long list, newest first, grouped by year and month. */
export interface ListPage<T> {
  url: string;
  number: number;
  total: number;
  previous: string | null;
  next: string | null;
  years: YearGroup<T>[];
  /** Items without a date, shown after the dated ones on the last page. */
  undated: T[];
}

export interface FigureGroup {
  /** The figures as written (`US$10 billion`), in the order the sentence gives them; none for an outcome. */
  values: string[];
  sentence: string;
  article: ArticleSummary;
  href: string;
}

export interface EventPage extends Paged {
  event: Event;
  summary: EventSummary;
  participants: Link[];
  /** This page's share of the covering articles, oldest first, with their evidence. */
  coverage: (Coverage & { evidence: string[] })[];
  coverageCount: number;
  /** Figures and outcomes grouped by the sentence they stand in, each linking to its paragraph. */
  figures: FigureGroup[];
  /** Neighbours on the timeline (by date), so a reader can walk from visit to visit. */
  earlier: EventSummary | null;
  later: EventSummary | null;
}

export interface ArticlePage {
  article: Article;
  events: (EventSummary & { role: ArticleRole })[];
  people: Link[];
  countries: Link[];
  earlier: ArticleSummary | null;
  later: ArticleSummary | null;
}

export interface Paged {
  url: string;
  number: number;
  total: number;
  previous: string | null;
  next: string | null;
  /** Page 1 of the same entity, for the "back to the start" link. */
  first: string;
}

export interface PersonPage extends Paged {
  person: Person;
  country: Link | null;
  /** This page's share of the person's visits and articles, newest first. */
  events: EventSummary[];
  eventCount: number;
  articles: ArticleSummary[];
  articleCount: number;
}

export interface CountryPage extends Paged {
  country: Country;
  visitsIn: EventSummary[];
  visitsOut: EventSummary[];
  relations: (Link & { events: number })[];
  visitsInCount: number;
  visitsOutCount: number;
  articles: ArticleSummary[];
  articleCount: number;
}

export interface SiteViews {
  articleById: Record<string, ArticleSummary>;
  personById: Record<string, Link>;
  countryById: Record<string, Link>;
  eventById: Record<string, EventSummary>;
  timelinePages: ListPage<TimelineEntry>[];
  archivePages: ListPage<ArticleSummary>[];
  /** Every event by date, newest first (undated ones last): the `/events/` index. */
  eventIndexPages: ListPage<EventSummary>[];
  eventPages: EventPage[];
  articlePages: ArticlePage[];
  personPages: PersonPage[];
  countryPages: CountryPage[];
  /** People and countries A–Z for the index pages. */
  peopleIndex: (Link & { country: Link | null; events: number; articles: number })[];
  countryIndex: (Link & { visitsIn: number; visitsOut: number; articles: number })[];
  /** Articles newest first, for feeds. */
  latestArticles: Article[];
  counts: { articles: number; events: number; people: number; countries: number };
}

/**
 * How many items one page shows. Every list is cut into pages, so no page grows with the
 * archive: these keep each page's HTML plus CSS under 50 KB however many articles there are.
 */
export interface PageSizes {
  /** Events per timeline page. */
  timeline: number;
  /** Covering articles shown under an event on the timeline. */
  articlesPerEvent: number;
  /** Articles per page of the archive. */
  archive: number;
  /** Visits per page of the `/events/` index (an entry weighs about three article entries). */
  eventIndex: number;
  /** Visits and articles per page of a person or country (each list paged alongside the other). */
  entityEvents: number;
  entityArticles: number;
  /** Covering articles and figures per event page. */
  coverage: number;
  figures: number;
  /** Entries in the feeds. */
  feed: number;
}

export const DEFAULT_PAGE_SIZES: PageSizes = {
  timeline: 12,
  articlesPerEvent: 3,
  archive: 100,
  eventIndex: 30,
  entityEvents: 20,
  entityArticles: 40,
  coverage: 12,
  figures: 10,
  feed: 30,
};

export function buildSiteViews(archive: Archive, sizes: PageSizes = DEFAULT_PAGE_SIZES): SiteViews {
  const articleById = indexBy(archive.articles, summariseArticle);
  const personById = indexBy(archive.people, (person) => ({ name: person.name, url: person.url }));
  const countryById = indexBy(archive.countries, (country) => ({ name: country.name, url: country.url }));
  const eventById = indexBy(archive.events, (event) => summariseEvent(event, personById, countryById));

  const eventsNewestFirst = [...archive.events].sort(newestEventFirst);
  const articlesNewestFirst = [...archive.articles].sort(newestArticleFirst);
  const visitsByCountry = groupVisitsByCountry(eventsNewestFirst);

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
    eventPages: eventPages(eventsNewestFirst, eventById, articleById, personById, archive.articles, sizes),
    articlePages: articlePages(articlesNewestFirst, archive.events, eventById, articleById, personById, countryById),
    personPages: archive.people.flatMap((person) => personPages(person, eventById, articleById, countryById, sizes)),
    countryPages: archive.countries.flatMap((country) =>
      countryPages(country, visitsByCountry.get(country.id), eventById, articleById, countryById, sizes),
    ),
    peopleIndex: [...archive.people]
      .map((person) => ({
        name: person.name,
        url: person.url,
        country: person.country ? (countryById[person.country] ?? null) : null,
        events: person.events.length,
        articles: person.articles.length,
      }))
      .sort(byName),
    countryIndex: countryIndex(archive, countryById, visitsByCountry),
    latestArticles: articlesNewestFirst.slice(0, sizes.feed),
    counts: {
      articles: archive.articles.length,
      events: archive.events.length,
      people: archive.people.length,
      countries: archive.countries.length,
    },
  };
}

// ── summaries ──────────────────────────────────────────────────────────────

function summariseArticle(article: Article): ArticleSummary {
  return { id: article.id, url: article.url, title: article.title, published: article.published, dateLabel: readableDate(article.published) };
}

function summariseEvent(event: Event, people: Record<string, Link>, countries: Record<string, Link>): EventSummary {
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

function coverageOf(event: Event, articles: Record<string, ArticleSummary>): Coverage[] {
  return event.coverage
    .flatMap((item) => {
      const article = articles[item.article];
      return article ? [{ article, role: item.role }] : [];
    })
    .sort((a, b) => compare(a.article.published, b.article.published) || compare(a.article.id, b.article.id));
}

function timelineEntry(event: Event, events: Record<string, EventSummary>, articles: Record<string, ArticleSummary>, shown: number): TimelineEntry {
  const coverage = coverageOf(event, articles);
  // "1 more article" would take the room of the article itself: then show it.
  const limit = coverage.length <= shown + 1 ? coverage.length : shown;
  return { event: events[event.id]!, articles: coverage.slice(0, limit), moreArticles: coverage.length - limit };
}

// ── pages ──────────────────────────────────────────────────────────────────

function eventPages(
  eventsNewestFirst: Event[],
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  people: Record<string, Link>,
  allArticles: Article[],
  sizes: PageSizes,
): EventPage[] {
  const dated = eventsNewestFirst.filter((event) => events[event.id]!.datetime);
  const position = new Map(dated.map((event, index) => [event.id, index]));
  const paragraphsOf = new Map(allArticles.map((article) => [article.id, article.paragraphs.length]));
  return eventsNewestFirst.flatMap((event) => {
    const at = position.get(event.id);
    const later = at === undefined || at === 0 ? null : events[dated[at - 1]!.id]!;
    const earlier = at === undefined || at === dated.length - 1 ? null : events[dated[at + 1]!.id]!;
    const evidence = new Map(event.coverage.map((item) => [item.article, item.evidence]));
    const coverage = coverageOf(event, articles).map((item) => ({ ...item, evidence: evidence.get(item.article.id) ?? [] }));
    const figures = groupFigures(event, articles, paragraphsOf);
    const shared = { event, summary: events[event.id]!, participants: pick(event.participants, people), coverageCount: coverage.length, earlier, later };
    return alongside([chunk(coverage, sizes.coverage), chunk(figures, sizes.figures)]).map(([coverageSlice, figureSlice], index, all) => ({
      ...pagedAt(event.url, index, all.length),
      ...shared,
      coverage: coverageSlice,
      figures: figureSlice,
    }));
  });
}

/**
 * Figures and outcomes, one entry per sentence (three figures from one sentence do not repeat it
 * three times; an outcome sentence holding a figure is one entry), in article then paragraph order.
 */
function groupFigures(event: Event, articles: Record<string, ArticleSummary>, paragraphsOf: Map<string, number>): FigureGroup[] {
  const groups = new Map<string, FigureGroup & { order: number; paragraph: number }>();
  const order = new Map(event.articles.map((id, index) => [id, index]));
  const add = (item: { article: string; paragraph: number; sentence: string }, value: string | null) => {
    const article = articles[item.article];
    if (!article) return;
    const key = `${item.article}\u0000${item.paragraph}\u0000${item.sentence}`;
    const known = groups.get(key);
    if (known) {
      if (value && !known.values.includes(value)) known.values.push(value);
      return;
    }
    // Only link to an anchor the article page really has.
    const anchor = item.paragraph < (paragraphsOf.get(item.article) ?? 0) ? `#p${item.paragraph}` : "";
    groups.set(key, {
      values: value ? [value] : [],
      sentence: item.sentence,
      article,
      href: `${article.url}${anchor}`,
      order: order.get(item.article) ?? 0,
      paragraph: item.paragraph,
    });
  };
  for (const figure of event.figures) add(figure, figure.text);
  for (const outcome of event.outcomes) add(outcome, null);
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.paragraph - b.paragraph)
    .map(({ order: _order, paragraph: _paragraph, ...group }) => group);
}

function articlePages(
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
      list.push({ ...events[event.id]!, role: item.role });
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

function personPages(
  person: Person,
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  countries: Record<string, Link>,
  sizes: PageSizes,
): PersonPage[] {
  const ownEvents = pick(person.events, events).sort(newestSummaryFirst);
  const ownArticles = pick(person.articles, articles).sort(newestArticleFirst);
  const country = person.country ? (countries[person.country] ?? null) : null;
  return alongside([chunk(ownEvents, sizes.entityEvents), chunk(ownArticles, sizes.entityArticles)]).map(([eventSlice, articleSlice], index, all) => ({
    ...pagedAt(person.url, index, all.length),
    person,
    country,
    events: eventSlice,
    eventCount: ownEvents.length,
    articles: articleSlice,
    articleCount: ownArticles.length,
  }));
}

interface CountryVisits {
  in: string[];
  out: string[];
}

/** One pass over the events: which visits each country received and made, newest first. */
function groupVisitsByCountry(eventsNewestFirst: Event[]): Map<string, CountryVisits> {
  const byCountry = new Map<string, CountryVisits>();
  const entry = (id: string) => byCountry.get(id) ?? byCountry.set(id, { in: [], out: [] }).get(id)!;
  for (const event of eventsNewestFirst) {
    entry(event.host).in.push(event.id);
    if (event.from && event.from !== event.host) entry(event.from).out.push(event.id);
  }
  return byCountry;
}

function countryPages(
  country: Country,
  visits: CountryVisits | undefined,
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  countries: Record<string, Link>,
  sizes: PageSizes,
): CountryPage[] {
  const visitsIn = pick(visits?.in ?? [], events);
  const visitsOut = pick(visits?.out ?? [], events);
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
  }));
}

function countryIndex(archive: Archive, countries: Record<string, Link>, visits: Map<string, CountryVisits>): SiteViews["countryIndex"] {
  return archive.countries
    .map((country) => ({
      ...countries[country.id]!,
      visitsIn: visits.get(country.id)?.in.length ?? 0,
      visitsOut: visits.get(country.id)?.out.length ?? 0,
      articles: country.articles.length,
    }))
    .sort(byName);
}

// ── pagination and grouping ────────────────────────────────────────────────

/** `/people/x/` page 1 → itself; page 3 → `/people/x/page/3/`. */
export function pageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}

function pagedAt(base: string, index: number, total: number): Paged {
  const number = index + 1;
  return {
    url: pageUrl(base, number),
    number,
    total,
    previous: number > 1 ? pageUrl(base, number - 1) : null,
    next: number < total ? pageUrl(base, number + 1) : null,
    first: base,
  };
}

/** Cuts a newest-first list into pages, each grouped by year and month of `dateOf`. */
export function paginate<T>(items: T[], dateOf: (item: T) => string | null, size: number, base: string): ListPage<T>[] {
  const dated = items.filter((item) => dateOf(item));
  const undated = items.filter((item) => !dateOf(item));
  const pages = chunk(dated, size);
  if (pages.length === 0) pages.push([]);
  return pages.map((slice, index) => ({
    ...pagedAt(base, index, pages.length),
    years: groupByMonth(slice, dateOf),
    undated: index === pages.length - 1 ? undated : [],
  }));
}

function groupByMonth<T>(items: T[], dateOf: (item: T) => string | null): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const date = dateOf(item)!;
    const [year, key] = [date.slice(0, 4), date.slice(0, 7)];
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    let month = yearGroup.months.at(-1);
    if (month?.key !== key) yearGroup.months.push((month = { key, label: monthLabel(key), items: [] }));
    month.items.push(item);
  }
  return years;
}

/**
 * Pages several lists side by side: page k shows the k-th slice of each (empty once a list runs
 * out), so a person with many visits and few articles still gets short pages.
 */
function alongside<T extends unknown[][][]>(lists: [...T]): { [K in keyof T]: T[K][number] }[] {
  const total = Math.max(1, ...lists.map((list) => list.length));
  return Array.from({ length: total }, (_, index) => lists.map((list) => list[index] ?? []) as { [K in keyof T]: T[K][number] });
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks.length ? chunks : [[]];
}

// ── small helpers ──────────────────────────────────────────────────────────

function indexBy<T extends { id: string }, V>(records: T[], map: (record: T) => V): Record<string, V> {
  const index: Record<string, V> = Object.create(null);
  for (const record of records) index[record.id] = map(record);
  return index;
}

function pick<V>(ids: string[], index: Record<string, V>): V[] {
  return ids.flatMap((id) => (index[id] ? [index[id]!] : []));
}

function uniqueLinks(links: (Link | undefined)[]): Link[] {
  const seen = new Set<string>();
  return links.filter((link): link is Link => !!link && !seen.has(link.url) && !!seen.add(link.url));
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: { name: string; url: string }, b: { name: string; url: string }): number {
  return compare(matchKey(a.name), matchKey(b.name)) || compare(a.url, b.url);
}

/** Newest start first; undated last; ties by end date, then id, so the order is total. */
function newestEventFirst(a: Event, b: Event): number {
  return compare(b.start ?? "", a.start ?? "") || compare(b.end ?? "", a.end ?? "") || compare(a.id, b.id);
}

function newestSummaryFirst(a: EventSummary, b: EventSummary): number {
  return compare(b.start ?? "", a.start ?? "") || compare(a.id, b.id);
}

/** Oldest start first; undated last. */
function oldestSummaryFirst(a: EventSummary, b: EventSummary): number {
  if (!a.start !== !b.start) return a.start ? -1 : 1;
  return compare(a.start ?? "", b.start ?? "") || compare(a.id, b.id);
}

function newestArticleFirst(a: { published: string; id: string }, b: { published: string; id: string }): number {
  return compare(b.published, a.published) || compare(a.id, b.id);
}
