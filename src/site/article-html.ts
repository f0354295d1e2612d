// An article's body as HTML for its page and for the feeds, with people and countries linked.
import type { Article } from "../model/schema.ts";
import { renderArticleBody } from "../render/article-body.ts";
import { mentionTargets } from "../render/mention-targets.ts";
import type { SiteViews } from "./views/index.ts";

/** Turns a root-relative page path into the href written into the HTML. */
export type HrefFor = (path: string) => string;

export function articleBodyRenderer(views: SiteViews, hrefFor: HrefFor = (path) => path): (article: Article) => string {
  return (article) =>
    renderArticleBody({
      paragraphs: article.paragraphs,
      targets: mentionTargets(article, {
        person: (id) => (views.personById[id] ? hrefFor(views.personById[id]!.url) : null),
        country: (id) => (views.countryById[id] ? hrefFor(views.countryById[id]!.url) : null),
      }),
    });
}

/**
 * The same, remembered per article: the Atom and the JSON feed show the same latest articles.
 * Not for the pages: each article's page renders its body once, and remembering every body
 * kept them all in memory to the end of the build.
 */
export function rememberedBodyRenderer(views: SiteViews, hrefFor?: HrefFor): (article: Article) => string {
  const render = articleBodyRenderer(views, hrefFor);
  const memo = new Map<string, string>();
  return (article) => {
    let html = memo.get(article.id);
    if (html === undefined) memo.set(article.id, (html = render(article)));
    return html;
  };
}
