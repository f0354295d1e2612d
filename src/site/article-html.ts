// An article's body as HTML for its page and for the feeds, with people and countries linked.
// Memoised per article: the page and the feeds render the same body.
import type { Article } from "../model/schema.ts";
import { renderArticleBody } from "../render/article-body.ts";
import { mentionTargets } from "../render/mention-targets.ts";
import type { SiteViews } from "./views/index.ts";

/** Turns a root-relative page path into the href written into the HTML. */
export type HrefFor = (path: string) => string;

export function articleBodyRenderer(views: SiteViews, hrefFor: HrefFor = (path) => path): (article: Article) => string {
  const memo = new Map<string, string>();
  return (article) => {
    const known = memo.get(article.id);
    if (known !== undefined) return known;
    const html = renderArticleBody({
      paragraphs: article.paragraphs,
      targets: mentionTargets(article, {
        person: (id) => (views.personById[id] ? hrefFor(views.personById[id]!.url) : null),
        country: (id) => (views.countryById[id] ? hrefFor(views.countryById[id]!.url) : null),
      }),
    });
    memo.set(article.id, html);
    return html;
  };
}
