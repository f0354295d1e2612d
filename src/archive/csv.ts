// Events as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled. Lists (articles, participants) are joined with `;`.
import type { Event } from "../model/schema.ts";

const COLUMNS = ["id", "url", "title", "kind", "start", "end", "precision", "visitor", "from", "host", "articles", "participants", "roles"] as const;

export function eventsToCsv(events: readonly Event[]): string {
  const rows = events.map((event) => [
    event.id,
    event.url,
    event.title,
    event.kind,
    event.start ?? "",
    event.end ?? "",
    event.precision,
    event.visitor ?? "",
    event.from ?? "",
    event.host,
    event.articles.join(";"),
    event.participants.join(";"),
    event.coverage.map((coverage) => `${coverage.article}:${coverage.role}`).join(";"),
  ]);
  return [[...COLUMNS], ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
