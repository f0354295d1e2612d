// Runs Eleventy on the templates with the site configuration of `.eleventy.ts`: write once
// (`build`), or write, watch and serve with live reload (`serve`).
import Eleventy from "@11ty/eleventy";
import { configureSite, newSiteRun, TEMPLATES, type SiteSource } from "../../.eleventy.ts";

export interface RenderOptions {
  /** Let Eleventy print its own error report, stack traces included (`--debug`). */
  debug?: boolean;
  /** Render the paginated templates as Eleventy pages, not in bulk (bulk-pages.ts): tests compare the two. */
  eleventyPages?: boolean;
}

export async function renderSite(source: SiteSource, output: string, mode: "build" | "serve" = "build", options: RenderOptions = {}): Promise<void> {
  const run = { ...newSiteRun(mode === "serve"), eleventyPages: options.eleventyPages, output };
  const eleventy = new Eleventy(TEMPLATES, output, {
    quietMode: true,
    runMode: mode,
    pathPrefix: source.site.pathPrefix,
    config: (eleventyConfig: unknown) => configureSite(eleventyConfig, source, run),
  });
  if (mode === "build") {
    // A failed build is reported in one line by the caller; Eleventy's report only with --debug.
    if (!options.debug) eleventy.logger.overrideLogger({ log: console.log, info: console.info, warn: console.warn, error: () => undefined });
    await eleventy.write();
    return;
  }
  await eleventy.init();
  const rebuild = await eleventy.watch();
  // Eleventy rebuilds after a change or an addition, not after a deletion: a deleted article
  // would stay online and listed until the next edit.
  eleventy.watcher?.on("unlink", (file) => void rebuild(file));
  await eleventy.serve();
}
