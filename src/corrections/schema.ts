// What an entry of data/corrections.yaml may say. Each entry names what it corrects (an
// `article`, an `event` or a `person`), what to do, and why and when. The keys an entry has
// decide its kind, so an error names the field of that kind ("set.published: …") rather than
// listing every kind it is not.
import { z } from "zod";
import { ArticleRecord, IsoDate, Slug, VisitKind } from "../model/schema.ts";

/** An id as an editor types it; all-digit ids must be quoted, or YAML reads them as numbers. */
const Id = z.string({
  error: (issue) => (issue.input === undefined ? "missing" : "expected an id such as 003_vna-report (put an id of digits only in quotes: '000')"),
}).pipe(Slug);

const Why = {
  /** Why, in a sentence readers will see beside the corrected fact. */
  reason: z.string({ error: "say why, in a sentence readers will see" }).trim().min(1, "say why, in a sentence readers will see"),
  /** The day of the correction. */
  date: z.string({ error: "give the day of the correction, YYYY-MM-DD" }).pipe(IsoDate),
};

const someField = (value: object) => Object.keys(value).length > 0;
/** Said only of a `set` with no other problem, so a misspelt field is not also reported as missing. */
const NOTHING_SET = { message: "set at least one field", when: (payload: { issues: unknown[] }) => payload.issues.length === 0 };

const ArticleFields = z
  .object({ published: IsoDate, title: ArticleRecord.shape.title, summary: ArticleRecord.shape.summary })
  .partial()
  .strict()
  .refine(someField, NOTHING_SET);

const VisitFields = z
  .object({
    visitor: Id.nullable(),
    from: Id.nullable(),
    host: Id,
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
    kind: VisitKind,
  })
  .partial()
  .strict()
  .refine(someField, NOTHING_SET);

const kinds = {
  /** Fix what the build read from an article: its date, title or summary. */
  article: z.object({ article: Id, set: ArticleFields, ...Why }).strict(),
  /** Fix a visit an article mentions, picked by a few words of its sentence or its index in `visits`. */
  visit: z
    .object({ article: Id, visit: z.union([z.number().int().nonnegative(), z.string().trim().min(3, "quote at least a few words of the visit's sentence")]), set: VisitFields, ...Why })
    .strict(),
  /** Say who a name in one article really is. */
  mention: z.object({ article: Id, person: z.string().trim().min(1), set: z.object({ id: Id, name: z.string().trim().min(1).optional() }).strict(), ...Why }).strict(),
  /** One article is another filed again: publish it once. */
  duplicate: z.object({ article: Id, duplicateOf: Id, ...Why }).strict(),
  /** A visit the build made up from sentences that do not report one. */
  rejectEvent: z.object({ event: Id, reject: z.literal(true, "write reject: true"), ...Why }).strict(),
  /** Two events that are one visit: the first joins the second. */
  mergeEvents: z.object({ event: Id, mergeInto: Id, ...Why }).strict(),
  /** A name the build took for a person that is not one. */
  rejectPerson: z.object({ person: Id, reject: z.literal(true, "write reject: true"), ...Why }).strict(),
  /** Two people who are one: the first joins the second. */
  mergePeople: z.object({ person: Id, mergeInto: Id, ...Why }).strict(),
  /** One person who is really two: in the articles listed, the name is someone else. */
  splitPerson: z
    .object({ person: Id, split: z.object({ articles: z.array(Id).min(1), id: Id, name: z.string().trim().min(1).optional() }).strict(), ...Why })
    .strict(),
};

export type CorrectionKind = keyof typeof kinds;
type Fields<K extends CorrectionKind> = z.infer<(typeof kinds)[K]>;

/** Where an entry stands in the file, for messages an editor can find it by. */
export interface EntryPlace {
  /** 1-based position in the list. */
  entry: number;
  /** 1-based line of its first key. */
  line: number;
}

export type Correction = { [K in CorrectionKind]: EntryPlace & { kind: K } & Fields<K> }[CorrectionKind];
export type CorrectionOf<K extends CorrectionKind> = Extract<Correction, { kind: K }>;

export const KNOWN_KINDS =
  "an `article` with `set`, `visit` + `set`, `person` + `set` or `duplicateOf`; an `event` with `reject` or `mergeInto`; a `person` with `reject`, `mergeInto` or `split`";

/** The kind an entry's keys ask for, or null when they name nothing to correct. */
export function kindOf(entry: Record<string, unknown>): CorrectionKind | null {
  if ("article" in entry) {
    if ("duplicateOf" in entry) return "duplicate";
    if ("visit" in entry) return "visit";
    if ("person" in entry) return "mention";
    return "article";
  }
  if ("event" in entry) return "mergeInto" in entry ? "mergeEvents" : "rejectEvent";
  if ("person" in entry) return "mergeInto" in entry ? "mergePeople" : "split" in entry ? "splitPerson" : "rejectPerson";
  return null;
}

export function schemaOf(kind: CorrectionKind): z.ZodType<Fields<CorrectionKind>> {
  return kinds[kind];
}

/** `article 003_x`, `event 2031-03-10-ana-rojas-kenya`: what an entry is about, for messages. */
export function subjectOf(correction: Correction): string {
  if ("article" in correction) return `article ${correction.article}`;
  if ("event" in correction) return `event ${correction.event}`;
  return `person ${correction.person}`;
}
