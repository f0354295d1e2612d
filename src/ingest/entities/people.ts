// People of one article: introductions become persons (id = slug of the folded full name), then
// every later way of writing them is tied back: the full name again, a one-word reference
// (`General Secretary Bình`, `Reis`), a role reference (`the Kenyan leader`, `the FM`).
import { mostCommon } from "../../util/most-common.ts";
import type { Evidence, PersonMention } from "../../model/schema.ts";
import { diacritics, matchKey, slugify } from "../../text/fold.ts";
import { mergedInto, partialNameMerges } from "../../text/names.ts";
import type { AuthorityPerson } from "../../model/authority.ts";
import { countryAt } from "./countries.ts";
import { findIntroductions, type Introduction, type RoleReference } from "./introductions.ts";
import { FUNCTION_WORDS, isCalendarWord, type Lexicon } from "./lexicon.ts";
import { countryOfAbbreviation, type FoundOrganisation } from "./organisations.ts";
import { PhraseIndex } from "./phrases.ts";
import { isObject, isSpeaker } from "./speakers.ts";
import type { Unit } from "./units.ts";
import { spaced, type Word } from "./words.ts";

export interface PersonInArticle {
  id: string;
  /** Folded words of the fullest name (`["nguyen", "van", "binh"]`). */
  keys: string[];
  /** Full names as written, in order of appearance. */
  names: string[];
  forms: string[];
  roles: string[];
  titles: Set<string>;
  country: string | null;
  known: AuthorityPerson | null;
  /** The introduction that first named the person. */
  evidence: Evidence | null;
  /** Where the person's country was read, if it was. */
  countryEvidence: Evidence | null;
}

export interface Mention {
  person: string;
  unit: number;
  /** First word of the mention, title included. */
  spanStart: number;
  /** The name's words (for a role reference, the whole reference). */
  start: number;
  end: number;
  form: string;
  kind: "full" | "short" | "bare" | "role";
  speaker: boolean;
  /** The mention ends in `’s` (`Rojas’s visit`). */
  possessive: boolean;
}

export interface PeopleFound {
  people: PersonInArticle[];
  mentions: Mention[];
  /** The person the article is mostly about: most mentions that are not speech. */
  mainActor: string | null;
}

export function findPeople(units: readonly Unit[], lexicon: Lexicon, organisations: readonly FoundOrganisation[]): PeopleFound {
  const introductions: Introduction[] = [];
  const references: RoleReference[] = [];
  for (const unit of units) {
    const found = findIntroductions(unit, lexicon);
    introductions.push(...found.introductions);
    references.push(...found.references);
  }
  const registry = new Registry(units, lexicon, organisations);
  const full = introductions.filter((intro) => intro.known || intro.nameEnd - intro.nameStart >= 2);
  const short = introductions.filter((intro) => !full.includes(intro));
  for (const intro of full) registry.addFull(intro);
  registry.mergePartialNames();
  for (const intro of short) registry.addShort(intro);
  registry.scanFullNames();
  registry.scanBareNames();
  registry.inferCountriesFromDelegations();
  registry.resolveRoleReferences(references);
  return registry.result();
}

/** The persons of one article and where each is mentioned. */
class Registry {
  private readonly people = new Map<string, PersonInArticle>();
  private readonly mentions: Mention[] = [];
  private readonly redirects = new Map<string, string>();

  constructor(
    private readonly units: readonly Unit[],
    private readonly lexicon: Lexicon,
    private readonly organisations: readonly FoundOrganisation[],
  ) {}

  addFull(intro: Introduction): void {
    const exact = intro.known ?? this.lexicon.knownByKey.get(matchKey(intro.name)) ?? null;
    // `Moha Bovor Thipadei Hun Manet`: a name ending in a known person's full name is that person,
    // the words before it an honorific the authority file does not list yet.
    const suffix = exact ? null : knownSuffix(intro.name, this.lexicon.knownByKey);
    const known = exact ?? suffix?.person ?? null;
    const written = suffix?.written ?? intro.name;
    const canonical = known?.name ?? written;
    const id = slugify(canonical);
    if (!id) return;
    const person = this.people.get(id) ?? this.newPerson(id, matchKey(canonical).split(" "), known);
    if (!person.names.includes(written)) person.names.push(written);
    this.applyIntroduction(person, intro);
    this.addMention(person.id, intro, "full");
  }

