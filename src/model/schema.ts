// The open-data contract. Every record the build writes is checked against these schemas,
// and the TypeScript types are inferred from them: one source of truth.
import { z } from "zod";
import { isIsoDay } from "../util/iso-day.ts";

/** A calendar day, `YYYY-MM-DD`, that really exists (no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine(isIsoDay, "not a real calendar day");

/** URL-safe identifier: lower-case ASCII letters, digits and single hyphens/underscores. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "expected a slug such as 'to-lam'");

export const DateRange = z.object({ earliest: IsoDate, latest: IsoDate });

/**
 * Why the archive says something: the rule that read it, the words it read (a sentence or line of
 * the article, verbatim, with the character span of the deciding words in it) and how sure it is.
 * One shape for every extracted fact (dates, people, visits, figures).
 */
export const Evidence = z
  .object({
    /** The rule that produced the fact, in words (`dateline`, `announced event`, `year implied by weekday`). */
    rule: z.string().min(1),
    /** The sentence or line the rule read, verbatim. */
    sentence: z.string().min(1),
    /** Character offsets of the deciding words within `sentence`: `sentence.slice(start, end)`. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** `low` where rules disagree or guess (an ambiguous numeric date, an implied year, a range). */
    confidence: z.enum(["high", "low"]),
  })
  .refine((evidence) => evidence.start <= evidence.end && evidence.end <= evidence.sentence.length, {
    message: "the span must lie within the sentence",
    path: ["end"],
  });

/** How an article's date is known: given (front matter, a ` date` line), written in it (a dateline, a date line), inferred from its text, or not at all. */
export const PublishedBasis = z.enum(["stated", "front-matter", "dateline", "inferred", "undated"]);

/**
 * An editor's correction of one fact (`data/corrections.yaml`), carried by the record that holds
 * the fact, as a newspaper's corrections column would: what was changed, what the build had read,
 * why and when. Absent on facts nobody corrected.
 */
export const Corrected = z.object({
  /** The fact: `published`, `title`, `visitor`, `start`, `id` (who a name is), `merged` … */
  field: z.string().min(1),
  /** What the build had read before (ids, dates or text; null when it had read nothing). */
  was: z.union([z.string(), z.array(z.string()), z.null()]),
  /** Why, in the editor's words. */
  reason: z.string().min(1),
  /** The day of the correction. */
  date: IsoDate,
});

const CorrectedFacts = z.array(Corrected).optional();

export const Caption = z.object({
  text: z.string().min(1),
  /** Who the photo is credited to (`AFP`, `example-news.com`), or null when the caption names nobody. */
  credit: z.string().nullable(),
});

/** A caption of an article record: with the people it shows (named, not merely quoted). */
export const RecordCaption = Caption.extend({ people: z.array(Slug) });

export const PersonMention = z.object({
  /** Person id shared across articles (see people.json). */
  id: Slug,
  /** The fullest name this article gives, as written (diacritics kept). */
  name: z.string().min(1),
  /** Every way this article writes the person (`Nguyễn Văn Bình`, `Minister Bình`, `Bình`). */
  forms: z.array(z.string().min(1)),
  /** The role or title this article gives the person, if any (`Minister of Foreign Affairs`). */
  role: z.string().nullable(),
  /** Country id the article ties the person to, if it says. */
  country: Slug.nullable(),
  /** Where and how the article introduces the person. */
  evidence: Evidence,
  corrected: CorrectedFacts,
});

export const CountryMention = z.object({
  id: Slug,
  /** Each way this article writes it (`Việt Nam`, `Vietnam`, `Vietnamese`). */
  forms: z.array(z.string().min(1)),
});

export const OrganisationMention = z.object({
  name: z.string().min(1),
  abbreviation: z.string().nullable(),
});

export const Figure = z.object({
  /** As written: `US$10 billion`, `20 billion USD`. */
  text: z.string().min(1),
  /** The amount in units (10 billion → 10000000000). */
  value: z.number().nonnegative(),
  /** ISO 4217 code (`USD`, `VND`), or null for a plain count. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  /** The sentence the figure stands in. */
  sentence: z.string().min(1),
  /** Index into `paragraphs` of the paragraph holding the sentence. */
  paragraph: z.number().int().nonnegative(),
  /** The amount as read: the figure's words in its sentence. */
  evidence: Evidence,
});

