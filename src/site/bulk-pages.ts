// The pages of the paginated templates (an article, an event, a person, a calendar month…), one
// per item of a view list, rendered in one pass with Eleventy's own Nunjucks environment instead of
// as Eleventy pages. Eleventy spends about 0.8 ms of bookkeeping on every page it makes (its data
// cascade, computed data, proxies, collections) before a template of ours runs, and holds every
// page in memory until its run ends; here a page costs only its rendering and is written at once.
//
// What a page gets is what Eleventy would give it: the global data, the template's front matter,
// the item under the pagination alias, `page.url`, the computed data, the layout around the
// content and Eleventy's transforms (the path-prefix rewrite). The output is byte-identical to
// Eleventy's (tests/site/bulk-pages.test.ts compares both).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FileWriter } from "../output/file-writer.ts";
import matter from "gray-matter";

/** The Nunjucks pieces used: a Template made from text, and the environment's loader. */
export interface NunjucksTemplate {
  render(context: object, callback: (error: Error | null, result?: string) => void): void;
}

export interface NunjucksLibrary {
  Template: new (source: string, environment: object, path: string, eagerCompile?: boolean) => NunjucksTemplate;
}

export interface NunjucksEnvironment {
  getTemplate(name: string, eagerCompile: boolean, parentName: string | null, ignoreMissing: boolean, callback: (error: Error | null, template?: NunjucksTemplate) => void): void;
}

/** A paginated template this module renders: one page per item of `views.<list>` or `desk.<list>`. */
export interface BulkTemplate {
  /** Relative to the templates folder, e.g. `articles/article.njk`. */
  file: string;
  /** The global data key and the list under it, e.g. `["views", "articlePages"]`. */
  list: [string, string];
  alias: string;
  layout: string;
  permalink: string;
  computed: Record<string, string>;
  /** The rest of the front matter, given to every page as it is (`section`, `ogType`…). */
  data: Record<string, unknown>;
  pagination: Record<string, unknown>;
  body: string;
}

/** A page written, with the data the sitemap reads (see sitemap.ts). */
export interface BulkPage {
  url: string;
  outputPath: string;
  data: Record<string, unknown>;
}

const LIST = /^(views|desk)\.(\w+)$/;

/**
 * The template at `file` as a bulk template, or null when its front matter is not one page per
 * item of a view list (those stay Eleventy pages).
 */
export function readBulkTemplate(templates: string, file: string): BulkTemplate | null {
  const { data, content } = matter(readFileSync(path.join(templates, file), "utf8"));
  const { pagination, permalink, layout, eleventyComputed = {}, ...rest } = data as Record<string, unknown>;
  if (!isRecord(pagination) || pagination.size !== 1 || typeof pagination.data !== "string" || typeof pagination.alias !== "string") return null;
  const list = LIST.exec(pagination.data);
  if (!list || typeof permalink !== "string" || typeof layout !== "string" || !isRecord(eleventyComputed)) return null;
  const computed: Record<string, string> = {};
  for (const [key, value] of Object.entries(eleventyComputed)) {
    if (typeof value !== "string") return null;
    computed[key] = value;
  }
  return { file, list: [list[1] as string, list[2] as string], alias: pagination.alias, layout, permalink, computed, data: rest, pagination, body: content };
}

export interface BulkRender {
  nunjucks: NunjucksLibrary;
  environment: NunjucksEnvironment;
  templates: string;
  output: string;
  /** The global data every page sees (`site`, `views`, `desk`, `archive`). */
  globals: Record<string, unknown>;
  /** Eleventy's transforms, run on each page's HTML (`renderTransforms`). */
  transform: (content: string, page: { url: string; outputPath: string; inputPath: string }) => Promise<string>;
  /** What each written page keeps of its data (the sitemap's selectors). */
  keep: readonly string[];
  /** Writes the pages (flushed by the caller). */
  files: FileWriter;
}