  /** `Van Binh` next to `Nguyen Van Binh`: a name inside exactly one longer name is that person. */
  mergePartialNames(): void {
    for (const [shorter, longer] of partialNameMerges([...this.people.values()])) {
      const person = this.people.get(shorter)!;
      const target = this.people.get(longer)!;
      for (const name of person.names) if (!target.names.includes(name)) target.names.push(name);
      target.roles.push(...person.roles.filter((role) => !target.roles.includes(role)));
      for (const title of person.titles) target.titles.add(title);
      if (target.country === null && person.country !== null) {
        target.country = person.country;
        target.countryEvidence = person.countryEvidence;
      }
      target.evidence ??= person.evidence;
      this.people.delete(person.id);
      this.redirects.set(person.id, target.id);
    }
    for (const mention of this.mentions) mention.person = this.resolveId(mention.person);
  }

  /** A one-word name after a title: a person already named here, else someone known by one name. */
  addShort(intro: Introduction): void {
    const key = matchKey(intro.name);
    // `Sultan Ibrahim` is not `Anwar Ibrahim`: the word must be the one that stands alone in the
    // person's naming custom, and the title must fit an office the person holds.
    let candidates = [...this.people.values()].filter((person) => shortKeys(person, this.lexicon).includes(key) && titlesFit(intro.titles, person.titles));
    // `President Phomma` beside two Phommas: the one who is President.
    const titled = candidates.filter((person) => intro.titles.some((title) => person.titles.has(title)));
    if (titled.length > 0) candidates = titled;
    let person = candidates.length > 0 ? this.nearestBefore(candidates, intro.unit, intro.nameStart) : undefined;
    if (!person) {
      const id = slugify(intro.name);
      if (!id) return;
      person = this.people.get(id) ?? this.newPerson(id, [key], null);
      if (!person.names.includes(intro.name)) person.names.push(intro.name);
    }
    this.applyIntroduction(person, intro);
    this.addMention(person.id, intro, "short");
  }

  /** A full name written again without a title (`at the invitation of Ana Lima`). */
  scanFullNames(): void {
    const index = new PhraseIndex<string>();
    const tails = new Map<string, { words: string; owners: Set<string> }>();
    for (const person of this.people.values()) {
      if (person.keys.length < 2) continue;
      for (const name of [...person.names, ...(person.known ? [person.known.name, ...person.known.aliases] : [])]) {
        index.add(name, person.id);
        // `Dela Rosa`, `Castañeda Ruiz`: the last two or more words of a longer name.
        const words = name.split(/\s+/);
        for (let start = 1; start <= words.length - 2; start++) {
          const tail = words.slice(start).join(" ");
          const entry = tails.get(matchKey(tail)) ?? { words: tail, owners: new Set<string>() };
          entry.owners.add(person.id);
          tails.set(matchKey(tail), entry);
        }
      }
    }
    for (const { words, owners } of tails.values()) if (owners.size === 1) index.add(words, [...owners][0]!);
    this.scanUnits((words, position) => {
      const match = index.matchAt(words, position);
      if (!match || !standsAlone(words, position, position + match.length)) return 0;
      return this.scanMention(match.value, position, position + match.length, "full") ? match.length : 0;
    });
  }

  /** `Reis said`: a first or last name of exactly one person named here. */
  scanBareNames(): void {
    const owners = new Map<string, Set<string>>();
    for (const person of this.people.values()) {
      for (const key of shortKeys(person, this.lexicon)) owners.set(key, (owners.get(key) ?? new Set()).add(person.id));
    }
    this.scanUnits((words, position) => {
      const word = words[position]!;
      const owner = owners.get(word.key);
      if (!owner || owner.size !== 1 || !standsAlone(words, position, position + 1) || this.isVocabulary(words, position)) return 0;
      return this.scanMention([...owner][0]!, position, position + 1, "bare") ? 1 : 0;
    });
  }

  /** `X and a high-level Chilean delegation`: X comes from that country, if nothing else said. */
  inferCountriesFromDelegations(): void {
    for (const unit of this.units) {
      const found = delegationCountry(unit.words, this.lexicon);
      if (!found) continue;
      const leader = this.mentions
        .filter((mention) => mention.unit === unit.order && mention.end <= found.word && found.word - mention.end <= 8 && !mention.speaker)
        .at(-1);
      const person = leader && this.people.get(leader.person);
      if (person && person.country === null) {
        person.country = found.country;
        const words = unit.words;
        person.countryEvidence = {
          rule: "leader of a delegation from the country",
          sentence: unit.text,
          start: words[leader.spanStart]!.start,
          end: words[found.word]!.end,
          confidence: "low",
        };
      }
    }
  }

