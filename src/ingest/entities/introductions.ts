// How press English introduces a person, as an ordered list of rules tried at each word (the
// first that reads something wins): a title chain before the name (`Chilean Party General
// Secretary and President Ana Lima`, `Cambodian Ambassador to Laos Tep Sokunthea`), an honorific
// (`Samdech Sok Vanna`), a name followed by its title (`X, General Secretary of …`), a known name.
// Any of them may be followed by an appositive title (`H.E. X, Minister of Foreign Affairs of
// Senegal,`). A sign-off line (`Caroline Njeri State House Spokesperson`) is read as a whole.
// A chain with no name after it (`the Kenyan leader`) is kept as a role reference.
// Each introduction says which rule read it, so the record can show why.
import type { AuthorityPerson } from "../../model/authority.ts";
import { parseChain, type Chain } from "./chains.ts";
import { countryAt } from "./countries.ts";
import { FUNCTION_WORDS, type Lexicon } from "./lexicon.ts";
import { joined, nameEnd, skipToName } from "./name-run.ts";
import { isCityName } from "./places.ts";
import { isHeadline, type Unit } from "./units.ts";
import { spaced, type Word } from "./words.ts";

export type { Chain } from "./chains.ts";

export interface Introduction {
  unit: number;
  /** First word of the whole introduction (title chain or name). */
  spanStart: number;
  /** End (exclusive) of the whole introduction, an appositive title included. */
  spanEnd: number;
  nameStart: number;
  nameEnd: number;
  /** The name as written, honorifics stripped. */
  name: string;
  /** Title and name as written when the name is one word (`General Secretary Bình`). */
  form: string;
  role: string | null;
  titles: string[];
  countries: string[];
  acronyms: string[];
  known: AuthorityPerson | null;
  /** The rule that read it (`title before name`). */
  rule: string;
}

export interface RoleReference {
  unit: number;
  start: number;
  end: number;
  /** As written: `the Kenyan leader`, `Chile’s top leader`. */
  text: string;
  chain: Chain;
}

interface Found {
  introductions: Introduction[];
  references: RoleReference[];
}

interface IntroductionRule {
  name: string;
  /** Reads at `index`; returns the index after what it read, or null when it does not apply. */
  read: (unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string) => number | null;
}

/** Tried in this order at each word; the first that reads something wins. */
export const INTRODUCTION_RULES: readonly IntroductionRule[] = [
  { name: "title before name", read: byChain },
  { name: "lower-case title before name", read: byLowercaseTitle },
  { name: "honorific before name", read: byHonorific },
  { name: "name then title", read: byAppositive },
  { name: "known name", read: byKnownName },
];

export const SIGN_OFF_RULE = "name above title (sign-off)";

export function findIntroductions(unit: Unit, lexicon: Lexicon): Found {
  const found: Found = { introductions: [], references: [] };
  if (bySignOff(unit, lexicon, found)) return found;
  // A Title-Case or ALL-CAPS headline capitalises verbs too (`Prime Minister Meets Lao President`):
  // it introduces nobody; the people it names are found from the body.
  if (isHeadline(unit)) return found;
  let index = 0;
  while (index < unit.words.length) {
    let next: number | null = null;
    for (const rule of INTRODUCTION_RULES) {
      next = rule.read(unit, index, lexicon, found, rule.name);
      if (next !== null) break;
    }
    index = next ?? index + 1;
  }
  // A place is no person (`During his stay in Hà Nội, the Lao Prime Minister …`).
  found.introductions = found.introductions.filter((intro) => !isCityName(unit.words, intro.nameStart, intro.nameEnd, lexicon));
  return found;
}

