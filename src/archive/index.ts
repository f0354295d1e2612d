// All ArticleRecords → the Archive: visits merged across articles into events (each article
// with its role), one record per person and per country, and the links from each article to its
// events and from each person id it uses to the archive's person. The records are not rewritten.
// Pure; every step indexes by key, so the work grows with the number of articles and mentions.
import type { Archive, ArchiveLinks, ArticleRecord, Event, EventEvidence, Evidence, InputWarning, Person, VisitMention } from "../model/schema.ts";
import type { Authority, AuthorityCountry } from "../model/authority.ts";
import { matchKey, slugify } from "../text/fold.ts";
import { mergedInto } from "../text/names.ts";
import { buildCountries } from "./countries.ts";
import { groupKind, groupVisits, type ArticleVisits, type VisitGroup } from "./events.ts";
import { compare, oldestDayFirst } from "../util/compare.ts";
import { figuresByEvent, outcomesByEvent, paragraphEvents, type EventFigure } from "./evidence.ts";
import { mergePeople, toPerson } from "./people.ts";
import { mostCommon } from "../util/most-common.ts";
import { articleRole } from "./roles.ts";
import { checkArchive } from "./check.ts";
import { personIdsOf } from "./person-ids.ts";
import { eventMembers, knownCountriesOf } from "./relink.ts";
import { uniqueCorrections } from "./corrected.ts";
import { distantDateWarnings } from "./distant-dates.ts";

export interface ArchiveOptions {
  /** The authority file: display names of known people and countries (`Nguyễn Văn Bình`, `Türkiye`). */
  authority?: Authority;
}

export function archiveRecords(articles: readonly ArticleRecord[], warnings: InputWarning[], options: ArchiveOptions = {}): Archive {
  const order = new Map(
    [...articles]
      .sort((a, b) => oldestDayFirst(a.published, b.published) || compare(a.id, b.id))
      .map((article, position) => [article.id, position] as const),
  );
  const merged = mergePeople(articles);
  const personOf = (id: string): string => mergedInto(merged.redirects, id);
  // Visit mentions with person ids resolved to the archive's people: what events are made of.
  const visits: ArticleVisits[] = articles.map((article) => ({ article, visits: article.visits.map((visit) => resolveVisit(visit, personOf)) }));

  const knownCountries = knownCountriesOf(options.authority);
  const knownNames = new Map<string, string>();
  for (const person of options.authority?.people ?? []) knownNames.set(matchKey(person.name), person.name);

  const groups = groupVisits(visits).sort(byGroupStart);
  const dominant = dominantGroups(groups);
  const personName = (id: string) => {
    const draft = merged.drafts.get(id);
    return draft ? toPerson(draft, [], knownNames, order).name : id;
  };
  const personCountry = (id: string) => {
    const draft = merged.drafts.get(id);
    return draft ? mostCommon(draft.countries) : null;
  };
  const countryName = countryNamer(articles, knownCountries);

  const usedIds = new Set<string>();
  const events: Event[] = [];
  const eventArticles = new Map<string, Map<string, { paragraph: number; event: string }[]>>();
  /** Articles that report or assess a visit (not preview it): their outcomes are the visit's. */
  const reporting = new Set<string>();
  /** Every visit each article speaks of, by paragraph, passing mentions included. */
  const mentionedAt = new Map<string, { paragraph: number; event: string }[]>();
  const dominantEvent = new Map<string, string>();
  for (const group of groups) {
    const event = toEvent(group, { dominant, order, usedIds, personName, personCountry, personOf, countryName });
    events.push(event);
    for (const coverage of event.coverage) {
      const paragraphs = group.mentions.filter((ref) => ref.article.id === coverage.article).map((ref) => ({ paragraph: ref.mention.paragraph, event: event.id }));
      mentionedAt.set(coverage.article, [...(mentionedAt.get(coverage.article) ?? []), ...paragraphs]);
      if (coverage.role === "mention") continue;
      if (coverage.role !== "preview") reporting.add(`${coverage.article}\u0000${event.id}`);
      const entries = eventArticles.get(coverage.article) ?? new Map();
      entries.set(event.id, paragraphs);
      eventArticles.set(coverage.article, entries);
    }
    for (const articleId of event.articles) if (dominant.get(articleId) === group) dominantEvent.set(articleId, event.id);
  }

  // Figures and outcomes: each covering (non-passing) article's, by the visit its paragraph is about.
  const byId = new Map(articles.map((article) => [article.id, article]));
  const eventById = new Map(events.map((event) => [event.id, event]));
  for (const [articleId, entries] of eventArticles) {
    const article = byId.get(articleId)!;
    const main = dominantEvent.get(articleId);
    const eventsOf = paragraphEvents([...entries.values()].flat(), main && entries.has(main) ? main : null);
    for (const [eventId, figures] of figuresByEvent(article, eventsOf)) {
      eventById.get(eventId)!.figures.push(...figures.map((figure): EventFigure => Object.assign({}, figure, { article: articleId })));
    }
    // Outcomes are located among every visit the article speaks of, so a paragraph recalling an
    // earlier visit in passing does not lend its outcomes to the visit being reported.
    const visitsOf = paragraphEvents(mentionedAt.get(articleId) ?? [], main ?? null);
    for (const [eventId, outcomes] of outcomesByEvent(article, visitsOf)) {
      if (reporting.has(`${articleId}\u0000${eventId}`)) eventById.get(eventId)!.outcomes.push(...outcomes);
    }
  }

  const members = eventMembers(events);
  const people: Person[] = [...merged.drafts.values()]
    .sort((a, b) => compare(a.id, b.id))
    .map((draft) => toPerson(draft, members.ofPerson.get(draft.id) ?? [], knownNames, order));

  const links: ArchiveLinks = { articleEvents: {}, personOf: {}, sameStory: {} };
  for (const article of articles) {
    links.articleEvents[article.id] = members.ofArticle.get(article.id) ?? [];
    for (const id of personIdsOf(article)) links.personOf[id] = personOf(id);
  }
  return checkArchive({
    articles: [...articles],
    events,
    people,
    countries: buildCountries(articles, events, knownCountries),
    links,
    warnings: [...warnings, ...distantDateWarnings(articles)],
  });
}

