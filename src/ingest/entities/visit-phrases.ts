// Where a sentence speaks of a visit, and what the words right around it say: the kind
// (`state visit`), the host (`to Kenya and Peru`, `the Kenya visit`, `visited Kenya`), the
// visitor (`Rojas’s visit`, `the latter’s visit`, `visits … by X`, `the visit of X`), or that it
// only points back at a visit named before (`the visit`, `this visit`).
import type { VisitKind } from "../../model/schema.ts";
import { countryAt } from "./countries.ts";
import { FUNCTION_WORDS, type Lexicon } from "./lexicon.ts";
import type { Mention } from "./people.ts";
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
  /** Hosts as written after `to`, before `visit`, or after the verb. */
  hosts: string[];
  /** No host written: the words point back at a visit (`the visit`, `this visit`). */
  anaphoric: boolean;
  /** `this visit`, `the upcoming visit`: the visit the article is about. */
  proximal: boolean;
  /** A visitor the phrase's own words name, if any. */
  visitor: string | null;
  /** Mentions in the sentence before the phrase that could be its grammatical subject. */
  subject: string | null;
}

const NOUNS = new Map([
  ["visit", false],
  ["visits", true],
  ["trip", false],
  ["trips", true],
]);
const VERBS = new Set(["visit", "visits", "visited", "visiting"]);
const POINTING = new Set(["the", "this", "that", "these", "those", "his", "her", "its", "their"]);
const PROXIMAL = new Set(["this", "these", "upcoming", "forthcoming", "coming", "current", "ongoing"]);
/** Words before a subject that make it an object instead (`talks with X`, `invitation of X`). */
const OBJECT_MARKERS = new Set(["with", "of", "for", "to", "from", "by", "welcomed", "received", "hosted", "welcomes", "receives", "hosts", "met"]);

export function findVisitPhrases(unit: Unit, lexicon: Lexicon, mentions: readonly Mention[]): VisitPhrase[] {
  const words = unit.words;
  const phrases: VisitPhrase[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const visited = VERBS.has(word.key) ? countryList(words, index + 1, lexicon) : null;
    if (visited) {
      // `visited Kenya`, `to visit Peru`, `visited Chile and Peru`.
      phrases.push(phrase(unit, index, index + 1, visited.end, "visit", false, visited.ids, mentions));
      continue;
    }
    if (!NOUNS.has(word.key) || word.cap) continue;
    if (word.key.startsWith("visit") && words[index - 1]?.key === "to") continue; // `the first country to visit`
    const plural = NOUNS.get(word.key)!;
    const { start, kind } = kindBefore(words, index);
    const hosts = hostsAfter(words, index + 1, lexicon);
    const before = countryBefore(words, start, lexicon) ?? destinationBefore(words, start, lexicon);
    const hostList = hosts.ids.length > 0 ? hosts.ids : before ? [before.id] : [];
    const first = before && hosts.ids.length === 0 ? before.word : start;
    phrases.push(phrase(unit, first, index + 1, Math.max(index + 1, hosts.end), kind, plural, hostList, mentions));
  }
  return phrases;
}

function phrase(
  unit: Unit,
  start: number,
  end: number,
  reach: number,
  kind: VisitKind,
  plural: boolean,
  hosts: string[],
  mentions: readonly Mention[],
): VisitPhrase {
  const words = unit.words;
  const pointer = pointingWord(words, start, mentions);
  const by = agentAfter(words, reach, mentions);
  return {
    unit,
    start,
    end,
    reach: by?.end ?? reach,
    kind,
    plural,
    hosts,
    anaphoric: hosts.length === 0 && pointer !== null,
    proximal: pointer?.proximal ?? false,
    visitor: pointer?.visitor ?? by?.person ?? null,
    subject: subjectBefore(words, start, mentions),
  };
}

/** `state visit`, `official friendship visit`: the kind words just before the noun. */
function kindBefore(words: readonly Word[], noun: number): { start: number; kind: VisitKind } {
  let start = noun;
  let kind: VisitKind = "visit";
  for (let position = noun - 1; position >= Math.max(0, noun - 2); position--) {
    const key = words[position]!.key;
    if (key === "state") kind = "state visit";
    else if (key === "official") kind = kind === "state visit" ? kind : "official visit";
    else if (key !== "working" && key !== "friendship") break;
    start = position;
  }
  return { start, kind };
}

/** `to Kenya and Peru`, `to the Philippines`, `in Kenya`. */
function hostsAfter(words: readonly Word[], index: number, lexicon: Lexicon): { ids: string[]; end: number } {
  const linker = words[index];
  if (!linker || (linker.key !== "to" && linker.key !== "in") || !spaced(linker)) return { ids: [], end: index };
  return countryList(words, index + 1, lexicon) ?? { ids: [], end: index };
}

/** `Kenya`, `the Philippines`, `Kenya and Peru`, `Chile, Peru and Kenya`: country names in a row. */
function countryList(words: readonly Word[], index: number, lexicon: Lexicon): { ids: string[]; end: number } | null {
  if (!words[index] || !spaced(words[index]!)) return null;
  let position = index;
  const ids: string[] = [];
  for (;;) {
    if (words[position]?.key === "the") position++;
    const country = countryAt(words, position, lexicon);
    if (!country || country.form.kind !== "name") break;
    ids.push(country.form.id);
    position += country.length;
    const joiner = words[position];
    if (joiner && (joiner.key === "and" || joiner.sep.startsWith(",")) && countryAt(words, position + (joiner.key === "and" ? 1 : 0), lexicon)) {
      if (joiner.key === "and") position++;
      continue;
    }
    break;
  }
  return ids.length > 0 ? { ids, end: position } : null;
}

/** `the Kenya visit`: a country name written just before the visit words. */
function countryBefore(words: readonly Word[], start: number, lexicon: Lexicon): { id: string; word: number } | null {
  for (let length = 1; length <= 3 && start - length >= 0; length++) {
    const found = countryAt(words, start - length, lexicon);
    if (found && found.length === length && found.form.kind === "name" && spaced(words[start]!) && !words[start - 1]!.possessive) {
      return { id: found.form.id, word: start - length };
    }
  }
  return null;
}

/** `flew to Peru on August 30 for a state visit`: the destination of a journey the visit is for. */
function destinationBefore(words: readonly Word[], start: number, lexicon: Lexicon): { id: string; word: number } | null {
  const article = words[start - 1];
  if (!article || (article.key !== "a" && article.key !== "an") || words[start - 2]?.key !== "for") return null;
  for (let position = start - 3; position >= Math.max(1, start - 10); position--) {
    const linker = words[position - 1]!;
    const country = countryAt(words, position, lexicon);
    if (country && country.form.kind === "name" && (linker.key === "to" || linker.key === "in")) return { id: country.form.id, word: start };
    if (words[position]!.sep.includes(",") || words[position]!.sep.includes(";")) return null;
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

/** The first person named before the phrase who is neither speaking nor an object. */
function subjectBefore(words: readonly Word[], start: number, mentions: readonly Mention[]): string | null {
  for (const mention of mentions) {
    if (mention.end > start) break;
    if (mention.speaker || mention.possessive) continue;
    const previous = words[mention.spanStart - 1];
    if (previous && OBJECT_MARKERS.has(previous.key)) continue;
    return mention.person;
  }
  return null;
}