  resolveRoleReferences(references: readonly RoleReference[]): void {
    const main = this.mainActor();
    for (const reference of references) {
      const person = this.referent(reference, main);
      if (!person) continue;
      const words = this.units[reference.unit]!.words;
      const last = words[reference.end - 1]!;
      this.mentions.push({
        person: person.id,
        unit: reference.unit,
        spanStart: reference.start,
        start: reference.start,
        end: reference.end,
        form: reference.text,
        kind: "role",
        speaker: isSpeaker(words, reference.start, reference.end),
        possessive: last.possessive,
      });
      if (!person.forms.includes(reference.text)) person.forms.push(reference.text);
    }
  }

  result(): PeopleFound {
    this.mentions.sort((a, b) => a.unit - b.unit || a.start - b.start);
    const order = new Map<string, number>();
    for (const mention of this.mentions) if (!order.has(mention.person)) order.set(mention.person, order.size);
    const people = [...this.people.values()]
      .filter((person) => order.has(person.id))
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    for (const person of people) person.forms = this.formsOf(person.id);
    return { people, mentions: this.mentions, mainActor: this.mainActor() };
  }

  private referent(reference: RoleReference, main: string | null): PersonInArticle | undefined {
    const chain = reference.chain;
    const everyone = [...this.people.values()];
    const country = chain.countries[0] ?? null;
    const ofCountry = country ? everyone.filter((person) => person.country === country) : everyone;
    if (chain.titles.length > 0) {
      const pool = ofCountry.length > 0 ? ofCountry : everyone.filter((person) => person.country === null);
      const byTitle = bestBy(pool, (person) => chain.titles.filter((title) => person.titles.has(title)).length);
      if (byTitle.length > 0) return this.antecedent(byTitle, reference);
    }
    const head = matchKey(this.units[reference.unit]!.text.slice(this.units[reference.unit]!.words[chain.roleStart]?.start ?? 0, this.units[reference.unit]!.words[chain.end - 1]!.end));
    const generic = chain.titles.length === 0 && chain.nouns.every((noun) => /leader|head|chief|premier/.test(noun));
    if (generic && country) {
      // `the Kenyan leader`: the article's subject if of that country, else its most named person of it.
      const mainPerson = main ? this.people.get(main) : undefined;
      if (mainPerson && mainPerson.country === country) return mainPerson;
      if (ofCountry.length > 0) return this.mostMentioned(ofCountry);
      // Nobody here is tied to that country: the subject, if the article does not say where they are from.
      // The reference does not tie them to it either, since it may as well mean their host.
      return mainPerson && mainPerson.country === null ? mainPerson : undefined;
    }
    if (!head || generic) return undefined;
    // `the minister`: someone whose role, as written here, contains those words.
    const byRole = ofCountry.filter((person) => person.roles.some((role) => ` ${matchKey(role)} `.includes(` ${head} `)));
    return byRole.length > 0 ? this.antecedent(byRole, reference) : undefined;
  }

  /**
   * Whom `the President` means among those who could be meant: not someone its own sentence names
   * (`the President will hold talks with President Liu`), and the one last named as the subject of
   * a sentence rather than as an object (`at the invitation of President Liu`); else the nearest.
   */
  private antecedent(candidates: PersonInArticle[], reference: RoleReference): PersonInArticle | undefined {
    const namedHere = new Set(this.mentions.filter((mention) => mention.unit === reference.unit && mention.kind !== "role").map((mention) => mention.person));
    const elsewhere = candidates.filter((person) => !namedHere.has(person.id));
    const pool = elsewhere.length > 0 ? elsewhere : candidates;
    const ids = new Set(pool.map((person) => person.id));
    let subject: Mention | undefined;
    for (const mention of this.mentions) {
      if (!ids.has(mention.person) || mention.speaker || mention.possessive) continue;
      const before = mention.unit < reference.unit || (mention.unit === reference.unit && mention.end <= reference.start);
      if (!before || isObject(this.units[mention.unit]!.words, mention.spanStart)) continue;
      if (!subject || mention.unit > subject.unit || (mention.unit === subject.unit && mention.start > subject.start)) subject = mention;
    }
    return subject ? this.people.get(subject.person) : this.nearestBefore(pool, reference.unit, reference.start);
  }

  private mainActor(): string | null {
    const counts = new Map<string, number>();
    for (const mention of this.mentions) {
      if (mention.kind === "role") continue;
      counts.set(mention.person, (counts.get(mention.person) ?? 0) + (mention.speaker ? 0 : 1));
    }
    return mostCommon(counts);
  }

