// Corrections of how the archive grouped visits, applied to the built archive: an event that did
// not happen is rejected (its articles stay, unlinked from it), or two events that are one visit
// are merged (the first joins the second, which keeps its id and page). People's events, the
// articles' links and the countries' relations are then made again from the events.
import { VISIT_KIND_RANK, type Archive, type Corrected, type Event, type EventCoverage } from "../model/schema.ts";
import type { Authority } from "../model/authority.ts";
import { relinkEvents } from "../archive/relink.ts";
import { applied, invalid, noteOf, stale, withNotes, type CorrectionOutcome } from "./outcome.ts";
import type { CorrectionOf } from "./schema.ts";

/** Applies the event corrections in order, then relinks the archive once. */
export function correctEvents(
  archive: Archive,
  corrections: readonly CorrectionOf<"rejectEvent" | "mergeEvents">[],
  authority: Authority | undefined,
): { archive: Archive; outcomes: CorrectionOutcome[] } {
  if (corrections.length === 0) return { archive, outcomes: [] };
  const events = new Map(archive.events.map((event) => [event.id, event]));
  const order = new Map(archive.articles.map((article, index) => [article.id, index]));
  const urlOf = new Map(archive.articles.map((article) => [article.id, article.url]));
  const articleNotes = new Map<string, Corrected[]>();
  const gone = new Map<string, string>();
  const missing = (id: string) => gone.get(id) ?? missingEvent(archive, id);
  const outcomes = corrections.map((correction): CorrectionOutcome => {
    if (correction.kind === "rejectEvent") {
      const event = events.get(correction.event);
      if (!event) return stale(correction, missing(correction.event));
      events.delete(event.id);
      gone.set(event.id, `event ${event.id} was rejected at line ${correction.line}`);
      for (const article of event.articles) articleNotes.set(article, [...(articleNotes.get(article) ?? []), noteOf(correction, "events", [event.id])]);
      return applied(correction, `"${event.title}" is no visit: unlinked from ${event.articles.join(", ")}`, urlOf.get(event.articles[0]!) ?? null);
    }
    if (correction.event === correction.mergeInto) return invalid(correction, "mergeInto: an event cannot be merged into itself");
    const from = events.get(correction.event);
    if (!from) return stale(correction, missing(correction.event));
    const into = events.get(correction.mergeInto);
    if (!into) return stale(correction, `mergeInto: ${missing(correction.mergeInto)}`);
    events.set(into.id, withNotes(mergedEvent(into, from, order), [noteOf(correction, "merged", [from.id])]));
    events.delete(from.id);
    gone.set(from.id, `event ${from.id} was merged into ${into.id} at line ${correction.line}`);
    return applied(correction, `${from.id} is ${into.id}`, into.url);
  });
  const articles = archive.articles.map((article) => withNotes(article, articleNotes.get(article.id) ?? []));
  return { archive: relinkEvents({ ...archive, articles, events: [...events.values()] }, authority), outcomes };
}

/** One event told by the articles of both: `into`'s id and facts, completed by `from`'s where `into` has none. */
function mergedEvent(into: Event, from: Event, order: ReadonlyMap<string, number>): Event {
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  // The event merged into is the one the editor trusts: its days stand, unless it has none.
  const days = into.precision === "day" || from.precision === "unknown" ? into : from;
  return {
    ...into,
    title: into.visitor || !from.visitor ? into.title : from.title,
    kind: VISIT_KIND_RANK[from.kind] > VISIT_KIND_RANK[into.kind] ? from.kind : into.kind,
    start: days.start,
    end: days.end,
    precision: days.precision,
    visitor: into.visitor ?? from.visitor,
    from: into.from ?? from.from,
    articles: [...new Set([...into.articles, ...from.articles])].sort(byOrder),
    participants: [...new Set([...into.participants, ...from.participants])],
    coverage: mergedCoverage(into.coverage, from.coverage).sort((a, b) => byOrder(a.article, b.article)),
    figures: uniqueBy([...into.figures, ...from.figures], (figure) => `${figure.article}\u0000${figure.paragraph}\u0000${figure.text}`),
    outcomes: uniqueBy([...into.outcomes, ...from.outcomes], (outcome) => `${outcome.article}\u0000${outcome.paragraph}\u0000${outcome.sentence}`),
    ...(into.corrected || from.corrected ? { corrected: [...(into.corrected ?? []), ...(from.corrected ?? [])] } : {}),
  };
}

/** An article covering both keeps the role that says most (a report over a passing mention) and every evidence sentence. */
function mergedCoverage(into: readonly EventCoverage[], from: readonly EventCoverage[]): EventCoverage[] {
  const byArticle = new Map(into.map((entry) => [entry.article, { ...entry, evidence: [...entry.evidence] }]));
  for (const entry of from) {
    const known = byArticle.get(entry.article);
    if (!known) {
      byArticle.set(entry.article, { ...entry, evidence: [...entry.evidence] });
      continue;
    }
    if (known.role === "mention" && entry.role !== "mention") known.role = entry.role;
    for (const sentence of entry.evidence) if (!known.evidence.includes(sentence)) known.evidence.push(sentence);
  }
  return [...byArticle.values()];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** `no event "x"`, with the event now told by the same visitor and host when the id's date moved (a corrected date changes it). */
function missingEvent(archive: Archive, id: string): string {
  const tail = id.replace(/^(\d{4}-\d{2}(-\d{2})?|undated)-/, "");
  const likely = archive.events.filter((event) => event.id !== id && event.id.endsWith(`-${tail}`)).map((event) => event.id);
  const hint = likely.length ? `; the same visitor and host now have ${likely.join(", ")}` : " (is the id on its page /events/…/ spelt so?)";
  return `no event "${id}"${hint}`;
}
