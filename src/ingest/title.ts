// A headline and a summary for articles that come without one, derived from the lead.
//
// Title rules, in order (each is general English press grammar, nothing about one article):
//  1. Take the lead's first sentence; drop parentheticals `(ASEAN)`, relative weekdays
//     (`on Thursday` means nothing out of context) and the final full stop.
//  2. Split it at commas. Drop opening phrases (`In recent years,`, `According to X,`), an
//     appositive after the subject (`, a bond built by …, has grown` → `has grown`) when
//     a clause starting with a verb follows it, and trailing clauses (`, according to …`,
//     `, reflecting …`, `, which …`, `, X said`).
//  3. While longer than 110 characters, shorten, never below 40 characters: drop an accompanying
//     delegation (`and a high-level delegation`), then a trailing `at the invitation of …`, then
//     cut at the last comma (not inside a list), semicolon or dash that fits, then drop date
//     phrases (`on March 3 and 4`), then cut before a phrase (`and`, `while`, `during`, `in` …),
//     and only as a last resort cut at a word and add `…`.
import { splitSentences } from "../text/sentences.ts";

const MAX_TITLE = 110;
const MIN_TITLE = 15;
/** Shortening stops before a title gets this thin; under it, a longer title reads better. */
const SHORTEN_FLOOR = 40;
const MAX_SUMMARY = 300;

const INTRO_OPENERS = /^(?:according to|in|on|at|during|after|before|following|over|under|with|within|since|amid|amidst|despite|as|when|while|although|though|however|meanwhile|earlier|later|last|this|recently|previously|moreover|furthermore|besides|notably|regarding|concerning|through|upon|across|throughout|ahead of|prior to|speaking|addressing|for|from|by|to date|so far|once|if|also)\b/iu;
const APPOSITIVE_OPENERS = /^(?:a|an|the|who|whose|which|one of|himself|herself|itself|themselves|together with|along with|accompanied by|as well as)\b|^\p{Ll}+ly$/u;
const TRAILING_OPENERS = /^(?:according to|which|who|whose|where|said|says|adding|noting|saying|citing|stressing|as well as|while|whereas|thereby|thus|especially|particularly|including)\b|^\p{Ll}+ing\b/u;
/** `Minister Le Van A said` closing a sentence: attribution, not the news. */
const TRAILING_ATTRIBUTION = /^(?:\p{Lu}[\p{L}’'.-]*\s+){0,8}(?:the\s+)?(?:\p{L}+\s+){0,3}(?:said|says|told|noted|stressed|affirmed|added|emphasised|emphasized|stated)\b/u;
const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "does", "do", "did", "remains", "remain", "remained"]);
const IRREGULAR_PAST = new Set(["met", "held", "led", "paid", "made", "took", "gave", "said", "told", "saw", "won", "began", "became", "brought", "sent", "left", "kept", "set", "put", "went", "came", "spoke", "wrote", "chose", "found", "sought", "built", "stood", "grew", "drew", "rose", "fell", "ran", "hit", "cut", "struck", "signed"]);
/** Words ending in -s or -ed that are not verbs. */
const NOT_VERBS = new Set(["as", "its", "this", "his", "hers", "thus", "us", "plus", "less", "across", "towards", "besides", "unless", "whereas", "perhaps", "always", "various", "serious", "numerous", "previous", "famous", "business", "process", "progress", "congress", "access", "success", "address", "bed", "red", "need", "speed", "seed", "feed", "hundred", "united", "related", "limited"]);
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const WEEKDAY_PHRASE = new RegExp(String.raw`\s+(?:on|last|this|next)\s+${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b|\s+yesterday\b`, "gu");
const DATE_PHRASE = new RegExp(
  String.raw`\s+(?:on|in|from|between|since|during|by|until|through)\s+(?:(?:early|late|mid)[-\s])?(?:${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*(?:and|-|–|to)\s*\d{1,2})?(?:,?\s+\d{4})?|\d{4})\b`,
  "gu",
);
const DELEGATION = /\s+(?:and|together with|along with)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,4}delegation\b/u;
const INVITATION_TAIL = /\s+(?:at|upon|on)\s+the\s+invitation\s+of\b.*$/u;
const CLAUSE_BREAKS = /,\s|;\s|\s[—–]\s/gu;
/** Words that open a new phrase; cutting before one keeps the phrase before it whole. */
const PHRASE_BREAKS = /\s(?:and|but|while|as|after|before|during|amid|with|at|in|on|for|to|from|by)\s/gu;
/** After a comma, a list goes on (`trade, energy, tourism and health`): no place to cut. */
const LIST_GOES_ON = /^(?:\S+\s+){0,3}?\S*(?:,|\s(?:and|or)\s)/u;

