// Scores the wire-copy test set (tests/fixtures/wire/): the facts a careful reader gets from each
// article (expected.json) against what a build wrote to api/*.json. Pure: expected + built JSON in,
// one result per fact out. It reads only the open data, never src/, so it keeps measuring the
// same thing while the extractor changes; the built records are typed loosely on purpose (a field
// that becomes nullable or disappears is a wrong fact, not a crash).

// ---------------------------------------------------------------- expected facts (expected.json)

/** A day `YYYY-MM-DD`, or a month `YYYY-MM` when the text only gives the month (`earlier this month`). */
export type ExpectedDay = string;

export type ExpectedPublished = { date: string } | { earliest: string; latest: string } | null;

export interface ExpectedVisit {
  /** Display name of the visitor, or null when the text names nobody (then not checked). */
  visitor: string | null;
  from: string;
  host: string;
  /** null: the text does not say, so not checked. */
  start: ExpectedDay | null;
  end: ExpectedDay | null;
}

/** A visit that must not be in the archive: every field given must match for it to count as there. */
export interface ExpectedNotVisit {
  visitor?: string;
  from?: string;
  host?: string;
}

export interface ExpectedPerson {
  /** The name without honorifics or titles. Matched folded (diacritics, case and dots ignored). */
  name: string;
  /** The office or role as the article gives it; a list when several readings are equally right; null: not checked. */
  role: string | string[] | null;
}

/**
 * A string: no person of the article has a name holding these words (`Meets`, a headline verb).
 * An object: the person `name` must not be written `form` (two people sharing a word, merged).
 */
export type ExpectedNotPerson = string | { name: string; form: string };

export interface ExpectedFigure {
  value: number;
  currency: string | null;
}

export interface ExpectedArticle {
  /** Which shapes of issue 10 this article stands for (documentation; not scored). */
  shapes?: string[];
  published: ExpectedPublished;
  dateline: string | null;
  /** The article's role towards every visit it covers (`preview`, `report`, …); absent: not checked. */
  role?: string;
  visits: ExpectedVisit[];
  notVisits?: ExpectedNotVisit[];
  people: ExpectedPerson[];
  notPeople?: ExpectedNotPerson[];
  figures?: ExpectedFigure[];
}

/** expected.json: file name (as in the fixture folder) → facts. Keys starting with `$` are comments. */
export type ExpectedSet = Record<string, ExpectedArticle | string>;

// ---------------------------------------------------------------- built records (api/*.json)

export interface BuiltPersonMention {
  id?: string;
  name: string;
  forms?: string[];
  role?: string | null;
}

export interface BuiltArticle {
  id: string;
  published?: string | null;
  publishedBasis?: string | null;
  publishedRange?: { earliest: string; latest: string } | null;
  dateline?: string | null;
  people?: BuiltPersonMention[];
  figures?: { value: number; currency: string | null }[];
}

export interface BuiltEvent {
  id: string;
  visitor: string | null;
  from: string | null;
  host: string;
  start: string | null;
  end: string | null;
  precision?: string;
  articles: string[];
  coverage?: { article: string; role: string }[];
}

export interface BuiltPerson {
  id: string;
  name: string;
  aliases?: string[];
}

export interface Built {
  articles: BuiltArticle[];
  events: BuiltEvent[];
  people: BuiltPerson[];
}

// ---------------------------------------------------------------- results

export interface FactResult {
  file: string;
  /** What is checked, e.g. `published`, `person Keo Sothea`, `visit Keo Sothea cambodia→laos start`. */
  fact: string;
  right: boolean;
  expected: string;
  got: string;
}

export interface Score {
  results: FactResult[];
  right: number;
  total: number;
  /** Files in expected.json with no record in articles.json (every fact of theirs counted wrong). */
  dropped: string[];
}

/** `w01-kpl.txt` → `w01-kpl`: the build names an article after its file. */
export function articleId(file: string): string {
  return file.replace(/\.[^.]+$/, "");
}

/** Diacritics, case, dots, apostrophes and spacing ignored: `Tô Lâm` = `To Lam`, `Jr.` = `Jr`. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[.,;:()"“”]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function fact(file: string, name: string, right: boolean, expected: unknown, got: unknown): FactResult {
  return { file, fact: name, right, expected: show(expected), got: show(got) };
}

// ---------------------------------------------------------------- one small function per fact kind

const DAY = 24 * 3600 * 1000;
/** How much wider than the honest range a built range may be and still count as right. */
export const RANGE_SLACK_DAYS = 7;

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;
}

const UNDATED_BASES = new Set(["undated", "none", "unknown"]);

