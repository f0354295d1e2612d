// News organisations an article credits, expanded through the editable table data/agencies.json
// (`VNA` → `Vietnam News Agency (VNA)`). Credits the table does not know are kept as written.
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readDataFile } from "../model/data-file.ts";
import { matchKey } from "../text/fold.ts";

const AgencyTable = z.record(z.string().min(1), z.string().min(1));
const AGENCY_FILE = fileURLToPath(new URL("../../data/agencies.json", import.meta.url));

// Keys compared by matchKey, so `Reuters`, `REUTERS` and `www.vnanet.vn` find the same entry.
const AGENCIES = new Map(
  Object.entries(readDataFile(AGENCY_FILE, AgencyTable)).map(([credit, name]) => [creditKey(credit), name]),
);

function creditKey(credit: string): string {
  return matchKey(credit.trim().replace(/^www\./i, ""));
}

export function isKnownAgency(credit: string): boolean {
  return AGENCIES.has(creditKey(credit));
}

/** Full name of a credited organisation, or the credit as written when the table does not know it. */
export function agencyName(credit: string): string {
  return AGENCIES.get(creditKey(credit)) ?? credit.trim();
}

/** An acronym such as `VNA`, `AFP`, `KPL`: how sign-offs name agencies the table may not list yet. */
export function looksLikeAgencyCode(word: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(word);
}

/**
 * The organisations in one credit. `VNA/VNS` names two; in a photo credit such as `Trí Dũng/VNA`
 * only the known agency counts (the photographer is a person, not a source); a credit with no
 * known part is kept whole.
 */
export function creditedAgencies(credit: string): string[] {
  const parts = credit
    .split(/\s*(?:\/|,|;|&|\band\b)\s*/)
    .map((part) => part.trim().replace(/(?<![.\s])[.\s]+$/, ""))
    .filter((part) => part.length > 0);
  const known = parts.filter(isKnownAgency);
  if (known.length > 0) return known;
  const cleaned = credit.trim().replace(/(?<![.\s])[.\s]+$/, "");
  return cleaned ? [cleaned] : [];
}

/** Expands credits to full names, in order of first appearance, without duplicates. */
export function sourceNames(credits: Iterable<string>): string[] {
  const names: string[] = [];
  for (const credit of credits) {
    const name = agencyName(credit);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
