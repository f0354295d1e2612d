// Corrections of what one article says, applied to its record before the archive is built: its
// date, title or summary; a visit it mentions (visitor, origin, host, dates, kind); and that it
// is another article filed again. The archive then groups the corrected facts as if read so.
import type { ArticleRecord, Corrected, Evidence, PersonMention, VisitMention } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { matchKey } from "../text/fold.ts";
import { applied, invalid, noteOf, shown, stale, withNotes, type CorrectionOutcome } from "./outcome.ts";
import type { PeopleIndex } from "./people-index.ts";
import type { RecordSet } from "./record-set.ts";
import type { CorrectionOf } from "./schema.ts";

export interface RecordContext {
  records: RecordSet;
  people: PeopleIndex;
  authority: Authority;
  /** Every country id an article names or the authority lists. */
  countries: ReadonlySet<string>;
}

export function correctArticle(correction: CorrectionOf<"article">, { records }: RecordContext): CorrectionOutcome {
  const record = records.get(correction.article);
  if (!record) return stale(correction, records.missing(correction.article));
  // Setting an inferred date to the day inferred confirms it: a change to the record's standing.
  const confirms = (field: string) => field === "published" && record.publishedBasis === "inferred" && !record.corrected?.some((note) => note.field === "published");
  const changes = (Object.keys(correction.set) as (keyof typeof correction.set)[]).filter((field) => correction.set[field] !== record[field] || confirms(field));
  if (changes.length === 0) return stale(correction, `changes nothing: article ${record.id} already says so; delete the entry`);
  const notes = changes.map((field) => noteOf(correction, field, record[field]));
  const fixed: ArticleRecord = { ...record };
  for (const field of changes) fixed[field] = correction.set[field]!;
  // An undated article the editor dates is dated as given (the note says by whom and why).
  if (changes.includes("published") && fixed.publishedBasis === "undated") fixed.publishedBasis = "stated";
  records.put(withNotes(fixed, notes));
  const said = (field: (typeof changes)[number]) => (record[field] === correction.set[field] ? `${field} ${record[field]} confirmed` : `${field} ${shown(record[field])} → ${correction.set[field]}`);
  return applied(correction, changes.map(said).join("; "), record.url);
}

export function correctVisit(correction: CorrectionOf<"visit">, context: RecordContext): CorrectionOutcome {
  const record = context.records.get(correction.article);
  if (!record) return stale(correction, context.records.missing(correction.article));
  const picked = pickVisits(record.visits, correction.visit);
  if (picked.length === 0) {
    const which = typeof correction.visit === "number" ? `no visit number ${correction.visit} (it has ${record.visits.length}, counted from 0)` : `no visit sentence holding "${correction.visit}"`;
    return stale(correction, `article ${record.id} has ${which}`);
  }
  const { set } = correction;
  let visitor: { id: string | null; mention: PersonMention | null } | undefined;
  if (set.visitor !== undefined) {
    const found = visitorOf(set.visitor, record, context, editorEvidence(correction.line, record.visits[picked[0]!]!.sentence));
    if (typeof found === "string") return invalid(correction, `set.visitor: ${found}`);
    visitor = found;
  }
  for (const [field, country] of [["host", set.host], ["from", set.from]] as const) {
    if (country && !context.countries.has(country)) return invalid(correction, `set.${field}: no country "${country}" in any article or in data/authority.json`);
  }

  const changed: string[] = [];
  const visits = record.visits.map((visit, index) => {
    if (!picked.includes(index)) return visit;
    const next: VisitMention = { ...visit };
    if (visitor) next.visitor = visitor.id;
    if (set.from !== undefined) next.from = set.from;
    if (set.host !== undefined) next.host = set.host;
    if (set.kind !== undefined) next.kind = set.kind;
    if (set.start !== undefined || set.end !== undefined) Object.assign(next, correctedDays(visit, set));
    const notes: Corrected[] = [];
    const why = { ...visit.why };
    for (const field of ["visitor", "from", "host", "kind", "start", "end"] as const) {
      if (next[field] === visit[field]) continue;
      notes.push(noteOf(correction, field, visit[field]));
      changed.push(`${field} ${shown(visit[field])} → ${shown(next[field])}`);
      // The evidence of a corrected part is the editor's word, not what the rules had read.
      const part = field === "start" || field === "end" ? "dates" : field === "kind" ? null : field;
      if (part) why[part] = editorEvidence(correction.line, visit.sentence);
    }
    return withNotes({ ...next, why }, notes);
  });
  const badDays = visits.find((visit) => visit.start && visit.end && visit.end < visit.start);
  if (badDays) return invalid(correction, `set: the visit would end (${badDays.end}) before it starts (${badDays.start})`);
  if (changed.length === 0) return stale(correction, `changes nothing: the visit already says so; delete the entry`);
  const people = visitor?.mention ? [...record.people, visitor.mention] : record.people;
  context.records.put({ ...record, visits, people });
  if (visitor?.mention && visitor.id) context.people.addArticle(visitor.id, record.id);
  return applied(correction, [...new Set(changed)].join("; "), record.url);
}

