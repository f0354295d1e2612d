// The yardsticks: the same generated articles as plain Markdown files with front matter (title,
// date), one page each, for a bare Eleventy project (one Nunjucks layout) and a bare Hugo site.
// Nothing else: no events, people, feeds or search. That is the cost the issue compares against.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface MarkdownArticle {
  /** File name without extension, as in the corpus (`gen_000042`). */
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  body: string;
}

/**
 * A generated `.txt` article as Markdown: ` date YYYY-MM-DD caption` on the first line, then
 * paragraphs; lines that are only `|` (scraping debris) are dropped. The title is the lead up to
 * its first comma, as a headline would be cut; the caption stays, as a paragraph.
 */
export function toMarkdown(id: string, text: string): MarkdownArticle {
  const [first = "", ...rest] = text.split("\n");
  const stated = /^\s*date (\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(first);
  if (!stated) throw new Error(`bench: ${id} has no " date YYYY-MM-DD" first line`);
  const paragraphs = rest
    .filter((line) => line.trim() !== "|")
    .join("\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const lead = paragraphs[0] ?? stated[2]!;
  const title = lead.split(",")[0]!.slice(0, 110);
  const caption = stated[2] ? [`*${stated[2]}*`] : [];
  return { id, title, date: stated[1]!, body: [...paragraphs, ...caption].join("\n\n") };
}

export function readCorpus(corpus: string): MarkdownArticle[] {
  return readdirSync(corpus)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => toMarkdown(name.slice(0, -4), readFileSync(path.join(corpus, name), "utf8")));
}

function markdownFile(article: MarkdownArticle): string {
  // JSON strings are valid YAML double-quoted scalars.
  return `---\ntitle: ${JSON.stringify(article.title)}\ndate: ${article.date}\n---\n\n${article.body}\n`;
}

const ELEVENTY_LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1><p><time>{{ page.date.toISOString().slice(0, 10) }}</time></p>
{{ content | safe }}
</main></body>
</html>
`;

/** `<dir>/src/articles/<id>.md` + one layout; build with `eleventy --input=src --output=_site` in `<dir>`. */
export function writeEleventyBaseline(articles: MarkdownArticle[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const articlesDir = path.join(dir, "src/articles");
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(path.join(dir, "src/_includes"), { recursive: true });
  writeFileSync(path.join(dir, "src/_includes/layout.njk"), ELEVENTY_LAYOUT);
  writeFileSync(path.join(articlesDir, "articles.json"), JSON.stringify({ layout: "layout.njk" }));
  for (const article of articles) writeFileSync(path.join(articlesDir, `${article.id}.md`), markdownFile(article));
}

const HUGO_CONFIG = `baseURL = "http://localhost/"
languageCode = "en"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
buildFuture = true
`;
const HUGO_SINGLE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2006-01-02" }}</time></p>
{{ .Content }}
</main></body>
</html>
`;
const HUGO_LIST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body></body></html>\n`;

/** `<dir>/content/articles/<id>.md` + one layout; build with `hugo --source <dir>`. */
export function writeHugoBaseline(articles: MarkdownArticle[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const articlesDir = path.join(dir, "content/articles");
  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(path.join(dir, "layouts/_default"), { recursive: true });
  writeFileSync(path.join(dir, "hugo.toml"), HUGO_CONFIG);
  writeFileSync(path.join(dir, "layouts/_default/single.html"), HUGO_SINGLE);
  writeFileSync(path.join(dir, "layouts/_default/list.html"), HUGO_LIST);
  for (const article of articles) writeFileSync(path.join(articlesDir, `${article.id}.md`), markdownFile(article));
}
