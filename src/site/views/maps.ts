// What each map shows, and the table that says the same in words: an event's trip, a country's
// visits in and out, and every route of the archive on the home page.
import type { Event } from "../../model/schema.ts";
import type { MapCountry, MapSpec } from "../maps/spec.ts";
import { plural } from "../text.ts";
import { byName } from "./order.ts";
import type { CountryFlows, CountryRef, EventSummary, Link, Route, TripStop } from "./types.ts";

export function countryRef(id: string, countries: Record<string, Link>): CountryRef {
  const link = countries[id];
  return link ? { id, name: link.name, url: link.url } : { id, name: id, url: `/countries/${id}/` };
}

/** The trip's origin (when known), then each country it visits; `current` marks this page's visit. */
export function tripStops(trip: Event[], current: Event, events: Record<string, EventSummary>, countries: Record<string, Link>): TripStop[] {
  const origin = trip[0]!.from;
  const stops: TripStop[] = origin && origin !== trip[0]!.host ? [{ number: null, country: countryRef(origin, countries), event: null, current: false }] : [];
  trip.forEach((event, index) => stops.push({ number: index + 1, country: countryRef(event.host, countries), event: events[event.id]!, current: event.id === current.id }));
  return stops;
}

export function tripMap(stops: TripStop[]): MapSpec {
  const visited = stops.filter((stop) => stop.event);
  const origin = stops[0]!.event ? null : stops[0]!.country;
  const legs = visited.map((stop, index) => `${stop.country.name} (${stop.event!.dateLabel}${stop.current && visited.length > 1 ? ", this visit" : ""})`);
  const description = origin
    ? `From ${origin.name} to ${legs.join(", then to ")}.`
    : `${legs.join(", then ")}; the articles do not say which country the visitor came from.`;
  const countries = new Map<string, MapCountry>();
  for (const stop of stops) {
    const role = stop.current ? "focus" : "involved";
    if (countries.get(stop.country.id)?.role !== "focus") countries.set(stop.country.id, { id: stop.country.id, name: stop.country.name, role });
  }
  return {
    title: visited.length > 1 ? `Map of the trip: ${stops.map((stop) => stop.country.name).join(" → ")}` : `Map of the visit: ${stops.map((stop) => stop.country.name).join(" → ")}`,
    description,
    countries: [...countries.values()],
    arrows: stops.slice(1).map((stop, index) => ({ from: stops[index]!.country.id, to: stop.country.id, visits: 1, current: stop.current })),
  };
}

/** A country's visits, grouped by the other country: most visits first, then by name. */
export function countryFlows(visitsIn: Event[], visitsOut: Event[], countries: Record<string, Link>): CountryFlows {
  const partners = new Map<string, CountryFlows["partners"][number]>();
  const partner = (id: string) => partners.get(id) ?? partners.set(id, { country: countryRef(id, countries), visitsIn: 0, visitsOut: 0 }).get(id)!;
  let unknownOrigin = 0;
  for (const event of visitsIn) {
    if (!event.from) unknownOrigin += 1;
    else if (event.from !== event.host) partner(event.from).visitsIn += 1;
  }
  for (const event of visitsOut) partner(event.host).visitsOut += 1;
  return {
    partners: [...partners.values()].sort((a, b) => b.visitsIn + b.visitsOut - (a.visitsIn + a.visitsOut) || byName(a.country, b.country)),
    unknownOrigin,
  };
}

export function flowsMap(country: CountryRef, flows: CountryFlows): MapSpec {
  const received = flows.partners.reduce((sum, row) => sum + row.visitsIn, 0) + flows.unknownOrigin;
  const made = flows.partners.reduce((sum, row) => sum + row.visitsOut, 0);
  const from = flows.partners.filter((row) => row.visitsIn).length;
  const to = flows.partners.filter((row) => row.visitsOut).length;
  return {
    title: `Map of visits to and from ${country.name}`,
    description:
      `${plural(received, "visit")} received from ${plural(from, "country", "countries")}` +
      `${flows.unknownOrigin ? ` (and ${flows.unknownOrigin} from a country not stated)` : ""} and ${plural(made, "visit")} made to ` +
      `${plural(to, "country", "countries")}; the wider the arrow, the more visits.`,
    countries: [
      { id: country.id, name: country.name, role: "focus" },
      ...flows.partners.map((row) => ({ id: row.country.id, name: row.country.name, role: "involved" as const })),
    ],
    arrows: flows.partners.flatMap((row) => [
      ...(row.visitsIn ? [{ from: row.country.id, to: country.id, visits: row.visitsIn, current: false }] : []),
      ...(row.visitsOut ? [{ from: country.id, to: row.country.id, visits: row.visitsOut, current: false }] : []),
    ]),
  };
}

/** Every route (visitor's country → host) with its number of visits, busiest first. */
export function archiveRoutes(events: Event[], countries: Record<string, Link>): Route[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!event.from || event.from === event.host) continue;
    const key = `${event.from}\u0000${event.host}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, visits]) => {
      const [from, to] = key.split("\u0000") as [string, string];
      return { from: countryRef(from, countries), to: countryRef(to, countries), visits };
    })
    .sort((a, b) => b.visits - a.visits || byName(a.from, b.from) || byName(a.to, b.to));
}

export function routesMap(events: Event[], routes: Route[], countries: Record<string, Link>): MapSpec {
  const ids = new Set<string>();
  for (const event of events) {
    ids.add(event.host);
    if (event.from) ids.add(event.from);
  }
  const involved = [...ids].map((id) => countryRef(id, countries)).sort(byName);
  return {
    title: "Map of the visits in the archive",
    description:
      `${plural(events.length, "visit")} between ${plural(involved.length, "country", "countries")}, along ` +
      `${plural(routes.length, "route")} whose visitor's country is known; the wider the arrow, the more visits.`,
    countries: involved.map((country) => ({ id: country.id, name: country.name, role: "involved" as const })),
    arrows: routes.map((route) => ({ from: route.from.id, to: route.to.id, visits: route.visits, current: false })),
  };
}

