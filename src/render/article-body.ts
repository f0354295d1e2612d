// Article paragraphs → safe HTML through unified: mdast → hast → mention links → sanitize → HTML.
// Scraped `.txt` paragraphs are plain text (a line starting `1.` is not a list); paragraphs of
// `.md` articles may use inline Markdown. Each paragraph keeps the anchor `#p<index>` that
// figures and evidence link to.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import type { Schema } from "hast-util-sanitize";
import type { Root as MdastRoot, RootContent as MdastContent } from "mdast";
import rehypeLinkMentions, { type MentionTarget } from "./link-mentions.ts";

export interface ArticleBodyInput {
  paragraphs: string[];
  /** `text`: every character is shown as written. `markdown`: inline Markdown is rendered. */
  format: "text" | "markdown";
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
  // Our own ids (`p3`) are kept as they are; Markdown cannot set ids, raw HTML is dropped.
  clobber: [],
  clobberPrefix: "",
  strip: ["script", "style"],
};

export function renderArticleBody(input: ArticleBodyInput): string {
  const tree: MdastRoot = {
    type: "root",
    children: input.paragraphs.map((text, index) =>
      input.format === "markdown" ? markdownBlock(text, index) : textParagraph(text, index),
    ),
  };
  const processor = unified()
    .use(remarkRehype)
    .use(rehypeLinkMentions, { targets: input.targets })
    .use(rehypeSanitize, SCHEMA)
    .use(rehypeStringify);
  const hast = processor.runSync(tree);
  return processor.stringify(hast);
}

function textParagraph(text: string, index: number): MdastContent {
  return {
    type: "paragraph",
    children: [{ type: "text", value: text }],
    data: { hProperties: { id: paragraphAnchor(index) } },
  };
}

const markdownParser = unified().use(remarkParse);

/** One stored paragraph may parse into several blocks (a list); then a `div` carries the anchor. */
function markdownBlock(text: string, index: number): MdastContent {
  const parsed = markdownParser.parse(text);
  const only = parsed.children.length === 1 ? parsed.children[0] : undefined;
  if (only?.type === "paragraph") {
    return { ...only, data: { ...only.data, hProperties: { id: paragraphAnchor(index) } } };
  }
  // mdast has no generic container; an unknown node with children becomes a `div`.
  return {
    type: "paragraphGroup",
    children: parsed.children,
    data: { hProperties: { id: paragraphAnchor(index) } },
  } as unknown as MdastContent;
}