export const VisitKind = z.enum(["state visit", "official visit", "visit", "talks", "meeting"]);

/** How specific a kind is: when sources differ, the most specific they give wins (`state visit` over `visit`). */
export const VISIT_KIND_RANK: Record<z.infer<typeof VisitKind>, number> = { "state visit": 4, "official visit": 3, visit: 2, talks: 1, meeting: 0 };

/** The evidence for each part of a visit mention. */
export const VisitEvidence = z.object({
  /** The words naming the place visited. */
  host: Evidence,
  visitor: Evidence.nullable(),
  /** Where the visitor's country was read. */
  from: Evidence.nullable(),
  dates: Evidence.nullable(),
});

export const VisitMention = z.object({
  /** Person id of the visitor, when the sentence (or its article) names one. */
  visitor: Slug.nullable(),
  /** Country the visitor comes from. */
  from: Slug.nullable(),
  /** Country visited. */
  host: Slug,
  kind: VisitKind,
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  /** How exact the dates are: a day, or only a month (`in December 2025`). */
  precision: z.enum(["day", "month", "unknown"]),
  /** Whether the article speaks of the visit as ahead of it, under way, or done. */
  tense: z.enum(["future", "present", "past"]),
  /** The sentence that says so, verbatim. */
  sentence: z.string().min(1),
  /** Index into `paragraphs`, or -1 when the sentence is a caption. */
  paragraph: z.number().int().min(-1),
  /** Person ids the sentence names as taking part (not merely quoted). */
  people: z.array(Slug),
  /** Why each part was read so; null where the part is unknown. */
  why: VisitEvidence,
  corrected: CorrectedFacts,
});

/** A sentence saying what was agreed, signed or decided. */
export const OutcomeSentence = z.object({
  sentence: z.string().min(1),
  /** Index into `paragraphs`. */
  paragraph: z.number().int().nonnegative(),
});

export const ArticleRole = z.enum(["preview", "report", "assessment", "mention"]);

/**
 * Everything one article says, decided once at ingest: the seam between ingest and archive.
 * Person ids are the article's own (slug of the fullest name it gives); the archive may find that
 * two of them are one person, and says so in its links without rewriting the record.
 */
export const ArticleRecord = z.object({
  id: Slug,
  source: z.string().min(1),
  url: z.string().startsWith("/"),
  /** An editor's title is kept at any length; a derived one is cut to 15–110 characters (src/ingest/title.ts). */
  title: z.string().min(1),
  /** Likewise, a derived summary is at most 300 characters. */
  summary: z.string().min(1),
  /** The day it was published; null when nothing dates it (`publishedBasis` "undated"). For a range, its earliest day. */
  published: IsoDate.nullable(),
  publishedBasis: PublishedBasis,
  /** The sentences or lines a date was read or inferred from, verbatim, joined with ` … `; null for a given date. */
  publishedEvidence: z.string().nullable(),
  /** The days the article may have been published, when only a range is honest. */
  publishedRange: DateRange.nullable(),
  /** Why: each rule that set or bounded the date, with its words and confidence (the first set `published`). */
  publishedWhy: z.array(Evidence).default([]),
  dateline: z.string().nullable(),
  byline: z.string().nullable(),
  translator: z.string().nullable(),
  sources: z.array(z.string().min(1)),
  captions: z.array(RecordCaption),
  paragraphs: z.array(z.string().min(1)).min(1),
  people: z.array(PersonMention),
  countries: z.array(CountryMention),
  organisations: z.array(OrganisationMention),
  figures: z.array(Figure),
  visits: z.array(VisitMention),
  outcomes: z.array(OutcomeSentence),
  wordCount: z.number().int().nonnegative(),
  /** Front-matter fields the tool does not know, kept so nothing a user gave is lost. */
  extra: z.record(z.string(), z.unknown()),
  /** Ids of other input files holding this same article (a CRLF or BOM copy, a marked duplicate). */
  alsoPublishedAs: z.array(Slug).optional(),
  corrected: CorrectedFacts,
});

