// The visits as GeoJSON (RFC 7946): each a LineString from the visitor's capital to the host's,
// with the record's fields as properties. A line crossing 180° is cut there, as the RFC asks; a
// visit whose origin is not known is a Point at the host's capital.
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { Event } from "../../model/schema.ts";
import type { Places } from "../places.ts";
import { absoluteUrl, type UrlSettings } from "../urls.ts";
import { cameoEvents } from "./cameo.ts";

export function eventsGeoJson(events: Event[], places: Places, site: UrlSettings): FeatureCollection<Geometry | null> {
  return { type: "FeatureCollection", features: events.map((event) => eventFeature(event, places, site)) };
}

function eventFeature(event: Event, places: Places, site: UrlSettings): Feature<Geometry | null> {
  const origin = event.from && event.from !== event.host ? places.get(event.from) : undefined;
  const host = places.get(event.host);
  const geometry: Geometry | null = host ? (origin ? line([origin.lon, origin.lat], [host.lon, host.lat]) : { type: "Point", coordinates: [host.lon, host.lat] }) : null;
  return {
    type: "Feature",
    id: event.id,
    geometry,
    properties: {
      id: event.id,
      title: event.title,
      url: absoluteUrl(site, event.url),
      kind: event.kind,
      start: event.start,
      end: event.end,
      precision: event.precision,
      visitor: event.visitor,
      from: event.from,
      host: event.host,
      fromCapital: origin?.capital ?? null,
      hostCapital: host?.capital ?? null,
      articles: event.articles,
      cameo: cameoEvents(event, places),
    },
  };
}

/** A straight line in longitude and latitude, cut in two where it crosses 180°. */
function line(from: Position, to: Position): Geometry {
  const [fromLon, fromLat] = from as [number, number];
  const [toLon, toLat] = to as [number, number];
  if (Math.abs(toLon - fromLon) <= 180) return { type: "LineString", coordinates: [from, to] };
  const edge = fromLon > 0 ? 180 : -180;
  const unwrapped = toLon + (edge > 0 ? 360 : -360);
  const lat = fromLat + ((toLat - fromLat) * (edge - fromLon)) / (unwrapped - fromLon);
  const crossing = Math.round(lat * 1e6) / 1e6;
  return {
    type: "MultiLineString",
    coordinates: [
      [from, [edge, crossing]],
      [[-edge, crossing], to],
    ],
  };
}
