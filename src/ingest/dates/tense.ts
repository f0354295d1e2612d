// Tense of a sentence, or of the clause around one date in it: is the dated thing ahead of the
// writer (future), under way (present) or done (past)? A heuristic built from small tables of
// English news phrasing; each table is named so a reader can see (and extend) what it knows.
import type { Tense } from "./api.ts";

/**
 * A tense word or phrase found in a text. A `weak` marker (a bare `-ed` word) decides a whole
 * sentence only when nothing else does; around one date the nearest marker wins, weak or not.
 */
export interface TenseMarker {
  tense: Tense;
  index: number;
  end: number;
  weak: boolean;
}

/** Events still to come: modal `will` (and reported `would`), scheduled-arrangement phrases, `upcoming`, timetable present. */
const FUTURE_MARKERS: readonly RegExp[] = [
  /\b(?:will|shall|won't|would)\b/gi,
  /\b\w+'ll\b/gi,
  /\b(?:is|are|am)\s+(?:due|set|scheduled|expected|slated|going|poised|planning|preparing|about)\s+to\b/gi,
  /\b(?:is|are)\s+to\s+(?:be|pay|visit|hold|meet|attend|take|begin|start|arrive|travel|sign|host|lead|make|open|chair|co-chair|receive|welcome|go|return)\b/gi,
  /\b(?:upcoming|forthcoming|coming)\b/gi,
  /\bahead of\b/gi,
  /\b(?:scheduled|slated|planned|set)\s+(?:for|to)\b/gi,
  /\bnext\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/gi,
  /\b(?:tomorrow|later this (?:week|month|year))\b/gi,
  // A timetable present (`the visit begins on May 3`) speaks of a scheduled event still to come.
  /\b(?:begins|starts|opens|arrives|departs|kicks off|runs (?:until|through|to)|lasts until|ends)\b/gi,
];

/** Events done: past auxiliaries, perfect tenses, time words that look back. */
const PAST_MARKERS: readonly RegExp[] = [
  /\b(?:was|were|had|did|wasn't|weren't|hadn't|didn't)\b/gi,
  /\b(?:has|have)\s+(?:been|\w+ed|met|paid|held|made|taken|given|seen|begun|led|brought|sent|signed|won|become)\b/gi,
  /\btook place\b/gi,
  /\b(?:recently|earlier|previously|formerly|ago|yesterday)\b/gi,
  /\blast\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/gi,
];

/** Irregular past verbs. Like `-ed` words, they are participles, not past verbs, after an auxiliary (`will be held`). */
const PAST_VERBS: readonly RegExp[] = [
  /\b(?:paid|held|met|began|came|gave|made|took|went|led|told|saw|brought|sent|left|won|spoke|wrote|became|kept|stood|found|sought|flew|rose|fell|grew|drew|ran|sat|struck|chose|meant|felt|heard|built|sold|bought|lost|spent|said)\b/gi,
];

/** Words after which a participle takes its tense from the auxiliary (`is held`, `will be held`, `has been paid`). */
const AUXILIARIES = new Set(["be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "will", "would", "shall", "get", "gets", "got"]);

/** Events under way: progressive `is paying`, news-caption present verbs, `on a state visit`. */
const PRESENT_MARKERS: readonly RegExp[] = [
  /\b(?:is|are|am)\s+(?!going\b)\w+ing\b/gi,
  /\b(?:leads|hosts|holds|meets|receives|welcomes|greets|attends|pays|chairs|co-chairs|signs|witnesses|presides|addresses|inspects|lays|tours|presents|reviews|poses|shakes|speaks|delivers|joins|congratulates|accompanies)\b/gi,
  /\bon an?\s+(?:\w+\s+)?(?:state|official|working|friendship)\s+visit\b/gi,
  /\b(?:currently|now|today|this week|this month)\b/gi,
];

/** A lower-case word ending in `-ed`: taken as a past main verb unless the tables below say not. */
const ED_WORD = /\b[a-z][a-z-]*[a-z]ed\b/g;

/** `-ed` words that are not past verbs. */
const NOT_PAST_ED = new Set([
  "need", "indeed", "speed", "seed", "feed", "breed", "deed", "exceed", "proceed", "succeed", "heed",
  "greed", "weed", "creed", "bleed", "red", "bed", "shed", "hundred", "sacred", "naked", "wicked",
  "beloved", "kindred", "rugged", "embed", "wed", "united", "so-called", "unprecedented", "advanced",
  "limited", "interested", "related", "based", "detailed", "dedicated", "sophisticated", "complicated",
]);

/** Words after which an `-ed` word is an adjective (`the expected outcome`), not a past verb. */
const NOT_PAST_BEFORE_ED = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
  "more", "most", "less", "very", "well", "newly", "so", "much",
  "fully",
]);

/** Where one clause ends and another starts: `;`, `:`, a spaced dash, a bracket. */
const CLAUSE_BREAK = /\s*[;:]\s+|\s+[—–-]\s+|[()]/g;

/** A caption that dates its photo by an occasion (`… during X's visit to Y on May 3`) shows a file photo. */
const CAPTION_OCCASION = /\bduring\b/i;

/** A caption that says it is a file photo. */
const CAPTION_FILE_PHOTO = /\b(?:file|archive|archival)\s+(?:photo|picture|image)\b/i;

/** Every tense marker in a text, in reading order; a weak `-ed` hit is dropped where a table marker overlaps it. */
export function tenseMarkers(text: string): TenseMarker[] {
  const strong: TenseMarker[] = [];
  const tables: [Tense, readonly RegExp[]][] = [
    ["future", FUTURE_MARKERS],
    ["past", PAST_MARKERS],
    ["present", PRESENT_MARKERS],
  ];
  for (const [tense, patterns] of tables) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        strong.push({ tense, index: match.index, end: match.index + match[0].length, weak: false });
      }
    }
  }
  for (const pattern of PAST_VERBS) {
    for (const match of text.matchAll(pattern)) {
      if (AUXILIARIES.has(wordBefore(text, match.index))) continue;
      strong.push({ tense: "past", index: match.index, end: match.index + match[0].length, weak: false });
    }
  }
  const weak: TenseMarker[] = [];
  for (const match of text.matchAll(ED_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (NOT_PAST_ED.has(match[0])) continue;
    const previous = wordBefore(text, start);
    if (NOT_PAST_BEFORE_ED.has(previous) || AUXILIARIES.has(previous)) continue;
    if (strong.some((marker) => marker.index < end && start < marker.end)) continue;
    weak.push({ tense: "past", index: start, end, weak: true });
  }
  return dropInnerOverlaps([...strong, ...weak]).sort((a, b) => a.index - b.index || b.end - a.end);
}

