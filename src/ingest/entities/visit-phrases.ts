// Where a sentence speaks of a visit, as an ordered list of rules tried at each word: the verb
// with its places (`visited Kenya`, `to visit Indonesia, Vietnam and Thailand`), a journey that
// takes someone somewhere (`will also take him to Tanzania and Ethiopia`, `leave for Jakarta`,
// `led a delegation to Laos`), an arrival (`arrived in Phnom Penh`), and the visit noun with
// what surrounds it (`state visit to Kenya`, `the Kenya visit`, `a two-day official visit`
// after an arrival, `the visit`). Places are countries or the cities the authority file lists.
// Each phrase says which rule read its host and which words name it, for the record's evidence.
import type { VisitKind } from "../../model/schema.ts";
import { countryAt } from "./countries.ts";
import { FUNCTION_WORDS, type Lexicon } from "./lexicon.ts";
import type { Mention } from "./people.ts";
import { placeAt, placeList, type Place } from "./places.ts";
import type { Unit } from "./units.ts";
import { spaced, type Word } from "./words.ts";

export interface VisitPhrase {
  unit: Unit;
  /** First word (kind modifiers included) and end (exclusive) of the visit words. */
  start: number;
  end: number;
  /** Last word (exclusive) of what the phrase itself says (host list, `by X`). */
  reach: number;
  kind: VisitKind;
  plural: boolean;
  /** Hosts (country ids), one per place named. */
  hosts: string[];
  /** The words naming each host (word indexes), for evidence. */
  hostWords: { start: number; end: number }[];
  /** The rule that read the host (`visit to a place`), or null when no host is written. */
  hostRule: string | null;
  /** No host written: the words point back at a visit (`the visit`, `this visit`) or begin one (`a visit`). */
  anaphoric: boolean;
  /** `a two-day visit`: begins a visit it does not name; it may join one, or open one by invitation only. */
  indefinite: boolean;
  /** `this visit`, `the upcoming visit`: the visit the article is about. */
  proximal: boolean;
  /** A visitor the phrase's own words name (`Rojas’s visit`, `visits … by X`), if any. */
  owner: string | null;
  /** What the phrase marks: an arrival starts the visit, a departure for it says nothing of its days. */
  marks: "arrival" | "departure" | null;
}

interface Reading {
  start: number;
  end: number;
  reach: number;
  kind: VisitKind;
  plural: boolean;
  places: Place[];
  marks: VisitPhrase["marks"];
  /** Where the visitor is named inside the phrase (`the visit that X paid to Cuba`). */
  agentFrom?: number;
}

interface VisitRule {
  name: string;
  read: (words: readonly Word[], index: number, lexicon: Lexicon) => Reading | null;
}

/** Tried in this order at each word; the first that reads something wins. */
export const VISIT_RULES: readonly VisitRule[] = [
  { name: "visited a place", read: verbAndPlace },
  { name: "journey taking the visitor to a place", read: takesTo },
  { name: "arrival in a place", read: arrival },
  { name: "departure for a place", read: departureFor },
  { name: "delegation led to a place", read: delegationTo },
  { name: "visit to a place", read: visitNoun },
];

const NOUNS = new Map([
  ["visit", false],
  ["visits", true],
  ["trip", false],
  ["trips", true],
  ["stay", false],
]);
const VERBS = new Set(["visit", "visits", "visited", "visiting"]);
const ARRIVALS = new Set(["arrive", "arrives", "arrived", "arriving", "landed", "lands", "landing", "arrival"]);
const DEPARTURES = new Set(["leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing"]);
const TAKES = new Set(["take", "takes", "took", "taking", "bring", "brings", "brought", "bringing"]);
const LEADS = new Set(["led", "leads", "lead", "leading", "headed", "heads", "heading"]);
const POINTING = new Set(["the", "this", "that", "these", "those", "his", "her", "its", "their"]);
const PROXIMAL = new Set(["this", "these", "upcoming", "forthcoming", "coming", "current", "ongoing"]);
const KIND_WORDS = new Set(["state", "official", "working", "friendship"]);
/** Words that end the stretch of a sentence a journey's destination may be read across. */
const CLAUSE_END = /[;:]|^(?:who|which|where|while|and|but|after|before|when)$/;

