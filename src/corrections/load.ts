// data/corrections.yaml → the corrections it holds, and one line per entry that cannot be read
// (naming the entry, its line and the field). A file that is not YAML at all gives one line and
// no corrections; a missing file is an archive nobody has corrected yet.
import { existsSync, readFileSync } from "node:fs";
import { isNode, isSeq, LineCounter, parseDocument } from "yaml";
import { describeIssues } from "../model/schema.ts";
import { kindOf, KNOWN_KINDS, schemaOf, type Correction, type EntryPlace } from "./schema.ts";

export interface CorrectionsFile {
  corrections: Correction[];
  /** `line 12, entry 3 (article 003_x): set.published: not a real calendar day`, one per entry not applied. */
  problems: string[];
}

export function loadCorrections(file: string): CorrectionsFile {
  if (!existsSync(file)) return { corrections: [], problems: [] };
  return parseCorrections(readFileSync(file, "utf8"));
}

export function parseCorrections(text: string): CorrectionsFile {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const error = document.errors[0];
  if (error) {
    const at = error.linePos ? `line ${error.linePos[0].line}: ` : "";
    const what = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return { corrections: [], problems: [`${at}not readable as YAML (${what}); no correction applied`] };
  }
  const contents = document.contents;
  if (contents === null) return { corrections: [], problems: [] };
  if (!isSeq(contents)) return { corrections: [], problems: ["the file must be a list of entries, each starting with `- `; no correction applied"] };

  const corrections: Correction[] = [];
  const problems: string[] = [];
  contents.items.forEach((node, index) => {
    const place: EntryPlace = { entry: index + 1, line: lines.linePos(isNode(node) && node.range ? node.range[0] : 0).line };
    const raw: unknown = isNode(node) ? node.toJSON() : node;
    const label = entryLabel(place, raw);
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      problems.push(`${label}: expected \`key: value\` lines`);
      return;
    }
    const kind = kindOf(raw as Record<string, unknown>);
    if (!kind) {
      problems.push(`${label}: say what it corrects: ${KNOWN_KINDS}`);
      return;
    }
    const parsed = schemaOf(kind).safeParse(raw);
    if (!parsed.success) problems.push(`${label}: ${describeIssues(parsed.error)}`);
    // The schema was picked by `kind`, so the data is that kind's (TypeScript cannot follow the pairing).
    else corrections.push({ ...place, kind, ...parsed.data } as Correction);
  });
  return { corrections, problems };
}

/** `line 12, entry 3 (article 003_x)`. */
export function entryLabel(place: EntryPlace, raw?: unknown): string {
  const subject = raw && typeof raw === "object" ? (["article", "event", "person"] as const).find((key) => key in raw) : undefined;
  const value = subject ? (raw as Record<string, unknown>)[subject] : undefined;
  return `line ${place.line}, entry ${place.entry}${subject ? ` (${subject} ${String(value)})` : ""}`;
}
