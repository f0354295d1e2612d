// CAMEO-compatible codes for each visit, so event-data tools can load the archive: a visit is two
// dyadic events, 042 "make a visit" (visitor's country → host) and 043 "host a visit" (host →
// visitor's country), with countries as ISO 3166-1 alpha-3 actor codes from data/places.json.
import type { Event } from "../../model/schema.ts";
import type { Places } from "../places.ts";

export const MAKE_A_VISIT = "042";
export const HOST_A_VISIT = "043";

export interface CameoEvent {
  code: typeof MAKE_A_VISIT | typeof HOST_A_VISIT;
  /** Actor code of the country acting, or null when the articles do not say (or places.json does not know it). */
  source: string | null;
  target: string | null;
}

export function cameoEvents(event: Event, places: Places): CameoEvent[] {
  const visitor = event.from ? (places.get(event.from)?.iso3 ?? null) : null;
  const host = places.get(event.host)?.iso3 ?? null;
  return [
    { code: MAKE_A_VISIT, source: visitor, target: host },
    { code: HOST_A_VISIT, source: host, target: visitor },
  ];
}

/** The event as the open data publishes it: the record, plus its CAMEO codes. */
export function withCameo(event: Event, places: Places): Event & { cameo: CameoEvent[] } {
  return { ...event, cameo: cameoEvents(event, places) };
}

/** Columns events.csv adds after the record's own. */
export function cameoColumns(places: Places): { name: string; value: (event: Event) => string }[] {
  return [
    { name: "cameo_visit", value: () => MAKE_A_VISIT },
    { name: "cameo_host", value: () => HOST_A_VISIT },
    { name: "visitor_country_code", value: (event) => (event.from ? (places.get(event.from)?.iso3 ?? "") : "") },
    { name: "host_country_code", value: (event) => places.get(event.host)?.iso3 ?? "" },
  ];
}
