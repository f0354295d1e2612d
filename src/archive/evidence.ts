// Which of an article's money figures and outcome sentences (found at ingest) belong to which of
// the visits it speaks of.
import type { ArticleRecord, Event, EventOutcome, Figure } from "../model/schema.ts";

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
export function figuresByEvent(article: ArticleRecord, eventsOf: (paragraph: number) => string[]): Map<string, Figure[]> {
  const result = new Map<string, Figure[]>();
  for (const figure of article.figures) {
    for (const event of eventsOf(figure.paragraph)) result.set(event, [...(result.get(event) ?? []), figure]);
  }
  return result;
}

/** Each outcome sentence of the article, under the visits its paragraph is about. */
export function outcomesByEvent(article: ArticleRecord, eventsOf: (paragraph: number) => string[]): Map<string, EventOutcome[]> {
  const result = new Map<string, EventOutcome[]>();
  for (const { sentence, paragraph } of article.outcomes) {
    for (const event of eventsOf(paragraph)) result.set(event, [...(result.get(event) ?? []), { sentence, article: article.id, paragraph }]);
  }
  return result;
}

export type EventFigure = Event["figures"][number];