function resolveVisit(visit: VisitMention, personOf: (id: string) => string): VisitMention {
  return Object.assign({}, visit, { visitor: visit.visitor ? personOf(visit.visitor) : null, people: visit.people.map(personOf) });
}

interface EventContext {
  dominant: Map<string, VisitGroup>;
  order: Map<string, number>;
  usedIds: Set<string>;
  personName: (id: string) => string;
  personCountry: (id: string) => string | null;
  personOf: (id: string) => string;
  countryName: (id: string) => string;
}

function toEvent(group: VisitGroup, context: EventContext): Event {
  const byArticle = new Map<string, CoveringArticle>();
  for (const ref of group.mentions) {
    const entry = byArticle.get(ref.article.id) ?? { article: ref.article, named: [], mentions: [] };
    entry.mentions.push(ref);
    for (const person of ref.mention.people) if (!entry.named.includes(person)) entry.named.push(person);
    byArticle.set(ref.article.id, entry);
  }
  const covering = [...byArticle.values()].sort((a, b) => context.order.get(a.article.id)! - context.order.get(b.article.id)!);
  const coverage = covering.map(({ article, mentions }) => ({
    article: article.id,
    role: articleRole(
      {
        published: article.published,
        mentions: mentions.map((ref) => ref.mention),
        dominant: context.dominant.get(article.id) === group,
        inLead: mentions.some((ref) => ref.mention.paragraph === leadParagraph(article)),
      },
      group,
    ),
    evidence: [...new Set(mentions.map((ref) => ref.mention.sentence))],
  }));
  const fromVotes = new Map<string, number>();
  for (const { mention } of group.mentions) if (mention.from) fromVotes.set(mention.from, (fromVotes.get(mention.from) ?? 0) + 1);
  let from = mostCommon(fromVotes) ?? (group.visitor ? context.personCountry(group.visitor) : null);
  if (from === group.host) from = null;

  const participants = eventParticipants(group, covering, coverage, context);
  const kind = groupKind(group);
  const why = eventEvidence(group, from, context.order);
  const id = uniqueId(eventId(group, from), context.usedIds);
  return {
    id,
    url: `/events/${id}/`,
    title: eventTitle(kind, group.visitor ? context.personName(group.visitor) : null, context.countryName(group.host)),
    kind,
    start: group.start,
    end: group.end,
    precision: group.precision,
    visitor: group.visitor,
    from,
    host: group.host,
    articles: covering.map(({ article }) => article.id),
    participants,
    coverage,
    figures: [],
    outcomes: [],
    why,
    // A fact an editor corrected in any mention stays visible on the event it made.
    ...uniqueCorrections(group.mentions.map((ref) => ref.mention)),
  };
}

/**
 * Why the event says what it says: each covering article's evidence for the visitor, origin, host
 * and dates the event shows (evidence for another reading is left out), once per sentence and rule.
 */
function eventEvidence(group: VisitGroup, from: string | null, order: ReadonlyMap<string, number>): EventEvidence {
  const why: EventEvidence = { visitor: [], from: [], host: [], dates: [] };
  const seen = new Set<string>();
  const add = (field: keyof EventEvidence, article: string, evidence: Evidence | null) => {
    if (!evidence) return;
    const key = [field, article, evidence.rule, evidence.sentence, evidence.start, evidence.end].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    why[field].push(Object.assign({}, evidence, { article }));
  };
  const refs = [...group.mentions].sort((a, b) => order.get(a.article.id)! - order.get(b.article.id)! || a.mention.paragraph - b.mention.paragraph);
  for (const { article, mention } of refs) {
    if (group.visitor && mention.visitor === group.visitor) add("visitor", article.id, mention.why.visitor);
    if (from && mention.from === from) add("from", article.id, mention.why.from);
    add("host", article.id, mention.why.host);
    if (mention.start !== null) add("dates", article.id, mention.why.dates);
  }
  // Sure readings first; each list otherwise keeps the articles' order (sort is stable).
  for (const field of Object.keys(why) as (keyof EventEvidence)[]) why[field].sort((a, b) => Number(a.confidence === "low") - Number(b.confidence === "low"));
  return why;
}

