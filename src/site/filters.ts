// Template filters: small, pure formatting helpers. Dates are formatted from YYYY-MM-DD strings
// with date-fns in UTC, so the build machine's time zone never shows in the output.
import type { Article } from "../model/schema.ts";
import type { CountryPage, SiteViews } from "./views/index.ts";
import { articleBodyRenderer, rememberedBodyRenderer } from "./article-html.ts";
import { placesOrExit, registerFigureFilters } from "./figures.ts";
import { toJson } from "./json.ts";
import { isoDateTime, readableDate, toUtcDate } from "./dates.ts";
import { jsonFeed } from "./feeds.ts";
import { countryLd, jsonLdScript, websiteLd, type LdSettings } from "./json-ld.ts";
import type { Places } from "./places.ts";
import { capitalise, plural, roleLabel } from "./text.ts";
import { absoluteUrl } from "./urls.ts";
import { registerPageFilters, registerPieceFilters } from "./pages/filters.ts";

export { capitalise, plural, readableDate, roleLabel, toUtcDate };

export interface FilterContext {
  site: LdSettings;
  /** The page views, computed once on first use. */
  views: () => SiteViews;
  /** Where the maps draw each country; data/places.json when not given. */
  places?: Places;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types
export function registerFilters(eleventyConfig: any, context?: FilterContext): void {
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("isoDateTime", isoDateTime);
  eleventyConfig.addFilter("utcDate", toUtcDate);
  eleventyConfig.addFilter("json", toJson);
  eleventyConfig.addFilter("capitalise", capitalise);
  eleventyConfig.addFilter("roleLabel", roleLabel);
  eleventyConfig.addFilter("plural", plural);
  registerPieceFilters(eleventyConfig);
  if (!context) return;

  const { site } = context;
  const places = context.places ?? placesOrExit(process.cwd());
  registerFigureFilters(eleventyConfig, places);
  // Pages keep root-relative links (the HTML base plugin adds the path prefix); feeds are read
  // elsewhere, so their links are absolute. The feeds' renderer remembers bodies, so both belong to one
  // set of views: `npm start` makes new views after every change, and new renderers with them.
  const renderers = new WeakMap<SiteViews, { page: (article: Article) => string; feed: (article: Article) => string }>();
  const renderersFor = (views: SiteViews) => {
    let made = renderers.get(views);
    if (!made) {
      made = { page: articleBodyRenderer(views), feed: rememberedBodyRenderer(views, (path) => absoluteUrl(site, path)) };
      renderers.set(views, made);
    }
    return made;
  };
  const bodyForPage = (article: Article) => renderersFor(context.views()).page(article);
  const bodyForFeed = (article: Article) => renderersFor(context.views()).feed(article);

  eleventyConfig.addFilter("fullUrl", (path: string) => absoluteUrl(site, path));
  eleventyConfig.addFilter("feedBody", bodyForFeed);
  eleventyConfig.addFilter("jsonFeed", (articles: Article[]) => toJson(jsonFeed(site, articles, bodyForFeed)));
  eleventyConfig.addFilter("websiteLd", () => jsonLdScript(websiteLd(site)));
  registerPageFilters(eleventyConfig, { site, views: context.views, places, articleText: bodyForPage });
  eleventyConfig.addFilter("countryLd", (view: CountryPage) => jsonLdScript(countryLd(site, view)));
}
