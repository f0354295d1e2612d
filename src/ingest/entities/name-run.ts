// Where a personal name starts and ends among a sentence's words: capitalised words, particles
// (`bin`, `van`), an abbreviated given name (`Ma. Lourdes`), a hyphenated given name
// (`Kang Min-jae`), a suffix (`Jr.`); never an office, organisation, calendar or country word,
// except a demonym that ends a longer name (`Trinh Quoc Thai`). Honorifics before it are skipped.
import { countryAt } from "./countries.ts";
import { isCalendarWord, type Lexicon } from "./lexicon.ts";
import { spaced, type Word } from "./words.ts";

/** Words a name may hold at most (`Maria Cristina Dela Rosa` is four). */
const LONGEST_NAME = 6;

/** End (exclusive) of a personal name starting at `index`. */
export function nameEnd(words: readonly Word[], index: number, lexicon: Lexicon): number {
  let position = index;
  while (position < words.length && position - index < LONGEST_NAME) {
    const word = words[position]!;
    if (position > index) {
      const previous = words[position - 1]!;
      if (previous.possessive) break;
      if (word.sep === "-") {
        // `Min-jae`, `Ha-eun`, `Jean-Pierre`: a hyphen joins parts of one given name.
        if (!/^\p{L}/u.test(word.text) || (word.cap && stopsName(words, position, lexicon))) break;
        position++;
        continue;
      }
      if (!spaced(word) && !abbreviatedGivenName(previous, word, lexicon)) break;
    }
    if (word.cap && (!stopsName(words, position, lexicon) || demonymEndingName(words, index, position, lexicon))) {
      position++;
      continue;
    }
    const next = words[position + 1];
    if (position > index && !word.cap && lexicon.nameParticles.has(word.key) && next?.cap && spaced(next)) {
      position++;
      continue;
    }
    break;
  }
  const suffix = words[position];
  if (position > index && suffix && spaced(suffix) && !words[position - 1]!.possessive && lexicon.nameSuffixes.has(suffix.key)) position++;
  return position;
}

/** `Ma. Lourdes`, `J. Smith`: an initial or a listed abbreviation, then its full stop, inside a name. */
function abbreviatedGivenName(previous: Word, word: Word, lexicon: Lexicon): boolean {
  return word.sep === ". " && previous.cap && (previous.text.length === 1 || lexicon.nameAbbreviations.has(previous.key));
}

/**
 * `Trinh Quoc Thai held talks`: a one-word demonym after two name words, not qualifying a
 * capitalised noun after it, is the end of the name (English puts a demonym before its noun).
 */
function demonymEndingName(words: readonly Word[], start: number, position: number, lexicon: Lexicon): boolean {
  if (position - start < 2) return false;
  const country = countryAt(words, position, lexicon);
  if (!country || country.form.kind !== "demonym" || country.length !== 1) return false;
  const next = words[position + 1];
  return !(next?.cap && spaced(next));
}

/** Capitalised words that cannot be part of a personal name. */
export function stopsName(words: readonly Word[], index: number, lexicon: Lexicon): boolean {
  const word = words[index]!;
  return (
    word.acronym ||
    isCalendarWord(word) ||
    lexicon.organisationWords.has(word.key) ||
    lexicon.titleWords.has(word.key) ||
    countryAt(words, index, lexicon) !== null
  );
}

/** Spaced, or after an abbreviation's full stop (`Amb. Joseph`, `Dr. Lima`, `H.E. Mr. Ndiaye`). */
export function joined(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const previous = words[index - 1];
  return spaced(word) || (word.sep === ". " && previous !== undefined && previous.cap && previous.text.length <= 4);
}

export interface NameStart {
  /** First word of the name itself. */
  start: number;
  /** Canonical titles stacked before it (`King Sultan Hisham`: `Sultan`). */
  titles: string[];
}

/**
 * Skips honorifics (`Samdech Moha Bavar Thipadei`, `H.E. Mr.`, `Tengku Datuk Seri`) and, when
 * `titles` is set, a title stacked on another (`Malaysian King Sultan Hisham Iskandar`).
 */
export function skipToName(words: readonly Word[], index: number, lexicon: Lexicon, titles = false): NameStart {
  let position = index;
  const stacked: string[] = [];
  for (;;) {
    const word = words[position];
    if (!word?.cap || (position > index && !joined(words, position))) break;
    const honorific = lexicon.honorifics.matchAt(words, position);
    if (honorific) {
      position += honorific.length;
      continue;
    }
    const title = titles ? lexicon.titles.matchAt(words, position) : null;
    if (title && nameEnd(words, position + title.length, lexicon) > position + title.length) {
      stacked.push(title.value.canonical);
      position += title.length;
      continue;
    }
    break;
  }
  return { start: position, titles: stacked };
}
