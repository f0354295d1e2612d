// Events as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled. Lists (articles, participants) are joined with `;`.
import type { Event } from "../model/schema.ts";

const COLUMNS = ["id", "url", "title", "kind", "start", "end", "precision", "visitor", "from", "host", "articles", "participants", "roles"] as const;

/** A column added after the record's own (the site adds CAMEO codes). */
export interface CsvColumn {
  name: string;
  value: (event: Event) => string;
}

export function eventsToCsv(events: readonly Event[], extra: readonly CsvColumn[] = []): string {
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
    ...extra.map((column) => column.value(event)),
  ]);
  return [[...COLUMNS, ...extra.map((column) => column.name)], ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
