// Corrections travel with the facts they fixed: an event or a person made of corrected mentions
// carries their notes, each once.
import type { Corrected } from "../model/schema.ts";

/** `{ corrected: [...] }` with every note of `sources`, each once and in order; `{}` when there is none, so uncorrected records stay as they were. */
export function uniqueCorrections(sources: readonly { corrected?: Corrected[] }[]): { corrected?: Corrected[] } {
  const seen = new Set<string>();
  const notes: Corrected[] = [];
  for (const source of sources) {
    for (const note of source.corrected ?? []) {
      const key = JSON.stringify(note);
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(note);
    }
  }
  return notes.length > 0 ? { corrected: notes } : {};
}
