// Visits an article tells of. Phrases that name a host (`state visit to Kenya`) open or join a
// "thread" (one visit as this article tells it); phrases that only point back (`the visit`,
// `this visit`) join the thread that fits them best: the host named in their sentence, dates
// that agree, the visitor named beside them, the same tense, the thread just spoken of, the
// article's main visit. A pointing phrase with no thread yet (`the visit will take place on
// March 10 at the invitation of X, President of Kenya`) opens one: host from the invitation,
// visitor = the article's main actor. Every phrase then becomes a VisitMention carrying its
// thread's visitor, host and dates.
import { VISIT_KIND_RANK, type Evidence, type VisitKind, type VisitMention } from "../../model/schema.ts";
import { addDays, daysBetween, findDateMentions, sentenceTense, tenseAt, type DateMention, type Tense } from "../dates/index.ts";
import { countryAt } from "./countries.ts";
import type { Lexicon } from "./lexicon.ts";
import { delegationCountry, type Mention, type PeopleFound, type PersonInArticle } from "./people.ts";
import type { Unit } from "./units.ts";
import { HISTORY, datesFor, joinRanges, mergeVisitDates, visitLength, type DatesRead, type VisitDates } from "./visit-dates.ts";
import { overlapsOrTouches } from "../../util/day-span.ts";
import { findVisitPhrases, type VisitPhrase } from "./visit-phrases.ts";
import { readVisitor, type VisitorReading } from "./visitors.ts";

interface Thread {
  host: string;
  visitor: string | null;
  /** Why the visitor is who it is. */
  visitorEvidence: Evidence | null;
  /** Two-sided dates read so far (one-sided bounds are applied at the end). */
  dates: VisitDates | null;
  kind: VisitKind;
  /** Threads opened by one phrase with several hosts share a group (`visits to Kenya and Peru`). */
  group: number;
  attachments: Attachment[];
}

interface NamedCountry {
  id: string;
  word: number;
  kind: "name" | "demonym";
}

interface Attachment {
  thread: Thread;
  phrase: VisitPhrase;
  /** The index of the host in the phrase's list this attachment stands for. */
  hostIndex: number;
  read: DatesRead | null;
  /** Reading position: unit order, then word. */
  position: number;
}


/**
 * How much each clue counts when a pointing phrase (`the visit`) picks its thread. A host named
 * in the sentence is the strongest clue; being the article's main visit only breaks ties.
 */
const THREAD_FIT = {
  /** The sentence names the thread's host country (`Kenya`). */
  hostNamed: 4,
  /** … or only its demonym (`Kenyan`). */
  hostDemonym: 2,
  /** The host is the country named nearest the phrase. */
  nearestCountry: 1,
  /** The host stands right after the phrase (`the first state visit that Kenya received`). */
  hostBesidePhrase: 3,
  /** The thread's visitor is named (not merely quoted) in the sentence. */
  visitorInSentence: 3,
  /** The sentence's tense matches the thread's (future, present, past). */
  sameTense: 2,
  /** `this visit` points at the article's main visit. */
  thisVisitIsMain: 2,
  /** The thread the article spoke of last. */
  justSpokenOf: 2,
  /** The article's main visit. */
  mainVisit: 1,
} as const;

/** A visit mention before the people of its sentence are read. */
export type FoundVisit = Omit<VisitMention, "people">;

export interface VisitContext {
  /** The article's date: the reference for yearless dates; null when the article is undated. */
  published: string | null;
  /** Country of the news organisation the article credits, if the authority file knows it: its own leaders go unnamed by nationality. */
  sourceCountry: string | null;
}

export function findVisits(units: readonly Unit[], people: PeopleFound, lexicon: Lexicon, context: VisitContext): FoundVisit[] {
  return new VisitReader(units, people, lexicon, context).read();
}

