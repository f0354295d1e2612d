// Entities of one article: countries, organisations, people and the visits they make.
// Pure: the same paragraphs, captions, date and authority always give the same result.
import type { CountryMention, OrganisationMention, PersonMention, VisitMention } from "../../model/schema.ts";
import type { Authority } from "../../model/authority.ts";
import { countryMentions, findCountryHits } from "./countries.ts";
import { lexiconOf } from "./lexicon.ts";
import { findOrganisations, toOrganisationMentions } from "./organisations.ts";
import { findPeople, toPersonMentions } from "./people.ts";
import { toUnits } from "./units.ts";
import { findVisits } from "./visits.ts";




export interface EntityInput {
  paragraphs: string[];
  captions: { text: string; credit: string | null }[];
  /** The article's date (`YYYY-MM-DD`), stated or inferred: the reference for yearless dates. */
  published: string;
}

export interface Entities {
  people: PersonMention[];
  countries: CountryMention[];
  organisations: OrganisationMention[];
  visits: VisitMention[];
}

export function extractEntities(input: EntityInput, authority: Authority): Entities {
  const lexicon = lexiconOf(authority);
  const units = toUnits(input);
  const organisations = findOrganisations(units, lexicon);
  const people = findPeople(units, lexicon, organisations);
  return {
    people: toPersonMentions(people),
    countries: countryMentions(findCountryHits(units, lexicon)),
    organisations: toOrganisationMentions(organisations),
    visits: findVisits(units, people, lexicon, input.published),
  };
}
