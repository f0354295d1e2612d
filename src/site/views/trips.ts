// Multi-stop trips: visits one person made back to back, from the same country, are the stops of
// one trip, so an event page can draw the whole journey in order.
import type { Event } from "../../model/schema.ts";
import { compare } from "../../util/compare.ts";
import { dayIndex } from "../dates.ts";

/** The next stop begins at most this many days after the last one ended (a day's travel between capitals, and a day's slack). */
export const TRIP_GAP_DAYS = 2;

/** Each event's trip: its stops oldest first (an event on no trip is a trip of one). */
export function groupTrips(events: Event[]): Map<string, Event[]> {
  const byTraveller = new Map<string, Event[]>();
  for (const event of events) {
    if (!event.visitor || !event.start || event.precision !== "day") continue;
    const key = `${event.visitor}\u0000${event.from ?? ""}`;
    byTraveller.set(key, [...(byTraveller.get(key) ?? []), event]);
  }
  const trips = new Map<string, Event[]>();
  for (const visits of byTraveller.values()) {
    visits.sort((a, b) => compare(a.start!, b.start!) || compare(a.end ?? "", b.end ?? "") || compare(a.id, b.id));
    let trip: Event[] = [];
    for (const visit of visits) {
      const last = trip.at(-1);
      const continues = last && last.host !== visit.host && dayIndex(visit.start!) - dayIndex(last.end ?? last.start!) <= TRIP_GAP_DAYS;
      if (!continues) trip = [];
      trip.push(visit);
      trips.set(visit.id, trip);
    }
  }
  for (const event of events) if (!trips.has(event.id)) trips.set(event.id, [event]);
  return trips;
}
