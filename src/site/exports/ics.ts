// The visits as an iCalendar feed (RFC 5545): one all-day VEVENT per dated visit with its page
// and its articles. A visit dated only to a month spans that month. Every value comes from the
// records, DTSTAMP included, so two builds write the same file.
//
// Written here rather than by ical-generator, whose output it keeps line for line: its line
// folding made a TextEncoder per character, 0.9 ms per visit, the slowest file of the site.
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
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${site.publisher}//${site.title}//EN`,
    `URL:${absoluteUrl(site, "/api/events.ics")}`,
    "METHOD:PUBLISH",
    `NAME:${site.title}: visits`,
    `X-WR-CALNAME:${site.title}: visits`,
    ...(site.description ? [`X-WR-CALDESC:${site.description}`] : []),
  ];
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
    // When the record last changed: the newest article about the visit.
    const stamp = covering.flatMap((article) => (article.published ? [article.published] : [])).reduce((a, b) => (a > b ? a : b), event.start);
    const description = [
      `${capitalise(event.kind)}: ${who}${from} visiting ${host}.`,
      ...(event.precision === "month" ? ["The articles give only the month."] : []),
      "",
      "Articles:",
      ...covering.map((article) => `- ${article.title} (${article.dateLabel}): ${absoluteUrl(site, article.url)}`),
    ].join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.id}@${domain}`,
      "SEQUENCE:0",
      `DTSTAMP:${basicDay(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${basicDay(start)}`,
      `DTEND;VALUE=DATE:${basicDay(end)}`,
      "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
      "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
      `SUMMARY:${escapeText(event.title)}`,
      ...(host ? [`LOCATION:${escapeText(host)}`] : []),
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(capitalise(event.kind))}`,
      `URL;VALUE=URI:${escapeText(absoluteUrl(site, event.url))}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * A content line folded so no line passes 75 octets of UTF-8 (RFC 5545 3.1): a break and a space
 * before the character that would pass 74, never inside a character.
 */
export function foldLine(line: string): string {
  // Cut into slices, not built a character at a time: at 10,000 visits that made millions of
  // one-character strings, 2.4 s of the build.
  if (line.length <= 74 && ASCII.test(line)) return line;
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const start = i;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) i++;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : i > start || (code >= 0xdc00 && code <= 0xdfff) ? Buffer.byteLength(line.slice(start, i + 1)) : 3;
    octets += size;
    if (octets > 74) {
      parts.push(line.slice(from, start));
      from = start;
      octets = size;
    }
  }
  parts.push(line.slice(from));
  return parts.join("\r\n ");
}

const ASCII = /^[\x00-\x7f]*$/;

/** `2031-07-14` → `20310714`. */
function basicDay(isoDay: string): string {
  return isoDay.replaceAll("-", "");
}

function utcDay(isoDay: string): Date {
  const [year, month, day] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

function nextDay(isoDay: string): string {
  return new Date(utcDay(isoDay).getTime() + 86_400_000).toISOString().slice(0, 10);
}