export function findVisitPhrases(unit: Unit, lexicon: Lexicon, mentions: readonly Mention[]): VisitPhrase[] {
  const words = unit.words;
  const phrases: VisitPhrase[] = [];
  for (let index = 0; index < words.length; index++) {
    for (const rule of VISIT_RULES) {
      const reading = rule.read(words, index, lexicon);
      if (!reading) continue;
      phrases.push(toPhrase(unit, reading, rule.name, lexicon, mentions));
      break;
    }
  }
  return phrases;
}

/** `visited Kenya`, `to visit Peru`, `visited Chile and Peru`, `visit Shenzhen`. */
function verbAndPlace(words: readonly Word[], index: number, lexicon: Lexicon): Reading | null {
  if (!VERBS.has(words[index]!.key)) return null;
  const list = placeList(words, index + 1, lexicon);
  return list ? { start: index, end: index + 1, reach: list.end, kind: "visit", plural: false, places: list.places, marks: null } : null;
}

/** `which will also take him to Tanzania and Ethiopia`. */
function takesTo(words: readonly Word[], index: number, lexicon: Lexicon): Reading | null {
  if (!TAKES.has(words[index]!.key) || !/^(?:him|her|them)$/.test(words[index + 1]?.key ?? "") || words[index + 2]?.key !== "to") return null;
  const list = placeList(words, index + 3, lexicon);
  return list ? { start: index, end: index + 3, reach: list.end, kind: "visit", plural: false, places: list.places, marks: null } : null;
}

/** `arrived in Phnom Penh`, `set to arrive in Manila`, `upon arrival in Tokyo`. */
function arrival(words: readonly Word[], index: number, lexicon: Lexicon): Reading | null {
  if (!ARRIVALS.has(words[index]!.key)) return null;
  const linker = words[index + 1];
  if (!linker || (linker.key !== "in" && linker.key !== "at")) return null;
  const list = placeList(words, index + 2, lexicon);
  if (!list || list.places.length !== 1) return null;
  return { start: index, end: index + 2, reach: list.end, kind: "visit", plural: false, places: list.places, marks: "arrival" };
}

/** `will on Sunday leave the country for the People's Republic of China`, `leave for Jakarta on Monday`. */
function departureFor(words: readonly Word[], index: number, lexicon: Lexicon): Reading | null {
  if (!DEPARTURES.has(words[index]!.key)) return null;
  for (let position = index + 1; position < Math.min(words.length, index + 8); position++) {
    const word = words[position]!;
    if (CLAUSE_END.test(word.key) || /[;,]/.test(word.sep)) return null;
    if (word.key !== "for") continue;
    const list = placeList(words, position + 1, lexicon);
    if (!list || list.places.length !== 1) return null;
    return { start: index, end: position + 1, reach: list.end, kind: "visit", plural: false, places: list.places, marks: "departure" };
  }
  return null;
}

/** `led a Cuban delegation to Laos`. */
function delegationTo(words: readonly Word[], index: number, lexicon: Lexicon): Reading | null {
  if (!LEADS.has(words[index]!.key)) return null;
  for (let position = index + 1; position < Math.min(words.length, index + 6); position++) {
    if (words[position]!.key !== "delegation" && words[position]!.key !== "delegations") continue;
    if (words[position + 1]?.key !== "to") return null;
    const list = placeList(words, position + 2, lexicon);
    return list ? { start: index, end: position + 1, reach: list.end, kind: "visit", plural: false, places: list.places, marks: null } : null;
  }
  return null;
}

/** The visit noun: `state visit to Kenya and Peru`, `the Kenya visit`, `flew to Peru … for a state visit`, `the visit`. */
function visitNoun(words: readonly Word[], index: number, lexicon: Lexicon): Reading | null {
  const word = words[index]!;
  if (!NOUNS.has(word.key)) return null;
  const { start, kind } = kindBefore(words, index);
  // `Visit` counts capitalised only after its kind (`a five-day State Visit`), never in a name (`Visit Laos Year`).
  if (word.cap && start === index) return null;
  if (word.key.startsWith("visit") && words[index - 1]?.key === "to") return null; // `the first country to visit`
  // `stay` is a noun only after a determiner or a length (`his two-day stay`), not a verb (`will stay`).
  if (word.key === "stay" && !/^(?:the|his|her|their|a|day|this)$/.test(words[start - 1]?.key ?? "")) return null;
  const plural = NOUNS.get(word.key)!;
  const after = hostsAfter(words, index + 1, lexicon);
  if (!after) {
    const paid = paidTo(words, index + 1, lexicon);
    if (paid) return { start, end: index + 1, reach: paid.end, kind, plural, places: paid.places, marks: null, agentFrom: index + 2 };
  }
  const before = after ? null : countryBefore(words, start, lexicon) ?? destinationBefore(words, start, lexicon);
  const places = after?.places ?? (before ? [before.place] : []);
  const first = before ? before.word : start;
  return { start: first, end: index + 1, reach: Math.max(index + 1, after?.end ?? 0), kind, plural, places, marks: null };
}

