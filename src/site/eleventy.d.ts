// Eleventy 3 and its RSS plugin ship no TypeScript types; these cover what this project calls.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    pathPrefix?: string;
    /** Runs before the config file (if any), with Eleventy's config API. */
    config?: (eleventyConfig: unknown) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<unknown>;
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
  }
  /** Prefixes root-relative URLs in HTML output with the configured path prefix. */
  export const EleventyHtmlBasePlugin: unknown;
}

declare module "@11ty/eleventy-plugin-rss" {
  /** Adds the feed filters (dateToRfc3339, dateToRfc822, getNewestCollectionItemDate, …). */
  export const rssPlugin: unknown;
  export const feedPlugin: unknown;
  export function dateToRfc3339(date: Date): string;
  const plugin: unknown;
  export default plugin;
}