  private mostMentioned(candidates: PersonInArticle[]): PersonInArticle {
    const count = (person: PersonInArticle) => this.mentions.filter((mention) => mention.person === person.id).length;
    return bestBy(candidates, count)[0]!;
  }

  /** The candidate mentioned last before (unit, word); else the first one mentioned at all. */
  private nearestBefore(candidates: PersonInArticle[], unit: number, word: number): PersonInArticle | undefined {
    const ids = new Set(candidates.map((person) => person.id));
    let best: Mention | undefined;
    let first: Mention | undefined;
    for (const mention of this.mentions) {
      if (!ids.has(mention.person)) continue;
      const before = mention.unit < unit || (mention.unit === unit && mention.end <= word);
      if (before && (!best || mention.unit > best.unit || (mention.unit === best.unit && mention.start > best.start))) best = mention;
      if (!first || mention.unit < first.unit || (mention.unit === first.unit && mention.start < first.start)) first = mention;
    }
    const chosen = best ?? first;
    return chosen ? this.people.get(chosen.person) : candidates[0];
  }

  private newPerson(id: string, keys: string[], known: AuthorityPerson | null): PersonInArticle {
    const person: PersonInArticle = { id, keys, names: [], forms: [], roles: [], titles: new Set(), country: null, known, evidence: null, countryEvidence: null };
    this.people.set(id, person);
    return person;
  }

  private applyIntroduction(person: PersonInArticle, intro: Introduction): void {
    if (intro.role && !person.roles.includes(intro.role)) person.roles.push(intro.role);
    for (const title of intro.titles) person.titles.add(title);
    const evidence = introductionEvidence(this.units[intro.unit]!, intro);
    person.evidence ??= evidence;
    const country =
      intro.countries[0] ??
      intro.acronyms.map((acronym) => countryOfAbbreviation(acronym, this.organisations, this.lexicon)).find((id) => id !== null) ??
      null;
    if (person.country === null && country !== null) person.countryEvidence = { ...evidence, rule: `country in the introduction (${intro.rule})` };
    else if (person.country === null && person.known?.country) {
      person.countryEvidence = { ...evidence, rule: "country of a person the authority file lists" };
    }
    person.country ??= country ?? person.known?.country ?? null;
  }

  private addMention(person: string, intro: Introduction, kind: Mention["kind"]): void {
    const words = this.units[intro.unit]!.words;
    this.mentions.push({
      person,
      unit: intro.unit,
      spanStart: intro.spanStart,
      start: intro.nameStart,
      end: intro.nameEnd,
      form: intro.form,
      kind,
      speaker: isSpeaker(words, intro.spanStart, intro.nameEnd),
      possessive: words[intro.nameEnd - 1]!.possessive,
    });
  }

  private scanMention(person: string, start: number, end: number, kind: Mention["kind"]): boolean {
    const unit = this.currentUnit!;
    const words = unit.words;
    this.mentions.push({
      person,
      unit: unit.order,
      spanStart: start,
      start,
      end,
      form: unit.text.slice(words[start]!.start, words[end - 1]!.end),
      kind,
      speaker: isSpeaker(words, start, end),
      possessive: words[end - 1]!.possessive,
    });
    return true;
  }

  private currentUnit: Unit | null = null;

  /** Visits every capitalised word outside known mentions; `visit` returns how many words it used. */
  private scanUnits(visit: (words: readonly Word[], position: number) => number): void {
    for (const unit of this.units) {
      this.currentUnit = unit;
      const covered = new Set<number>();
      for (const mention of this.mentions) {
        if (mention.unit !== unit.order) continue;
        for (let position = mention.spanStart; position < mention.end; position++) covered.add(position);
      }
      for (let position = 0; position < unit.words.length; position++) {
        if (covered.has(position) || !unit.words[position]!.cap) continue;
        const used = visit(unit.words, position);
        if (used > 0) position += used - 1;
      }
    }
    this.currentUnit = null;
  }

  private isVocabulary(words: readonly Word[], position: number): boolean {
    const word = words[position]!;
    return (
      FUNCTION_WORDS.has(word.key) ||
      isCalendarWord(word) ||
      this.lexicon.organisationWords.has(word.key) ||
      this.lexicon.titles.matchAt(words, position) !== null ||
      countryAt(words, position, this.lexicon) !== null
    );
  }

  private resolveId(id: string): string {
    return mergedInto(this.redirects, id);
  }

  private formsOf(id: string): string[] {
    const forms: string[] = [];
    for (const mention of this.mentions) if (mention.person === id && !forms.includes(mention.form)) forms.push(mention.form);
    return forms;
  }
}

