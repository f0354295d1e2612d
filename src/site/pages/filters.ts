// The filters through which the templates reach the pages written in TypeScript: the article,
// event and person pages' bodies (their .njk files keep the front matter: list, permalink, title),
// and the shared pieces behind the macros in templates/_includes/macros.njk.
import type { Article, ArticleRole } from "../../model/schema.ts";
import type { LdSettings } from "../json-ld.ts";
import { articleLd, eventLd, jsonLdScript, personLd } from "../json-ld.ts";
import { drawMap } from "../maps/draw.ts";
import type { Places } from "../places.ts";
import { absoluteUrl } from "../urls.ts";
import type { DeskViews } from "../views/desk.ts";
import type { ArticlePage, ArticleSummary, EventPage, EventSummary, Paged, PersonPage, SiteViews } from "../views/index.ts";
import { articleBody } from "./article.ts";
import { eventBody } from "./event.ts";
import { joined } from "./html.ts";
import { personBody } from "./person.ts";
import { articleItem, eventItem, figure, kind, pager, role, route } from "./pieces.ts";

export interface PageFilterContext {
  site: LdSettings;
  views: () => SiteViews;
  places: Places;
  /** An article's text as HTML, mentions linked (the `articleBody` renderer). */
  articleText: (article: Article) => string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types
export function registerPageFilters(eleventyConfig: any, { site, views, places, articleText }: PageFilterContext): void {
  const fullUrl = (path: string) => absoluteUrl(site, path);
  eleventyConfig.addFilter("articlePage", (view: ArticlePage, desk: DeskViews) =>
    articleBody(view, { notes: desk.notes, sameStory: desk.sameStory, body: articleText(view.article), ld: jsonLdScript(articleLd(site, view)), site, fullUrl }),
  );
  eleventyConfig.addFilter("eventPage", (view: EventPage, desk: DeskViews) =>
    eventBody(view, {
      notes: desk.notes,
      articleById: views().articleById,
      drawMap: () => drawMap(view.map, places, "map"),
      ld: view.number === 1 ? jsonLdScript(eventLd(site, view)) : "",
      site,
      fullUrl,
    }),
  );
  eleventyConfig.addFilter("personPage", (view: PersonPage, desk: DeskViews) =>
    personBody(view, { notes: desk.notes, ld: view.number === 1 ? jsonLdScript(personLd(site, view)) : "" }),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types
export function registerPieceFilters(eleventyConfig: any): void {
  eleventyConfig.addFilter("routeHtml", (event: EventSummary) => joined((out) => route(out, event)));
  eleventyConfig.addFilter("kindHtml", (event: EventSummary) => joined((out) => kind(out, event)));
  eleventyConfig.addFilter("roleHtml", (name: ArticleRole) => joined((out) => role(out, name)));
  eleventyConfig.addFilter("eventItemHtml", (event: EventSummary) => joined((out) => eventItem(out, event)));
  eleventyConfig.addFilter("articleItemHtml", (article: ArticleSummary) => joined((out) => articleItem(out, article)));
  eleventyConfig.addFilter("pagerHtml", (view: Paged, label: string, newer: string, older: string) => joined((out) => pager(out, view, label, newer, older)));
  // The caller's body (`{% call figure(…) %}…{% endcall %}`) arrives rendered, as `text`.
  eleventyConfig.addFilter("figureHtml", (art: unknown, caption: string, text: unknown, className: string, legend: string[]) =>
    joined((out) => figure(out, String(art), caption, (inner) => inner.push(String(text)), className, legend)),
  );
}