/** `{date}`: that day. `{earliest, latest}`: a range holding it, at most a week wider each side. `null`: undated. */
export function scorePublished(file: string, expected: ExpectedPublished, article: BuiltArticle): FactResult {
  const published = article.published ?? null;
  const range = article.publishedRange ?? (published ? { earliest: published, latest: published } : null);
  const got = range && range.earliest !== range.latest ? { published, range } : published;
  if (expected === null) {
    const undated = published === null || UNDATED_BASES.has(String(article.publishedBasis));
    return fact(file, "published", undated, "undated", undated ? "undated" : got);
  }
  if ("date" in expected) return fact(file, "published", published === expected.date, expected.date, got);
  const right =
    range !== null &&
    days(range.earliest, expected.earliest) >= 0 &&
    days(expected.latest, range.latest) >= 0 &&
    days(range.earliest, expected.earliest) <= RANGE_SLACK_DAYS &&
    days(expected.latest, range.latest) <= RANGE_SLACK_DAYS;
  return fact(file, "published", right, `${expected.earliest}..${expected.latest}`, range ? `${range.earliest}..${range.latest}` : got);
}

function cleanDateline(text: string | null | undefined): string {
  return fold(text ?? "").replace(/[\s—–-]+$/, "");
}

export function scoreDateline(file: string, expected: string | null, article: BuiltArticle): FactResult {
  const got = article.dateline ?? null;
  return fact(file, "dateline", cleanDateline(expected) === cleanDateline(got), expected ?? "none", got ?? "none");
}

function coveringEvents(built: Built, id: string): BuiltEvent[] {
  return built.events.filter((event) => event.articles.includes(id));
}

export function scoreRole(file: string, expected: string, built: Built): FactResult {
  const id = articleId(file);
  const roles = coveringEvents(built, id).flatMap((event) =>
    (event.coverage ?? []).filter((entry) => entry.article === id).map((entry) => entry.role),
  );
  const right = roles.length > 0 && roles.every((role) => role === expected);
  return fact(file, "role", right, expected, roles.length ? [...new Set(roles)].join(", ") : "no event");
}

function personNames(built: Built, personId: string | null): string[] {
  if (!personId) return [];
  const person = built.people.find((candidate) => candidate.id === personId);
  return person ? [person.name, ...(person.aliases ?? [])] : [personId];
}

function isVisitor(built: Built, event: BuiltEvent, name: string): boolean {
  return personNames(built, event.visitor).some((written) => fold(written) === fold(name));
}

function describeEvent(built: Built, event: BuiltEvent): string {
  const visitor = personNames(built, event.visitor)[0] ?? "nobody";
  return `${visitor} ${event.from ?? "?"}→${event.host} ${event.start ?? "?"}..${event.end ?? "?"}`;
}

/** A day matches itself; a month `YYYY-MM` matches any day in it, from an event not claiming day precision. */
function dayMatches(expected: ExpectedDay, got: string | null, precision: string | undefined): boolean {
  if (got === null) return false;
  if (expected.length === 7) return got.startsWith(expected) && precision !== "day";
  return got === expected;
}

/** Three facts at most: the visit (visitor, origin, host), its start and its end, each from an event covering the article. */
export function scoreVisit(file: string, expected: ExpectedVisit, built: Built): FactResult[] {
  const label = `visit ${expected.visitor ?? "(unnamed)"} ${expected.from}→${expected.host}`;
  const events = coveringEvents(built, articleId(file));
  const candidates = events.filter(
    (event) =>
      event.host === expected.host &&
      event.from === expected.from &&
      (expected.visitor === null || isVisitor(built, event, expected.visitor)),
  );
  const others = events.map((event) => describeEvent(built, event)).join("; ") || "no event";
  const results = [fact(file, label, candidates.length > 0, `${expected.visitor ?? "someone"} ${expected.from}→${expected.host}`, candidates.length ? "found" : others)];
  for (const end of ["start", "end"] as const) {
    const want = expected[end];
    if (want === null) continue;
    const best = candidates.find((event) => dayMatches(want, event[end], event.precision)) ?? candidates[0];
    const right = best !== undefined && dayMatches(want, best[end], best.precision);
    results.push(fact(file, `${label} ${end}`, right, want, best ? best[end] ?? "none" : "no such visit"));
  }
  return results;
}

export function scoreNotVisit(file: string, unwanted: ExpectedNotVisit, built: Built): FactResult {
  const offending = coveringEvents(built, articleId(file)).find(
    (event) =>
      (unwanted.host === undefined || event.host === unwanted.host) &&
      (unwanted.from === undefined || event.from === unwanted.from) &&
      (unwanted.visitor === undefined || isVisitor(built, event, unwanted.visitor)),
  );
  const label = `no visit ${unwanted.visitor ?? "by anyone"} ${unwanted.from ?? "*"}→${unwanted.host ?? "*"}`;
  return fact(file, label, offending === undefined, "none", offending ? describeEvent(built, offending) : "none");
}

function findPerson(article: BuiltArticle, name: string): BuiltPersonMention | undefined {
  return (article.people ?? []).find((person) => fold(person.name) === fold(name));
}