/** Markers already found, by text: an article asks the tense of one sentence or clause many times. Bounded, so memory stays flat over a large corpus. */
const markerMemo = new Map<string, readonly TenseMarker[]>();
const MARKER_MEMO_SIZE = 2048;

function markersOf(text: string): readonly TenseMarker[] {
  let markers = markerMemo.get(text);
  if (!markers) {
    if (markerMemo.size >= MARKER_MEMO_SIZE) markerMemo.clear();
    markers = tenseMarkers(text);
    markerMemo.set(text, markers);
  }
  return markers;
}

/** The lower-case word before offset `index`, skipping one `-ly` adverb (`will be officially held` → `be`). */
function wordBefore(text: string, index: number): string {
  const words = text.slice(Math.max(0, index - 40), index).toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  const last = words.at(-1) ?? "";
  return last.endsWith("ly") && words.length > 1 ? words.at(-2)! : last;
}

/** Where two table markers overlap (`is scheduled to` and `scheduled to`), keep the future one, then the longer. */
function dropInnerOverlaps(markers: TenseMarker[]): TenseMarker[] {
  const rank: Record<Tense, number> = { future: 0, past: 1, present: 2 };
  const ordered = [...markers].sort(
    (a, b) => Number(a.weak) - Number(b.weak) || rank[a.tense] - rank[b.tense] || b.end - b.index - (a.end - a.index),
  );
  const kept: TenseMarker[] = [];
  for (const marker of ordered) {
    if (!kept.some((other) => other.index < marker.end && marker.index < other.end)) kept.push(marker);
  }
  return kept;
}

/** The tense a text's markers add up to, or null when it has none: future, then past, then present, then a bare `-ed`. */
export function detectTense(text: string): Tense | null {
  const markers = markersOf(text);
  const strong = markers.filter((marker) => !marker.weak);
  for (const tense of ["future", "past", "present"] as const) {
    if (strong.some((marker) => marker.tense === tense)) return tense;
  }
  return markers.length > 0 ? "past" : null;
}

/**
 * Tense of a whole sentence. Any future marker wins (`said the visit will …` is about what is
 * to come), then past, then present; a sentence with no marker counts as present (neutral).
 */
export function sentenceTense(sentence: string): Tense {
  return detectTense(sentence) ?? "present";
}

/**
 * Tense of the words around a date at `index` (length `length`) in `sentence`: within its clause,
 * the nearest marker before it (`held talks on Monday and will sign on Tuesday`), else the nearest
 * after it (`On May 3, the leaders will …`), else the tense of the whole sentence.
 */
export function tenseAt(sentence: string, index: number, length: number): Tense {
  let { start, end } = clauseAround(sentence, index, index + length);
  // `wrapped up his visit (July 2-4)`: a date alone in brackets dates what stands before them.
  if (sentence[start - 1] === "(" && sentence.slice(start, end).trim() === sentence.slice(index, index + length).trim()) {
    const before = clauseAround(sentence, start - 1, start - 1);
    [start, end] = [before.start, start - 1];
  }
  const markers = markersOf(sentence.slice(start, end)).map((marker) => ({
    ...marker,
    index: marker.index + start,
    end: marker.end + start,
  }));
  const before = markers.filter((marker) => marker.end <= index + length);
  const after = markers.filter((marker) => marker.end > index + length);
  const pick = before.at(-1) ?? after[0];
  return pick?.tense ?? sentenceTense(sentence);
}

/** Tense of a date inside a photo caption: a photo dated `during …` an occasion is a file photo (past). */
export function captionTenseAt(caption: string, index: number, length: number): Tense {
  const { start } = clauseAround(caption, index, index + length);
  const lead = caption.slice(start, index);
  if (CAPTION_OCCASION.test(lead) || CAPTION_FILE_PHOTO.test(caption)) return "past";
  return tenseAt(caption, index, length);
}

/** Bounds of the clause holding [from, to). */
function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= from) start = breakEnd;
    else if (match.index >= to) {
      end = match.index;
      break;
    }
  }
  return { start, end };
}
