// Natural Earth country shapes (world-atlas), simplified to the detail one map can show: a map
// covering a few countries uses the 1:50m shapes, a map of half the world the 1:110m ones.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { filter, filterWeight, presimplify, simplify } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";

// topojson-simplify is typed for topologies whose properties are objects.
type AnyTopology = Topology<Objects<object>>;

export interface Shape {
  /** ISO 3166-1 numeric code, or the Natural Earth name when the shape has none (`Kosovo`). */
  key: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** [[west, south], [east, north]] in degrees; west > east when the shape crosses 180°. */
  bounds: [[number, number], [number, number]];
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Land = Topology<{ land: GeometryCollection }>;

const require = createRequire(import.meta.url);
const presimplified = new Map<string, AnyTopology>();
const shapeCache = new Map<string, Shape[]>();

function atlas<T extends AnyTopology>(name: string): T {
  let topology = presimplified.get(name);
  if (!topology) {
    topology = presimplify(JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), "utf8")) as AnyTopology);
    presimplified.set(name, topology);
  }
  return topology as T;
}

/** The topology with no bend or island below `area` square degrees. */
function simplified<T extends AnyTopology>(name: string, area: number): T {
  const topology = simplify(atlas<T>(name), area);
  return filter(topology, filterWeight(topology, area * 4)) as T;
}

/** Detail rounded to a power of two, so maps of a similar scale share one simplified set; coarse detail comes from the 1:110m shapes. */
function bucket(minArea: number): { resolution: "50m" | "110m"; area: number; key: string } {
  const exponent = Math.round(Math.log2(Math.max(minArea, 2 ** -20)));
  const resolution = exponent >= -4 ? "110m" : "50m";
  return { resolution, area: 2 ** exponent, key: `${resolution}:${exponent}` };
}

function cached(kind: string, minArea: number, make: (resolution: "50m" | "110m", area: number) => Shape[]): Shape[] {
  const { resolution, area, key } = bucket(minArea);
  const cacheKey = `${kind}:${key}`;
  let shapes = shapeCache.get(cacheKey);
  if (!shapes) shapeCache.set(cacheKey, (shapes = make(resolution, area)));
  return shapes;
}

/**
 * Every country's shape with no detail below `minArea` square degrees: points that bend the
 * outline less than that are dropped, and islands smaller than it left out. One shape per
 * country (Australia has two: the mainland and its small islands).
 */
export function countryShapes(minArea: number): Shape[] {
  return cached("countries", minArea, (resolution, area) => {
    const countries = simplified<Countries>(`countries-${resolution}`, area);
    return feature(countries, countries.objects.countries).features.flatMap((country) =>
      country.geometry ? [shapeOf(country.id === undefined ? country.properties.name : String(country.id), country.geometry as Polygon | MultiPolygon)] : [],
    );
  });
}

/** The land without borders, one shape per polygon, simplified alike: the backdrop of the countries not involved. */
export function landShapes(minArea: number): Shape[] {
  return cached("land", minArea, (resolution, area) => {
    const land = simplified<Land>(`land-${resolution}`, area);
    return feature(land, land.objects.land).features.flatMap((mass) => {
      const geometry = mass.geometry as Polygon | MultiPolygon | null;
      if (!geometry) return [];
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      return polygons.map((coordinates) => shapeOf("land", { type: "Polygon", coordinates }));
    });
  });
}

function shapeOf(key: string, geometry: Polygon | MultiPolygon): Shape {
  const shape: Feature<Polygon | MultiPolygon> = { type: "Feature", properties: {}, geometry };
  return { key, feature: shape, bounds: boundsOf(geometry) };
}

/**
 * The box around a shape's points in longitude and latitude (much cheaper than d3's spherical
 * bounds, and as good for picking what is in view). Spanning more than half the world means the
 * shape crosses 180°: it is then marked west > east, and always drawn.
 */
function boundsOf(geometry: Polygon | MultiPolygon): Shape["bounds"] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [lon, lat] of ring as [number, number][]) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return east - west > 180 ? [[180, south], [-180, north]] : [[west, south], [east, north]];
}

/** Limit on a country's extent for a map to fit its whole outline (larger ones: their capital only). */
const FITTING_SPAN = 25;

/**
 * The corners of a country's outline when it is small enough for a map to show whole, so a map
 * of Việt Nam shows its south as well as Hà Nội; none for large countries and unknown shapes.
 */
export function fittingCorners(key: string): [number, number][] {
  let corners = cornersByKey.get(key);
  if (!corners) cornersByKey.set(key, (corners = cornersOf(key)));
  return corners;
}

/** Asked for each country of every map (tens of thousands), of a few hundred shapes. */
const cornersByKey = new Map<string, [number, number][]>();

function cornersOf(key: string): [number, number][] {
  const bounds = countryShapes(1).filter((shape) => shape.key === key).map((shape) => shape.bounds);
  if (bounds.length === 0) return [];
  const west = Math.min(...bounds.map((b) => b[0][0]));
  const east = Math.max(...bounds.map((b) => b[1][0]));
  const south = Math.min(...bounds.map((b) => b[0][1]));
  const north = Math.max(...bounds.map((b) => b[1][1]));
  if (west > east || east - west > FITTING_SPAN || north - south > FITTING_SPAN) return [];
  return [
    [west, south],
    [east, north],
    [west, north],
    [east, south],
  ];
}

/** Where each key's shapes are in `shapes` (a list countryShapes gave), so a map finds its few countries without reading them all. */
export function shapePositions(shapes: Shape[]): ReadonlyMap<string, number[]> {
  let positions = positionsOf.get(shapes);
  if (!positions) {
    positions = new Map();
    shapes.forEach((shape, index) => {
      const list = positions!.get(shape.key);
      if (list) list.push(index);
      else positions!.set(shape.key, [index]);
    });
    positionsOf.set(shapes, positions);
  }
  return positions;
}

const positionsOf = new WeakMap<Shape[], Map<string, number[]>>();
