// Reads a ready-made Archive from a JSON file (a test fixture, or a saved build) and checks
// every record against the schema, so the site can be rendered without running the ingest.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { Article, Country, describeIssues, Event, InputWarning, Person, type Archive } from "../model/schema.ts";

const ArchiveFile = z.object({
  articles: z.array(Article),
  events: z.array(Event),
  people: z.array(Person),
  countries: z.array(Country),
  warnings: z.array(InputWarning).default([]),
});

export function loadArchiveFile(file: string): Archive {
  const parsed = ArchiveFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
