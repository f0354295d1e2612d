// Browsing by date, as in a newspaper archive: a page per year (its months, with their visits and
// articles) and per month (a grid with the days of visits marked and linked, then the lists).
// A visit dated only to a month sits in that month, on no day.
import type { Article, Event } from "../../model/schema.ts";
import { compare } from "../../util/compare.ts";
import { daysInMonth, monthLabel, monthName, nextMonth, weekdayIndex } from "../dates.ts";
import type { PageSizes } from "./page-sizes.ts";
import { alongside, chunk, pagedAt } from "./paging.ts";
import type { ArticleSummary, CalendarCell, EventSummary, MonthPage, YearMonth, YearPage } from "./types.ts";

/** A visit that says it lasted longer than this is drawn over its first months only. */
const LONGEST_VISIT_MONTHS = 12;

export function monthUrl(month: string): string {
  return `/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
}

export function yearUrl(year: string): string {
  return `/${year}/`;
}

interface MonthContent {
  visits: Event[];
  wholeMonth: Event[];
  articles: Article[];
}

export function calendarPages(
  events: Event[],
  articles: Article[],
  eventById: Record<string, EventSummary>,
  articleById: Record<string, ArticleSummary>,
  sizes: PageSizes,
): { years: YearPage[]; months: MonthPage[] } {
  const content = new Map<string, MonthContent>();
  const at = (month: string) => content.get(month) ?? content.set(month, { visits: [], wholeMonth: [], articles: [] }).get(month)!;
  for (const event of events) {
    if (!event.start || event.precision === "unknown") continue;
    const last = (event.end && event.end > event.start ? event.end : event.start).slice(0, 7);
    let month = event.start.slice(0, 7);
    for (let count = 0; month <= last && count < LONGEST_VISIT_MONTHS; count++, month = nextMonth(month)) {
      (event.precision === "month" ? at(month).wholeMonth : at(month).visits).push(event);
    }
  }
  // An undated article is on no calendar page (the archive lists it as undated).
  for (const article of articles) if (article.published) at(article.published.slice(0, 7)).articles.push(article);

  const monthKeys = [...content.keys()].sort(compare);
  const months = monthKeys.flatMap((key, index): MonthPage[] => {
    const { visits, wholeMonth, articles: published } = content.get(key)!;
    const summaries = sortVisits(visits).map((event) => eventById[event.id]!);
    const listed = [...published].sort((a, b) => compare(a.published!, b.published!) || compare(a.id, b.id)).map((article) => articleById[article.id]!);
    const [previous, next] = [monthKeys[index - 1], monthKeys[index + 1]];
    const shared = {
      key,
      year: key.slice(0, 4),
      yearUrl: yearUrl(key.slice(0, 4)),
      label: monthLabel(key),
      visitCount: summaries.length,
      articleCount: listed.length,
      previousMonth: previous ? { name: monthLabel(previous), url: monthUrl(previous) } : null,
      nextMonth: next ? { name: monthLabel(next), url: monthUrl(next) } : null,
    };
    return alongside([chunk(summaries, sizes.entityEvents), chunk(listed, sizes.entityArticles)]).map(([visitSlice, articleSlice], page, all) => ({
      ...pagedAt(monthUrl(key), page, all.length),
      ...shared,
      weeks: page === 0 ? monthGrid(key, sortVisits(visits), eventById, published) : [],
      visits: visitSlice,
      wholeMonth: page === 0 ? sortVisits(wholeMonth).map((event) => eventById[event.id]!) : [],
      articles: articleSlice,
    }));
  });

  const yearKeys = [...new Set(monthKeys.map((key) => key.slice(0, 4)))];
  const years = yearKeys.map((year, index): YearPage => {
    const inYear = monthKeys.filter((key) => key.startsWith(`${year}-`));
    const yearVisits = new Set(inYear.flatMap((key) => [...content.get(key)!.visits, ...content.get(key)!.wholeMonth].map((event) => event.id)));
    const [previous, next] = [yearKeys[index - 1], yearKeys[index + 1]];
    return {
      year,
      url: yearUrl(year),
      months: Array.from({ length: 12 }, (_, month) => {
        const key = `${year}-${String(month + 1).padStart(2, "0")}`;
        return yearMonth(key, content.get(key), eventById, sizes.yearMonthVisits);
      }),
      visitCount: yearVisits.size,
      articleCount: inYear.reduce((sum, key) => sum + content.get(key)!.articles.length, 0),
      previous: previous ? { name: previous, url: yearUrl(previous) } : null,
      next: next ? { name: next, url: yearUrl(next) } : null,
    };
  });
  return { years, months };
}

function yearMonth(key: string, content: MonthContent | undefined, events: Record<string, EventSummary>, shown: number): YearMonth {
  const visits = content ? [...sortVisits(content.visits), ...sortVisits(content.wholeMonth)] : [];
  return {
    key,
    label: monthName(key, true),
    url: content ? monthUrl(key) : null,
    visitCount: visits.length,
    articleCount: content?.articles.length ?? 0,
    visits: visits.slice(0, shown).map((event) => events[event.id]!),
    moreVisits: Math.max(0, visits.length - shown),
  };
}

/** Monday-first weeks of the month, each day with the visits under way and the articles published. */
function monthGrid(month: string, visits: Event[], events: Record<string, EventSummary>, articles: Article[]): (CalendarCell | null)[][] {
  const cells: (CalendarCell | null)[] = Array.from({ length: weekdayIndex(`${month}-01`) }, () => null);
  for (let day = 1; day <= daysInMonth(month); day++) {
    const iso = `${month}-${String(day).padStart(2, "0")}`;
    const under = visits.filter((event) => event.start! <= iso && iso <= (event.end && event.end > event.start! ? event.end : event.start!));
    cells.push({
      day,
      iso,
      visits: under.map((event) => events[event.id]!),
      articles: articles.filter((article) => article.published === iso).length,
      href: under.length ? events[under[0]!.id]!.url : null,
    });
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

function sortVisits(events: Event[]): Event[] {
  return [...events].sort((a, b) => compare(a.start ?? "", b.start ?? "") || compare(a.end ?? "", b.end ?? "") || compare(a.id, b.id));
}