/** Renders and writes every page of `template`; returns the pages written, in order. */
export async function renderBulkTemplate(template: BulkTemplate, options: BulkRender): Promise<BulkPage[]> {
  const { nunjucks, environment, globals } = options;
  const inputPath = `./${path.join(options.templates, template.file).split(path.sep).join("/")}`;
  const compile = (text: string, name: string) => new nunjucks.Template(text, environment, name, true);
  const body = compile(template.body, path.join(options.templates, template.file));
  const permalink = compile(template.permalink, `${inputPath} (permalink)`);
  const computed = Object.entries(template.computed).map(([key, text]) => [key, compile(text, `${inputPath} (${key})`)] as const);
  const layout = await layoutTemplate(environment, template.layout);
  const items = listOf(globals, template.list, template.file);
  const keep = dataSelector(options.keep);
  const pages: BulkPage[] = [];
  for (const [pageNumber, item] of items.entries()) {
    const data: Record<string, unknown> = Object.assign({}, globals, template.data, { pagination: Object.assign({}, template.pagination, { pageNumber }), [template.alias]: item });
    const url = await render(permalink, data, `item ${pageNumber + 1} of ${template.list.join(".")}`);
    const outputPath = outputPathFor(options.output, url, inputPath);
    data.page = { url, outputPath, inputPath, outputFileExtension: "html" };
    for (const [key, value] of computed) data[key] = await render(value, data, url);
    data.content = await render(body, data, url);
    const html = await options.transform(await render(layout, data, url), { url, outputPath, inputPath });
    await options.files.write(outputPath, html);
    pages.push({ url, outputPath, data: keep(data) });
  }
  return pages;
}

/** Renders `template`; a failure names the page (Nunjucks' own message names the template and line). */
function render(template: NunjucksTemplate, data: object, page: string): Promise<string> {
  return new Promise((resolve, reject) =>
    template.render(data, (error, result) => (error ? reject(new Error(`${error.message} (rendering ${page})`, { cause: error })) : resolve(result ?? ""))),
  );
}

function layoutTemplate(environment: NunjucksEnvironment, name: string): Promise<NunjucksTemplate> {
  return new Promise((resolve, reject) =>
    environment.getTemplate(name, true, null, false, (error, template) => (error || !template ? reject(error ?? new Error(`layout ${name} not found`)) : resolve(template))),
  );
}

function listOf(globals: Record<string, unknown>, [key, name]: [string, string], file: string): unknown[] {
  const holder = globals[key];
  const list = isRecord(holder) ? holder[name] : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: paginates over ${key}.${name}, which is not a list`);
  return list;
}

/** Where Eleventy writes a permalink: `/a/b/` → `<output>/a/b/index.html`, `/404.html` as it is. */
export function outputPathFor(output: string, url: string, inputPath: string): string {
  if (!url.startsWith("/") || url.split("/").includes("..")) throw new Error(`${inputPath}: permalink ${JSON.stringify(url)} must be a path from the site's root`);
  return path.join(output, url.endsWith("/") ? `${url}index.html` : url);
}

/** Only the `selectors` (dotted paths) of `data`, nested as Eleventy's `dataFilterSelectors` keep them. */
export function selectData(data: Record<string, unknown>, selectors: readonly string[]): Record<string, unknown> {
  return dataSelector(selectors)(data);
}

/** `selectData` with its selectors read once, for every page of a template. */
function dataSelector(selectors: readonly string[]): (data: Record<string, unknown>) => Record<string, unknown> {
  const paths = selectors.map((selector) => selector.split("."));
  return (data) => {
    const kept: Record<string, unknown> = {};
    for (const keys of paths) {
      let value: unknown = data;
      for (const key of keys) value = isRecord(value) ? value[key] : undefined;
      if (value === undefined) continue;
      let target = kept;
      for (let level = 0; level < keys.length - 1; level++) target = (target[keys[level]!] ??= {}) as Record<string, unknown>;
      target[keys.at(-1) as string] = value;
    }
    return kept;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
