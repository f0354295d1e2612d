// A `.md` article body → the plain text the rest of ingest reads, one block per paragraph.
// Records hold plain text (what extraction, search and feeds need): emphasis marks go, a link
// keeps its words and its address, headings, list items and quotes become paragraphs of their own,
// and images become photo captions, so nothing the editor wrote is lost.
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Image, Nodes, Root, RootContent } from "mdast";
import type { Caption } from "../model/schema.ts";

export interface MarkdownText {
  /** Blocks separated by blank lines, as a scraped `.txt` body would be. */
  text: string;
  /** Images, as captions: the alt text, credited from a `Photo: X` title. */
  images: Caption[];
  /** A `# Heading` opening the article: its headline, taken out of the body. */
  headline: string | null;
}

/** Headline lengths a title may have (see the Article schema). */
const HEADLINE = { min: 15, max: 110 };

const parser = unified().use(remarkParse);

export function markdownToText(markdown: string): MarkdownText {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  const images: Caption[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case "blockquote":
      case "list":
      case "listItem":
        node.children.forEach(visit);
        return;
      case "table":
        for (const row of node.children) blocks.push(row.children.map((cell) => inline(cell, images)).join(" | "));
        return;
      case "code":
        blocks.push(node.value);
        return;
      case "html":
        blocks.push(node.value.replace(/<[^>]*>/g, " "));
        return;
      case "thematicBreak":
      case "definition":
        return;
      default:
        blocks.push(inline(node, images));
    }
  };
  const [first, ...rest] = tree.children;
  let headline: string | null = null;
  if (first?.type === "heading" && first.depth === 1) {
    const words = inline(first, images).replace(/\s+/g, " ").trim();
    if (words.length >= HEADLINE.min && words.length <= HEADLINE.max) headline = words;
  }
  (headline ? rest : tree.children).forEach(visit);
  return { text: blocks.map((block) => block.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n\n"), images, headline };
}

/** The words of a node; images are set aside as captions. */
function inline(node: Nodes, images: Caption[]): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
      return node.value.replace(/<[^>]*>/g, "");
    case "image":
      images.push(imageCaption(node));
      return "";
    case "link": {
      const words = node.children.map((child) => inline(child, images)).join("");
      // The address is part of what the editor wrote: keep it unless the words already are it.
      return words && words !== node.url ? `${words} (${node.url})` : node.url;
    }
    default:
      return "children" in node ? node.children.map((child) => inline(child as Nodes, images)).join("") : "";
  }
}

function imageCaption(image: Image): Caption {
  const credit = /^(?:photo|ảnh|image|credit)\s*:\s*(.+)$/i.exec(image.title?.trim() ?? "")?.[1]?.trim() ?? null;
  const text = image.alt?.trim() || (credit ? "" : image.title?.trim()) || image.url;
  return { text, credit };
}
