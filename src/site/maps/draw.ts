// Draws a MapSpec as inline SVG at build time: the countries in view (the ones involved tinted),
// a dot per capital, an arrow per route (wider for more visits) and the countries' names. Styled
// by classes from the site's stylesheet, so it follows the light and dark palettes.
import { geoPath } from "d3-geo";
import type { Place, Places } from "../places.ts";
import { escapeXml, num } from "../svg-text.ts";
import { countryShapes, fittingCorners, landShapes, shapePositions, type Shape } from "./atlas.ts";
import { CompactPath } from "./compact-path.ts";
import { frameFor, relativeLongitude, type Frame } from "./frame.ts";
import { placeLabels } from "./labels.ts";
import type { MapArrow, MapCountry, MapSpec } from "./spec.ts";

export interface DrawnMap {
  /** The `<svg>` element, or null when no country of the spec has a place to be drawn at. */
  svg: string | null;
  /** Names of the countries data/places.json has no entry for, so the map leaves them out. */
  missing: string[];
}

type Located = MapCountry & { place: Place; x: number; y: number };

const DOT_RADIUS = 4;
const BACKDROP_COARSER = 4;

export function drawMap(spec: MapSpec, places: Places, id = "map"): DrawnMap {
  const missing = spec.countries.filter((country) => !places.has(country.id)).map((country) => country.name);
  const onMap = spec.countries.filter((country) => places.has(country.id));
  if (onMap.length === 0) return { svg: null, missing };
  const capitals = onMap.map((country): [number, number] => [places.get(country.id)!.lon, places.get(country.id)!.lat]);
  const frame = frameFor(capitals, onMap.flatMap((country) => fittingCorners(shapeKey(places.get(country.id)!))));
  const located: Located[] = onMap.map((country) => {
    const place = places.get(country.id)!;
    const [x, y] = frame.projection([place.lon, place.lat]) ?? [NaN, NaN];
    return { ...country, place, x, y };
  });
  const byId = new Map(located.map((country) => [country.id, country]));
  const arrows = routes(spec.arrows, byId);
  const svg = [
    `<svg class="map-svg" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(spec.description)}</desc>`,
    `<rect class="map-sea" width="${frame.width}" height="${frame.height}"/>`,
    land(frame, located),
    arrows.svg,
    ...located.map((country) => `<circle class="map-dot${country.role === "focus" ? " map-dot-focus" : ""}" cx="${num(country.x)}" cy="${num(country.y)}" r="${DOT_RADIUS}"/>`),
    labels(spec, located, arrows.points, frame),
    "</svg>",
  ].join("");
  return { svg, missing };
}

/** The land as a backdrop, then the countries involved over it. */
function land(frame: Frame, located: Located[]): string {
  const focus = new Set(located.filter((country) => country.role === "focus").map((country) => shapeKey(country.place)));
  const involved = new Set(located.filter((country) => country.role === "involved").map((country) => shapeKey(country.place)));
  // Maps of the same frame and tint (every visit between the same two countries) share one drawing.
  let drawings = lands.get(frame);
  if (!drawings) lands.set(frame, (drawings = new Map()));
  const key = JSON.stringify([[...focus], [...involved]]);
  let drawn = drawings.get(key);
  if (drawn === undefined) drawings.set(key, (drawn = drawLand(frame, focus, involved)));
  return drawn;
}

function drawLand(frame: Frame, focus: Set<string>, involved: Set<string>): string {
  const layers = { other: backdrop(frame), involved: "", focus: "" };
  // The shapes of the countries involved, in the atlas's order.
  const shapes = countryShapes(frame.minArea);
  const positions = shapePositions(shapes);
  const tinted = [...new Set([...focus, ...involved])].flatMap((key) => positions.get(key) ?? []).sort((a, b) => a - b);
  for (const shape of tinted.map((index) => shapes[index]!)) {
    const layer = focus.has(shape.key) ? "focus" : "involved";
    if (inView(shape, frame)) layers[layer] += outline(frame, shape);
  }
  return (["other", "involved", "focus"] as const)
    .filter((kind) => layers[kind])
    .map((kind) => `<path class="map-land${kind === "other" ? "" : ` map-land-${kind}`}" d="${layers[kind]}"/>`)
    .join("");
}

// Many maps share a frame (the same places) but tint different countries: the backdrop and each
// country's outline are drawn once per frame. Path data concatenates, as every ring starts with M.
const backdrops = new WeakMap<Frame, string>();
const lands = new WeakMap<Frame, Map<string, string>>();
const outlines = new WeakMap<Frame, Map<Shape, string>>();

/** All the land in view, with less detail than the countries the map is about. */
function backdrop(frame: Frame): string {
  let d = backdrops.get(frame);
  if (d === undefined) {
    const path = new CompactPath();
    for (const shape of landShapes(frame.minArea * BACKDROP_COARSER)) if (inView(shape, frame)) geoPath(frame.projection, path)(shape.feature);
    backdrops.set(frame, (d = path.result()));
  }
  return d;
}

