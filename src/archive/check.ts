// The archive's last step: every Event, Person and Country passes its schema, and every id a
// record refers to exists. A failure names the record, the field and the missing id, since it
// means a bug upstream (or a hand-made archive file gone wrong), never something to hide.
import { z } from "zod";
import { ArchiveLinks, Country, describeIssues, Event, Person, type Archive } from "../model/schema.ts";

export class ArchiveError extends Error {
  override name = "ArchiveError";
}

const Records = z.object({ events: z.array(Event), people: z.array(Person), countries: z.array(Country), links: ArchiveLinks });
const RECORD_SCHEMAS = [
  ["events", Event],
  ["people", Person],
  ["countries", Country],
] as const;

/**
 * Records that passed their schema. A build checks its archive three times (as built, corrected,
 * linked to its near-duplicates), and each step makes new objects only for the records it changes
 * (records are never changed in place), so a record already seen is not parsed again.
 */
const passed = new WeakSet<object>();

/** Returns the archive unchanged when it holds together; throws an ArchiveError naming the first problems otherwise. */
export function checkArchive(archive: Archive): Archive {
  const issues = schemaIssues(archive);
  if (issues.length > 0) throw new ArchiveError(`archive: invalid record: ${describeIssues(new z.ZodError(issues))}`);
  const problems = danglingReferences(archive);
  if (problems.length > 0) {
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
    throw new ArchiveError(`archive: ${problems.slice(0, 5).join("; ")}${more}`);
  }
  return archive;
}

/** What `Records.safeParse(archive)` reports, in its order, parsing only the records not seen before. */
function schemaIssues(archive: Archive): z.core.$ZodIssue[] {
  const lists = typeof archive === "object" && archive !== null ? RECORD_SCHEMAS.map(([key]) => (archive as unknown as Record<string, unknown>)[key]) : [];
  if (lists.length === 0 || !lists.every(Array.isArray)) {
    const parsed = Records.safeParse(archive);
    return parsed.success ? [] : parsed.error.issues;
  }
  const issues: z.core.$ZodIssue[] = [];
  RECORD_SCHEMAS.forEach(([key, schema], list) => {
    (lists[list] as unknown[]).forEach((record, index) => {
      const known = typeof record === "object" && record !== null;
      if (known && passed.has(record)) return;
      const parsed = schema.safeParse(record);
      if (parsed.success && known) passed.add(record);
      else if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: [key, index, ...issue.path] })));
    });
  });
  const links = ArchiveLinks.safeParse(archive.links);
  if (!links.success) issues.push(...links.error.issues.map((issue) => ({ ...issue, path: ["links", ...issue.path] })));
  return issues;
}

/** `event 2031-03-10-ana-rojas-kenya: participants: no person "y"`, for each id that points nowhere. */
export function danglingReferences(archive: Archive): string[] {
  const articles = new Set(archive.articles.map((article) => article.id));
  const events = new Set(archive.events.map((event) => event.id));
  const people = new Set(archive.people.map((person) => person.id));
  const countries = new Set(archive.countries.map((country) => country.id));
  const problems: string[] = [];
  const expect = (owner: string, field: string, kind: string, known: Set<string>, ids: readonly (string | null)[]) => {
    for (const id of ids) if (id !== null && !known.has(id)) problems.push(`${owner}: ${field}: no ${kind} "${id}"`);
  };
  for (const event of archive.events) {
    const owner = `event ${event.id}`;
    expect(owner, "articles", "article", articles, event.articles);
    expect(owner, "coverage", "article", articles, event.coverage.map((entry) => entry.article));
    expect(owner, "participants", "person", people, event.participants);
    expect(owner, "visitor", "person", people, [event.visitor]);
    expect(owner, "host", "country", countries, [event.host, event.from]);
  }
  for (const person of archive.people) {
    const owner = `person ${person.id}`;
    expect(owner, "country", "country", countries, [person.country]);
    expect(owner, "articles", "article", articles, person.articles);
    expect(owner, "events", "event", events, person.events);
  }
  for (const country of archive.countries) {
    const owner = `country ${country.id}`;
    expect(owner, "articles", "article", articles, country.articles);
    expect(owner, "relations", "country", countries, country.relations.map((relation) => relation.country));
    expect(owner, "relations", "event", events, country.relations.flatMap((relation) => relation.events));
  }
  for (const article of archive.articles) {
    const owner = `article ${article.id}`;
    const linked = archive.links.articleEvents[article.id];
    if (!linked) problems.push(`${owner}: no links`);
    expect(owner, "events", "event", events, linked ?? []);
    const mentioned = [...article.people.map((person) => person.id), ...article.visits.flatMap((visit) => [visit.visitor, ...visit.people])];
    for (const id of [...mentioned, ...article.captions.flatMap((caption) => caption.people)]) {
      if (id === null) continue;
      const person = archive.links.personOf[id];
      if (person === undefined) problems.push(`${owner}: people: person id "${id}" is linked to nobody`);
      else expect(owner, "people", "person", people, [person]);
    }
    expect(owner, "countries", "country", countries, article.countries.map((country) => country.id));
    expect(owner, "sameStory", "article", articles, archive.links.sameStory[article.id] ?? []);
  }
  return problems;
}