/** A lead whose subject only points back (`The visit will take place …`) says nothing on its own. */
const VAGUE_SUBJECT = /^(?:the|this|that)\s+(?:upcoming\s+|recent\s+|planned\s+)?(?:visit|trip|tour)\b/iu;

/**
 * `subject`, when given, names what a vague lead subject refers to (`Ana Lima’s state visit to
 * Chile`), so `The visit will take place on March 3` becomes a title that says who did what.
 */
export function deriveTitle(paragraphs: string[], options: { subject?: string; names?: readonly string[] } = {}): string {
  const lead = paragraphs.find((paragraph) => paragraph.trim().length > 0)?.trim() ?? "";
  const sentences = splitSentences(lead);
  const first = sentences[0] ?? lead;
  let clause = coreClause(first);
  if (options.subject) clause = clause.replace(VAGUE_SUBJECT, options.subject);
  const names = options.names ?? [];
  let title = shorten(clause, names);
  if (title.length < MIN_TITLE) title = shorten(stripSentence(first), names);
  // Too thin to stand alone (`Talks held.`): run on into the following sentences.
  const following = [...sentences.slice(1), ...paragraphs.slice(1).flatMap(splitSentences)];
  while (title.length < MIN_TITLE && following.length > 0) {
    title = shorten(`${title}. ${stripSentence(following.shift()!)}`, names);
  }
  return capitalise(title);
}

export function deriveSummary(paragraphs: string[]): string {
  const lead = (paragraphs.find((paragraph) => paragraph.trim().length > 0) ?? "").replace(/\s+/g, " ").trim();
  if (lead.length <= MAX_SUMMARY) return lead;
  // Whole sentences while they fit; a summary made of whole sentences needs no ellipsis.
  let summary = "";
  for (const sentence of splitSentences(lead)) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (next.length > MAX_SUMMARY) break;
    summary = next;
  }
  return summary || cutAtWord(lead, MAX_SUMMARY);
}

/** Rules 1–2: the sentence reduced to its main clause. */
function coreClause(sentence: string): string {
  let segments = stripSentence(sentence).split(/,\s+/);
  // Opening phrases (`In recent years`, `According to the minister`).
  // (Not when a verb follows: `Last year's talks, held in Lima, were …` opens with its subject.
  // Only past forms count here, as `leaders` or `talks` after the comma would pass for verbs.)
  while (segments.length > 1 && INTRO_OPENERS.test(segments[0]!) && !startsWithVerb(segments[1]!, false)) {
    segments = segments.slice(1);
  }
  // An appositive or adverb between the subject and its verb.
  if (segments.length >= 3 && APPOSITIVE_OPENERS.test(segments[1]!)) {
    const verbAt = segments.findIndex((segment, index) => index >= 2 && startsWithVerb(segment));
    if (verbAt > 0) segments = [`${segments[0]} ${segments[verbAt]}`, ...segments.slice(verbAt + 1)];
  }
  // Trailing attribution and participle or relative clauses.
  const cutAt = segments.findIndex(
    (segment, index) => index > 0 && (TRAILING_OPENERS.test(segment) || TRAILING_ATTRIBUTION.test(segment)),
  );
  if (cutAt > 0) segments = segments.slice(0, cutAt);
  return segments.join(", ");
}

function stripSentence(sentence: string): string {
  return sentence
    .replace(/\s*\([^()]*\)/g, "")
    .replace(WEEKDAY_PHRASE, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<![\s.!?…:;,])[\s.!?…:;,]+$/u, "");
}

