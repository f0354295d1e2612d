// The build report: what the build noticed that an editor may want to act on, one line each,
// linking the page concerned and, where a correction or an authority entry would settle it, the
// text to copy. A pure function of what the stages returned; one pass over each list.
import type { Archive, ArticleRecord, BuildReport, Event, InputWarning, ReportItem } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { matchKey } from "../text/fold.ts";
import { compare, oldestDayFirst } from "../util/compare.ts";
import type { CorrectionOutcome } from "../corrections/index.ts";
import { entryLabel } from "../corrections/load.ts";
import type { CopyGroup } from "../duplicates/exact.ts";
import type { NearDuplicate } from "../duplicates/near.ts";
import { authorityFix, correctionFix } from "./snippets.ts";

export interface ReportInput {
  /** The archive after corrections, with its near-duplicates linked. */
  archive: Archive;
  warnings: readonly InputWarning[];
  /** Lines of corrections.yaml that could not be read. */
  correctionProblems: readonly string[];
  outcomes: readonly CorrectionOutcome[];
  copies: readonly CopyGroup[];
  nearDuplicates: readonly NearDuplicate[];
  authority: Authority;
  /** The editor's files as the report names them (`data/corrections.yaml`). */
  files: { corrections: string; authority: string };
}

const item = (message: string, fields: Partial<Omit<ReportItem, "message">> = {}): ReportItem => ({
  message,
  url: null,
  file: null,
  quote: null,
  fix: null,
  ...fields,
});

export function buildReport(input: ReportInput): BuildReport {
  const { archive, files } = input;
  const byId = new Map(archive.articles.map((article) => [article.id, article]));
  const datesToCheck = archive.articles.filter(isUncheckedDate);
  // An undated article's warning is its line among the dates, with the entry that would date it.
  const listedUndated = new Set(datesToCheck.filter((article) => article.published === null).map((article) => article.source));
  const outcomes = [...input.outcomes].sort((a, b) => a.correction.entry - b.correction.entry);
  const outcomeItem = (outcome: CorrectionOutcome) =>
    item(`${entryLabel(outcome.correction, outcome.correction)}: ${outcome.message}`, { url: outcome.url, file: files.corrections, quote: outcome.status === "applied" ? outcome.correction.reason : null });
  return {
    skipped: input.warnings.filter((warning) => warning.level === "error").map((warning) => item(warning.message, { file: warning.file })),
    invalidCorrections: [
      ...input.correctionProblems.map((problem) => item(problem, { file: files.corrections })),
      ...outcomes.filter((outcome) => outcome.status === "invalid").map(outcomeItem),
    ],
    staleCorrections: outcomes.filter((outcome) => outcome.status === "stale").map(outcomeItem),
    duplicates: input.copies.map(({ kept, copies }) =>
      item(`${copies.map((copy) => copy.source).join(", ")} ${copies.length > 1 ? "hold" : "holds"} the same article as ${kept.source}: published once`, { url: kept.url, file: kept.source }),
    ),
    nearDuplicates: input.nearDuplicates.map(({ articles: [a, b], similarity }) => {
      const [first, second] = [byId.get(a)!, byId.get(b)!];
      return item(`${first.source} and ${second.source} tell the same story (${Math.round(similarity * 100)}% of their wording shared); linked, not merged`, {
        url: first.url,
        file: second.source,
        fix: correctionFix(files.corrections, { article: laterOf(first, second).id, duplicateOf: earlierOf(first, second).id }),
      });
    }),
    inferredDates: datesToCheck.map((article) => inferredDate(article, files.corrections)),
    lowConfidence: [
      ...input.warnings.filter((warning) => warning.level === "warning" && !listedUndated.has(warning.file)).map((warning) => item(warning.message, { file: warning.file })),
      ...archive.events.flatMap((event) => doubtsAbout(event, byId, files.corrections)),
    ],
    unknownPeople: unknownPeople(archive, input.authority, files.authority),
    corrections: outcomes.filter((outcome) => outcome.status === "applied").map(outcomeItem),
  };
}