class VisitReader {
  private readonly threads: Thread[] = [];
  private readonly attachments: Attachment[] = [];
  private readonly mentionsByUnit = new Map<number, Mention[]>();
  private readonly countryOf = new Map<string, string | null>();
  private readonly personById = new Map<string, PersonInArticle>();
  private readonly dateCache = new Map<string, DateMention[]>();
  private readonly visitors = new Map<VisitPhrase, VisitorReading>();
  private readonly published: string | null;
  private groups = 0;

  constructor(
    private readonly units: readonly Unit[],
    private readonly people: PeopleFound,
    private readonly lexicon: Lexicon,
    private readonly context: VisitContext,
  ) {
    this.published = context.published;
    for (const mention of people.mentions) {
      const list = this.mentionsByUnit.get(mention.unit) ?? [];
      list.push(mention);
      this.mentionsByUnit.set(mention.unit, list);
    }
    for (const person of people.people) {
      this.countryOf.set(person.id, person.country);
      this.personById.set(person.id, person);
    }
  }

  read(): FoundVisit[] {
    const phrasesByUnit = new Map<number, VisitPhrase[]>();
    for (const unit of this.units) {
      const phrases = findVisitPhrases(unit, this.lexicon, this.mentionsOf(unit));
      if (phrases.length > 0) phrasesByUnit.set(unit.order, phrases);
    }
    const all = [...phrasesByUnit.values()].flat();
    const countryOf = (person: string) => this.countryOf.get(person) ?? null;
    for (const phrase of all) this.visitors.set(phrase, readVisitor(phrase, this.mentionsOf(phrase.unit), countryOf, this.lexicon, this.context.sourceCountry));
    for (const phrase of all) if (phrase.hosts.length > 0) this.readNamedHost(phrase, phrasesByUnit.get(phrase.unit.order)!);
    for (const phrase of all) if (phrase.anaphoric) this.readPointer(phrase, phrasesByUnit.get(phrase.unit.order)!);
    return this.toMentions();
  }

  /** `state visit to Kenya and Peru by X on March 10 and 12, respectively`. */
  private readNamedHost(phrase: VisitPhrase, siblings: VisitPhrase[]): void {
    const dates = datesFor(phrase, siblings, this.datesOf(phrase), this.lexicon);
    // A visit dated by its year only is history the article recalls, not a visit to file.
    if (dates === HISTORY) return;
    const reading = this.visitors.get(phrase)!;
    // Nobody visits their own country: a leader travelling at home is no visit.
    if (reading.atHome) return;
    const group = this.groups++;
    phrase.hosts.forEach((host, index) => {
      let visitor = reading.person;
      if (visitor && this.countryOf.get(visitor) === host) visitor = null;
      const own = dates[index] ?? null;
      const thread = this.matchingThread(host, visitor, own?.dates ?? null) ?? this.newThread(host, group);
      if (!thread.visitor && visitor) {
        thread.visitor = visitor;
        thread.visitorEvidence = this.visitorEvidence(phrase, reading);
      }
      this.attach(thread, phrase, index, own);
    });
  }

  /** `the visit`, `this visit`, `the visits`. */
  private readPointer(phrase: VisitPhrase, siblings: VisitPhrase[]): void {
    const position = positionOf(phrase);
    if (phrase.plural) {
      const group = this.recentGroup(position);
      if (group.length > 1) {
        for (const thread of group) this.attach(thread, phrase, 0, null);
        return;
      }
    }
    const found = datesFor(phrase, siblings, this.datesOf(phrase), this.lexicon);
    if (found === HISTORY) return;
    const read = found[0] ?? null;
    const thread = this.bestThread(phrase, read?.dates ?? null, siblings) ?? this.openImplicit(phrase, read?.dates ?? null);
    if (thread) this.attach(thread, phrase, 0, read);
  }

