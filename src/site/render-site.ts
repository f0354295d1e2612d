// Runs Eleventy on the templates with the site configuration of `.eleventy.ts`: write once
// (`build`), or write, watch and serve with live reload (`serve`).
import Eleventy from "@11ty/eleventy";
import { configureSite, type SiteSource } from "../../.eleventy.ts";

export async function renderSite(source: SiteSource, output: string, mode: "build" | "serve" = "build"): Promise<void> {
  const eleventy = new Eleventy("templates", output, {
    quietMode: true,
    runMode: mode,
    pathPrefix: source.site.pathPrefix,
    config: (eleventyConfig: unknown) => configureSite(eleventyConfig, source),
  });
  if (mode === "build") {
    await eleventy.write();
    return;
  }
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve();
}
