// Runs Eleventy on the templates with the site configuration of `.eleventy.ts`: write once
// (`build`), or write, watch and serve with live reload (`serve`).
import Eleventy from "@11ty/eleventy";
import { configureSite, newSiteRun, TEMPLATES, type SiteSource } from "../../.eleventy.ts";
import { buildSiteViews } from "./views/index.ts";
import { ONE_SHARD, shardsFor, type Shard } from "./shards.ts";

export interface RenderOptions {
  /** Let Eleventy print its own error report, stack traces included (`--debug`). */
  debug?: boolean;
  /** Article, event and person pages per Eleventy run (shards.ts); tests set it low. */
  pagesPerShard?: number;
}

export async function renderSite(source: SiteSource, output: string, mode: "build" | "serve" = "build", options: RenderOptions = {}): Promise<void> {
  const run = newSiteRun(mode === "serve");
  const eleventyFor = (shard: Shard) =>
    new Eleventy(TEMPLATES, output, {
      quietMode: true,
      runMode: mode,
      pathPrefix: source.site.pathPrefix,
      config: (eleventyConfig: unknown) => configureSite(eleventyConfig, source, shard, run),
    });
  if (mode === "build") {
    // A big archive is written in several runs, one after the other, to keep memory flat (shards.ts).
    for (const shard of shardsFor((run.views ??= buildSiteViews(source.archive())), options.pagesPerShard)) {
      const eleventy = eleventyFor(shard);
      // A failed build is reported in one line by the caller; Eleventy's report only with --debug.
      if (!options.debug) eleventy.logger.overrideLogger({ log: console.log, info: console.info, warn: console.warn, error: () => undefined });
      await eleventy.write();
    }
    return;
  }
  // `npm start` rebuilds everything in one run after each change.
  const eleventy = eleventyFor(ONE_SHARD);
  await eleventy.init();
  const rebuild = await eleventy.watch();
  // Eleventy rebuilds after a change or an addition, not after a deletion: a deleted article
  // would stay online and listed until the next edit.
  eleventy.watcher?.on("unlink", (file) => void rebuild(file));
  await eleventy.serve();
}