  private bestThread(phrase: VisitPhrase, dates: VisitDates | null, siblings: VisitPhrase[]): Thread | null {
    const position = positionOf(phrase);
    const recent = new Set(this.recentThreads(position));
    const main = this.mainThread();
    const named = this.namedCountries(phrase.unit);
    const nearest = nearestTo(named.filter((country) => country.kind === "name"), phrase.start);
    const claimed = new Set(siblings.filter((other) => other !== phrase && other.hosts.length > 0).map((other) => this.visitors.get(other)?.person ?? null));
    const present = new Set(this.mentionsOf(phrase.unit).filter((mention) => !mention.speaker && !claimed.has(mention.person)).map((mention) => mention.person));
    const tense = sentenceTense(phrase.unit.text);
    let best: Thread | null = null;
    let bestScore = 0;
    for (const thread of this.threads) {
      if (dates && thread.dates && !overlapsOrTouches(dates, thread.dates)) continue;
      if (phrase.owner && thread.visitor && phrase.owner !== thread.visitor) continue;
      let score = 0;
      const naming = named.filter((country) => country.id === thread.host);
      if (naming.some((country) => country.kind === "name")) score += THREAD_FIT.hostNamed;
      else if (naming.length > 0) score += THREAD_FIT.hostDemonym;
      if (nearest === thread.host) score += THREAD_FIT.nearestCountry;
      // `the first state visit that Kenya received`: a country right beside the words.
      if (naming.some((country) => country.kind === "name" && country.word >= phrase.end && country.word - phrase.end <= 2)) score += THREAD_FIT.hostBesidePhrase;
      if (thread.visitor && present.has(thread.visitor)) score += THREAD_FIT.visitorInSentence;
      if (this.threadTense(thread) === tense) score += THREAD_FIT.sameTense;
      if (phrase.proximal && thread === main) score += THREAD_FIT.thisVisitIsMain;
      if (recent.has(thread)) score += THREAD_FIT.justSpokenOf;
      if (thread === main) score += THREAD_FIT.mainVisit;
      if (score > bestScore) {
        best = thread;
        bestScore = score;
      }
    }
    return best;
  }

  /** A pointing phrase before any thread: the host is whoever invited, or the one country named. */
  private openImplicit(phrase: VisitPhrase, dates: VisitDates | null): Thread | null {
    const main = this.people.mainActor;
    const mainCountry = main ? this.countryOf.get(main) ?? null : null;
    // `a working trip` names no visit of its own: only an invitation says where it goes.
    const host = this.invitingCountry(phrase.unit) ?? (phrase.indefinite ? null : this.soleOtherCountry(phrase.unit, mainCountry));
    if (!host) return null;
    const reading = this.visitors.get(phrase)!;
    const own = phrase.owner ?? (reading.person && this.countryOf.get(reading.person) !== host ? reading.person : null);
    const visitor = own ?? (main && mainCountry !== host ? main : null);
    const thread = this.newThread(host, this.groups++);
    thread.visitor = visitor;
    thread.visitorEvidence = own ? this.visitorEvidence(phrase, reading) : visitor ? this.mainActorEvidence(visitor) : null;
    thread.dates = dates;
    return thread;
  }

  /** `at the invitation of X`: X's country, or the first country named after the phrase. */
  private invitingCountry(unit: Unit): string | null {
    const words = unit.words;
    const at = words.findIndex((word, index) => word.key === "invitation" && words[index + 1]?.key === "of");
    if (at < 0) return null;
    let first = at + 2;
    if (words[first]?.key === "the") first++;
    const inviter = this.mentionsOf(unit).find((mention) => mention.spanStart === first || mention.spanStart === at + 2);
    const country = inviter ? this.countryOf.get(inviter.person) : null;
    if (country) return country;
    for (let position = at + 2; position < Math.min(words.length, at + 14); position++) {
      const found = countryAt(words, position, this.lexicon);
      if (found) return found.form.id;
    }
    return null;
  }

  private soleOtherCountry(unit: Unit, exclude: string | null): string | null {
    const ids = new Set(this.namedCountries(unit).filter((country) => country.kind === "name").map((country) => country.id).filter((id) => id !== exclude));
    return ids.size === 1 ? [...ids][0]! : null;
  }

