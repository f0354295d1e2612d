// A rehype plugin: wraps the first mention of each person and country in a link to its page.
// Only the first one, as reference works do, so a paragraph is not a wall of links.
import type { Element, ElementContent, Root, RootContent, Text } from "hast";

export interface MentionTarget {
  /** The words as the article writes them (`Văn Bình`, `Chilean`). */
  text: string;
  /** Page to link to, root-relative (`/people/to-lam/`) or absolute. */
  href: string;
  /** Entity id: once one of its forms is linked, the others are left as text. */
  id: string;
  kind: "person" | "country";
}

export interface LinkMentionsOptions {
  targets: MentionTarget[];
  /**
   * Entity ids already linked, shared across several trees (the paragraphs of one article are
   * rendered one by one but should link each entity once). Mutated by the plugin.
   */
  linked?: Set<string>;
}

/** Elements whose text must stay as it is: no links inside links, code or headings. */
const SKIP = new Set(["a", "code", "pre", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"]);

export default function rehypeLinkMentions(options: LinkMentionsOptions) {
  const matcher = buildMatcher(options.targets);
  const linked = options.linked ?? new Set<string>();
  return (tree: Root): void => {
    if (!matcher) return;
    linkChildren(tree, matcher, linked);
  };
}

interface Matcher {
  byText: Map<string, MentionTarget>;
  /** The forms, longest first. */
  texts: string[];
}

function buildMatcher(targets: MentionTarget[]): Matcher | null {
  const byText = new Map<string, MentionTarget>();
  for (const target of targets) {
    if (target.text.trim() && !byText.has(target.text)) byText.set(target.text, target);
  }
  if (byText.size === 0) return null;
  // Longest first, so `Anan Chaiyaporn` wins over `Anan` at the same position.
  const texts = [...byText.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { byText, texts };
}

/**
 * The first form found at or after `from`: the earliest position, and there the longest form (as
 * a regular expression of the forms, longest first, would find it). Found with indexOf, each form
 * on its own: an article's own pattern would be compiled for one use, and cost more than that use.
 * `next` keeps each form's next position between calls on one text (-1: none left).
 */
function findForm(value: string, from: number, texts: readonly string[], next: number[]): { index: number; text: string } | null {
  let best = -1;
  for (let form = 0; form < texts.length; form++) {
    if (next[form]! !== -1 && next[form]! < from) next[form] = value.indexOf(texts[form]!, from);
    const at = next[form]!;
    if (at !== -1 && (best === -1 || at < next[best]!)) best = form;
  }
  return best === -1 ? null : { index: next[best]!, text: texts[best]! };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** True when the character before `index` (a whole code point) is a letter or a digit. */
function followsWordCharacter(value: string, index: number): boolean {
  if (index === 0) return false;
  const low = value.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHARACTER.test(String.fromCodePoint(value.codePointAt(start) ?? 0));
}

/** True when a letter or a digit starts at `index`. */
function startsWordCharacter(value: string, index: number): boolean {
  return index < value.length && WORD_CHARACTER.test(String.fromCodePoint(value.codePointAt(index) ?? 0));
}

/**
 * The longest form that stands as whole words at `index`, where the pattern found `found`: `Lao`
 * must not match inside `Laos`, but `Anan` may where `Anan Chaiyaporn` runs on into a word.
 */
function wholeWordAt(value: string, index: number, found: string, matcher: Matcher): string | null {
  if (followsWordCharacter(value, index)) return null;
  if (!startsWordCharacter(value, index + found.length)) return found;
  for (const text of matcher.texts) {
    if (text.length < found.length && value.startsWith(text, index) && !startsWordCharacter(value, index + text.length)) return text;
  }
  return null;
}

function linkChildren(parent: Root | Element, matcher: Matcher, linked: Set<string>): void {
  const result: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === "text") result.push(...linkText(child, matcher, linked));
    else {
      if (child.type === "element" && !SKIP.has(child.tagName)) linkChildren(child, matcher, linked);
      result.push(child);
    }
  }
  parent.children = result as typeof parent.children;
}

function linkText(node: Text, matcher: Matcher, linked: Set<string>): (Text | Element)[] {
  const out: (Text | Element)[] = [];
  const value = node.value;
  let last = 0;
  const next = matcher.texts.map(() => -2); // not looked for yet
  for (let match = findForm(value, 0, matcher.texts, next); match; ) {
    const text = wholeWordAt(value, match.index, match.text, matcher);
    // Not a whole word: look again from the next character (a whole code point).
    const from = match.index + (text?.length ?? ((value.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1));
    const found = match;
    match = findForm(value, from, matcher.texts, next);
    if (text === null) continue;
    const target = matcher.byText.get(text);
    if (!target || linked.has(target.id)) continue;
    linked.add(target.id);
    if (found.index > last) out.push({ type: "text", value: value.slice(last, found.index) });
    out.push({
      type: "element",
      tagName: "a",
      properties: { href: target.href, className: ["mention", `mention-${target.kind}`] },
      children: [{ type: "text", value: text }],
    });
    last = found.index + text.length;
  }
  if (last === 0) return [node];
  if (last < value.length) out.push({ type: "text", value: value.slice(last) });
  return out;
}
