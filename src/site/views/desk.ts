// What the editor's desk adds to the pages, computed once from the published archive: the
// "Corrected: …" notes each page shows (by page URL), the articles telling the same story
// elsewhere, and the build report cut into pages of a bounded size.
import type { Article, BuildReport, Corrected, PublishedArchive, ReportItem } from "../../model/schema.ts";
import { REPORT_SECTIONS, needsEditor } from "../../report/sections.ts";
import { readableDate } from "../dates.ts";

export interface CorrectionNote {
  /** `Publication date (first read as 5 February 2026); title (first read as “…”)`. */
  facts: string;
  reason: string;
  date: string;
  dateLabel: string;
}

export interface StoryLink {
  url: string;
  title: string;
  dateLabel: string;
}

export interface ReportPageSection {
  key: string;
  title: string;
  about: string;
  needsEditor: boolean;
  count: number;
  /** This page's share of the section's lines (the section may continue on the next page). */
  items: ReportItem[];
  continued: boolean;
}

export interface ReportPage {
  url: string;
  number: number;
  total: number;
  previous: string | null;
  next: string | null;
  sections: ReportPageSection[];
}

export interface DeskViews {
  /** Page URL → the corrections it shows, one note per correction. */
  notes: Record<string, CorrectionNote[]>;
  /** Article id → the other articles telling the same story. */
  sameStory: Record<string, StoryLink[]>;
  reportPages: ReportPage[];
  /** Every section with its count and the page it starts on, for the report's contents. */
  reportContents: { key: string; title: string; count: number; url: string; needsEditor: boolean }[];
  needsEditor: number;
}

/** Lines per report page: each page stays small however long the report grows. */
export const REPORT_PAGE_SIZE = 30;

export function buildDeskViews(archive: PublishedArchive): DeskViews {
  const names = nameLookup(archive);
  const notes: Record<string, CorrectionNote[]> = {};
  const add = (url: string, facts: Fact[]) => {
    const grouped = groupNotes(facts);
    if (grouped.length) notes[url] = [...(notes[url] ?? []), ...grouped];
  };
  const own = (record: { corrected?: Corrected[] }) => (record.corrected ?? []).map((note) => ({ text: describe(note, names), note }));
  for (const article of archive.articles) add(article.url, articleFacts(article, names));
  for (const event of archive.events) add(event.url, own(event));
  for (const person of archive.people) add(person.url, own(person));

  const byId = new Map(archive.articles.map((article) => [article.id, article]));
  const sameStory: Record<string, StoryLink[]> = {};
  for (const article of archive.articles) {
    const links = article.sameStory.flatMap((id) => {
      const other = byId.get(id);
      return other ? [{ url: other.url, title: other.title, dateLabel: readableDate(other.published) }] : [];
    });
    if (links.length) sameStory[article.id] = links;
  }
  return { notes, sameStory, ...reportPages(archive.report), needsEditor: needsEditor(archive.report) };
}

/** One corrected fact in words (`Publication date first read as 5 February 2026`), with its note. */
interface Fact {
  text: string;
  note: Corrected;
}

const FIELD_LABELS: Record<string, string> = {
  published: "Publication date",
  title: "Title",
  summary: "Summary",
  visitor: "Visitor",
  from: "Visitor’s country",
  host: "Host country",
  start: "Start of the visit",
  end: "End of the visit",
  kind: "Kind of visit",
};

/** A note as a reader reads it: what was corrected and what the build had read. */
function describe(note: Corrected, names: (value: string) => string): string {
  const was = shownValue(note.was, names);
  switch (note.field) {
    case "merged":
      return `Merged with ${was}, the same visit or person`;
    case "events":
      return `No longer linked to the visit ${was}`;
    case "people":
      return `No longer names ${was} as a person`;
    case "alsoPublishedAs":
      return "Another file marked a copy of this article, published here once";
    case "id":
      return `A name first read as ${was} now refers to this person`;
    default:
      return `${FIELD_LABELS[note.field] ?? note.field} first read as ${was}`;
  }
}

