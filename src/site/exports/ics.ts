// The visits as an iCalendar feed (RFC 5545, written by ical-generator): one all-day VEVENT per
// dated visit with its page and its articles. A visit dated only to a month spans that month.
// Every value comes from the records, DTSTAMP included, so two builds write the same file.
import ical, { ICalCalendarMethod } from "ical-generator";
import type { Event } from "../../model/schema.ts";
import { nextMonth } from "../dates.ts";
import { capitalise } from "../text.ts";
import { absoluteUrl, type UrlSettings } from "../urls.ts";
import type { ArticleSummary, Link } from "../views/types.ts";

export interface CalendarSettings extends UrlSettings {
  title: string;
  description: string;
  publisher: string;
}

export function eventsCalendar(
  events: Event[],
  articles: Record<string, ArticleSummary>,
  people: Record<string, Link>,
  countries: Record<string, Link>,
  site: CalendarSettings,
): string {
  const calendar = ical({
    name: `${site.title}: visits`,
    description: site.description,
    prodId: { company: site.publisher, product: site.title, language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: absoluteUrl(site, "/api/events.ics"),
  });
  const domain = new URL(site.url).hostname;
  for (const event of events) {
    if (!event.start || event.precision === "unknown") continue;
    const covering = event.articles.flatMap((id) => (articles[id] ? [articles[id]!] : []));
    const last = event.end && event.end > event.start ? event.end : event.start;
    const [start, end] =
      event.precision === "month" ? [`${event.start.slice(0, 7)}-01`, `${nextMonth(last.slice(0, 7))}-01`] : [event.start, nextDay(last)];
    const host = countries[event.host]?.name ?? event.host;
    const who = event.visitor ? (people[event.visitor]?.name ?? event.visitor) : "A delegation";
    const from = event.from ? ` (${countries[event.from]?.name ?? event.from})` : "";
    calendar.createEvent({
      id: `${event.id}@${domain}`,
      allDay: true,
      start: utcDay(start),
      end: utcDay(end),
      // When the record last changed: the newest article about the visit.
      stamp: utcDay(covering.flatMap((article) => (article.published ? [article.published] : [])).reduce((a, b) => (a > b ? a : b), event.start)),
      summary: event.title,
      location: host,
      categories: [{ name: capitalise(event.kind) }],
      url: absoluteUrl(site, event.url),
      description: [
        `${capitalise(event.kind)}: ${who}${from} visiting ${host}.`,
        ...(event.precision === "month" ? ["The articles give only the month."] : []),
        "",
        "Articles:",
        ...covering.map((article) => `- ${article.title} (${article.dateLabel}): ${absoluteUrl(site, article.url)}`),
      ].join("\n"),
    });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

function utcDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

function nextDay(isoDay: string): string {
  return new Date(utcDay(isoDay).getTime() + 86_400_000).toISOString().slice(0, 10);
}
