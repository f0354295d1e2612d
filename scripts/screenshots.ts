// `npm run screenshots [-- --no-build] [-- --site=DIR] [-- --out=DIR]`: builds the site, serves it
// and saves full-page PNGs of the home page, the busiest event, an article, a person, a country
// and the busiest year and month at 390 px and 1280 px (the pages with a map, home, event and
// country, in the dark scheme too) into screenshots/, a folder the build and git ignore, for a
// person to look at.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchChromium, VIEWPORTS } from "../tests/support/chromium.ts";
import { serveStatic } from "../tests/support/static-server.ts";
import { samplePages } from "../tests/support/site-files.ts";

/** Pages that draw a map (and a chart): photographed in both colour schemes. */
const WITH_MAP = ["home", "event", "country"];

interface Options {
  build: boolean;
  site: string;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, site: "_site", out: "screenshots" };
  for (const arg of argv) {
    if (arg === "--no-build") options.build = false;
    else if (arg.startsWith("--site=")) options.site = arg.slice("--site=".length);
    else if (arg.startsWith("--out=")) options.out = arg.slice("--out=".length);
    else throw new Error(`screenshots: unknown option ${arg} (known: --no-build, --site=DIR, --out=DIR)`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", `--output=${options.site}`], { stdio: "inherit" });
  mkdirSync(options.out, { recursive: true });
  const server = await serveStatic(path.resolve(options.site));
  const browser = await launchChromium();
  try {
    const shots: string[] = [];
    for (const page of samplePages(options.site)) {
      for (const viewport of VIEWPORTS) {
        const schemes = WITH_MAP.includes(page.name) ? (["light", "dark"] as const) : (["light"] as const);
        for (const scheme of schemes) {
          const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme });
          const tab = await context.newPage();
          await tab.goto(new URL(page.path.replace(/^\//, ""), server.url).href, { waitUntil: "load" });
          const file = path.join(options.out, `${page.name}-${viewport.width}${scheme === "dark" ? "-dark" : ""}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          shots.push(file);
          await context.close();
        }
      }
    }
    console.log(`screenshots: ${shots.length} PNGs in ${options.out}/\n${shots.map((file) => `  ${file}`).join("\n")}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