/** An article's corrected facts: its own, its visits' (one fact per visit and correction) and its people's. */
function articleFacts(article: Article, names: (value: string) => string): Fact[] {
  const facts: Fact[] = (article.corrected ?? []).map((note) => ({
    // The inferred day, set again by the editor: confirmed, not changed.
    text: note.field === "published" && note.was === article.published ? "Publication date, inferred from the text, confirmed" : describe(note, names),
    note,
  }));
  for (const visit of article.visits) {
    for (const notes of byCorrection(visit.corrected ?? [])) {
      const changes = notes.map((note) => `${(FIELD_LABELS[note.field] ?? note.field).replace(/ of the visit$/, "").toLowerCase()} first read as ${shownValue(note.was, names)}`);
      facts.push({ text: `The visit “${shortened(visit.sentence)}”: ${changes.join(", ")}`, note: notes[0]! });
    }
  }
  for (const person of article.people) {
    for (const note of person.corrected ?? []) {
      const [written, now, was] = [person.forms[0] ?? person.name, names(person.id), shownValue(note.was, names)];
      const before = was === now ? "another person of the same name" : was;
      facts.push({ text: note.field === "id" ? `“${written}” is ${now}, first read as ${before}` : describe(note, names), note });
    }
  }
  return facts;
}

/** Notes grouped by the correction (reason and day) that wrote them, in order. */
function byCorrection(notes: readonly Corrected[]): Corrected[][] {
  const groups = new Map<string, Corrected[]>();
  for (const note of notes) {
    const key = `${note.date}\u0000${note.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.values()];
}

function shortened(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length <= 12 ? sentence : `${words.slice(0, 12).join(" ")} …`;
}

/** One note per correction (reason and day), its facts joined. */
function groupNotes(facts: readonly Fact[]): CorrectionNote[] {
  return byCorrection(facts.map((fact) => fact.note)).map((notes) => {
    const texts = [...new Set(facts.filter((fact) => notes.includes(fact.note)).map((fact) => fact.text))];
    const { reason, date } = notes[0]!;
    return { facts: texts.join("; "), reason, date, dateLabel: readableDate(date) };
  });
}

function shownValue(was: Corrected["was"], names: (value: string) => string): string {
  if (was === null) return "none";
  const values = Array.isArray(was) ? was : [was];
  return values.length ? values.map(names).join(", ") : "none";
}

/** Dates in words, ids as the names of what they stand for (when it still exists), text quoted. */
function nameLookup(archive: PublishedArchive): (value: string) => string {
  const names = new Map<string, string>();
  for (const record of [...archive.people, ...archive.countries]) names.set(record.id, record.name);
  for (const event of archive.events) names.set(event.id, event.title);
  return (value) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return readableDate(value);
    return names.get(value) ?? (/^[a-z0-9_-]+$/.test(value) ? value : `“${value}”`);
  };
}

function reportPages(report: BuildReport): Pick<DeskViews, "reportPages" | "reportContents"> {
  const lines = REPORT_SECTIONS.flatMap((section) => report[section.key].map((item, index) => ({ section, item, index })));
  const chunks: (typeof lines)[] = [];
  for (let start = 0; start < lines.length; start += REPORT_PAGE_SIZE) chunks.push(lines.slice(start, start + REPORT_PAGE_SIZE));
  if (chunks.length === 0) chunks.push([]);
  const urlOf = (index: number) => (index === 0 ? "/report/" : `/report/${index + 1}/`);
  const startsOn = new Map<string, string>();
  const reportPages = chunks.map((chunk, index): ReportPage => {
    const sections: ReportPageSection[] = [];
    for (const { section, item, index: position } of chunk) {
      let current = sections.at(-1);
      if (current?.key !== section.key) {
        current = { key: section.key, title: section.title, about: section.about, needsEditor: section.needsEditor, count: report[section.key].length, items: [], continued: position > 0 };
        sections.push(current);
        if (!startsOn.has(section.key)) startsOn.set(section.key, urlOf(index));
      }
      current.items.push(item);
    }
    return { url: urlOf(index), number: index + 1, total: chunks.length, previous: index > 0 ? urlOf(index - 1) : null, next: index < chunks.length - 1 ? urlOf(index + 1) : null, sections };
  });
  const reportContents = REPORT_SECTIONS.filter((section) => report[section.key].length > 0).map((section) => ({
    key: section.key,
    title: section.title,
    count: report[section.key].length,
    url: `${startsOn.get(section.key)!}#${section.key}`,
    needsEditor: section.needsEditor,
  }));
  return { reportPages, reportContents };
}
