// Eleventy configuration: reads top to bottom. Data comes from one place (the Archive built
// by src/), templates live in templates/, output goes to _site/.
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import { rssPlugin } from "@11ty/eleventy-plugin-rss";
import { loadSiteSettings } from "./src/site/settings.ts";
import { defaultArchiveOptions, forgetArchives, loadArchive } from "./src/site/archive-data.ts";
import type { Archive } from "./src/model/schema.ts";
import { buildSiteViews, type SiteViews } from "./src/site/views/index.ts";
import { registerFilters } from "./src/site/filters.ts";
import { indexSearch } from "./src/search/index.ts";

// Eleventy's config API has no published TypeScript types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export default function (eleventyConfig: EleventyConfig) {
  const site = loadSiteSettings(process.cwd());
  // The input folder's Archive, or a ready-made one with ARCHIVE_FIXTURE=path/to/archive.json.
  let archive: Archive | undefined;
  let views: SiteViews | undefined;
  const getArchive = () => (archive ??= loadArchive());
  const getViews = () => (views ??= buildSiteViews(getArchive()));

  // `npm start`: an edited article or authority file rebuilds the records (cached by content).
  const input = defaultArchiveOptions().input;
  eleventyConfig.addWatchTarget(`./${input}/**`);
  eleventyConfig.addWatchTarget("./data/**");
  eleventyConfig.on("eleventy.beforeWatch", () => {
    forgetArchives();
    archive = views = undefined;
  });

  // Frozen, so Eleventy's data cascade hands every page the same object instead of deep-copying
  // the whole archive into each of them (which would grow with articles × pages).
  eleventyConfig.addGlobalData("site", Object.freeze({ ...site }));
  eleventyConfig.addGlobalData("archive", () => Object.freeze({ ...getArchive() }));
  eleventyConfig.addGlobalData("views", () => Object.freeze({ ...getViews() }));

  // The base plugin prefixes every root-relative URL in HTML output with PATH_PREFIX.
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  eleventyConfig.addPlugin(rssPlugin);
  registerFilters(eleventyConfig, { site, views: getViews });

  // `npm run build` indexes search as its last step; `npm start` has no last step, so index here.
  eleventyConfig.on("eleventy.after", async ({ dir, runMode }: { dir: { output: string }; runMode: string }) => {
    if (runMode !== "build") await indexSearch(dir.output, getArchive(), site);
  });

  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  eleventyConfig.setQuietMode(true);

  return {
    // No `output` here: it would override `--output` / the Eleventy constructor (default `_site`).
    dir: { input: "templates", includes: "_includes", data: "_data" },
    templateFormats: ["njk", "md"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}