function roleForms(role: string | string[]): string[] {
  return (Array.isArray(role) ? role : [role]).map(fold);
}

/** Two facts: the person is there under the name (honorifics dropped), and has the role the article gives. */
export function scorePerson(file: string, expected: ExpectedPerson, article: BuiltArticle): FactResult[] {
  const found = findPerson(article, expected.name);
  const names = (article.people ?? []).map((person) => person.name).join("; ") || "no people";
  const results = [fact(file, `person ${expected.name}`, found !== undefined, expected.name, found ? found.name : names)];
  if (expected.role !== null) {
    const got = found ? found.role ?? null : undefined;
    const right = got !== undefined && got !== null && roleForms(expected.role).includes(fold(got));
    const want = Array.isArray(expected.role) ? expected.role.join(" | ") : expected.role;
    results.push(fact(file, `role of ${expected.name}`, right, want, found ? got ?? "none" : "person missing"));
  }
  return results;
}

function holdsWords(text: string, words: string): boolean {
  return ` ${fold(text)} `.includes(` ${fold(words)} `);
}

export function scoreNotPerson(file: string, unwanted: ExpectedNotPerson, article: BuiltArticle): FactResult {
  const people = article.people ?? [];
  if (typeof unwanted === "string") {
    const offending = people.find((person) => holdsWords(person.name, unwanted));
    return fact(file, `no person "${unwanted}"`, offending === undefined, "none", offending ? offending.name : "none");
  }
  const person = findPerson(article, unwanted.name);
  const merged = person !== undefined && (person.forms ?? []).some((form) => fold(form) === fold(unwanted.form));
  return fact(file, `"${unwanted.form}" is not ${unwanted.name}`, !merged, "kept apart", merged ? `merged into ${person?.name}` : "kept apart");
}

export function scoreFigure(file: string, expected: ExpectedFigure, article: BuiltArticle): FactResult {
  const found = (article.figures ?? []).find(
    (figure) =>
      figure.currency === expected.currency && Math.abs(figure.value - expected.value) <= Math.abs(expected.value) * 0.005,
  );
  const label = `figure ${expected.value} ${expected.currency ?? "(count)"}`;
  const got = (article.figures ?? []).map((figure) => `${figure.value} ${figure.currency ?? ""}`.trim()).join("; ") || "no figures";
  return fact(file, label, found !== undefined, `${expected.value} ${expected.currency ?? ""}`.trim(), found ? "found" : got);
}

// ---------------------------------------------------------------- the whole set

function scoreArticle(file: string, expected: ExpectedArticle, article: BuiltArticle, built: Built): FactResult[] {
  return [
    scorePublished(file, expected.published, article),
    scoreDateline(file, expected.dateline, article),
    ...(expected.role === undefined ? [] : [scoreRole(file, expected.role, built)]),
    ...expected.visits.flatMap((visit) => scoreVisit(file, visit, built)),
    ...(expected.notVisits ?? []).map((visit) => scoreNotVisit(file, visit, built)),
    ...expected.people.flatMap((person) => scorePerson(file, person, article)),
    ...(expected.notPeople ?? []).map((person) => scoreNotPerson(file, person, article)),
    ...(expected.figures ?? []).map((figure) => scoreFigure(file, figure, article)),
  ];
}

/** A dropped article is scored against an empty record, so every one of its facts is wrong (even the "not" facts). */
function dropped(results: FactResult[]): FactResult[] {
  return results.map((result) => ({ ...result, right: false, got: "article missing from articles.json" }));
}

export function expectedArticles(set: ExpectedSet): [string, ExpectedArticle][] {
  return Object.entries(set).filter((entry): entry is [string, ExpectedArticle] => !entry[0].startsWith("$") && typeof entry[1] !== "string");
}

export function scoreWire(set: ExpectedSet, built: Built): Score {
  const results: FactResult[] = [];
  const missing: string[] = [];
  for (const [file, expected] of expectedArticles(set)) {
    const article = built.articles.find((candidate) => candidate.id === articleId(file));
    if (article) results.push(...scoreArticle(file, expected, article, built));
    else {
      missing.push(file);
      results.push(...dropped(scoreArticle(file, expected, { id: articleId(file) }, { articles: [], events: [], people: [] })));
    }
  }
  return { results, right: results.filter((result) => result.right).length, total: results.length, dropped: missing };
}

/** `file: fact: expected X, got Y` for each wrong fact, then `wire facts: R right of N (P%)`. */
export function formatScore(score: Score): string[] {
  const lines = score.results
    .filter((result) => !result.right)
    .map((result) => `${result.file}: ${result.fact}: expected ${result.expected}, got ${result.got}`);
  const share = score.total ? ((100 * score.right) / score.total).toFixed(1) : "0.0";
  lines.push(`wire facts: ${score.right} right of ${score.total} (${share}%)`);
  return lines;
}