/** Indexes of the visits a correction means: by position, or every one whose sentence holds the quoted words. */
function pickVisits(visits: readonly VisitMention[], which: number | string): number[] {
  if (typeof which === "number") return which < visits.length ? [which] : [];
  const quote = matchKey(which);
  return visits.flatMap((visit, index) => (matchKey(visit.sentence).includes(quote) ? [index] : []));
}

/** New start and end: a day the editor gives makes the visit day-precise; an end before a new start moves with it. */
function correctedDays(visit: VisitMention, set: { start?: string | null; end?: string | null }): Pick<VisitMention, "start" | "end" | "precision"> {
  const start = set.start !== undefined ? set.start : visit.start;
  let end = set.end !== undefined ? set.end : visit.end;
  if (start === null) return { start: null, end: null, precision: "unknown" };
  if (set.end === undefined && (end === null || end < start || visit.precision !== "day")) end = start;
  return { start, end, precision: "day" };
}

/**
 * The record id for a visitor the editor names by the archive's person id: the article's own
 * mention of them if it has one, else the person as other articles name them, else a person of
 * the authority file (who then joins the article's people). A string says why none fits.
 */
function visitorOf(id: string | null, record: ArticleRecord, { people }: RecordContext, evidence: Evidence): { id: string | null; mention: PersonMention | null } | string {
  if (id === null) return { id: null, mention: null };
  const own = record.people.find((mention) => mention.id === id) ?? record.people.find((mention) => people.root(mention.id) === id);
  if (own) return { id: own.id, mention: null };
  if (people.isNamed(id)) return { id, mention: null };
  const name = people.nameOf(id);
  if (!name) return `no person "${id}" in any article or in data/authority.json`;
  return { id, mention: { id, name, forms: [], role: null, country: null, evidence } };
}

/** Evidence for a fact an editor set: the correction's line, over the sentence it corrects. */
function editorEvidence(line: number, sentence: string): Evidence {
  return { rule: `corrected by the editor (data/corrections.yaml, line ${line})`, sentence, start: 0, end: sentence.length, confidence: "high" };
}

export function correctDuplicate(correction: CorrectionOf<"duplicate">, { records }: RecordContext): CorrectionOutcome {
  if (correction.article === correction.duplicateOf) return invalid(correction, "duplicateOf: an article cannot be a duplicate of itself");
  const copy = records.get(correction.article);
  if (!copy) return stale(correction, records.missing(correction.article));
  const kept = records.get(correction.duplicateOf);
  if (!kept) return stale(correction, `duplicateOf: ${records.missing(correction.duplicateOf)}`);
  const was = kept.alsoPublishedAs ?? [];
  const alsoPublishedAs = [...new Set([...was, copy.id, ...(copy.alsoPublishedAs ?? [])])];
  records.put(withNotes({ ...kept, alsoPublishedAs }, [noteOf(correction, "alsoPublishedAs", was)]));
  records.remove(copy.id, `is published as ${kept.id} (marked a duplicate at line ${correction.line})`);
  return applied(correction, `${copy.source} is published once, as ${kept.id}`, kept.url);
}
