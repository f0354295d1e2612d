// Where the builds under test live and how to walk them. `npm test` (scripts/test.sh) builds
// `_site/` and a prefixed copy before the tests run; SITE_DIR / PREFIXED_SITE_DIR point elsewhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./build-site.ts";

export const SITE_DIR = path.resolve(projectRoot, process.env.SITE_DIR ?? "_site");
export const PREFIXED_SITE_DIR = path.resolve(projectRoot, process.env.PREFIXED_SITE_DIR ?? ".cache/site-prefixed");
/** The prefix scripts/test.sh builds the second copy with. */
export const TEST_PREFIX = "/archive/";

export function requireBuild(dir: string): string {
  if (!existsSync(path.join(dir, "index.html"))) {
    throw new Error(`${path.relative(projectRoot, dir) || dir}/index.html is missing: run \`npm test\` (it builds first) or \`npm run build\``);
  }
  return dir;
}

/** Every file under dir ending in one of `extensions`, as sorted relative paths with `/`. */
export function listFiles(dir: string, extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((extension) => entry.name.endsWith(extension))) found.push(path.relative(dir, full).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return found.sort();
}

export function readJson<T = unknown>(dir: string, relative: string): T {
  return JSON.parse(readFileSync(path.join(dir, relative), "utf8")) as T;
}

interface Linked {
  url: string;
  articles?: unknown[];
  events?: unknown[];
  paragraphs?: unknown[];
}

/** The record with the most of something; ties go to the first, so the choice is stable. */
function busiest(records: Linked[], weight: (record: Linked) => number): string {
  let best: Linked | undefined;
  for (const record of records) if (!best || weight(record) > weight(best)) best = record;
  if (!best) throw new Error("the build has no records of this kind");
  return best.url;
}

/** The calendar month with the most visits under way (ties: the latest), from the open data. */
function busiestMonth(dir: string): string | null {
  const counts = new Map<string, number>();
  for (const event of readJson<{ start: string | null; precision: string }[]>(dir, "api/events.json")) {
    if (event.start && event.precision !== "unknown") counts.set(event.start.slice(0, 7), (counts.get(event.start.slice(0, 7)) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of [...counts].sort()) if (!best || entry[1] >= best[1]) best = entry;
  return best?.[0] ?? null;
}

/** One page of each type worth checking in a browser: the richest of each, from the open data. */
export function samplePages(dir: string): { name: string; path: string }[] {
  const month = busiestMonth(dir);
  return [
    { name: "home", path: "/" },
    { name: "event", path: busiest(readJson(dir, "api/events.json"), (event) => event.articles?.length ?? 0) },
    { name: "article", path: busiest(readJson(dir, "api/articles.json"), (article) => (article.events?.length ?? 0) * 1000 + (article.paragraphs?.length ?? 0)) },
    { name: "person", path: busiest(readJson(dir, "api/people.json"), (person) => person.articles?.length ?? 0) },
    { name: "country", path: busiest(readJson(dir, "api/countries.json"), (country) => country.articles?.length ?? 0) },
    ...(month
      ? [
          { name: "year", path: `/${month.slice(0, 4)}/` },
          { name: "month", path: `/${month.replace("-", "/")}/` },
        ]
      : []),
    { name: "build report", path: "/report/" },
  ];
}
