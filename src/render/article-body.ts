// Article paragraphs → safe HTML through unified: mdast → hast → mention links → sanitize → HTML.
// Paragraphs are plain text (ingest has already read any Markdown), shown exactly as written: a
// line starting `1.` is not a list. Each paragraph keeps the anchor `#p<index>` that figures and
// evidence link to.
import { unified } from "unified";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import type { Schema } from "hast-util-sanitize";
import type { Root as MdastRoot, Paragraph } from "mdast";
import rehypeLinkMentions, { type MentionTarget } from "./link-mentions.ts";

export interface ArticleBodyInput {
  paragraphs: string[];
  targets: MentionTarget[];
}

/** The anchor of paragraph `index`, shared by the page and every link into it. */
export function paragraphAnchor(index: number): string {
  return `p${index}`;
}

/** Only what article prose needs; no raw HTML, scripts, styles, forms or media survive. */
const SCHEMA: Schema = {
  tagNames: ["p", "div", "a", "em", "strong", "code", "br", "ul", "ol", "li", "blockquote", "q", "sub", "sup", "del", "abbr"],
  attributes: {
    a: ["href", ["className", "mention", "mention-person", "mention-country"]],
    p: ["id"],
    div: ["id"],
    abbr: ["title"],
  },
  protocols: { href: ["http", "https", "mailto"] },
  // Our own ids (`p3`) are kept as they are.
  clobber: [],
  clobberPrefix: "",
  strip: ["script", "style"],
};

export function renderArticleBody(input: ArticleBodyInput): string {
  const tree: MdastRoot = {
    type: "root",
    children: input.paragraphs.map(textParagraph),
  };
  const processor = unified()
    .use(remarkRehype)
    .use(rehypeLinkMentions, { targets: input.targets })
    .use(rehypeSanitize, SCHEMA)
    .use(rehypeStringify);
  const hast = processor.runSync(tree);
  return processor.stringify(hast);
}

function textParagraph(text: string, index: number): Paragraph {
  return {
    type: "paragraph",
    children: [{ type: "text", value: text }],
    data: { hProperties: { id: paragraphAnchor(index) } },
  };
}
