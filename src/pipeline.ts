// The stages wired together: the input folder → ArticleRecords (ingest, cached by content) → one
// record per article (exact duplicates collapsed) → the editor's corrections of records → the
// Archive (events, people, countries, links; validated, references checked) → the editor's
// corrections of events → near-duplicates linked → the build report. Options are arguments;
// nothing here reads the environment or the command line.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Archive, ArticleRecord, InputWarning } from "./model/schema.ts";
import { loadAuthority, type Authority } from "./model/authority.ts";
import { ingestFiles, inputFiles, type InputFile } from "./ingest/corpus.ts";
import { ingestAhead, type AheadOptions } from "./ingest/ahead.ts";
import { diskCache, fingerprint, type IngestCache, type RecordMemory } from "./ingest/cache.ts";
import { archiveRecords } from "./archive/index.ts";
import { checkArchive } from "./archive/check.ts";
import { correctArchive, correctRecords, loadCorrections, type CorrectionOutcome, type CorrectionsFile } from "./corrections/index.ts";
import { collapseExactDuplicates } from "./duplicates/exact.ts";
import { findNearDuplicates, sameStoryLinks } from "./duplicates/near.ts";
import { buildReport } from "./report/build.ts";

export interface PipelineOptions {
  /** Folder of articles. */
  input: string;
  /** Folder of the editor's data (`authority.json`, `corrections.yaml`). */
  dataDir: string;
  /** Folder of the ingest cache, or null for a cold run that reads and writes no cache. */
  cache: string | null;
  /** Records name their file relative to this folder (the project root). */
  root: string;
  /** Input files over this many bytes are reported and skipped (default: DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
  /** Records kept between the builds of one process (`npm start`), so a rebuild re-reads only changed files. */
  memory?: RecordMemory;
  /** The input's files and their records, built ahead on every core (`ingestAheadOf`); else listed and built here. */
  ahead?: IngestedAhead;
}

export interface IngestedAhead {
  files: InputFile[];
  records: IngestCache;
}

export const CORRECTIONS_FILE = "corrections.yaml";
const AUTHORITY_FILE = "authority.json";

const codeRoot = path.dirname(fileURLToPath(import.meta.url));
/** The code a cached record depends on: a change here makes every cached record stale. */
const INGEST_CODE = ["ingest", "text", "model", "util"].map((dir) => path.join(codeRoot, dir));

export function buildArchive(options: PipelineOptions): Archive {
  const authority = loadAuthority(path.join(options.dataDir, AUTHORITY_FILE));
  const inputs = options.ahead?.files ?? inputFiles(options.root, options.input, { maxFileSize: options.maxFileSize });
  const corpus = ingestFiles(inputs, authority, options.ahead ? options.ahead.records : ingestCache(options));
  options.memory?.settle();
  const corrections = loadCorrections(path.join(options.dataDir, CORRECTIONS_FILE));
  const copies = collapseExactDuplicates(corpus.articles);
  const corrected = correctedArchive(copies.records, corpus.warnings, corrections, authority, copies.copies);

  const nearDuplicates = findNearDuplicates(corrected.archive.articles);
  const archive = checkArchive({ ...corrected.archive, links: { ...corrected.archive.links, sameStory: sameStoryLinks(nearDuplicates) } });
  const files = { corrections: editorFile(options, CORRECTIONS_FILE), authority: editorFile(options, AUTHORITY_FILE) };
  const report = buildReport({ archive, warnings: corpus.warnings, correctionProblems: corrected.problems, outcomes: corrected.outcomes, copies: copies.groups, nearDuplicates, authority, files });
  return { ...archive, report };
}

/**
 * The records of every input file not in the cache, built on all cores, for `buildArchive` to find
 * (`{ ...options, ahead }`): the same records, in the same order, with the same warnings.
 */
export async function ingestAheadOf(options: PipelineOptions, threads?: AheadOptions): Promise<IngestedAhead> {
  const authority = loadAuthority(path.join(options.dataDir, AUTHORITY_FILE));
  const files = inputFiles(options.root, options.input, { maxFileSize: options.maxFileSize });
  return { files, records: await ingestAhead(files, authority, ingestCache(options), threads) };
}

interface CorrectedArchive {
  archive: Archive;
  outcomes: CorrectionOutcome[];
  problems: string[];
}

/**
 * The archive with the corrections applied. Should they leave an archive that does not hold
 * together (an id pointing nowhere), the archive is built as read, and the report says why.
 */
function correctedArchive(records: ArticleRecord[], warnings: InputWarning[], file: CorrectionsFile, authority: Authority, copies: ReadonlyMap<string, string>): CorrectedArchive {
  try {
    const fixed = correctRecords(records, file.corrections, authority, copies);
    const archived = correctArchive(archiveRecords(fixed.records, warnings, { authority }), file.corrections, authority);
    return { archive: checkArchive(archived.archive), outcomes: [...fixed.outcomes, ...archived.outcomes], problems: file.problems };
  } catch (error) {
    if (file.corrections.length === 0) throw error; // not the corrections' doing
    const reason = error instanceof Error ? error.message : String(error);
    return { archive: archiveRecords(records, warnings, { authority }), outcomes: [], problems: [...file.problems, `the corrections together break the archive (${reason}); none applied`] };
  }
}

/** The ingest cache, keyed by the ingest code and the editor's data it reads (not corrections.yaml: editing it re-ingests nothing). */
function ingestCache(options: PipelineOptions): IngestCache | undefined {
  if (!options.cache && !options.memory) return undefined;
  const data = readdirSync(options.dataDir)
    .filter((name) => name !== CORRECTIONS_FILE)
    .map((name) => path.join(options.dataDir, name));
  const code = fingerprint([...INGEST_CODE, ...data]);
  const disk = options.cache ? diskCache(options.cache, code) : undefined;
  return options.memory ? options.memory.around(disk, code) : disk;
}

/** `data/corrections.yaml`: an editor's file as messages name it, relative to the project root. */
function editorFile(options: PipelineOptions, name: string): string {
  return path.relative(options.root, path.resolve(options.root, options.dataDir, name)).split(path.sep).join("/");
}
