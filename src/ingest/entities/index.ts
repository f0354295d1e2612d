// Entities of one article: countries, organisations, people and the visits they make.
// Pure: the same paragraphs, captions, date and authority always give the same result.
import type { CountryMention, OrganisationMention, PersonMention, RecordCaption, VisitMention } from "../../model/schema.ts";
import type { Authority } from "../../model/authority.ts";
import { countryMentions, findCountryHits, type CountryHit } from "./countries.ts";
import { lexiconOf } from "./lexicon.ts";
import { findOrganisations, toOrganisationMentions } from "./organisations.ts";
import { findPeople, toPersonMentions, type Mention } from "./people.ts";
import { toUnits } from "./units.ts";
import { findVisits } from "./visits.ts";
import { peopleNamedIn } from "./named-in.ts";
import { sourceCountry } from "./sources.ts";

export interface EntityInput {
  paragraphs: string[];
  captions: { text: string; credit: string | null }[];
  /** The article's date (`YYYY-MM-DD`), stated or inferred: the reference for yearless dates; null when undated. */
  published: string | null;
  /** The news organisations the article credits (`Bernama`), as the record lists them. */
  sources?: string[];
}

export interface Entities {
  /** The input captions, each with the people it shows. */
  captions: RecordCaption[];
  people: PersonMention[];
  countries: CountryMention[];
  organisations: OrganisationMention[];
  visits: VisitMention[];
}

/** Country words that are part of a person's name (`Trinh Quoc Thai`) name no country. */
function outsideNames(hits: readonly CountryHit[], mentions: readonly Mention[]): CountryHit[] {
  const names = new Map<number, Mention[]>();
  for (const mention of mentions) if (mention.kind !== "role") names.set(mention.unit, [...(names.get(mention.unit) ?? []), mention]);
  return hits.filter((hit) => !(names.get(hit.unit) ?? []).some((mention) => mention.start <= hit.word && hit.word + hit.length <= mention.end));
}

export function extractEntities(input: EntityInput, authority: Authority): Entities {
  const lexicon = lexiconOf(authority);
  const units = toUnits(input);
  const organisations = findOrganisations(units, lexicon);
  const found = findPeople(units, lexicon, organisations);
  const people = toPersonMentions(found, units);
  const namedIn = peopleNamedIn(people);
  return {
    captions: input.captions.map((caption) => Object.assign({}, caption, { people: namedIn(caption.text) })),
    people,
    countries: countryMentions(outsideNames(findCountryHits(units, lexicon), found.mentions)),
    organisations: toOrganisationMentions(organisations),
    visits: findVisits(units, found, lexicon, { published: input.published, sourceCountry: sourceCountry(input.sources ?? [], lexicon) }).map((visit) => ({
      ...visit,
      people: namedIn(visit.sentence),
    })),
  };
}