/**
 * An article as the site and open data publish it: its record, with person ids resolved to the
 * archive's people and the events it covers (the archive's links applied).
 */
export const Article = ArticleRecord.extend({
  /** Event ids this article covers. */
  events: z.array(Slug),
  alsoPublishedAs: z.array(Slug).default([]),
  /** Other articles telling the same story with small edits (near-duplicates), never merged unasked. */
  sameStory: z.array(Slug).default([]),
});

export const EventCoverage = z.object({
  article: Slug,
  role: ArticleRole,
  /** Sentences of that article that speak of the event. */
  evidence: z.array(z.string().min(1)),
});

export const EventOutcome = z.object({
  sentence: z.string().min(1),
  article: Slug,
  /** Index into that article's `paragraphs`. */
  paragraph: z.number().int().nonnegative(),
});

/** Evidence from one covering article. */
export const ArticleEvidence = Evidence.and(z.object({ article: Slug }));

/** Why an event says who visited, from where, where and when: the evidence of each covering article. */
export const EventEvidence = z.object({
  visitor: z.array(ArticleEvidence),
  from: z.array(ArticleEvidence),
  host: z.array(ArticleEvidence),
  dates: z.array(ArticleEvidence),
});

export const Event = z.object({
  id: Slug,
  url: z.string().startsWith("/"),
  title: z.string().min(1),
  kind: VisitKind,
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  precision: z.enum(["day", "month", "unknown"]),
  visitor: Slug.nullable(),
  from: Slug.nullable(),
  host: Slug,
  articles: z.array(Slug).min(1),
  participants: z.array(Slug),
  coverage: z.array(EventCoverage).min(1),
  /** Figures the covering articles give, each pointing at its paragraph. */
  figures: z.array(Figure.extend({ article: Slug })),
  /** Sentences of reports and assessments saying what the visit agreed, signed or decided. */
  outcomes: z.array(EventOutcome),
  /** Why each fact of the event is so, article by article. */
  why: EventEvidence,
  corrected: CorrectedFacts,
});

export const Person = z.object({
  id: Slug,
  url: z.string().startsWith("/"),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  country: Slug.nullable(),
  roles: z.array(z.string().min(1)),
  articles: z.array(Slug),
  events: z.array(Slug),
  corrected: CorrectedFacts,
});

export const CountryRelation = z.object({ country: Slug, events: z.array(Slug) });

export const Country = z.object({
  id: Slug,
  url: z.string().startsWith("/"),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  articles: z.array(Slug),
  /** Other countries this one has visits with, in either direction. */
  relations: z.array(CountryRelation),
});

export const InputWarning = z.object({
  /** Path of the input file, relative to the project root. */
  file: z.string(),
  message: z.string(),
  /** `error`: the file was skipped. `warning`: it built, but something was doubtful. */
  level: z.enum(["error", "warning"]),
});

/** What the archive adds between records without rewriting them. */
export const ArchiveLinks = z.object({
  /** Article id → the events it covers. */
  articleEvents: z.record(z.string(), z.array(Slug)),
  /** Each person id an article record uses → the archive's person it is (`binh` → `nguyen-van-binh`). */
  personOf: z.record(z.string(), Slug),
  /** Article id → the near-duplicates that tell the same story (both ways). */
  sameStory: z.record(z.string(), z.array(Slug)),
});

/** A correction the editor can copy: the file it goes in and the text to paste. */
export const ReportFix = z.object({ file: z.string().min(1), snippet: z.string().min(1) });

/** One line of the build report. */
export const ReportItem = z.object({
  /** What the build noticed, in one sentence. */
  message: z.string().min(1),
  /** The page it concerns (without the path prefix), if any. */
  url: z.string().startsWith("/").nullable(),
  /** The input or data file it concerns, if any. */
  file: z.string().nullable(),
  /** The sentence it rests on (the evidence of an inferred date, a visit's sentence), if any. */
  quote: z.string().nullable(),
  /** What would settle it, when a correction or an authority entry can. */
  fix: ReportFix.nullable(),
});

