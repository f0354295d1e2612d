// Event pages: the visit, its coverage with evidence, its figures and outcomes, and its neighbours.
import type { Article, Event } from "../../model/schema.ts";
import { pick } from "./lookup.ts";
import type { PageSizes } from "./page-sizes.ts";
import { alongside, chunk, pagedAt } from "./paging.ts";
import { tripMap, tripStops } from "./maps.ts";
import { coverageOf } from "./summaries.ts";
import type { ArticleSummary, EventPage, EventSummary, FigureGroup, Link } from "./types.ts";

export function eventPages(
  eventsNewestFirst: Event[],
  events: Record<string, EventSummary>,
  articles: Record<string, ArticleSummary>,
  people: Record<string, Link>,
  countries: Record<string, Link>,
  trips: Map<string, Event[]>,
  allArticles: Article[],
  sizes: PageSizes,
): EventPage[] {
  const dated = eventsNewestFirst.filter((event) => events[event.id]!.datetime);
  const position = new Map(dated.map((event, index) => [event.id, index]));
  const paragraphsOf = new Map(allArticles.map((article) => [article.id, article.paragraphs.length]));
  return eventsNewestFirst.flatMap((event) => {
    const at = position.get(event.id);
    const later = at === undefined || at === 0 ? null : events[dated[at - 1]!.id]!;
    const earlier = at === undefined || at === dated.length - 1 ? null : events[dated[at + 1]!.id]!;
    const evidence = new Map(event.coverage.map((item) => [item.article, item.evidence]));
    const coverage = coverageOf(event, articles).map((item) => Object.assign({}, item, { evidence: evidence.get(item.article.id) ?? [] }));
    const figures = groupFigures(event, articles, paragraphsOf);
    const trip = tripStops(trips.get(event.id) ?? [event], event, events, countries);
    const shared = { event, summary: events[event.id]!, participants: pick(event.participants, people), coverageCount: coverage.length, earlier, later, trip, map: tripMap(trip) };
    return alongside([chunk(coverage, sizes.coverage), chunk(figures, sizes.figures)]).map(([coverageSlice, figureSlice], index, all) =>
      Object.assign({}, pagedAt(event.url, index, all.length), shared, { coverage: coverageSlice, figures: figureSlice }),
    );
  });
}

/**
 * Figures and outcomes, one entry per sentence (three figures from one sentence do not repeat it
 * three times; an outcome sentence holding a figure is one entry), in article then paragraph order.
 */
function groupFigures(event: Event, articles: Record<string, ArticleSummary>, paragraphsOf: Map<string, number>): FigureGroup[] {
  const groups = new Map<string, FigureGroup & { order: number; paragraph: number }>();
  const order = new Map(event.articles.map((id, index) => [id, index]));
  const add = (item: { article: string; paragraph: number; sentence: string }, value: string | null) => {
    const article = articles[item.article];
    if (!article) return;
    const key = `${item.article}\u0000${item.paragraph}\u0000${item.sentence}`;
    const known = groups.get(key);
    if (known) {
      if (value && !known.values.includes(value)) known.values.push(value);
      return;
    }
    // Only link to an anchor the article page really has.
    const anchor = item.paragraph < (paragraphsOf.get(item.article) ?? 0) ? `#p${item.paragraph}` : "";
    groups.set(key, {
      values: value ? [value] : [],
      sentence: item.sentence,
      article,
      href: `${article.url}${anchor}`,
      order: order.get(item.article) ?? 0,
      paragraph: item.paragraph,
    });
  };
  for (const figure of event.figures) add(figure, figure.text);
  for (const outcome of event.outcomes) add(outcome, null);
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.paragraph - b.paragraph)
    .map(({ order: _order, paragraph: _paragraph, ...group }) => group);
}