/** `Prime Minister X`, `his Kenyan counterpart X`; or a role reference (`the Kenyan leader`). Returns the next index. */
function byChain(unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string): number | null {
  const words = unit.words;
  const chain = parseChain(words, index, lexicon);
  if (!chain) return null;
  let name = chain.name;
  let stacked: string[] = [];
  const after = words[chain.end];
  if (!name && after && joined(words, chain.end) && !words[chain.end - 1]!.possessive) {
    const skipped = skipToName(words, chain.end, lexicon, true);
    const end = nameEnd(words, skipped.start, lexicon);
    if (end > skipped.start) {
      name = { start: skipped.start, end };
      stacked = skipped.titles;
    }
  }
  if (name) {
    const intro = introduction(unit, chain.start, name, chain, null, rule);
    intro.titles = [...intro.titles, ...stacked];
    if (chain.nouns.includes("counterpart") && intro.role === null) sameOfficeAsCounterpart(intro, found);
    // `President Ana Lima of Chile`, `… of the Lao People's Democratic Republic`: the country may follow the name.
    const of = words[name.end];
    const skip = words[name.end + 1]?.key === "the" ? 2 : 1;
    const country = of?.key === "of" && of.sep === " " ? countryAt(words, name.end + skip, lexicon) : null;
    if (country && !intro.countries.includes(country.form.id)) intro.countries.push(country.form.id);
    const end = country ? name.end + skip + country.length : name.end;
    found.introductions.push(withAppositive(unit, intro, end, lexicon));
    return intro.spanEnd;
  }
  const lowercase = lowercaseTitleChain(unit, index, lexicon, found, rule);
  if (lowercase !== null) return lowercase;
  const appositive = chain.determiner !== null ? nameBetweenCommas(words, chain.end, lexicon) : null;
  if (appositive) {
    const intro = introduction(unit, chain.start, appositive, chain, null, rule);
    if (chain.nouns.includes("counterpart") && intro.role === null) sameOfficeAsCounterpart(intro, found);
    found.introductions.push(intro);
    return appositive.end;
  }
  const possessiveCountry = words[chain.start]!.possessive && countryAt(words, chain.start, lexicon) !== null;
  if (chain.determiner === "the" || possessiveCountry) {
    found.references.push({
      unit: unit.order,
      start: chain.start,
      end: chain.end,
      text: unit.text.slice(words[chain.start]!.start, words[chain.end - 1]!.end),
      chain,
    });
  }
  return chain.end;
}

/**
 * `Look East Policy Council chairman Tun Jamil Salleh`, `first lady Yoon Ha-eun`: a title in lower
 * case counts only right before an honorific or a name of two or more words.
 */
function byLowercaseTitle(unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string): number | null {
  const words = unit.words;
  const word = words[index]!;
  if (word.cap || !lexicon.titles.matchAt(words, index)) return null;
  return lowercaseTitleChain(unit, index, lexicon, found, rule);
}

/** A chain read with titles in lower case (`Malaysian Investment Development Authority chief executive officer Datuk X`), if a name follows. */
function lowercaseTitleChain(unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string): number | null {
  const words = unit.words;
  const chain = parseChain(words, index, lexicon, { lowercase: true });
  if (!chain || chain.titles.length === 0) return null;
  let name = chain.name;
  if (!name && words[chain.end] && joined(words, chain.end)) {
    const skipped = skipToName(words, chain.end, lexicon);
    const end = nameEnd(words, skipped.start, lexicon);
    if (end - skipped.start >= 2 || (end > skipped.start && skipped.start > chain.end)) name = { start: skipped.start, end };
  }
  if (!name) return null;
  const intro = introduction(unit, chain.start, name, chain, null, rule);
  found.introductions.push(withAppositive(unit, intro, name.end, lexicon));
  return intro.spanEnd;
}

/** `Prime Minister X … his counterpart Y`: a counterpart holds the same office as the person named before. */
function sameOfficeAsCounterpart(intro: Introduction, found: Found): void {
  const holder = [...found.introductions].reverse().find((other) => other.unit === intro.unit && other.nameEnd <= intro.spanStart && other.role !== null);
  if (!holder) return;
  intro.role = holder.titles[0] ?? holder.role;
  intro.titles = [...new Set([...intro.titles, ...holder.titles])];
}

/** `the President of Ghana, Kwame Asante,`: a name of two to four words set off by commas. */
function nameBetweenCommas(words: readonly Word[], index: number, lexicon: Lexicon): { start: number; end: number } | null {
  const first = words[index];
  if (!first || first.sep !== ", " || !first.cap || FUNCTION_WORDS.has(first.key)) return null;
  const end = nameEnd(words, index, lexicon);
  const after = words[end];
  if (end - index < 2 || end - index > 4 || (after && !after.sep.startsWith(","))) return null;
  return { start: index, end };
}

/** `Samdech Sok Vanna`, `Dr. Ana Lima`: an honorific before a name introduces it too. */
function byHonorific(unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string): number | null {
  const words = unit.words;
  if (!words[index]!.cap || !lexicon.honorifics.matchAt(words, index)) return null;
  const { start } = skipToName(words, index, lexicon);
  const first = words[start];
  if (!first || !joined(words, start) || first.text.length < 2) return null;
  const end = nameEnd(words, start, lexicon);
  if (end === start) return null;
  const intro = withAppositive(unit, introduction(unit, index, { start, end }, null, null, rule), end, lexicon);
  found.introductions.push(intro);
  return intro.spanEnd;
}

/** `Ana Lima, President of Chile`, `Wen Haoran, a member of …`: a name of two to four words, then its title. */
function byAppositive(unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string): number | null {
  const words = unit.words;
  const first = words[index]!;
  if (!first.cap || FUNCTION_WORDS.has(first.key)) return null;
  const previous = words[index - 1];
  if (previous && previous.cap && spaced(first)) return null;
  const end = nameEnd(words, index, lexicon);
  const length = end - index;
  if (length < 2 || length > 4 || words[end - 1]!.possessive) return null;
  const chain = appositiveChain(words, end, lexicon);
  if (!chain) return null;
  found.introductions.push(introduction(unit, index, { start: index, end }, chain, null, rule, chain.end));
  return chain.end;
}

