// What the covering articles say about a visit beyond its dates: who took part (people named in
// the sentences about it, not merely quoted), and which money figures and outcomes belong to it.
import type { Article, Event, EventOutcome, Figure } from "../model/schema.ts";
import { outcomeSentences } from "./outcomes.ts";
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
 * Which visits a paragraph of the article is about: the visit the article last spoke of before
 * (or in) that paragraph, since press articles go through a visit's outcomes in order; before any
 * such paragraph, the visit the article is mostly about. `eventsByParagraph` pairs paragraph
 * indexes with event ids.
 */
export function paragraphEvents(
  eventsByParagraph: readonly { paragraph: number; event: string }[],
  dominant: string | null,
): (paragraph: number) => string[] {
  const sorted = [...eventsByParagraph].filter((entry) => entry.paragraph >= 0).sort((a, b) => a.paragraph - b.paragraph);
  return (paragraph) => {
    let at = -1;
    for (const entry of sorted) if (entry.paragraph <= paragraph) at = entry.paragraph;
    return at >= 0 ? [...new Set(sorted.filter((entry) => entry.paragraph === at).map((entry) => entry.event))] : dominant ? [dominant] : [];
  };
}

/** Each figure of the article, under the visits its paragraph is about. */
export function figuresByEvent(article: Article, eventsOf: (paragraph: number) => string[]): Map<string, Figure[]> {
  const result = new Map<string, Figure[]>();
  for (const figure of article.figures) {
    for (const event of eventsOf(figure.paragraph)) result.set(event, [...(result.get(event) ?? []), figure]);
  }
  return result;
}

/** Each outcome sentence of the article, under the visits its paragraph is about. */
export function outcomesByEvent(article: Article, eventsOf: (paragraph: number) => string[]): Map<string, EventOutcome[]> {
  const result = new Map<string, EventOutcome[]>();
  article.paragraphs.forEach((text, paragraph) => {
    const sentences = outcomeSentences(text);
    if (sentences.length === 0) return;
    for (const event of eventsOf(paragraph)) {
      const found = result.get(event) ?? [];
      for (const sentence of sentences) found.push({ sentence, article: article.id, paragraph });
      result.set(event, found);
    }
  });
  return result;
}

export type EventFigure = Event["figures"][number];
