// Visit mentions from every article → groups that tell one visit each. Same visitor, same host,
// days that overlap or follow each other; a month-only mention (`in March 2031`) joins a
// day-dated visit in that month; an undated mention joins the one visit it can mean. Each
// mention is looked up by its (visitor, host) key, so the work grows with the number of mentions.
import { VISIT_KIND_RANK, type ArticleRecord, type VisitKind, type VisitMention } from "../model/schema.ts";
import { addDays } from "../util/iso-day.ts";
import { compare } from "../util/compare.ts";
import { overlapsOrTouches, unionSpan } from "../util/day-span.ts";

export interface MentionRef {
  article: ArticleRecord;
  mention: VisitMention;
}

/** An article's visit mentions, with person ids already resolved to the archive's people. */
export interface ArticleVisits {
  article: ArticleRecord;
  visits: readonly VisitMention[];
}

export interface VisitGroup {
  visitor: string | null;
  host: string;
  start: string | null;
  end: string | null;
  precision: "day" | "month" | "unknown";
  mentions: MentionRef[];
}

const PRECISION_ORDER = { day: 0, month: 1, unknown: 2 } as const;

export function groupVisits(articles: readonly ArticleVisits[]): VisitGroup[] {
  const refs: MentionRef[] = [];
  for (const { article, visits } of articles) for (const mention of visits) refs.push({ article, mention });
  // Day-dated first, so months and undated mentions find the visits they belong to.
  refs.sort(
    (a, b) =>
      PRECISION_ORDER[a.mention.precision] - PRECISION_ORDER[b.mention.precision] ||
      compare(a.mention.start ?? "", b.mention.start ?? "") ||
      compare(a.article.id, b.article.id) ||
      a.mention.paragraph - b.mention.paragraph,
  );
  const index = new GroupIndex();
  for (const ref of refs) {
    const { mention } = ref;
    if (mention.precision === "day") index.addDay(ref);
    else if (mention.precision === "month") index.addMonth(ref);
    else index.addUndated(ref);
  }
  return index.groups;
}

class GroupIndex {
  readonly groups: VisitGroup[] = [];
  /** Groups by `visitor|host`. */
  private readonly byKey = new Map<string, VisitGroup[]>();
  /** Dated groups by `host|YYYY-MM` for every month they touch, so a lookup sees only nearby visits. */
  private readonly byMonth = new Map<string, VisitGroup[]>();

  addDay(ref: MentionRef): void {
    const { mention } = ref;
    const span = { start: mention.start!, end: mention.end ?? mention.start! };
    const group = this.nearby(mention.visitor, mention.host, addDays(span.start, -1), addDays(span.end, 1)).find(
      (candidate) => candidate.precision === "day" && overlapsOrTouches({ start: candidate.start!, end: candidate.end! }, span),
    );
    if (!group) {
      this.create(mention.visitor, mention.host, span.start, span.end, "day", ref);
      return;
    }
    // An event's days are the union of its mentions' days (each decided at ingest).
    if (span.start < group.start! || span.end > group.end!) {
      ({ start: group.start, end: group.end } = unionSpan({ start: group.start!, end: group.end! }, span));
      this.registerMonths(group);
    }
    this.adopt(group, mention.visitor);
    group.mentions.push(ref);
  }

  addMonth(ref: MentionRef): void {
    const { mention } = ref;
    const group = this.nearby(mention.visitor, mention.host, mention.start!, mention.start!).find(
      (candidate) => candidate.start!.slice(0, 7) === mention.start!.slice(0, 7),
    );
    if (group) {
      this.adopt(group, mention.visitor);
      group.mentions.push(ref);
    } else this.create(mention.visitor, mention.host, mention.start, mention.end, "month", ref);
  }

  /** Joins the visit it can only mean: the one visit of that visitor to that host, or the nearest fitting its tense. */
  addUndated(ref: MentionRef): void {
    const { mention, article } = ref;
    if (!mention.visitor) return; // nobody and no date: nothing to place it by
    const all = this.byKey.get(`${mention.visitor}|${mention.host}`) ?? [];
    const candidates = all.filter((group) => group.precision !== "unknown");
    let group: VisitGroup | undefined;
    if (candidates.length === 1) group = candidates[0];
    else if (candidates.length > 1 && article.published !== null) {
      const published = article.published;
      if (mention.tense === "future") group = candidates.filter((candidate) => candidate.start! >= published).sort(byStart)[0];
      else group = candidates.filter((candidate) => candidate.start! <= published).sort(byStart).at(-1);
    }
    group ??= all.find((candidate) => candidate.precision === "unknown");
    if (group) group.mentions.push(ref);
    else this.create(mention.visitor, mention.host, null, null, "unknown", ref);
  }

  /** Dated groups of this host touching the months from..to, whose visitor agrees (an unknown visitor agrees with anyone). */
  private nearby(visitor: string | null, host: string, from: string, to: string): VisitGroup[] {
    const found = new Set<VisitGroup>();
    for (const month of monthsBetween(from, to)) for (const group of this.byMonth.get(`${host}|${month}`) ?? []) found.add(group);
    const agreeing = [...found].filter((group) => !visitor || !group.visitor || group.visitor === visitor);
    // The same visitor first, then groups whose visitor is not known.
    return agreeing.sort((a, b) => Number(b.visitor === visitor) - Number(a.visitor === visitor) || byStart(a, b));
  }

  private adopt(group: VisitGroup, visitor: string | null): void {
    if (group.visitor || !visitor) return;
    group.visitor = visitor;
    this.byKey.set(`${visitor}|${group.host}`, [...(this.byKey.get(`${visitor}|${group.host}`) ?? []), group]);
  }

  private create(visitor: string | null, host: string, start: string | null, end: string | null, precision: VisitGroup["precision"], ref: MentionRef): void {
    const group: VisitGroup = { visitor: null, host, start, end, precision, mentions: [ref] };
    this.groups.push(group);
    this.adopt(group, visitor);
    this.registerMonths(group);
  }

  private registerMonths(group: VisitGroup): void {
    if (!group.start || !group.end) return;
    for (const month of monthsBetween(group.start, group.end)) {
      const key = `${group.host}|${month}`;
      const list = this.byMonth.get(key) ?? [];
      if (!list.includes(group)) list.push(group);
      this.byMonth.set(key, list);
    }
  }
}

/** `YYYY-MM` of every month from the day `from` to the day `to`. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

function byStart(a: VisitGroup, b: VisitGroup): number {
  return compare(a.start ?? "", b.start ?? "");
}


/** The most specific kind any article gives (`state visit` over `visit`). */
export function groupKind(group: VisitGroup): VisitKind {
  let kind: VisitKind = group.mentions[0]!.mention.kind;
  for (const { mention } of group.mentions) if (VISIT_KIND_RANK[mention.kind] > VISIT_KIND_RANK[kind]) kind = mention.kind;
  return kind;
}
