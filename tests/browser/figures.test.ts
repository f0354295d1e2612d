// Maps and charts in a real browser: no SVG text is drawn smaller than the body text, at a phone's
// width or a desktop's (or narrower: the drawing then scrolls in its frame), and both follow the
// light and dark palettes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { requireBuild, samplePages, SITE_DIR } from "../support/site-files.ts";
import { serveInBrowser } from "../support/served-site.ts";

const site = requireBuild(SITE_DIR);
const pages = samplePages(site).filter((page) => ["home", "event", "country"].includes(page.name));
const session = serveInBrowser(site);

for (const width of [320, 390, 1280]) {
  test(`SVG text on the map and chart pages is at least body size at ${width} px`, async () => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      let drawings = 0;
      for (const page of pages) {
        await tab.goto(new URL(page.path.slice(1), session.server.url).href);
        const found = await tab.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          return [...document.querySelectorAll("svg.map-svg, svg.chart-svg")].map((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            const sizes = [...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
            return { kind: svg.getAttribute("class"), body, smallest: Math.min(...sizes), texts: sizes.length };
          });
        });
        for (const drawing of found) {
          drawings += 1;
          assert.ok(drawing.texts > 0, `${page.path}: ${drawing.kind} has text`);
          assert.ok(drawing.smallest >= drawing.body - 0.01, `${page.path}: ${drawing.kind} text drawn at ${drawing.smallest.toFixed(1)} px, body ${drawing.body} px`);
        }
      }
      assert.ok(drawings >= 4, `maps and charts were found (${drawings})`);
    } finally {
      await context.close();
    }
  });
}

test("maps and charts follow the light and the dark palette", async () => {
  const colours: Record<string, Record<string, string>> = {};
  for (const scheme of ["light", "dark"] as const) {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(session.server.url);
      // No helper functions inside evaluate(): the test runner's compiler would name them with a helper the page lacks.
      colours[scheme] = await tab.evaluate(() =>
        Object.fromEntries(
          [
            ["sea", ".map-sea", "fill"],
            ["land", ".map-land", "fill"],
            ["label", ".map-label", "fill"],
            ["text", "body", "color"],
            ["bar", ".chart-bar", "fill"],
          ].map(([key, selector, property]) => [key, getComputedStyle(document.querySelector(selector!)!).getPropertyValue(property!)]),
        ),
      );
    } finally {
      await context.close();
    }
  }
  const [light, dark] = [colours.light!, colours.dark!];
  for (const key of ["sea", "land", "label", "bar"]) assert.notEqual(light[key], dark[key], `${key} changes with the scheme`);
  assert.equal(light.label, light.text);
  assert.equal(dark.label, dark.text);
});