  private matchingThread(host: string, visitor: string | null, dates: VisitDates | null): Thread | null {
    const fitting = this.threads.filter(
      (thread) =>
        thread.host === host &&
        (!visitor || !thread.visitor || thread.visitor === visitor) &&
        (!dates || !thread.dates || overlapsOrTouches(dates, thread.dates)),
    );
    if (fitting.length === 0) return null;
    const sameVisitor = fitting.filter((thread) => visitor && thread.visitor === visitor);
    const pool = sameVisitor.length > 0 ? sameVisitor : fitting;
    return pool.reduce((latest, thread) => (lastPosition(thread) > lastPosition(latest) ? thread : latest));
  }

  private newThread(host: string, group: number): Thread {
    const thread: Thread = { host, visitor: null, visitorEvidence: null, dates: null, kind: "visit", group, attachments: [] };
    this.threads.push(thread);
    return thread;
  }

  private attach(thread: Thread, phrase: VisitPhrase, hostIndex: number, read: DatesRead | null): void {
    const attachment: Attachment = { thread, phrase, hostIndex, read, position: positionOf(phrase) };
    thread.attachments.push(attachment);
    this.attachments.push(attachment);
    if (VISIT_KIND_RANK[phrase.kind] > VISIT_KIND_RANK[thread.kind]) thread.kind = phrase.kind;
    if (read && read.bound === null) thread.dates = thread.dates ? mergeVisitDates(thread.dates, read.dates) : read.dates;
  }

  /** The visitor's mention as evidence: the rule that found it and the words naming the person. */
  private visitorEvidence(phrase: VisitPhrase, reading: VisitorReading): Evidence | null {
    if (!reading.rule) return null;
    const words = phrase.unit.words;
    const span = reading.words ?? { start: phrase.start, end: phrase.end };
    return { rule: reading.rule, sentence: phrase.unit.text, start: words[span.start]!.start, end: words[span.end - 1]!.end, confidence: "high" };
  }

  /** No sentence about the visit names its visitor: the person the article is mostly about, as a guess. */
  private mainActorEvidence(person: string): Evidence | null {
    const evidence = this.personById.get(person)?.evidence;
    return evidence ? { ...evidence, rule: "the person the article is mostly about", confidence: "low" } : null;
  }

  /** Threads of the latest phrase before `position` in the paragraphs (captions stand apart). */
  private recentThreads(position: number): Thread[] {
    let latest = -1;
    for (const attachment of this.attachments) {
      if (attachment.phrase.unit.paragraph >= 0 && attachment.position < position) latest = Math.max(latest, attachment.position);
    }
    return this.attachments.filter((attachment) => attachment.position === latest).map((attachment) => attachment.thread);
  }

  private recentGroup(position: number): Thread[] {
    const recent = this.recentThreads(position);
    const multi = [...this.attachments]
      .filter((attachment) => attachment.position < position)
      .reverse()
      .find((attachment) => this.threads.filter((thread) => thread.group === attachment.thread.group).length > 1);
    if (!multi) return recent;
    return this.threads.filter((thread) => thread.group === multi.thread.group);
  }

  /** The visit the article is about: its main actor's, nearest the publication date. */
  private mainThread(): Thread | null {
    const main = this.people.mainActor;
    const own = this.threads.filter((thread) => thread.visitor === main);
    const pool = own.length > 0 ? own : this.threads;
    let best: Thread | null = null;
    for (const thread of pool) {
      if (!best) best = thread;
      else {
        const distance = this.distance(thread) - this.distance(best);
        if (distance < 0 || (distance === 0 && thread.attachments.length > best.attachments.length)) best = thread;
      }
    }
    return best;
  }

  private distance(thread: Thread): number {
    const dates = this.finalDates(thread);
    if (!dates || !this.published) return Number.MAX_SAFE_INTEGER;
    if (dates.start <= this.published && this.published <= addDays(dates.end, 3)) return 0;
    return Math.abs(daysBetween(this.published, dates.start));
  }