/** What the build noticed, for the editor: `_site/report/`, `api/report.json`, `npm run check`. */
export const BuildReport = z.object({
  /** Input files not built, and why. */
  skipped: z.array(ReportItem),
  /** Entries of corrections.yaml that could not be read (not applied). */
  invalidCorrections: z.array(ReportItem),
  /** Corrections that match nothing any more (the article was removed, an id changed). */
  staleCorrections: z.array(ReportItem),
  /** Files holding the same article, published once. */
  duplicates: z.array(ReportItem),
  /** Articles telling the same story with small edits, linked but kept apart. */
  nearDuplicates: z.array(ReportItem),
  /** Articles whose date was inferred from their text, with the evidence, or not found. */
  inferredDates: z.array(ReportItem),
  /** Facts the build is unsure of: visits without a day or a visitor, files built with a doubt. */
  lowConfidence: z.array(ReportItem),
  /** People named in the articles but not in data/authority.json. */
  unknownPeople: z.array(ReportItem),
  /** Corrections applied. */
  corrections: z.array(ReportItem),
});

/** The archive stage's result: the records as given, plus events, people, countries and links. */
export const Archive = z.object({
  articles: z.array(ArticleRecord),
  events: z.array(Event),
  people: z.array(Person),
  countries: z.array(Country),
  links: ArchiveLinks,
  warnings: z.array(InputWarning),
  /** Added by the pipeline once corrections and duplicates are known (src/report). */
  report: BuildReport.optional(),
});

/** What the site and open data show: the archive with its links applied to each article. */
export const PublishedArchive = z.object({
  articles: z.array(Article),
  events: z.array(Event),
  people: z.array(Person),
  countries: z.array(Country),
  warnings: z.array(InputWarning),
  report: BuildReport.default(() => emptyReport()),
});

/** A report with nothing in it: a rendered fixture archive, or a build that noticed nothing. */
export function emptyReport(): BuildReport {
  return {
    skipped: [],
    invalidCorrections: [],
    staleCorrections: [],
    duplicates: [],
    nearDuplicates: [],
    inferredDates: [],
    lowConfidence: [],
    unknownPeople: [],
    corrections: [],
  };
}

export type Evidence = z.infer<typeof Evidence>;
export type PublishedBasis = z.infer<typeof PublishedBasis>;
export type Caption = z.infer<typeof Caption>;
export type VisitEvidence = z.infer<typeof VisitEvidence>;
export type ArticleEvidence = z.infer<typeof ArticleEvidence>;
export type EventEvidence = z.infer<typeof EventEvidence>;
export type RecordCaption = z.infer<typeof RecordCaption>;
export type PersonMention = z.infer<typeof PersonMention>;
export type CountryMention = z.infer<typeof CountryMention>;
export type OrganisationMention = z.infer<typeof OrganisationMention>;
export type Figure = z.infer<typeof Figure>;
export type VisitKind = z.infer<typeof VisitKind>;
export type VisitMention = z.infer<typeof VisitMention>;
export type OutcomeSentence = z.infer<typeof OutcomeSentence>;
export type ArticleRole = z.infer<typeof ArticleRole>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;
export type Article = z.infer<typeof Article>;
export type EventCoverage = z.infer<typeof EventCoverage>;
export type Event = z.infer<typeof Event>;
export type EventOutcome = z.infer<typeof EventOutcome>;
export type Person = z.infer<typeof Person>;
export type Country = z.infer<typeof Country>;
export type InputWarning = z.infer<typeof InputWarning>;
export type ArchiveLinks = z.infer<typeof ArchiveLinks>;
export type Corrected = z.infer<typeof Corrected>;
export type ReportFix = z.infer<typeof ReportFix>;
export type ReportItem = z.infer<typeof ReportItem>;
export type BuildReport = z.infer<typeof BuildReport>;
export type Archive = z.infer<typeof Archive>;
export type PublishedArchive = z.infer<typeof PublishedArchive>;

/** Formats zod issues as `field.path: message` lines, for error messages that name the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(record)"}: ${issue.message}`)
    .join("; ");
}
