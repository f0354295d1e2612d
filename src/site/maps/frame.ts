// The projection of one map: centred on the places it shows, fitted to them with room for labels,
// and as tall as that region needs (within limits), so a map shows the countries involved and not
// the whole world.
import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";

/** Width of every map in user units: at 390 px wide screens it draws at about 1:1, so 16-unit labels stay at least body size. */
export const MAP_WIDTH = 340;
const MIN_HEIGHT = 190;
const MAX_HEIGHT = 320;
/** Room around the places for their labels. */
const PADDING = 34;
/** Even one country is shown with its neighbours: at least this radius (degrees) around the centre. */
const MIN_RADIUS = 6;
/** Beyond this spread (degrees from the centre) the map switches to a world projection. */
const REGIONAL_SPREAD = 40;
/** Outline detail a reader can see: bends smaller than this many square units are dropped. */
const VISIBLE_AREA = 1.5;

export interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
  /** Simplification threshold for the shapes, in square degrees. */
  minArea: number;
  /** Longitude and latitude range in view, or null when the map shows most of the world. */
  view: { west: number; east: number; south: number; north: number; centre: number } | null;
}

/** Frames already fitted: many maps show the same places (fitting one costs about 0.5 ms). */
const frames = new Map<string, Frame>();
const MOST_FRAMES_KEPT = 1000;

/**
 * A frame showing every point (longitude, latitude), and the `extent` points too when it can.
 * The same points give the same frame object: callers only read it.
 */
export function frameFor(points: [number, number][], extent: [number, number][] = []): Frame {
  const key = JSON.stringify([points, extent]);
  let frame = frames.get(key);
  if (!frame) {
    if (frames.size >= MOST_FRAMES_KEPT) frames.clear();
    frame = fitFrame(points, extent);
    frames.set(key, frame);
  }
  return frame;
}

function fitFrame(points: [number, number][], extent: [number, number][]): Frame {
  const multiPoint: Geometry = { type: "MultiPoint", coordinates: points };
  const centre = points.length === 1 ? points[0]! : (geoCentroid(multiPoint) as [number, number]);
  const spread = Math.max(0, ...points.map((point) => (geoDistance(centre, point) * 180) / Math.PI));
  const regional = spread < REGIONAL_SPREAD;
  const projection = regional
    ? geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(90)
    : geoNaturalEarth1().rotate([-centre[0], 0]);
  const target: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: {}, geometry: multiPoint },
      ...(regional && extent.length ? [{ type: "Feature" as const, properties: {}, geometry: { type: "MultiPoint" as const, coordinates: extent } }] : []),
      { type: "Feature", properties: {}, geometry: geoCircle().center(centre).radius(Math.max(MIN_RADIUS, spread * 0.15))() },
    ],
  };
  projection.fitWidth(MAP_WIDTH - 2 * PADDING, target);
  const [[, top], [, bottom]] = geoPath(projection).bounds(target);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, bottom - top + 2 * PADDING)));
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, height - PADDING],
    ],
    target,
  );
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const degreesPerUnit = 180 / Math.PI / projection.scale();
  return { projection, width: MAP_WIDTH, height, minArea: degreesPerUnit ** 2 * VISIBLE_AREA, view: regional ? viewOf(projection, height, centre[0]) : null };
}

/** The longitudes (relative to the centre's) and latitudes the frame shows, sampled along a grid. */
function viewOf(projection: GeoProjection, height: number, centre: number): Frame["view"] {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const point = projection.invert?.([(MAP_WIDTH * i) / steps, (height * j) / steps]);
      if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
      const lon = relativeLongitude(point[0], centre);
      [west, east, south, north] = [Math.min(west, lon), Math.max(east, lon), Math.min(south, point[1]), Math.max(north, point[1])];
    }
  }
  // Grid points miss a little at the edges: widen by a step's worth.
  const margin = Math.max(east - west, north - south) / steps;
  return { west: west - margin, east: east + margin, south: south - margin, north: north + margin, centre };
}

/** A longitude as degrees east of the centre, in [-180, 180). */
export function relativeLongitude(lon: number, centre: number): number {
  return ((((lon - centre + 180) % 360) + 360) % 360) - 180;
}
