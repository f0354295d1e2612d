// The JSON Feed (https://jsonfeed.org/version/1.1) of the latest articles. The Atom feed is a
// template (templates/feed.njk) using the RSS plugin's filters; both list the same articles.
import type { Article } from "../model/schema.ts";
import { isoDateTime } from "./dates.ts";
import { absoluteUrl, type UrlSettings } from "./urls.ts";

export interface FeedSettings extends UrlSettings {
  title: string;
  description: string;
  language: string;
  publisher: string;
}

export const FEED_PATHS = { atom: "/feed.xml", json: "/feed.json" } as const;

export function jsonFeed(site: FeedSettings, articlesNewestFirst: Article[], bodyHtml: (article: Article) => string): Record<string, unknown> {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    home_page_url: absoluteUrl(site, "/"),
    feed_url: absoluteUrl(site, FEED_PATHS.json),
    description: site.description,
    language: site.language,
    authors: [{ name: site.publisher }],
    items: articlesNewestFirst.map((article) => ({
      id: absoluteUrl(site, article.url),
      url: absoluteUrl(site, article.url),
      title: article.title,
      summary: article.summary,
      content_html: bodyHtml(article),
      // JSON Feed makes the date optional: an undated article has none.
      ...(article.published ? { date_published: isoDateTime(article.published) } : {}),
      ...(article.byline ? { authors: [{ name: article.byline.replace(/^by\s+/i, "") }] } : {}),
    })),
  };
}
