// Template filters that draw the maps and charts and write the calendar, GeoJSON and CAMEO
// exports. Countries' places come from data/places.json, read once when the site is set up.
import type { Event } from "../model/schema.ts";
import { eventsToCsv } from "../archive/csv.ts";
import { drawChart } from "./charts/bars.ts";
import { cameoColumns, withCameo } from "./exports/cameo.ts";
import { eventsGeoJson } from "./exports/geojson.ts";
import { eventsCalendar, type CalendarSettings } from "./exports/ics.ts";
import { drawMap } from "./maps/draw.ts";
import type { MapSpec } from "./maps/spec.ts";
import { loadPlaces, type Places } from "./places.ts";
import { siteStylesheet } from "./stylesheet.ts";
import type { Chart, SiteViews } from "./views/types.ts";

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

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types
export function registerFigureFilters(eleventyConfig: any, site: CalendarSettings, places: Places, views: () => SiteViews): void {
  eleventyConfig.addFilter("siteStylesheet", siteStylesheet);
  eleventyConfig.addFilter("drawMap", (spec: MapSpec, id?: string) => drawMap(spec, places, id));
  eleventyConfig.addFilter("drawChart", (chart: Chart, id?: string) => drawChart(chart, id));
  eleventyConfig.addFilter("eventsCsv", (events: Event[]) => eventsToCsv(events, cameoColumns(places)));
  eleventyConfig.addFilter("eventsJson", (events: Event[]) => json(events.map((event) => withCameo(event, places))));
  eleventyConfig.addFilter("eventsGeoJson", (events: Event[]) => json(eventsGeoJson(events, places, site)));
  eleventyConfig.addFilter("eventsIcs", (events: Event[]) => {
    const { articleById, personById, countryById } = views();
    return eventsCalendar(events, articleById, personById, countryById, site);
  });
}
