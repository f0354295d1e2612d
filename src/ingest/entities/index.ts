// Entities of one article: countries, organisations, people and the visits they make.
// Pure: the same paragraphs, captions, date and authority always give the same result.
import type { CountryMention, OrganisationMention, PersonMention, RecordCaption, VisitMention } from "../../model/schema.ts";
import type { Authority } from "../../model/authority.ts";
import { countryMentions, findCountryHits } from "./countries.ts";
import { lexiconOf } from "./lexicon.ts";
import { findOrganisations, toOrganisationMentions } from "./organisations.ts";
import { findPeople, toPersonMentions } from "./people.ts";
import { toUnits } from "./units.ts";
import { findVisits } from "./visits.ts";
import { peopleNamedIn } from "./named-in.ts";




export interface EntityInput {
  paragraphs: string[];
  captions: { text: string; credit: string | null }[];
  /** The article's date (`YYYY-MM-DD`), stated or inferred: the reference for yearless dates; null when undated. */
  published: string | null;
}

export interface Entities {
  /** The input captions, each with the people it shows. */
  captions: RecordCaption[];
  people: PersonMention[];
  countries: CountryMention[];
  organisations: OrganisationMention[];
  visits: VisitMention[];
}

export function extractEntities(input: EntityInput, authority: Authority): Entities {
  const lexicon = lexiconOf(authority);
  const units = toUnits(input);
  const organisations = findOrganisations(units, lexicon);
  const found = findPeople(units, lexicon, organisations);
  const people = toPersonMentions(found);
  const namedIn = peopleNamedIn(people);
  return {
    captions: input.captions.map((caption) => ({ ...caption, people: namedIn(caption.text) })),
    people,
    countries: countryMentions(findCountryHits(units, lexicon)),
    organisations: toOrganisationMentions(organisations),
    visits: findVisits(units, found, lexicon, input.published).map((visit) => ({ ...visit, people: namedIn(visit.sentence) })),
  };
}