/** A name the authority file lists, written without any title. */
function byKnownName(unit: Unit, index: number, lexicon: Lexicon, found: Found, rule: string): number | null {
  const words = unit.words;
  if (!words[index]!.cap) return null;
  const match = lexicon.knownPeople.matchAt(words, index);
  if (!match) return null;
  const end = index + match.length;
  // Part of a longer name (`Ho Chi Minh City`) is not the person.
  const after = words[end];
  if (after?.cap && spaced(after) && !words[end - 1]!.possessive) return null;
  const intro = withAppositive(unit, introduction(unit, index, { start: index, end }, null, match.value, rule), end, lexicon);
  found.introductions.push(intro);
  return intro.spanEnd;
}

/** `Caroline Njeri State House Spokesperson` alone on a line: a name, then its title, and nothing else. */
function bySignOff(unit: Unit, lexicon: Lexicon, found: Found): boolean {
  const words = unit.words;
  if (words.length < 3 || !words[0]!.cap || FUNCTION_WORDS.has(words[0]!.key) || /[.!?:;]$/.test(unit.text.trim())) return false;
  const end = nameEnd(words, 0, lexicon);
  if (end < 2 || end > 4 || end >= words.length || !spaced(words[end]!)) return false;
  const chain = parseChain(words, end, lexicon);
  if (!chain || chain.name || chain.titles.length === 0 || chain.end !== words.length) return false;
  found.introductions.push(introduction(unit, 0, { start: 0, end }, chain, null, SIGN_OFF_RULE, chain.end));
  return true;
}

/**
 * `, President of Chile,`, `, a member of the Standing Committee …`, `, Deputy Prime Minister,
 * Minister of …`: a title chain after a comma that names nobody itself and is not followed by a name.
 */
function appositiveChain(words: readonly Word[], index: number, lexicon: Lexicon): Chain | null {
  const comma = words[index];
  if (!comma || !comma.sep.startsWith(",")) return null;
  const chain = parseChain(words, index, lexicon, { lowercase: true, indefinite: true, commaTitles: true });
  if (!chain || chain.name || (chain.titles.length === 0 && chain.determiner === null)) return null;
  if (chain.relational) return null;
  const next = words[chain.end];
  // `X, President Y …` is a list of people, not an appositive.
  if (next && next.cap && spaced(next)) return null;
  return chain;
}

/** Adds the role and countries of an appositive title after the name (`…, King of Cambodia,`). */
function withAppositive(unit: Unit, intro: Introduction, after: number, lexicon: Lexicon): Introduction {
  intro.spanEnd = Math.max(intro.spanEnd, after);
  const chain = appositiveChain(unit.words, after, lexicon);
  if (!chain) return intro;
  intro.spanEnd = chain.end;
  intro.role ??= roleText(unit, chain);
  intro.titles = [...intro.titles, ...chain.titles.filter((title) => !intro.titles.includes(title))];
  for (const country of chain.countries) if (!intro.countries.includes(country)) intro.countries.push(country);
  intro.acronyms = [...intro.acronyms, ...chain.acronyms];
  return intro;
}

function introduction(
  unit: Unit,
  spanStart: number,
  name: { start: number; end: number },
  chain: Chain | null,
  known: AuthorityPerson | null,
  rule: string,
  spanEnd = name.end,
): Introduction {
  const words = unit.words;
  const nameText = unit.text.slice(words[name.start]!.start, words[name.end - 1]!.end);
  const role = chain ? roleText(unit, chain) : null;
  const single = name.end - name.start === 1;
  const titleText = chain && chain.titles.length > 0 && chain.roleStart < chain.end && chain.end <= name.start
    ? unit.text.slice(words[chain.roleStart]!.start, words[chain.end - 1]!.end)
    : null;
  return {
    unit: unit.order,
    spanStart,
    spanEnd,
    nameStart: name.start,
    nameEnd: name.end,
    name: nameText,
    form: single && titleText ? `${titleText} ${nameText}` : nameText,
    role,
    titles: chain?.titles ?? [],
    countries: [...(chain?.countries ?? [])],
    acronyms: chain?.acronyms ?? [],
    known,
    rule,
  };
}

function roleText(unit: Unit, chain: Chain): string | null {
  if (chain.relational || chain.roleStart >= chain.end) return null;
  const words = unit.words;
  return unit.text.slice(words[chain.roleStart]!.start, words[chain.end - 1]!.end).trim() || null;
}
