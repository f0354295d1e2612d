// The shapes the templates read: summaries, list pages and one view per event, article, person and country page.
import type { Article, ArticleRole, Country, Event, Person, VisitKind } from "../../model/schema.ts";

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
  /** The newest article date in the archive, or null when no article is dated. */
  newestPublished: string | null;
  counts: { articles: number; events: number; people: number; countries: number };
}