/** Not part of a longer capitalised name on either side. */
function standsAlone(words: readonly Word[], start: number, end: number): boolean {
  const before = words[start - 1];
  const after = words[end];
  if (before?.cap && spaced(words[start]!) && !before.possessive) return false;
  if (after?.cap && spaced(after) && !words[end - 1]!.possessive) return false;
  return true;
}

function bestBy<T>(items: readonly T[], score: (item: T) => number): T[] {
  let best = 0;
  let chosen: T[] = [];
  for (const item of items) {
    const value = score(item);
    if (value > best) {
      best = value;
      chosen = [item];
    } else if (value === best && value > 0) chosen.push(item);
  }
  return chosen;
}

/** `a high-level Chilean delegation`, `the delegation of the Party and State of Chile`. */
export function delegationCountry(words: readonly Word[], lexicon: Lexicon): { word: number; country: string } | null {
  for (let index = 0; index < words.length; index++) {
    if (words[index]!.key !== "delegation") continue;
    for (let position = index - 1; position >= Math.max(0, index - 4); position--) {
      const country = countryAt(words, position, lexicon);
      if (country && position + country.length <= index) return { word: index, country: country.form.id };
    }
    if (words[index + 1]?.key === "of") {
      for (let position = index + 2; position < Math.min(words.length, index + 10); position++) {
        const country = countryAt(words, position, lexicon);
        if (country) return { word: index, country: country.form.id };
      }
    }
  }
  return null;
}

/** The PersonMention records of an article. */
export function toPersonMentions(found: PeopleFound, units: readonly Unit[]): PersonMention[] {
  return found.people.map((person) => ({
    id: person.id,
    name: fullestName(person),
    forms: person.forms,
    role: person.roles[0] ?? null,
    country: person.country,
    evidence: person.evidence ?? firstMentionEvidence(found, person.id, units),
  }));
}

/** What a person's introduction rests on: the rule, its sentence, and the words from title to name. */
function introductionEvidence(unit: Unit, intro: Introduction): Evidence {
  const words = unit.words;
  return {
    rule: intro.rule,
    sentence: unit.text,
    start: words[intro.spanStart]!.start,
    end: words[intro.spanEnd - 1]!.end,
    confidence: "high",
  };
}

/** A person read only from later mentions (a merged short name): the first of them, as a guess. */
function firstMentionEvidence(found: PeopleFound, id: string, units: readonly Unit[]): Evidence {
  const mention = found.mentions.find((candidate) => candidate.person === id)!;
  const unit = units[mention.unit]!;
  return {
    rule: `name mentioned (${mention.kind})`,
    sentence: unit.text,
    start: unit.words[mention.spanStart]!.start,
    end: unit.words[mention.end - 1]!.end,
    confidence: "low",
  };
}

/** The words of a full name that can stand alone for the person: by the naming custom of their country, else the first and the last. */
export function shortKeys(person: Pick<PersonInArticle, "keys" | "country">, lexicon: Lexicon): string[] {
  if (person.keys.length <= 1) return [...person.keys];
  const first = person.keys[0]!;
  const last = person.keys[person.keys.length - 1]!;
  const side = person.country ? lexicon.shortNameSide.get(person.country) : undefined;
  return side === "first" ? [first] : side === "last" ? [last] : [first, last];
}

/** A short reference's title fits when its words are those of an office the person holds (`Minister` fits `Minister of Foreign Affairs`). */
function titlesFit(titles: readonly string[], held: ReadonlySet<string>): boolean {
  if (titles.length === 0 || held.size === 0) return true;
  return titles.some((title) => {
    const words = matchKey(title).split(" ");
    return [...held].some((office) => {
      const officeWords = matchKey(office).split(" ");
      return words.every((word) => officeWords.includes(word));
    });
  });
}

function fullestName(person: PersonInArticle): string {
  const names = person.names.length > 0 ? person.names : person.forms;
  let best = names[0] ?? person.id;
  for (const name of names) {
    const words = (text: string) => text.split(/\s+/).length;
    if (words(name) > words(best) || (words(name) === words(best) && diacritics(name) > diacritics(best))) best = name;
  }
  return best;
}

/** The longest run of two or more final words of `name` that names a known person, with those words as written. */
function knownSuffix(name: string, knownByKey: ReadonlyMap<string, AuthorityPerson>): { person: AuthorityPerson; written: string } | null {
  const words = name.trim().split(/\s+/);
  for (let start = 1; start <= words.length - 2; start++) {
    const written = words.slice(start).join(" ");
    const person = knownByKey.get(matchKey(written));
    if (person) return { person, written };
  }
  return null;
}
