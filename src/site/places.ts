// Where the maps draw each country and which codes it carries (data/places.json, kept by an
// editor): read once, checked against a schema, and a bad entry named on one line.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { describeIssues, Slug } from "../model/schema.ts";

const Place = z.strictObject({
  capital: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** ISO 3166-1 alpha-3, the country's CAMEO actor code (`VNM`). */
  iso3: z.string().regex(/^[A-Z]{3}$/, "expected three capital letters such as 'VNM'"),
  /** ISO 3166-1 numeric, which names the country's shape in Natural Earth (`704`). */
  isoNumeric: z.string().regex(/^\d{3}$/, "expected three digits such as '704'").nullable(),
  /** The shape's name in Natural Earth, for a country without a numeric code (`Kosovo`). */
  shapeName: z.string().min(1).optional(),
});

const PlacesFile = z.strictObject({
  about: z.string().optional(),
  countries: z.record(Slug, Place),
});

export type Place = z.infer<typeof Place>;
export type Places = ReadonlyMap<string, Place>;

export const PLACES_FILE = "data/places.json";

/** Reads `data/places.json` under root; a missing file means no country is on the maps. */
export function loadPlaces(root: string): Places {
  const file = path.join(root, PLACES_FILE);
  if (!existsSync(file)) return new Map();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${PLACES_FILE}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parsePlaces(json);
}

export function parsePlaces(json: unknown): Places {
  const parsed = PlacesFile.safeParse(json);
  if (!parsed.success) throw new Error(`${PLACES_FILE}: ${describeIssues(parsed.error)}`);
  return new Map(Object.entries(parsed.data.countries));
}
