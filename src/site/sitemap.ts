// sitemap.xml, from the pages written rather than from a template over `collections.all`: most
// pages are written in bulk (see bulk-pages.ts), outside Eleventy's collections.
// The rule is the one `collections.all` had: a page is listed unless its template is kept out of
// collections (search, the build report) or it is a later page of a list that adds only its first.
import type { UrlSettings } from "./urls.ts";
import { absoluteUrl } from "./urls.ts";
import { escapeXml } from "./svg-text.ts";

/** The page data Eleventy is asked to keep with each page it writes (see `SITEMAP_DATA`). */
export interface WrittenPage {
  url: string | false;
  /** Where Eleventy wrote it; false for a template written nowhere. */
  outputPath: string | false;
  data?: {
    eleventyExcludeFromCollections?: boolean;
    pagination?: { pageNumber?: number; addAllPagesToCollections?: boolean };
    view?: { article?: { published?: string | null } };
  };
}

/** Data selectors for `eleventyConfig.dataFilterSelectors`, so each written page carries what the sitemap reads. */
export const SITEMAP_DATA = ["eleventyExcludeFromCollections", "pagination.pageNumber", "pagination.addAllPagesToCollections", "view.article.published"];

export function sitemapXml(pages: readonly WrittenPage[], site: UrlSettings): string {
  const listed = pages
    .filter(isListed)
    .map((page) => ({ url: page.url as string, published: page.data?.view?.article?.published ?? null }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const lines = listed.map(({ url, published }) => `<url><loc>${escapeXml(absoluteUrl(site, url))}</loc>${published ? `<lastmod>${published}</lastmod>` : ""}</url>`);
  return ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...lines, "</urlset>", ""].join("\n");
}

function isListed(page: WrittenPage): boolean {
  if (typeof page.url !== "string" || !page.url.endsWith("/")) return false;
  if (page.data?.eleventyExcludeFromCollections) return false;
  const pagination = page.data?.pagination;
  return !pagination?.pageNumber || Boolean(pagination.addAllPagesToCollections);
}
