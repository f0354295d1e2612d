// What became of each correction, for the report: applied (with what it changed), stale (it
// matches nothing, or changes nothing, any more) or invalid (it cannot be applied as written).
import type { Corrected } from "../model/schema.ts";
import type { Correction } from "./schema.ts";

export interface CorrectionOutcome {
  correction: Correction;
  status: "applied" | "stale" | "invalid";
  /** `published 2031-03-05 → 2031-03-04`, or why it was not applied. */
  message: string;
  /** The page that shows the corrected fact, if any. */
  url: string | null;
}

export const applied = (correction: Correction, message: string, url: string | null): CorrectionOutcome => ({ correction, status: "applied", message, url });
export const stale = (correction: Correction, message: string): CorrectionOutcome => ({ correction, status: "stale", message, url: null });
export const invalid = (correction: Correction, message: string): CorrectionOutcome => ({ correction, status: "invalid", message, url: null });

/** The note a corrected fact carries into the open data. */
export function noteOf(correction: Correction, field: string, was: Corrected["was"]): Corrected {
  return { field, was, reason: correction.reason, date: correction.date };
}

/** `object` with `notes` added to its corrections. */
export function withNotes<T extends { corrected?: Corrected[] }>(object: T, notes: Corrected[]): T {
  return notes.length === 0 ? object : { ...object, corrected: [...(object.corrected ?? []), ...notes] };
}

/** `2031-03-05`, `none`, `a, b`: a value as a one-line message shows it. */
export function shown(value: Corrected["was"] | undefined): string {
  if (value === null || value === undefined) return "none";
  return Array.isArray(value) ? value.join(", ") || "none" : value;
}
