// Template filters that draw the maps and charts and write the stylesheets. Countries' places come
// from data/places.json, read once when the site is set up.
import { drawChart } from "./charts/bars.ts";
import { drawMap } from "./maps/draw.ts";
import type { MapSpec } from "./maps/spec.ts";
import { loadPlaces, type Places } from "./places.ts";
import { siteStylesheet } from "./stylesheet.ts";
import type { Chart } from "./views/types.ts";

/**
 * data/places.json, or the build stops with one line naming the file and the entry: an editor's
 * typo should read as one, not as a stack trace from inside Eleventy's configuration.
 */
export function placesOrExit(root: string): Places {
  try {
    return loadPlaces(root);
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types
export function registerFigureFilters(eleventyConfig: any, places: Places): void {
  eleventyConfig.addFilter("siteStylesheet", siteStylesheet);
  eleventyConfig.addFilter("drawMap", (spec: MapSpec, id?: string) => drawMap(spec, places, id));
  eleventyConfig.addFilter("drawChart", (chart: Chart, id?: string) => drawChart(chart, id));
}
