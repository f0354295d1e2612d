// What the covering articles say about a visit beyond its dates: who took part (people named in
// the sentences about it, not merely quoted), and which money figures belong to it.
import type { Article, Event, Figure } from "../model/schema.ts";
import { PhraseIndex } from "../ingest/entities/phrases.ts";
import { isSpeaker } from "../ingest/entities/speakers.ts";
import { toWords } from "../ingest/entities/words.ts";

/** People of `article` named in `sentences`, except where they are only speaking (`Reis said`). */
export function peopleNamedIn(article: Article, sentences: readonly string[]): string[] {
  const index = new PhraseIndex<string>();
  for (const person of article.people) for (const form of person.forms) index.add(form, person.id);
  const found: string[] = [];
  for (const sentence of sentences) {
    const words = toWords(sentence);
    for (let position = 0; position < words.length; position++) {
      const match = index.matchAt(words, position);
      if (!match) continue;
      if (!isSpeaker(words, position, position + match.length) && !found.includes(match.value)) found.push(match.value);
      position += match.length - 1;
    }
  }
  return found;
}

/**
 * A figure belongs to the visit the article last spoke of before (or in) the figure's paragraph,
 * since press articles go through a visit's outcomes in order; before any such paragraph, to the
 * visit the article is mostly about. `eventsByParagraph` pairs paragraph indexes with event ids.
 */
export function figuresByEvent(
  article: Article,
  eventsByParagraph: readonly { paragraph: number; event: string }[],
  dominant: string | null,
): Map<string, Figure[]> {
  const sorted = [...eventsByParagraph].filter((entry) => entry.paragraph >= 0).sort((a, b) => a.paragraph - b.paragraph);
  const result = new Map<string, Figure[]>();
  for (const figure of article.figures) {
    let at = -1;
    for (const entry of sorted) if (entry.paragraph <= figure.paragraph) at = entry.paragraph;
    const events = at >= 0 ? [...new Set(sorted.filter((entry) => entry.paragraph === at).map((entry) => entry.event))] : dominant ? [dominant] : [];
    for (const event of events) result.set(event, [...(result.get(event) ?? []), figure]);
  }
  return result;
}

export type EventFigure = Event["figures"][number];
