// Template filters: small, pure formatting helpers. Dates are formatted from YYYY-MM-DD strings
// with date-fns in UTC, so the build machine's time zone never shows in the output.
import type { Article, ArticleRole } from "../model/schema.ts";
import type { ArticlePage, CountryPage, EventPage, PersonPage, SiteViews } from "./views/index.ts";
import { articleBodyRenderer, rememberedBodyRenderer } from "./article-html.ts";
import { placesOrExit, registerFigureFilters } from "./figures.ts";
import { toJson } from "./json.ts";
import { isoDateTime, readableDate, toUtcDate } from "./dates.ts";
import { jsonFeed } from "./feeds.ts";
import { articleLd, countryLd, eventLd, jsonLdScript, personLd, websiteLd, type LdSettings } from "./json-ld.ts";
import type { Places } from "./places.ts";
import { capitalise, plural } from "./text.ts";
import { absoluteUrl } from "./urls.ts";

export { capitalise, plural, readableDate, toUtcDate };

const ROLE_LABELS: Record<ArticleRole, string> = {
  preview: "Preview",
  report: "Report",
  assessment: "Assessment",
  mention: "Mention",
};

/** How an article relates to an event, as a reader reads it. */
export function roleLabel(role: ArticleRole): string {
  return ROLE_LABELS[role] ?? capitalise(role);
}

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
  if (!context) return;

  const { site } = context;
  registerFigureFilters(eleventyConfig, context.places ?? placesOrExit(process.cwd()));
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
  eleventyConfig.addFilter("articleBody", bodyForPage);
  eleventyConfig.addFilter("feedBody", bodyForFeed);
  eleventyConfig.addFilter("jsonFeed", (articles: Article[]) => toJson(jsonFeed(site, articles, bodyForFeed)));
  eleventyConfig.addFilter("websiteLd", () => jsonLdScript(websiteLd(site)));
  eleventyConfig.addFilter("articleLd", (view: ArticlePage) => jsonLdScript(articleLd(site, view)));
  eleventyConfig.addFilter("eventLd", (view: EventPage) => jsonLdScript(eventLd(site, view)));
  eleventyConfig.addFilter("personLd", (view: PersonPage) => jsonLdScript(personLd(site, view)));
  eleventyConfig.addFilter("countryLd", (view: CountryPage) => jsonLdScript(countryLd(site, view)));
}
