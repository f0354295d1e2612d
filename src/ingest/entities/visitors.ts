// Who makes the visit a phrase speaks of, as an ordered list of rules: the phrase's own words
// (`Rojas’s visit`, `visits … by X`), a relative clause after the visitor (`… Keo Sothea, who is on
// an official visit to Laos`), the subject of the sentence, or, when the subject is of the host
// country (`President X welcomed the Korean leader on his first visit to Vietnam`), the guest the
// sentence names. Nobody visits their own country: a leader travelling at home is no visit.
import type { Mention } from "./people.ts";
import { placeAt } from "./places.ts";
import type { Lexicon } from "./lexicon.ts";
import type { VisitPhrase } from "./visit-phrases.ts";
import { isObject } from "./speakers.ts";

export interface VisitorReading {
  person: string | null;
  /** The rule that found the visitor, or null when none did. */
  rule: string | null;
  /** Word span of the visitor's mention. */
  words: { start: number; end: number } | null;
  /** The person the words name travels inside their own country: not a visit. */
  atHome: boolean;
}


export const VISITOR_RULES = {
  owner: "visitor named with the visit (‘X’s visit’, ‘visit by X’)",
  relative: "relative clause after the visitor (‘X, who is on a visit’)",
  subject: "subject of the sentence",
  guest: "guest of a host-country subject",
} as const;

export function readVisitor(
  phrase: VisitPhrase,
  mentions: readonly Mention[],
  countryOf: (person: string) => string | null,
  lexicon: Lexicon,
  sourceCountry: string | null = null,
): VisitorReading {
  const host = phrase.hosts[0] ?? null;
  const atHome = (person: string) => host !== null && countryOf(person) === host;
  const found = (person: string, rule: string, mention?: Mention): VisitorReading => ({
    person,
    rule,
    words: mention ? { start: mention.spanStart, end: mention.end } : null,
    atHome: atHome(person),
  });
  if (phrase.owner) return found(phrase.owner, VISITOR_RULES.owner, mentions.find((mention) => mention.person === phrase.owner));
  const relative = relativeClauseVisitor(phrase, mentions, lexicon);
  if (relative) return found(relative.person, VISITOR_RULES.relative, relative);
  const subject = subjectBefore(phrase, mentions);
  if (!subject) return { person: null, rule: null, words: null, atHome: false };
  // `X on Tuesday received Y …`: whoever X welcomes is the guest.
  const welcomed = guestOfHostingVerb(phrase, subject, mentions);
  if (welcomed) return found(welcomed.person, VISITOR_RULES.guest, welcomed);
  // The subject is at home, or (in the host country's own copy) of no stated country: the visitor
  // is the guest from elsewhere the sentence names, if any.
  const maybeHome = atHome(subject.person) || (countryOf(subject.person) === null && sourceCountry !== null && sourceCountry === host);
  const guest = maybeHome
    ? mentions.find((mention) => mention.person !== subject.person && !mention.speaker && mention.end <= phrase.start && !atHome(mention.person) && countryOf(mention.person) !== null)
    : undefined;
  if (guest) return found(guest.person, VISITOR_RULES.guest, guest);
  if (!atHome(subject.person)) return found(subject.person, VISITOR_RULES.subject, subject);
  // `X paid a working visit to a province of his own country`; a pointing phrase (`on their visit`) may mean someone else.
  return { person: null, rule: null, words: null, atHome: !isPointing(phrase) };
}

/** `…, who is on a state visit`: the person named right before `who` (an `of Cambodia` may stand between). */
function relativeClauseVisitor(phrase: VisitPhrase, mentions: readonly Mention[], lexicon: Lexicon): Mention | null {
  const words = phrase.unit.words;
  let who = -1;
  for (let position = phrase.start - 1; position >= 0; position--) {
    const word = words[position]!;
    if (word.key === "who") {
      who = position;
      break;
    }
    if (word.key === "which" || word.sep.includes(";")) return null;
  }
  if (who < 0 || !/[,(]/.test(words[who]!.sep)) return null;
  let best: Mention | null = null;
  for (const mention of mentions) {
    if (mention.end > who || who - mention.end > 3) continue;
    if (!onlyPlaceWords(words, mention.end, who, lexicon)) continue;
    if (!best || mention.end > best.end) best = mention;
  }
  return best;
}

/** Between a name and `who` only `of` and a place (`King Norodom Sovannareach of Cambodia, who`). */
function onlyPlaceWords(words: VisitPhrase["unit"]["words"], from: number, to: number, lexicon: Lexicon): boolean {
  let position = from;
  if (position < to && words[position]!.key === "of") {
    position++;
    const place = placeAt(words, position, lexicon);
    if (!place) return false;
    position += place.length;
  }
  return position === to;
}

/** Verbs by which a subject acts as host. */
const HOSTING = new Set(["welcomed", "welcomes", "received", "receives", "hosted", "hosts", "greeted", "greets"]);

/** The person right after a hosting verb that follows the subject (a few words such as `on Tuesday` may stand between). */
function guestOfHostingVerb(phrase: VisitPhrase, subject: Mention, mentions: readonly Mention[]): Mention | null {
  const words = phrase.unit.words;
  for (let position = subject.end; position < Math.min(phrase.start, subject.end + 5); position++) {
    if (words[position]!.sep.includes(",") && position > subject.end) return null;
    if (!HOSTING.has(words[position]!.key)) continue;
    return mentions.find((mention) => mention.spanStart > position && mention.end <= phrase.start && !mention.speaker && mention.person !== subject.person) ?? null;
  }
  return null;
}

/** The first person named before the phrase who is neither speaking nor an object. */
function subjectBefore(phrase: VisitPhrase, mentions: readonly Mention[]): Mention | null {
  const words = phrase.unit.words;
  for (const mention of mentions) {
    if (mention.end > phrase.start) break;
    if (mention.speaker || mention.possessive || isObject(words, mention.spanStart)) continue;
    return mention;
  }
  return null;
}

/** `their visit`, `the visit`: words that point at a visit someone else may be making. */
function isPointing(phrase: VisitPhrase): boolean {
  const words = phrase.unit.words;
  const before = words[phrase.start - 1]?.key ?? "";
  return /^(?:the|this|that|his|her|their|its)$/.test(before);
}
