// Text an editor can copy to settle a line of the report: a corrections.yaml entry, or a person
// for data/authority.json. The `reason` and `date` of a correction are left empty, so a snippet
// pasted unchanged is refused with a line naming the field rather than published with a made-up
// reason.
import { stringify } from "yaml";
import type { Person, ReportFix } from "../model/schema.ts";

export function correctionFix(correctionsFile: string, entry: Record<string, unknown>): ReportFix {
  const body = stringify([entry], { lineWidth: 0 }).trimEnd();
  return {
    file: correctionsFile,
    snippet: `${body}\n  reason:   # why, in a sentence readers will see\n  date:     # the day of the correction, YYYY-MM-DD\n`,
  };
}

/** A `people` entry of data/authority.json, with the spellings the articles use. */
export function authorityFix(authorityFile: string, person: Person): ReportFix {
  return { file: authorityFile, snippet: `${JSON.stringify({ name: person.name, aliases: person.aliases, country: person.country })},\n` };
}
