// Eleventy configuration, read top to bottom. It renders what it is given: the published Archive
// and the site settings come from the caller (scripts/build.ts, or a test rendering a fixture),
// templates live in templates/, and the search index is written beside the pages.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import type { PublishedArchive } from "./src/model/schema.ts";
import type { SiteSettings } from "./src/site/settings.ts";
import { buildSiteViews, type SiteViews } from "./src/site/views/index.ts";
import { registerFilters } from "./src/site/filters.ts";
import { placesOrExit } from "./src/site/figures.ts";
import { writeOpenData } from "./src/site/open-data.ts";
import { readBulkTemplate, renderBulkTemplate, type BulkPage, type BulkTemplate, type NunjucksEnvironment, type NunjucksLibrary } from "./src/site/bulk-pages.ts";
import { SITEMAP_DATA, sitemapXml, type WrittenPage } from "./src/site/sitemap.ts";
import { changedPages, fingerprintPages, type ChangedPages, type PageFingerprints } from "./src/site/changed-pages.ts";
import { indexSearchAlongside, type SearchIndexReport } from "./src/search/index.ts";
import { buildDeskViews, type DeskViews } from "./src/site/views/desk.ts";
import { compileOnce } from "./src/site/nunjucks-compile-once.ts";
import { splitNamesOnce } from "./src/site/nunjucks-frames.ts";
import { MARKER_FILE } from "./src/output/marker.ts";
import { FileWriter } from "./src/output/file-writer.ts";
import { removeUnwritten } from "./src/output/stale-files.ts";

/** Folders of the output written other than by templates: copied assets, the search index. */
const ASSETS_FOLDER = "assets";
const SEARCH_FOLDER = "pagefind";

interface BeforeBuild {
  directories: { output: string };
}

interface AfterBuild extends BeforeBuild {
  /** One per page written. */
  results: WrittenPage[];
}

/** Where the templates are, relative to the project root. */
export const TEMPLATES = "templates";

/** A template found paginated at start, read again for each build (`npm start` sees edits). */
function bulkTemplate(file: string): BulkTemplate {
  const template = readBulkTemplate(TEMPLATES, file);
  if (!template) throw new Error(`${TEMPLATES}/${file} is no longer one page per item of a view list; restart the build`);
  return template;
}

/** Every template under `folder` (not the layouts and partials in _includes), relative to it. */
function listTemplates(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".njk") && !file.startsWith("_includes"))
    .map((file) => file.split(path.sep).join("/"));
}

// Eleventy's config API has no published TypeScript types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export interface SiteSource {
  site: SiteSettings;
  /** The archive to render; asked again after `forget` (when `npm start` sees a change). */
  archive: () => PublishedArchive;
  /** Drops what `archive` remembers, so the next call reads the input again. */
  forget: () => void;
  /** Folders whose changes rebuild the site under `npm start`. */
  watch: readonly string[];
  /** Characters of text per search index shard (src/search/shards.ts); its default when not given. */
  searchShardSize?: number;
  /** Told the search index's size and time after each build. */
  onSearchIndexed?: (report: SearchIndexReport) => void;
}

/**
 * What one build shares between its steps (and `npm start` between rebuilds): the views, computed
 * once, the pages written so far, and the search index under way.
 */
export interface SiteRun {
  views?: SiteViews;
  /** The editor's desk: correction notes, the same story elsewhere, the build report's pages. */
  desk?: DeskViews;
  written: WrittenPage[];
  /** The open-data files written this build (open-data.ts). */
  openData: string[];
  searchIndex?: Promise<SearchIndexReport>;
  /** `npm start`: a rebuild renders only the pages that changed (changed-pages.ts), and does not wait for search. */
  serving: boolean;
  /** This rebuild's pages to render: null for all of them. */
  plan?: ChangedPages | null;
  /** The last complete build's page fingerprints and written pages, and this build's fingerprints. */
  fingerprints?: PageFingerprints;
  nextFingerprints?: PageFingerprints;
  pagesByUrl: Map<string, WrittenPage>;
  /** `npm start`: a template changed since the last build, so every page is rendered. */
  templatesChanged?: boolean;
  /** Render the paginated templates as Eleventy pages instead of in bulk (tests compare the two). */
  eleventyPages?: boolean;
  /** Writes the open data's and the bulk pages' files in a worker thread. */
  files?: FileWriter;
  /** Eleventy's Nunjucks environment for this run, which renders the bulk pages too. */
  nunjucks?: { nunjucks: NunjucksLibrary; environment: NunjucksEnvironment };
  /** A build's output folder, when known before Eleventy starts: the search index starts at once. */
  output?: string;
}

export const newSiteRun = (serving = false): SiteRun => ({ written: [], openData: [], serving, pagesByUrl: new Map() });

/**
 * Give this to Eleventy as its `config` callback: `new Eleventy(input, output, { config: (c) => configureSite(c, source) })`.
 */