  /**
   * The thread's days: the two-sided dates read, widened by one-sided bounds (an arrival's day
   * starts the visit, `through Saturday` ends it); a lone bound runs for the visit's stated length.
   */
  private finalDates(thread: Thread): VisitDates | null {
    const starts = thread.attachments.filter((entry) => entry.read?.bound === "start").map((entry) => entry.read!.dates.start);
    const ends = thread.attachments.filter((entry) => entry.read?.bound === "end").map((entry) => entry.read!.dates.end);
    const firstDay = starts.sort()[0];
    const lastDay = ends.sort().at(-1);
    const length = Math.max(1, ...thread.attachments.map((entry) => visitLength(entry.phrase)));
    let dates = thread.dates;
    if (dates && dates.precision === "day") {
      if (firstDay && firstDay < dates.start) dates = { ...dates, start: firstDay };
      if (lastDay && lastDay > dates.end) dates = { ...dates, end: lastDay };
      return dates;
    }
    if (dates) return dates;
    if (firstDay && lastDay && firstDay <= lastDay) return { start: firstDay, end: lastDay, precision: "day" };
    if (firstDay) return { start: firstDay, end: addDays(firstDay, length - 1), precision: "day" };
    if (lastDay) return { start: addDays(lastDay, 1 - length), end: lastDay, precision: "day" };
    return null;
  }

  private threadTense(thread: Thread): Tense {
    const dates = this.finalDates(thread);
    if (dates) return tenseOf(dates, this.published);
    const first = thread.attachments[0];
    return first ? sentenceTense(first.phrase.unit.text) : "present";
  }

  /** Countries a sentence names as places: `Chile’s achievements` is an owner, not a place. */
  private namedCountries(unit: Unit): NamedCountry[] {
    const found: NamedCountry[] = [];
    for (let index = 0; index < unit.words.length; index++) {
      const country = countryAt(unit.words, index, this.lexicon);
      if (!country) continue;
      if (!unit.words[index + country.length - 1]!.possessive) found.push({ id: country.form.id, word: index, kind: country.form.kind });
      index += country.length - 1;
    }
    return found;
  }

  private mentionsOf(unit: Unit): Mention[] {
    return this.mentionsByUnit.get(unit.order) ?? [];
  }

  /**
   * The dates of a phrase's sentence, each read in the tense of the visit words' clause: in
   * `wrapped up his state visit to Malaysia (July 2-4), which … opens a new chapter` the July is past.
   */
  private datesOf(phrase: VisitPhrase): DateMention[] {
    const { unit } = phrase;
    const from = unit.words[phrase.start]!.start;
    const tense = tenseAt(unit.text, from, unit.words[phrase.end - 1]!.end - from);
    const key = `${unit.order}|${tense}`;
    let dates = this.dateCache.get(key);
    if (!dates) {
      dates = joinRanges(unit.text, findDateMentions(unit.text, { reference: this.published, tense }));
      this.dateCache.set(key, dates);
    }
    return dates;
  }

  private toMentions(): FoundVisit[] {
    const main = this.people.mainActor;
    const result: { position: number; mention: FoundVisit }[] = [];
    for (const thread of this.threads) {
      if (!thread.visitor && main && this.countryOf.get(main) !== thread.host) {
        thread.visitor = main;
        thread.visitorEvidence = this.mainActorEvidence(main);
      }
      const from = this.fromCountry(thread);
      const dates = this.finalDates(thread);
      const datesEvidence = this.datesEvidence(thread);
      const seen = new Set<number>();
      for (const attachment of thread.attachments) {
        const unit = attachment.phrase.unit;
        if (seen.has(unit.order)) continue;
        seen.add(unit.order);
        result.push({
          position: attachment.position,
          mention: {
            visitor: thread.visitor,
            from: from?.country ?? null,
            host: thread.host,
            kind: VISIT_KIND_RANK[attachment.phrase.kind] > VISIT_KIND_RANK["visit"] ? attachment.phrase.kind : thread.kind,
            start: dates?.start ?? null,
            end: dates?.end ?? null,
            precision: dates?.precision ?? "unknown",
            tense: dates ? tenseOf(dates, this.published) : sentenceTense(unit.text),
            sentence: unit.text,
            paragraph: unit.paragraph,
            why: {
              host: hostEvidence(attachment),
              visitor: thread.visitor ? thread.visitorEvidence : null,
              from: from?.evidence ?? null,
              dates: dates ? (attachment.read?.evidence ?? datesEvidence) : null,
            },
          },
        });
      }
    }
    return result.sort((a, b) => a.position - b.position).map((entry) => entry.mention);
  }

