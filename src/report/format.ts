// The report as terminal text: a one-line summary for the end of the build, one line per
// correction problem for stderr, and every line with its page and fix for `npm run check`.
import type { BuildReport, ReportItem } from "../model/schema.ts";
import { REPORT_SECTIONS } from "./sections.ts";

/** `report: 2 dates inferred or missing, 9 people not in the authority file; 1 stale correction`, or null when there is nothing to say. */
export function reportSummary(report: BuildReport): string | null {
  const counts = REPORT_SECTIONS.filter((section) => report[section.key].length > 0).map((section) => {
    const count = report[section.key].length;
    return `${count} ${section.counted[count === 1 ? 0 : 1]}`;
  });
  return counts.length ? `report: ${counts.join(", ")}` : null;
}

/** One line per correction that was not applied, naming the file, entry and field (`error: data/corrections.yaml: line 4, entry 2 (…): set.published: …`). */
export function correctionProblemLines(report: BuildReport): string[] {
  return [
    ...report.invalidCorrections.map((entry) => `error: ${entry.file}: ${entry.message}`),
    ...report.staleCorrections.map((entry) => `warning: ${entry.file}: ${entry.message}`),
  ];
}

/** Every section with its lines, each with its page and the text that would fix it. */
export function fullReport(report: BuildReport, pageUrl: (url: string) => string = (url) => url): string {
  const out: string[] = [];
  for (const section of REPORT_SECTIONS) {
    const items = report[section.key];
    if (items.length === 0) continue;
    out.push(`${section.title} (${items.length})${section.needsEditor ? " — needs the editor" : ""}`);
    for (const entry of items) out.push(...itemLines(entry, pageUrl));
    out.push("");
  }
  return out.length ? out.join("\n") : "Nothing to report.\n";
}

function itemLines(entry: ReportItem, pageUrl: (url: string) => string): string[] {
  const where = [entry.file, entry.url ? pageUrl(entry.url) : null].filter(Boolean).join(" · ");
  const lines = [`  - ${entry.message}`];
  if (where) lines.push(`    ${where}`);
  if (entry.quote) lines.push(`    “${entry.quote}”`);
  if (entry.fix) lines.push(`    fix, in ${entry.fix.file}:`, ...entry.fix.snippet.trimEnd().split("\n").map((line) => `      ${line}`));
  return lines;
}