/** `the official visit that X paid to Cuba`: the place after `paid/made … to` in the clause the noun opens. */
function paidTo(words: readonly Word[], index: number, lexicon: Lexicon): { places: Place[]; end: number } | null {
  if (words[index]?.key !== "that" && words[index]?.key !== "which") return null;
  for (let position = index + 1; position < Math.min(words.length, index + 12); position++) {
    if (!/^(?:paid|made|pays|makes|paying|making)$/.test(words[position]!.key)) continue;
    if (words[position + 1]?.key !== "to") return null;
    return placeList(words, position + 2, lexicon);
  }
  return null;
}

function toPhrase(unit: Unit, reading: Reading, rule: string, lexicon: Lexicon, mentions: readonly Mention[]): VisitPhrase {
  const words = unit.words;
  let places = reading.places;
  let hostRule: string | null = places.length > 0 ? rule : null;
  const pointer = pointingWord(words, reading.start, mentions);
  if (places.length === 0) {
    const earlier = placeEarlierInClause(words, reading.start, lexicon);
    if (earlier) {
      places = [earlier.place];
      hostRule = earlier.rule;
    }
  }
  const by = agentAfter(words, reading.reach, mentions);
  const inside = reading.agentFrom === undefined ? undefined : mentions.find((mention) => mention.spanStart >= reading.agentFrom! && mention.end <= reading.reach);
  return {
    unit,
    start: reading.start,
    end: reading.end,
    reach: by?.end ?? reading.reach,
    kind: reading.kind,
    plural: reading.plural,
    hosts: places.map((place) => place.country),
    hostWords: places.map((place) => ({ start: place.word, end: place.word + place.length })),
    hostRule,
    anaphoric: places.length === 0 && (pointer !== null || indefiniteBefore(words, reading.start)),
    indefinite: places.length === 0 && pointer === null && indefiniteBefore(words, reading.start),
    proximal: pointer?.proximal ?? false,
    owner: pointer?.visitor ?? inside?.person ?? by?.person ?? null,
    marks: reading.marks,
  };
}

/** `a two-day official visit`, `an official visit`: the words before begin a visit not named yet. */
function indefiniteBefore(words: readonly Word[], start: number): boolean {
  for (let position = start - 1; position >= Math.max(0, start - 4); position--) {
    const key = words[position]!.key;
    if (key === "a" || key === "an") return true;
    if (!/^[\p{Ll}\d-]+$/u.test(words[position]!.text) || FUNCTION_WORDS.has(key)) return false;
  }
  return false;
}

/** `state visit`, `official friendship visit`: the kind words just before the noun. */
function kindBefore(words: readonly Word[], noun: number): { start: number; kind: VisitKind } {
  let start = noun;
  let kind: VisitKind = "visit";
  for (let position = noun - 1; position >= Math.max(0, noun - 2); position--) {
    const key = words[position]!.key;
    if (!KIND_WORDS.has(key)) break;
    if (key === "state") kind = "state visit";
    else if (key === "official" && kind !== "state visit") kind = "official visit";
    start = position;
  }
  return { start, kind };
}

/** `to Kenya and Peru`, `to the Philippines`, `in Kenya`, `to Jakarta`. */
function hostsAfter(words: readonly Word[], index: number, lexicon: Lexicon): { places: Place[]; end: number } | null {
  const linker = words[index];
  if (!linker || (linker.key !== "to" && linker.key !== "in") || !spaced(linker)) return null;
  return placeList(words, index + 1, lexicon);
}

/** `the Kenya visit`: a country name written just before the visit words. */
function countryBefore(words: readonly Word[], start: number, lexicon: Lexicon): { place: Place; word: number } | null {
  for (let length = 1; length <= 3 && start - length >= 0; length++) {
    const found = countryAt(words, start - length, lexicon);
    if (found && found.length === length && found.form.kind === "name" && spaced(words[start]!) && !words[start - 1]!.possessive) {
      return { place: { country: found.form.id, kind: "country", word: start - length, length }, word: start - length };
    }
  }
  return null;
}