  /** The evidence of the thread's dates: the first two-sided reading, else the first bound; low if any reading guessed. */
  private datesEvidence(thread: Thread): Evidence | null {
    const reads = thread.attachments.map((entry) => entry.read).filter((read): read is DatesRead => read !== null);
    const chosen = reads.find((read) => read.bound === null) ?? reads[0];
    if (!chosen) return null;
    const guessed = reads.some((read) => read.evidence.confidence === "low");
    return guessed ? { ...chosen.evidence, confidence: "low" } : chosen.evidence;
  }

  /**
   * The visitor's country as this article gives it, else a delegation's (`a Chilean delegation`),
   * else, as a guess, the country of the news organisation whose copy names the visitor without one.
   */
  private fromCountry(thread: Thread): { country: string; evidence: Evidence | null } | null {
    const person = thread.visitor ? this.personById.get(thread.visitor) : undefined;
    if (person?.country) return person.country === thread.host ? null : { country: person.country, evidence: person.countryEvidence };
    for (const attachment of thread.attachments) {
      const unit = attachment.phrase.unit;
      const found = delegationCountry(unit.words, this.lexicon);
      if (!found) continue;
      if (found.country === thread.host) return null;
      const word = unit.words[found.word]!;
      return { country: found.country, evidence: { rule: "delegation from the country", sentence: unit.text, start: word.start, end: word.end, confidence: "low" } };
    }
    const source = this.context.sourceCountry;
    if (person && source && source !== thread.host && person.evidence) {
      return { country: source, evidence: { ...person.evidence, rule: "the country of the news organisation, whose copy gives its own leaders no nationality", confidence: "low" } };
    }
    return null;
  }
}

/** The words naming the host, or the words pointing back at a visit named before. */
function hostEvidence(attachment: Attachment): Evidence {
  const { phrase } = attachment;
  const words = phrase.unit.words;
  const named = phrase.hostWords[attachment.hostIndex];
  if (named && phrase.hostRule) {
    return { rule: phrase.hostRule, sentence: phrase.unit.text, start: words[named.start]!.start, end: words[named.end - 1]!.end, confidence: "high" };
  }
  return {
    rule: "‘the visit’ points back at a visit the article names",
    sentence: phrase.unit.text,
    start: words[phrase.start]!.start,
    end: words[phrase.end - 1]!.end,
    confidence: "low",
  };
}

function positionOf(phrase: VisitPhrase): number {
  // Captions come after paragraphs in unit order already; words keep order within a sentence.
  return phrase.unit.order * 10_000 + phrase.start;
}

function lastPosition(thread: Thread): number {
  return thread.attachments.at(-1)?.position ?? -1;
}

function nearestTo(countries: NamedCountry[], word: number): string | null {
  let best: NamedCountry | null = null;
  for (const country of countries) {
    if (!best || Math.abs(country.word - word) < Math.abs(best.word - word)) best = country;
  }
  return best?.id ?? null;
}

function tenseOf(dates: VisitDates, published: string | null): Tense {
  // An undated article cannot place the visit in time: neutral.
  if (published === null) return "present";
  if (dates.end < published) return "past";
  if (dates.start > published) return "future";
  return "present";
}