/** Inferred or undated, and not since confirmed or corrected by the editor. */
const isUncheckedDate = (article: ArticleRecord) =>
  (article.publishedBasis === "inferred" || article.publishedBasis === "undated") && !article.corrected?.some((note) => note.field === "published");

/** Of two tellings of one story, the one to keep: the earlier, else the fuller, else the first by id. */
const earlierOf = (a: ArticleRecord, b: ArticleRecord) => (oldestDayFirst(a.published, b.published) || b.wordCount - a.wordCount || compare(a.id, b.id)) <= 0 ? a : b;
const laterOf = (a: ArticleRecord, b: ArticleRecord) => (earlierOf(a, b) === a ? b : a);

function inferredDate(article: ArticleRecord, correctionsFile: string): ReportItem {
  if (article.published === null) {
    return item("no date stated and none found in the text: shown as undated", {
      url: article.url,
      file: article.source,
      fix: correctionFix(correctionsFile, { article: article.id, set: { published: "YYYY-MM-DD" } }),
    });
  }
  const range = article.publishedRange;
  const between = range && range.earliest !== range.latest ? ` (it could be any day from ${range.earliest} to ${range.latest})` : "";
  return item(`no date stated: filed under ${article.published}${between}, inferred from the text`, {
    url: article.url,
    file: article.source,
    quote: article.publishedEvidence,
    fix: correctionFix(correctionsFile, { article: article.id, set: { published: article.published } }),
  });
}

/** An event worth a second look: no day, no visitor, or only ever mentioned in passing. */
function doubtsAbout(event: Event, articles: ReadonlyMap<string, ArticleRecord>, correctionsFile: string): ReportItem[] {
  const first = event.coverage[0]!;
  const record = articles.get(first.article)!;
  const sentence = first.evidence[0] ?? null;
  const visitFix = (set: Record<string, unknown>) => correctionFix(correctionsFile, { article: record.id, visit: visitSelector(record, sentence, event.host), set });
  const doubts: ReportItem[] = [];
  const at = { url: event.url, file: record.source, quote: sentence };
  if (event.precision !== "day") {
    const known = event.precision === "month" ? "only the month is known" : "no date is known";
    doubts.push(item(`${event.title}: ${known}`, { ...at, fix: visitFix({ start: "YYYY-MM-DD", end: "YYYY-MM-DD" }) }));
  }
  if (!event.visitor) doubts.push(item(`${event.title}: no visitor named`, { ...at, fix: visitFix({ visitor: "person-id-from-their-page" }) }));
  if (event.coverage.every((entry) => entry.role === "mention")) {
    doubts.push(item(`${event.title}: only ever mentioned in passing; is it a visit?`, { ...at, fix: correctionFix(correctionsFile, { event: event.id, reject: true }) }));
  }
  return doubts;
}

/** How a correction picks this visit: a few words of its sentence, or its number when the sentence tells more than one visit. */
function visitSelector(record: ArticleRecord, sentence: string | null, host: string): string | number {
  const matching = record.visits.flatMap((visit, index) => (visit.sentence === sentence ? [{ visit, index }] : []));
  if (matching.length === 1) return sentence!.split(/\s+/).slice(0, 12).join(" ");
  return (matching.find(({ visit }) => visit.host === host) ?? matching[0])?.index ?? 0;
}

/** People whose name (or a spelling of it) the authority file does not list: its to-do list. */
function unknownPeople(archive: Archive, authority: Authority, authorityFile: string): ReportItem[] {
  const known = new Set(authority.people.flatMap((person) => [person.name, ...person.aliases].map(matchKey)));
  return archive.people
    .filter((person) => ![person.name, ...person.aliases].some((name) => known.has(matchKey(name))))
    .map((person) =>
      item(`${person.name} (${person.articles.length} ${person.articles.length === 1 ? "article" : "articles"}) is not in ${authorityFile}; add them, or reject the name if it is no person`, {
        url: person.url,
        fix: authorityFix(authorityFile, person),
      }),
    );
}