/**
 * Rule 3: shortenings in order of least loss, each kept only if it leaves a readable title. A cut
 * never falls inside the subject's title before its name (`Minister of Foreign | Affairs Ana Lima`);
 * when nothing else fits, a long title before the name is dropped and the name stands alone.
 */
function shorten(text: string, names: readonly string[] = []): string {
  const title = applyShortenings(text, names);
  if (title.length <= MAX_TITLE) return title;
  const bare = dropTitleBeforeName(text.trim(), names);
  const again = bare === text.trim() ? title : applyShortenings(bare, names);
  return again.length <= MAX_TITLE ? again : cutAtWord(title, MAX_TITLE);
}

function applyShortenings(text: string, names: readonly string[]): string {
  let title = text.trim();
  const steps: Array<(current: string) => string> = [
    (current) => current.replace(DELEGATION, ""),
    (current) => current.replace(INVITATION_TAIL, ""),
    (current) => cutAtLastBreak(current, CLAUSE_BREAKS, subjectEnd(current, names)),
    (current) => current.replace(DATE_PHRASE, ""),
    (current) => cutAtLastBreak(current, PHRASE_BREAKS, subjectEnd(current, names)),
  ];
  for (const step of steps) {
    if (title.length <= MAX_TITLE) break;
    const shorter = step(title).replace(/(?<![\s,;:])[\s,;:]+$/u, "").trim();
    if (shorter.length >= SHORTEN_FLOOR) title = shorter;
  }
  return title;
}

/** Where the first known name that only a title precedes ends (0 when the text opens otherwise). */
function subjectEnd(text: string, names: readonly string[]): number {
  let end = 0;
  for (const name of names) {
    const at = text.indexOf(name);
    if (at >= 0 && (at === 0 || TITLE_CHAIN.test(text.slice(0, at)))) end = Math.max(end, at + name.length);
  }
  return end;
}

/** The longest prefix ending just before a break that fits the title length. */
function cutAtLastBreak(text: string, breaks: RegExp, notBefore = 0): string {
  let best = text;
  for (const match of text.matchAll(breaks)) {
    if (match.index > MAX_TITLE) break;
    if (match.index < notBefore) continue;
    const insideList = match[0].startsWith(",") && LIST_GOES_ON.test(text.slice(match.index + match[0].length));
    if (match.index >= SHORTEN_FLOOR && !insideList) best = text.slice(0, match.index);
  }
  return best;
}

function cutAtWord(text: string, limit: number): string {
  const room = text.slice(0, limit - 1);
  const space = room.lastIndexOf(" ");
  const cut = space > limit / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/(?<![\s,;:.–—-])[\s,;:.–—-]+$/u, "")}…`;
}

/** Whether a comma segment opens with a verb; `presentS` also accepts `hosts`, `leads`. */
function startsWithVerb(segment: string, presentS = true): boolean {
  const words = segment.trim().split(/\s+/);
  // Allow one adverb before the verb (`also agreed`, `successfully concluded`).
  const [first = "", second = ""] = words;
  return isVerb(first, presentS) || ((first === "also" || /^\p{Ll}+ly$/u.test(first)) && isVerb(second, presentS));
}

function isVerb(word: string, presentS: boolean): boolean {
  if (!/^\p{Ll}+$/u.test(word) || NOT_VERBS.has(word)) return false;
  if (AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || /ed$/.test(word)) return true;
  return presentS && /[^s]s$/.test(word);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en") + text.slice(1);
}

/** Only capitalised words and the small words of an office's name (`Minister of Foreign Affairs`). */
const TITLE_CHAIN = /^(?:(?:\p{Lu}[\p{L}\p{M}’'.-]*|of|the|and|for|on|in|to|de|du|des)\s+)+$/u;

/** The clause from the first known name on, when everything before that name is its title. */
function dropTitleBeforeName(clause: string, names: readonly string[]): string {
  let best = -1;
  for (const name of names) {
    const at = clause.indexOf(name);
    if (at > 0 && (best < 0 || at < best) && TITLE_CHAIN.test(clause.slice(0, at))) best = at;
  }
  return best > 0 ? clause.slice(best) : clause;
}
