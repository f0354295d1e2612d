// axe-core in Chromium: 0 violations on the home page, an event, an article, a person and a
// country, at 390 px and 1280 px, in the light and the dark scheme.
import { test } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { VIEWPORTS } from "../support/chromium.ts";
import { requireBuild, samplePages, SITE_DIR } from "../support/site-files.ts";
import { serveInBrowser } from "../support/served-site.ts";

const site = requireBuild(SITE_DIR);
const session = serveInBrowser(site);

for (const page of samplePages(site)) {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`axe: ${page.name} (${page.path}) at ${viewport.width} px, ${colorScheme}`, async (t) => {
        const context = await session.browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });
        try {
          const tab = await context.newPage();
          const response = await tab.goto(new URL(page.path.slice(1), session.server.url).href);
          assert.equal(response?.status(), 200);
          const results = await new AxeBuilder({ page: tab }).analyze();
          const violations = results.violations.map(
            (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ")}`,
          );
          t.diagnostic(`${results.passes.length} rules passed, ${violations.length} violations`);
          assert.deepEqual(violations, []);
        } finally {
          await context.close();
        }
      });
    }
  }
}