export function configureSite(eleventyConfig: EleventyConfig, source: SiteSource, run: SiteRun = newSiteRun()): void {
  const { site } = source;
  const getViews = () => (run.views ??= buildSiteViews(source.archive()));
  const getDesk = () => (run.desk ??= buildDeskViews(source.archive()));
  // What this build renders: every page, or under `npm start` after a change only the changed ones.
  const getPlan = (): ChangedPages | null => {
    if (run.plan !== undefined) return run.plan;
    if (!run.serving) return (run.plan = null);
    run.nextFingerprints = fingerprintPages(getViews(), getDesk());
    // An edited template or stylesheet can change any page: the fingerprints of views do not see it.
    if (run.templatesChanged) return (run.plan = null);
    const plan = changedPages(getViews(), getDesk(), run.fingerprints, run.nextFingerprints);
    // Every page left out must have its file from the last build; if one has not, render them all.
    return (run.plan = plan && [...plan.unchanged].every((url) => run.pagesByUrl.has(url)) ? plan : null);
  };

  // `npm start`: an edited article or data file rebuilds the records (cached by content).
  for (const folder of source.watch) eleventyConfig.addWatchTarget(`${folder}/**`);
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    source.forget();
    run.views = undefined;
    run.desk = undefined;
    run.plan = undefined;
    run.templatesChanged = changed.some((file) => path.relative(TEMPLATES, file).split(path.sep)[0] !== "..");
    if (changed.some((file) => /(^|\/)data\/site\.json$/.test(file))) {
      console.error("warning: data/site.json changed; restart npm start to apply the new site settings");
    }
  });

  // Frozen, so Eleventy's data cascade hands every page the same object instead of deep-copying
  // the whole archive into each of them (which would grow with articles × pages). The bulk pages
  // get the same global data.
  const siteData = Object.freeze({ ...site });
  const archiveData = () => Object.freeze({ ...source.archive() });
  const viewsData = () => Object.freeze({ ...(getPlan()?.views ?? getViews()) });
  const deskData = () => Object.freeze({ ...(getPlan()?.desk ?? getDesk()) });
  const globals = () => ({ site: siteData, archive: archiveData(), views: viewsData(), desk: deskData() });
  eleventyConfig.addGlobalData("site", siteData);
  eleventyConfig.addGlobalData("archive", archiveData);
  eleventyConfig.addGlobalData("views", viewsData);
  eleventyConfig.addGlobalData("desk", deskData);

  // The base plugin prefixes every root-relative URL in HTML output with the path prefix.
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  eleventyConfig.addPlugin(rssPlugin);
  const places = placesOrExit(process.cwd());
  registerFilters(eleventyConfig, { site, views: getViews, places });

  // The search index is made afresh by every build, served or not, so a removed article leaves no
  // fragment behind. Pagefind indexes in its own process: alongside the pages in a build, which
  // waits for it at the end; under `npm start` after them, so a rebuild's pages, which the editor
  // is waiting for, do not share the CPU with it.
  const startSearchIndex = (output: string) => {
    // Under `npm start`, the last rebuild's may still be running: this one starts when it ends.
    const archive = source.archive();
    const previous = run.searchIndex?.catch(() => undefined) ?? Promise.resolve();
    run.searchIndex = previous.then(() => {
      rmSync(path.join(output, SEARCH_FOLDER), { recursive: true, force: true });
      return indexSearchAlongside(output, archive, { language: site.language, shardSize: source.searchShardSize });
    });
    run.searchIndex.catch(() => undefined); // a failure is reported where it is awaited, below
  };
  // In a build, the search index is the longest step, on the other core: it starts as soon as the
  // output folder is known (here, before Eleventy reads its data and the views are made), or else
  // before the pages. Then the open data, written straight into the output.
  if (!run.serving && run.output && !run.searchIndex) startSearchIndex(run.output);
  eleventyConfig.on("eleventy.before", async ({ directories }: BeforeBuild) => {
    run.written = [];
    if (!run.serving && !run.searchIndex) startSearchIndex(directories.output);
    run.files ??= new FileWriter();
    run.openData = await writeOpenData(directories.output, source.archive(), getViews(), places, site, run.files);
  });
  // The pages Eleventy wrote, with the data the sitemap needs; then the bulk pages, and the sitemap.
  for (const selector of SITEMAP_DATA) eleventyConfig.dataFilterSelectors.add(selector);
  eleventyConfig.on("eleventy.after", async ({ directories, results }: AfterBuild) => {
    // Only what the sitemap and the clean-up read: a result also holds its page's whole content.
    for (const { url, outputPath, data } of results) run.written.push({ url, outputPath, data });
    const bulkFrom = performance.now();
    const bulk = await renderBulkPages(directories.output);
    // As Eleventy refuses two templates writing one file, so do the bulk pages.
    const taken = new Set(run.written.flatMap((page) => (typeof page.outputPath === "string" ? [path.resolve(page.outputPath)] : [])));
    for (const page of bulk) {
      const file = path.resolve(page.outputPath);
      if (taken.has(file)) throw new Error(`two pages are written to ${path.relative(directories.output, file)} (the second: ${page.url})`);
      taken.add(file);
      run.written.push(page); // one by one, not push(...bulk): too many arguments at 50,000 articles
    }
    if (!run.serving) console.log(`[pages] ${bulk.length} pages written in bulk from ${bulkFiles.length} paginated templates in ${((performance.now() - bulkFrom) / 1000).toFixed(2)} seconds`);
    // Pages not rendered again because they did not change are still part of the site.
    const unchanged = getPlan()?.unchanged ?? new Set<string>();
    for (const url of unchanged) run.written.push(run.pagesByUrl.get(url) as WrittenPage);
    if (unchanged.size) console.log(`rebuilt ${results.length + bulk.length} files; ${unchanged.size} pages did not change and were kept`);
    const sitemap = path.resolve(directories.output, "sitemap.xml");
    writeFileSync(sitemap, sitemapXml(run.written, site));
    if (run.serving) {
      // The browser reloads once this handler ends: the pages do not wait for the search index.
      startSearchIndex(directories.output);
      run.searchIndex?.then(source.onSearchIndexed, (error: unknown) => console.error(`error: ${error instanceof Error ? error.message : String(error)}`));
    } else if (run.searchIndex) {
      const waitFrom = performance.now();
      const report = await run.searchIndex;
      source.onSearchIndexed?.({ ...report, waitedMilliseconds: performance.now() - waitFrom });
    }
    // `npm start` rebuilds in place: what this rebuild did not write (a deleted article's page) goes.
    // A build writes into a folder of its own, made empty (src/output/atomic.ts): nothing to remove.
    if (run.serving) {
      const pages = run.written.flatMap((result) => (typeof result.outputPath === "string" ? [path.resolve(result.outputPath)] : []));
      const written = new Set([...run.openData, sitemap, ...pages]);
      for (const file of removeUnwritten(directories.output, written, [ASSETS_FOLDER, SEARCH_FOLDER, MARKER_FILE])) {
        console.error(`removed ${file} (no longer built)`);
      }
    }
    // What the next rebuild under `npm start` compares with.
    run.pagesByUrl = new Map(run.written.flatMap((page) => (typeof page.url === "string" ? [[page.url, page] as const] : [])));
    run.fingerprints = run.nextFingerprints;
    run.plan = undefined;
    run.templatesChanged = false;
  });

  // The paginated templates' pages (articles, events, people, calendar, lists) are rendered in bulk
  // with Eleventy's Nunjucks environment after its own pages, not as Eleventy pages (bulk-pages.ts).
  const bulkFiles = run.eleventyPages ? [] : listTemplates(TEMPLATES).filter((file) => readBulkTemplate(TEMPLATES, file));
  for (const file of bulkFiles) {
    eleventyConfig.ignores.add(`${TEMPLATES}/${file}`);
    eleventyConfig.addWatchTarget(`${TEMPLATES}/${file}`);
  }
  const renderBulkPages = async (output: string): Promise<BulkPage[]> => {
    if (!run.nunjucks) throw new Error("Eleventy made no Nunjucks environment to render the pages with");
    run.files ??= new FileWriter();
    const renderTransforms = eleventyConfig.getFilter("renderTransforms");
    const options = {
      ...run.nunjucks,
      templates: TEMPLATES,
      output,
      globals: globals(),
      transform: (content: string, page: object) => renderTransforms.call({}, content, page) as Promise<string>,
      keep: SITEMAP_DATA,
      files: run.files,
    };
    const written: BulkPage[][] = [];
    for (const file of bulkFiles) written.push(await renderBulkTemplate(bulkTemplate(file), options));
    await run.files.flush(); // the open data's files and the pages, all on disk
    return written.flat();
  };

  // Each template's text is compiled once, not once per page Eleventy makes from it; each variable name split once.
  eleventyConfig.on("eleventy.engine.njk", (engine: { nunjucks: NunjucksLibrary & Parameters<typeof compileOnce>[0] & Parameters<typeof splitNamesOnce>[0]; environment: NunjucksEnvironment }) => {
    compileOnce(engine.nunjucks, engine.environment);
    splitNamesOnce(engine.nunjucks);
    run.nunjucks = engine;
  });

  eleventyConfig.addPassthroughCopy({ [`${TEMPLATES}/assets`]: ASSETS_FOLDER });
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setQuietMode(true);
  // Eleventy warns when one filter takes over 8% of a build; on a small archive the maps' one-time
  // atlas load always does, and the warning would read as an input problem. The build reports its
  // own timings (and `npm run profile` the details).
  eleventyConfig.benchmarkManager?.get("Configuration")?.setMinimumThresholdPercent(100);
}
