// The Atom feed, the JSON Feed, sitemap.xml and robots.txt: they parse, carry their required
// fields, list the newest articles first and use absolute URLs from the site URL.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import type { Article } from "../../src/model/schema.ts";
import { loadSiteSettings } from "../../src/site/settings.ts";
import { projectRoot } from "../support/build-site.ts";
import { listFiles, readJson, requireBuild, SITE_DIR } from "../support/site-files.ts";

const site = requireBuild(SITE_DIR);
const settings = loadSiteSettings(projectRoot);
const articles = readJson<Article[]>(site, "api/articles.json");
const newestFirst = [...articles].sort((a, b) => (a.published === b.published ? (a.id < b.id ? -1 : 1) : (a.published ?? "") < (b.published ?? "") ? 1 : -1));

interface XmlNode {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A strict, namespace-aware XML parse (throws on anything not well-formed). */
function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [{ name: "#document", uri: "", attributes: {}, children: [], text: "" }];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === "string" ? attribute : attribute.value;
    const node: XmlNode = { name: tag.local ?? tag.name, uri: tag.uri ?? "", attributes, children: [], text: "" };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => (stack.at(-1)!.text += text));
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return stack[0]!.children[0]!;
}

const child = (node: XmlNode, name: string) => node.children.find((item) => item.name === name);
const children = (node: XmlNode, name: string) => node.children.filter((item) => item.name === name);

test("feed.xml is a well-formed Atom feed of the newest articles", () => {
  const feed = parseXml(readFileSync(path.join(site, "feed.xml"), "utf8"));
  assert.equal(feed.name, "feed");
  assert.equal(feed.uri, "http://www.w3.org/2005/Atom");
  for (const name of ["title", "id", "updated", "author"]) assert.ok(child(feed, name), `feed has <${name}>`);
  assert.match(child(feed, "updated")!.text, /^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  const self = children(feed, "link").find((link) => link.attributes.rel === "self");
  assert.equal(self?.attributes.href, `${settings.url}/feed.xml`);
  const entries = children(feed, "entry");
  assert.equal(entries.length, Math.min(articles.length, 30));
  assert.deepEqual(
    entries.map((entry) => child(entry, "id")!.text),
    newestFirst.slice(0, entries.length).map((article) => `${settings.url}${article.url}`),
  );
  for (const entry of entries) {
    for (const name of ["title", "id", "updated", "link", "content"]) assert.ok(child(entry, name), `entry has <${name}>`);
    assert.equal(child(entry, "content")!.attributes.type, "html");
    // Links inside the article body are absolute, so they work in a feed reader.
    assert.doesNotMatch(child(entry, "content")!.text, /href="\//);
  }
  assert.equal(child(feed, "updated")!.text, child(entries[0]!, "updated")?.text ?? child(feed, "updated")!.text);
});

test("feed.json is a JSON Feed 1.1 of the same articles", () => {
  const feed = readJson<{ version: string; title: string; feed_url: string; home_page_url: string; items: Record<string, string>[] }>(site, "feed.json");
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.ok(feed.title);
  assert.equal(feed.feed_url, `${settings.url}/feed.json`);
  assert.equal(feed.home_page_url, `${settings.url}/`);
  assert.equal(feed.items.length, Math.min(articles.length, 30));
  feed.items.forEach((item, index) => {
    const article = newestFirst[index]!;
    assert.equal(item.id, `${settings.url}${article.url}`);
    assert.equal(item.url, item.id);
    assert.equal(item.title, article.title);
    assert.equal(item.date_published, `${article.published}T00:00:00Z`);
    assert.ok(item.content_html?.startsWith('<p id="p0">'), `${article.id}: content_html`);
  });
});

test("sitemap.xml lists every page once (but those asking not to be indexed), with absolute URLs", () => {
  const urlset = parseXml(readFileSync(path.join(site, "sitemap.xml"), "utf8"));
  assert.equal(urlset.name, "urlset");
  assert.equal(urlset.uri, "http://www.sitemaps.org/schemas/sitemap/0.9");
  const locations = children(urlset, "url").map((url) => child(url, "loc")!.text);
  assert.equal(new Set(locations).size, locations.length, "no duplicates");
  const expected = listFiles(site, ["index.html"])
    .filter((page) => !page.startsWith("search/"))
    .filter((page) => !readFileSync(path.join(site, page), "utf8").includes('<meta name="robots" content="noindex">'))
    .map((page) => `${settings.url}/${page.replace(/index\.html$/, "")}`)
    .sort();
  assert.deepEqual([...locations].sort(), expected);
});

test("robots.txt allows crawling and names the sitemap", () => {
  const robots = readFileSync(path.join(site, "robots.txt"), "utf8");
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, new RegExp(`^Sitemap: ${settings.url}/sitemap\\.xml$`, "m"));
});
