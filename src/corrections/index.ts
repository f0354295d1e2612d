// data/corrections.yaml applied where each fact is made (see README.md): what an article says
// and who it names, to the records before the archive; how visits were grouped into events,
// to the archive after it. Pure functions of their inputs; entries apply in file order.
import type { Archive, ArticleRecord } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { correctArticle, correctDuplicate, correctVisit, type RecordContext } from "./articles.ts";
import { correctEvents } from "./events.ts";
import type { CorrectionOutcome } from "./outcome.ts";
import { PeopleIndex } from "./people-index.ts";
import { correctMention, mergePeople, rejectPerson, splitPerson } from "./people.ts";
import { RecordSet } from "./record-set.ts";
import type { Correction, CorrectionOf } from "./schema.ts";

export { loadCorrections, parseCorrections, type CorrectionsFile } from "./load.ts";
export type { CorrectionOutcome } from "./outcome.ts";
export type { Correction } from "./schema.ts";

const EVENT_KINDS = new Set<Correction["kind"]>(["rejectEvent", "mergeEvents"]);
const isEventCorrection = (correction: Correction): correction is CorrectionOf<"rejectEvent" | "mergeEvents"> => EVENT_KINDS.has(correction.kind);

export interface RecordCorrections {
  records: ArticleRecord[];
  outcomes: CorrectionOutcome[];
}

/**
 * The records with every article and person correction applied. `copies`: ids the build already
 * published as another article (exact duplicates), so a correction naming one says where to look.
 */
export function correctRecords(
  records: readonly ArticleRecord[],
  corrections: readonly Correction[],
  authority: Authority,
  copies: ReadonlyMap<string, string> = new Map(),
): RecordCorrections {
  const recordCorrections = corrections.filter((correction) => !isEventCorrection(correction));
  if (recordCorrections.length === 0) return { records: [...records], outcomes: [] };
  const gone = new Map([...copies].map(([copy, kept]) => [copy, `is published as ${kept}: the same text, filed twice`]));
  const context: RecordContext = {
    records: new RecordSet(records, gone),
    people: new PeopleIndex(records, authority),
    authority,
    countries: new Set([...authority.countries.map((country) => country.id), ...records.flatMap((record) => record.countries.map((country) => country.id))]),
  };
  const outcomes = recordCorrections.map((correction) => applyToRecords(correction, context));
  return { records: context.records.records(), outcomes };
}

function applyToRecords(correction: Exclude<Correction, CorrectionOf<"rejectEvent" | "mergeEvents">>, context: RecordContext): CorrectionOutcome {
  switch (correction.kind) {
    case "article":
      return correctArticle(correction, context);
    case "visit":
      return correctVisit(correction, context);
    case "duplicate":
      return correctDuplicate(correction, context);
    case "mention":
      return correctMention(correction, context);
    case "splitPerson":
      return splitPerson(correction, context);
    case "mergePeople":
      return mergePeople(correction, context);
    case "rejectPerson":
      return rejectPerson(correction, context);
  }
}

/** The archive with every event correction applied. */
export function correctArchive(archive: Archive, corrections: readonly Correction[], authority: Authority | undefined): { archive: Archive; outcomes: CorrectionOutcome[] } {
  return correctEvents(archive, corrections.filter(isEventCorrection), authority);
}
