// Eleventy configuration: reads top to bottom. Data comes from one place (the Archive built
// by src/), templates live in templates/, output goes to _site/.
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import { loadArchive } from "./src/site/archive-data.ts";
import { loadSiteSettings } from "./src/site/settings.ts";
import { registerFilters } from "./src/site/filters.ts";

// Eleventy's config API has no published TypeScript types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export default function (eleventyConfig: EleventyConfig) {
  const site = loadSiteSettings(process.cwd());

  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addGlobalData("archive", () => loadArchive());

  eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
  registerFilters(eleventyConfig);

  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  eleventyConfig.setQuietMode(true);

  return {
    dir: { input: "templates", output: "_site", includes: "_includes", data: "_data" },
    templateFormats: ["njk", "md"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: "njk",
    pathPrefix: site.pathPrefix,
  };
}
