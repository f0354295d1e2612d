// The report's sections in the order an editor reads them: what needs them first, then what is
// worth a look, then what was corrected. Shared by the page, `npm run check` and the build log.
import type { BuildReport } from "../model/schema.ts";

export interface ReportSection {
  key: keyof BuildReport;
  title: string;
  /** What the section lists and what to do about it, in a sentence. */
  about: string;
  /** Lines the editor must act on: `npm run check -- --strict` fails while there are any. */
  needsEditor: boolean;
  /** How the build log counts it: `2 dates inferred or missing`. */
  counted: [one: string, many: string];
}

export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    key: "skipped",
    title: "Files skipped",
    about: "These input files were not built. Fix or remove each file.",
    needsEditor: true,
    counted: ["file skipped", "files skipped"],
  },
  {
    key: "invalidCorrections",
    title: "Corrections that could not be applied",
    about: "These entries of the corrections file are not applied until they are fixed.",
    needsEditor: true,
    counted: ["correction not applied", "corrections not applied"],
  },
  {
    key: "staleCorrections",
    title: "Corrections that match nothing",
    about: "The article, event or person these entries name is gone or already says so. Update or delete each entry.",
    needsEditor: true,
    counted: ["stale correction", "stale corrections"],
  },
  {
    key: "duplicates",
    title: "The same article filed twice",
    about: "Files whose text is the same once line ends, byte-order marks and spacing are set aside. Each article is published once and lists the other files.",
    needsEditor: false,
    counted: ["duplicate file", "duplicate files"],
  },
  {
    key: "nearDuplicates",
    title: "The same story elsewhere",
    about: "Articles that tell the same story with small edits, such as a republication. They are linked on both pages and kept apart unless a correction marks one a duplicate.",
    needsEditor: false,
    counted: ["near-duplicate pair", "near-duplicate pairs"],
  },
  {
    key: "inferredDates",
    title: "Dates inferred or not found",
    about: "Articles that state no date: filed under a day worked out from what they say (confirm or correct it), or shown as undated (give the date).",
    needsEditor: false,
    counted: ["date inferred or missing", "dates inferred or missing"],
  },
  {
    key: "lowConfidence",
    title: "Facts to check",
    about: "Visits known only to the month, without a visitor, or only ever mentioned in passing, and files built with a doubt.",
    needsEditor: false,
    counted: ["fact to check", "facts to check"],
  },
  {
    key: "unknownPeople",
    title: "People not in the authority file",
    about: "Names that look like people but are not in the authority file: add each to its list of people, or reject the name with a correction if it is no person.",
    needsEditor: false,
    counted: ["person not in the authority file", "people not in the authority file"],
  },
  {
    key: "corrections",
    title: "Corrections applied",
    about: "Each corrected fact shows a note with the reason on its page and carries it in the open data.",
    needsEditor: false,
    counted: ["correction applied", "corrections applied"],
  },
];

/** How many lines need the editor: skipped files, unreadable and stale corrections. */
export function needsEditor(report: BuildReport): number {
  return REPORT_SECTIONS.filter((section) => section.needsEditor).reduce((total, section) => total + report[section.key].length, 0);
}