function outline(frame: Frame, shape: Shape): string {
  let drawn = outlines.get(frame);
  if (!drawn) outlines.set(frame, (drawn = new Map()));
  let d = drawn.get(shape);
  if (d === undefined) {
    const path = new CompactPath();
    geoPath(frame.projection, path)(shape.feature);
    drawn.set(shape, (d = path.result()));
  }
  return d;
}

/** How the atlas names a place's shape. */
function shapeKey(place: Place): string {
  return place.isoNumeric ?? place.shapeName ?? "";
}

/** Whether a shape's bounding box meets the frame's (always, for world maps and shapes across 180°). */
function inView(shape: Shape, frame: Frame): boolean {
  const view = frame.view;
  if (!view) return true;
  const [[west, south], [east, north]] = shape.bounds;
  if (west > east) return true;
  if (south > view.north || north < view.south) return false;
  const [from, to] = [relativeLongitude(west, view.centre), relativeLongitude(east, view.centre)];
  if (from > to) return true; // wraps behind the globe from here: keep it, clipping decides
  return from <= view.east && to >= view.west;
}

interface Point {
  x: number;
  y: number;
}

/** Arrows, thinnest first so the busy routes are drawn on top, and this page's leg last; with points along them for the labels to avoid. */
function routes(arrows: MapArrow[], byId: Map<string, Located>): { svg: string; points: Point[] } {
  const most = Math.max(1, ...arrows.map((arrow) => arrow.visits));
  const hasCurrent = arrows.some((arrow) => arrow.current);
  const ordered = [...arrows].sort((a, b) => Number(a.current) - Number(b.current) || a.visits - b.visits);
  const points: Point[] = [];
  const drawn = ordered.flatMap((arrow) => {
    const [from, to] = [byId.get(arrow.from), byId.get(arrow.to)];
    if (!from || !to || Math.hypot(to.x - from.x, to.y - from.y) < 3 * DOT_RADIUS) return [];
    const width = 2 + (most > 1 ? (4 * (arrow.visits - 1)) / (most - 1) : 0) + (arrow.current ? 0.5 : 0);
    const className = arrow.current ? "map-route map-route-current" : hasCurrent ? "map-route map-route-other" : "map-route";
    return [curvedArrow(from, to, width, className, points)];
  });
  return { svg: drawn.length ? `<g class="map-routes">${drawn.join("")}</g>` : "", points };
}

/** A gentle curve bending left of the direction of travel (so A→B and B→A stay apart), with its head. */
function curvedArrow(from: Point, to: Point, width: number, className: string, along: Point[]): string {
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  const length = Math.hypot(dx, dy);
  const bend = 0.2 * length;
  const control = { x: (from.x + to.x) / 2 + (dy / length) * bend, y: (from.y + to.y) / 2 - (dx / length) * bend };
  const unit = (a: { x: number; y: number }, b: { x: number; y: number }) => {
    const size = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: (b.x - a.x) / size, y: (b.y - a.y) / size };
  };
  const out = unit(from, control);
  const inward = unit(control, to);
  const start = { x: from.x + out.x * (DOT_RADIUS + 2), y: from.y + out.y * (DOT_RADIUS + 2) };
  const tip = { x: to.x - inward.x * (DOT_RADIUS + 2), y: to.y - inward.y * (DOT_RADIUS + 2) };
  const headLength = 5 + 1.6 * width;
  const headHalf = 2.5 + 1.1 * width;
  const base = { x: tip.x - inward.x * headLength, y: tip.y - inward.y * headLength };
  const end = { x: tip.x - inward.x * headLength * 0.7, y: tip.y - inward.y * headLength * 0.7 };
  const left = { x: base.x - inward.y * headHalf, y: base.y + inward.x * headHalf };
  const right = { x: base.x + inward.y * headHalf, y: base.y - inward.x * headHalf };
  for (let step = 1; step < 10; step++) {
    const t = step / 10;
    along.push({ x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x, y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y });
  }
  along.push(base, tip);
  const p = (point: Point) => `${num(point.x)},${num(point.y)}`;
  return (
    `<path class="${className}" d="M${p(start)}Q${p(control)} ${p(end)}" stroke-width="${num(width)}"/>` +
    `<path class="${className} map-head" d="M${p(tip)}L${p(left)}L${p(right)}z"/>`
  );
}

/** Country names, the focus first, then the busiest; each beside its dot where it fits. */
function labels(spec: MapSpec, located: Located[], along: Point[], frame: Frame): string {
  const visits = new Map<string, number>();
  for (const arrow of spec.arrows) {
    visits.set(arrow.from, (visits.get(arrow.from) ?? 0) + arrow.visits);
    visits.set(arrow.to, (visits.get(arrow.to) ?? 0) + arrow.visits);
  }
  const ordered = [...located].sort((a, b) => Number(b.role === "focus") - Number(a.role === "focus") || (visits.get(b.id) ?? 0) - (visits.get(a.id) ?? 0));
  const placed = placeLabels(
    ordered.map((country) => ({ x: country.x, y: country.y, text: country.name })),
    located,
    along,
    frame.width,
    frame.height,
  );
  return placed
    .map((label) => `<text class="map-label" x="${num(label.x)}" y="${num(label.y)}"${label.anchor === "start" ? "" : ` text-anchor="${label.anchor}"`}>${escapeXml(label.text)}</text>`)
    .join("");
}
