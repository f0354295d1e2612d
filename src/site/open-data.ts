// Open data is written straight into the output rather than as Eleventy pages:
// - one file per record (`api/articles/<id>.json`, `api/events/<id>.json`): as thousands of
//   template pages each paid Eleventy's per-page work for nothing a template adds;
// - the archive-wide files (`api/articles.json`, `events.json`, `people.json`, `countries.json`,
//   `report.json`, `events.geojson`, `events.csv`, `events.ics`): the biggest is over 100 MB at
//   10,000 articles, and as a page Eleventy held several copies of it as strings; here the JSON is
//   written a record at a time.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PublishedArchive } from "../model/schema.ts";
import { eventsToCsv } from "../archive/csv.ts";
import { cameoColumns, withCameo } from "./exports/cameo.ts";
import { eventsGeoJson } from "./exports/geojson.ts";
import { eventsCalendar, type CalendarSettings } from "./exports/ics.ts";
import { JsonArrayFile, writeJsonFile } from "./json.ts";
import type { Places } from "./places.ts";
import type { SiteViews } from "./views/types.ts";
import type { FileWriter } from "../output/file-writer.ts";

type OpenArchive = Pick<PublishedArchive, "articles" | "events" | "people" | "countries" | "report">;

/** Writes every open-data file under `output`; returns their absolute paths. */
export async function writeOpenData(
  output: string,
  archive: OpenArchive,
  views: Pick<SiteViews, "articleById" | "personById" | "countryById">,
  places: Places,
  site: CalendarSettings,
  files: FileWriter,
): Promise<string[]> {
  const written: string[] = [];
  const file = (name: string) => {
    const full = path.resolve(output, "api", name);
    written.push(full);
    return full;
  };
  mkdirSync(path.join(output, "api"), { recursive: true });
  // One small file per record, written by the worker, and the same JSON into the list of all.
  const records = async <T>(kind: string, list: readonly T[], id: (item: T) => string, publish: (item: T) => unknown) => {
    const all = new JsonArrayFile(file(`${kind}.json`));
    try {
      for (const item of list) {
        const json = JSON.stringify(publish(item), null, 2);
        all.add(json);
        await files.write(file(`${kind}/${id(item)}.json`), `${json}\n`);
      }
    } finally {
      all.close();
    }
  };
  await records("articles", archive.articles, (article) => article.id, (article) => article);
  await records("events", archive.events, (event) => event.id, (event) => withCameo(event, places));
  writeJsonFile(file("people.json"), archive.people);
  writeJsonFile(file("countries.json"), archive.countries);
  writeJsonFile(file("report.json"), archive.report);
  writeJsonFile(file("events.geojson"), eventsGeoJson(archive.events, places, site));
  writeFileSync(file("events.csv"), eventsToCsv(archive.events, cameoColumns(places)));
  writeFileSync(file("events.ics"), eventsCalendar(archive.events, views.articleById, views.personById, views.countryById, site));
  return written;
}
