// The shapes the templates read: summaries, list pages and one view per event, article, person and country page.
import type { Article, ArticleRole, Country, Event, Person, VisitKind } from "../../model/schema.ts";
import type { MapSpec } from "../maps/spec.ts";

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
  /** Null for an undated article (`dateLabel` then says so). */
  published: string | null;
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
  /** The trip this visit is a stop of (its origin first), and the map drawing it. */
  trip: TripStop[];
  map: MapSpec;
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
  /** On the first page: the visits by other country, their map and their chart. */
  flows: CountryFlows | null;
  map: MapSpec | null;
  chart: Chart | null;
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
  /** The home page's map of every route, its busiest routes as a table, and its chart. */
  overview: { map: MapSpec; routes: Route[]; moreRoutes: number; chart: Chart | null };
  /** Calendar pages: one per year and per month with a visit or an article. */
  calendarYears: YearPage[];
  calendarMonths: MonthPage[];
  /** The newest article date in the archive, or null when no article is dated. */
  newestPublished: string | null;
  counts: { articles: number; events: number; people: number; countries: number };
}

/** A country with its id, for maps and tables that need both. */
export interface CountryRef extends Link {
  id: string;
}

/** One stop of a trip: where it starts (no event), then each country visited, in order. */
export interface TripStop {
  /** 1, 2, … for the countries visited; null for the starting point. */
  number: number | null;
  country: CountryRef;
  event: EventSummary | null;
  /** The stop this page is about. */
  current: boolean;
}

/** Visits between two countries, one direction. */
export interface Route {
  from: CountryRef;
  to: CountryRef;
  visits: number;
}

/** A country page's visits grouped by the other country, busiest first. */
export interface CountryFlows {
  partners: { country: CountryRef; visitsIn: number; visitsOut: number }[];
  /** Visits received whose visitor's country the articles do not state (not on the map). */
  unknownOrigin: number;
}

export interface ChartPeriod {
  /** `2031-03`, `2031-Q1` or `2031`. */
  key: string;
  /** `March 2031`, `Q1 2031`, `2031`. */
  label: string;
  /** Axis label: `Mar`, `Q1`, `2031`. */
  short: string;
  /** The first period of its year (the axis names the year there). */
  year: string | null;
  /** The calendar page of the period. */
  url: string;
  values: number[];
  total: number;
}

/** Visits counted per month, quarter or year: one series, or several stacked. */
export interface Chart {
  unit: "month" | "quarter" | "year";
  series: string[];
  periods: ChartPeriod[];
  title: string;
  description: string;
  /** Visits with no known date, left out of the counts. */
  undated: number;
}

export interface CalendarCell {
  day: number;
  iso: string;
  /** Visits under way that day. */
  visits: EventSummary[];
  articles: number;
  /** Where the day links: the page of its first visit. */
  href: string | null;
}

/** A month, paged like a person's page when it holds many visits or articles. */
export interface MonthPage extends Paged {
  key: string;
  year: string;
  yearUrl: string;
  label: string;
  /** Monday-first weeks, on the first page; null before the first and after the last day. */
  weeks: (CalendarCell | null)[][];
  /** This page's share of the visits with known days under way this month, oldest first. */
  visits: EventSummary[];
  visitCount: number;
  /** Visits the articles date only to this month (first page): they sit in the month, on no day. */
  wholeMonth: EventSummary[];
  /** This page's share of the articles published this month, oldest first. */
  articles: ArticleSummary[];
  articleCount: number;
  previousMonth: Link | null;
  nextMonth: Link | null;
}

export interface YearMonth {
  key: string;
  /** `February`. */
  label: string;
  /** The month page, when the month has visits or articles. */
  url: string | null;
  visitCount: number;
  articleCount: number;
  /** The first few visits; the month page has them all. */
  visits: EventSummary[];
  moreVisits: number;
}

export interface YearPage {
  year: string;
  url: string;
  months: YearMonth[];
  visitCount: number;
  articleCount: number;
  previous: Link | null;
  next: Link | null;
}