/** `flew to Peru on August 30 for a state visit`: the destination of a journey the visit is for. */
function destinationBefore(words: readonly Word[], start: number, lexicon: Lexicon): { place: Place; word: number } | null {
  const article = words[start - 1];
  if (!article || (article.key !== "a" && article.key !== "an") || words[start - 2]?.key !== "for") return null;
  for (let position = start - 3; position >= Math.max(1, start - 10); position--) {
    const linker = words[position - 1]!;
    const place = placeAt(words, position, lexicon);
    if (place && (linker.key === "to" || linker.key === "in")) return { place, word: start };
    if (words[position]!.sep.includes(",") || words[position]!.sep.includes(";")) return null;
  }
  return null;
}

/**
 * A visit noun naming no place takes the one its clause just named: `arrived in Phnom Penh on
 * March 12 afternoon, starting a two-day official visit`, `who is in Budapest on an official
 * visit`, `China, where he will make a five-day State Visit`.
 */
function placeEarlierInClause(words: readonly Word[], start: number, lexicon: Lexicon): { place: Place; rule: string } | null {
  for (let position = start - 1; position >= Math.max(0, start - 14); position--) {
    const word = words[position]!;
    if (word.key === "where" && word.sep.startsWith(",")) {
      const place = placeEndingAt(words, position, lexicon);
      return place ? { place, rule: "place before ‘, where’" } : null;
    }
    if (/^(?:who|which|while|but)$/.test(word.key) || word.sep.includes(";")) return null;
    const linker = words[position - 1];
    if (!linker || (linker.key !== "in" && linker.key !== "at" && linker.key !== "to")) continue;
    const place = placeAt(words, position, lexicon);
    if (!place) continue;
    const arrived = ARRIVALS.has(words[position - 2]?.key ?? "");
    return { place, rule: arrived ? "arrival in a place, then the visit" : "place named before the visit in its clause" };
  }
  return null;
}

/** The place whose last word is just before `index` (`… the People's Republic of China, where`). */
function placeEndingAt(words: readonly Word[], index: number, lexicon: Lexicon): Place | null {
  for (let start = index - 1; start >= Math.max(0, index - 5); start--) {
    const place = placeAt(words, start, lexicon);
    if (place && place.word + place.length === index) return place;
  }
  return null;
}

/**
 * What points the phrase at a visit: a determiner (`the`, `this`), a possessive person
 * (`Rojas’s recently concluded state visit`, `the latter’s`), over at most four adjectives.
 */
function pointingWord(words: readonly Word[], start: number, mentions: readonly Mention[]): { proximal: boolean; visitor: string | null } | null {
  let proximal = false;
  for (let position = start - 1; position >= Math.max(0, start - 5); position--) {
    const word = words[position]!;
    if (PROXIMAL.has(word.key)) proximal = true;
    if (word.possessive) {
      if (word.key === "latter" || word.key === "former") {
        return { proximal, visitor: formerOrLatter(word.key, mentions, position) };
      }
      const owner = mentions.find((mention) => mention.end === position + 1 && mention.possessive);
      return owner ? { proximal, visitor: owner.person } : null;
    }
    if (POINTING.has(word.key)) return { proximal, visitor: null };
    // Adjectives and adverbs (`first`, `recently concluded`, `high-level`) may stand between.
    if (word.cap || (FUNCTION_WORDS.has(word.key) && word.key !== "first") || !/^[\p{Ll}\d-]+$/u.test(word.text)) return null;
  }
  return null;
}

/** `the latter’s visit`: the second of the people named before it in the sentence; `the former’s`: the first. */
function formerOrLatter(which: string, mentions: readonly Mention[], position: number): string | null {
  const named: string[] = [];
  for (const mention of mentions) {
    if (mention.end <= position && !named.includes(mention.person)) named.push(mention.person);
  }
  if (named.length < 2) return named[0] ?? null;
  return which === "latter" ? named[named.length - 1]! : named[0]!;
}

/** `visits to Kenya by X`, `the visit of the Chilean leader`: a person right after `by`/`of`. */
function agentAfter(words: readonly Word[], index: number, mentions: readonly Mention[]): { person: string; end: number } | null {
  const linker = words[index];
  if (!linker || (linker.key !== "by" && linker.key !== "of")) return null;
  const agent = mentions.find((mention) => mention.spanStart === index + 1 || (mention.kind === "role" && mention.start === index + 1));
  return agent ? { person: agent.person, end: agent.end } : null;
}
