// The country of the news organisation an article credits: a national agency names its own
// leaders without their nationality (`Prime Minister X will visit Japan` in Bernama copy).
import { matchKey } from "../../text/fold.ts";
import type { Lexicon } from "./lexicon.ts";
import { countryAt } from "./countries.ts";
import { toWords } from "./words.ts";

/**
 * The one country the credited organisations belong to: by the authority's organisations (name or
 * abbreviation, also inside `Vietnam News Agency (VNA)`), else a country named in the credit
 * (`State House Kenya`). Null when none is known or the credits disagree.
 */
export function sourceCountry(sources: readonly string[], lexicon: Lexicon): string | null {
  const found = new Set<string>();
  for (const source of sources) {
    const country = creditCountry(source, lexicon);
    if (country) found.add(country);
  }
  return found.size === 1 ? [...found][0]! : null;
}

function creditCountry(source: string, lexicon: Lexicon): string | null {
  const parts = [source, ...[...source.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!), source.replace(/\s*\([^)]*\)\s*/g, " ")];
  for (const part of parts) {
    const organisation = lexicon.organisationsByName.get(matchKey(part));
    if (organisation?.country) return organisation.country;
  }
  const words = toWords(source);
  for (let index = 0; index < words.length; index++) {
    const country = countryAt(words, index, lexicon);
    if (country?.form.kind === "name") return country.form.id;
  }
  return null;
}