interface CoveringArticle {
  article: ArticleRecord;
  /** People the article's sentences about the visit name as taking part, in order. */
  named: string[];
  mentions: VisitGroup["mentions"];
}

/**
 * The visitor, then people named in the sentences about the visit (of articles mainly about it,
 * or of all when every article only mentions it), then people named in a photo caption together
 * with the visitor and someone of the host country (`X welcomes Y`).
 */
function eventParticipants(
  group: VisitGroup,
  covering: readonly CoveringArticle[],
  coverage: Event["coverage"],
  context: Pick<EventContext, "personCountry" | "personOf">,
): string[] {
  const participants: string[] = group.visitor ? [group.visitor] : [];
  const add = (people: string[]) => {
    for (const person of people) if (!participants.includes(person)) participants.push(person);
  };
  const roles = new Map(coverage.map((entry) => [entry.article, entry.role]));
  const main = covering.filter(({ article }) => roles.get(article.id) !== "mention");
  for (const { named } of main.length > 0 ? main : covering) add(named);
  if (!group.visitor) return participants;
  for (const { article } of main) {
    for (const caption of article.captions) {
      const named = [...new Set(caption.people.map(context.personOf))];
      if (named.includes(group.visitor) && named.some((person) => context.personCountry(person) === group.host)) add(named);
    }
  }
  return participants;
}

/** `2031-03-10-ana-rojas-kenya`; a month-only visit `2031-03-…`; no date `undated-…`. */
function eventId(group: VisitGroup, from: string | null): string {
  const when = group.precision === "day" ? group.start! : group.precision === "month" ? group.start!.slice(0, 7) : "undated";
  const who = group.visitor ?? (from ? `${from}-visit` : "visit");
  return slugify(`${when} ${who} ${group.host}`);
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
  used.add(id);
  return id;
}

function eventTitle(kind: Event["kind"], visitor: string | null, host: string): string {
  const what = kind === "talks" || kind === "meeting" ? `${kind} in ${host}` : `${kind} to ${host}`;
  return visitor ? `${visitor}'s ${what}` : `${what[0]!.toUpperCase()}${what.slice(1)}`;
}

/** For each article, the visit it mentions most (ties: the first it mentions). */
function dominantGroups(groups: readonly VisitGroup[]): Map<string, VisitGroup> {
  const counts = new Map<string, Map<VisitGroup, number>>();
  for (const group of groups) {
    for (const ref of group.mentions) {
      const perArticle = counts.get(ref.article.id) ?? new Map<VisitGroup, number>();
      perArticle.set(group, (perArticle.get(group) ?? 0) + 1);
      counts.set(ref.article.id, perArticle);
    }
  }
  const result = new Map<string, VisitGroup>();
  for (const [article, perArticle] of counts) {
    let best: VisitGroup | null = null;
    let bestCount = 0;
    for (const [group, count] of perArticle) {
      if (count > bestCount || (count === bestCount && best && firstParagraph(group, article) < firstParagraph(best, article))) {
        best = group;
        bestCount = count;
      }
    }
    if (best) result.set(article, best);
  }
  return result;
}

/** The article's lead, for visits: the first paragraph (not caption) that speaks of any visit; -1 when none does. */
function leadParagraph(article: ArticleRecord): number {
  const paragraphs = article.visits.map((visit) => visit.paragraph).filter((paragraph) => paragraph >= 0);
  return paragraphs.length > 0 ? Math.min(...paragraphs) : -1;
}

function firstParagraph(group: VisitGroup, article: string): number {
  const paragraphs = group.mentions.filter((ref) => ref.article.id === article).map((ref) => (ref.mention.paragraph < 0 ? Infinity : ref.mention.paragraph));
  return Math.min(...paragraphs);
}

function byGroupStart(a: VisitGroup, b: VisitGroup): number {
  if (a.start === null || b.start === null) return a.start === b.start ? 0 : a.start === null ? 1 : -1;
  return compare(a.start, b.start) || compare(a.visitor ?? "", b.visitor ?? "") || compare(a.host, b.host);
}

/** Country display names: the authority's, else the form articles write whose slug is the id. */
function countryNamer(articles: readonly ArticleRecord[], known: ReadonlyMap<string, AuthorityCountry>): (id: string) => string {
  const forms = new Map<string, string[]>();
  for (const article of articles) for (const mention of article.countries) forms.set(mention.id, [...(forms.get(mention.id) ?? []), ...mention.forms]);
  return (id) => {
    const authority = known.get(id);
    if (authority) return authority.name;
    const written = (forms.get(id) ?? []).find((form) => slugify(form).replace(/-/g, "") === id.replace(/-/g, ""));
    return written ?? id;
  };
}
