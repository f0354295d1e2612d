// The CPU-profile reader behind `npm run profile`, on a tiny hand-made profile whose times are
// known: self time per function and per file area, time on the stack, and the area rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { areaOf, definitionLine, profileMs, selfTimes, timeByArea, timeUnder, topFunctions, type CpuProfile } from "../../scripts/bench/cpu-profile.ts";

const ROOT = "file:///project";
const frame = (functionName: string, url = "", lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 4 });

// (root) → main (scripts/build.ts) → render (@11ty) → lex (nunjucks)
//                                  → cleanText (src/ingest)
// (root) → (garbage collector), (idle)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 6, 7] },
    { id: 2, callFrame: frame("main", `${ROOT}/scripts/build.ts`, 40), children: [3, 5] },
    { id: 3, callFrame: frame("render", `${ROOT}/node_modules/@11ty/eleventy/src/Template.js`, 9), children: [4] },
    { id: 4, callFrame: frame("lex", `${ROOT}/node_modules/nunjucks/src/lexer.js`, 300) },
    { id: 5, callFrame: frame("cleanText", `${ROOT}/src/ingest/clean.ts`, 11) },
    { id: 6, callFrame: frame("(garbage collector)") },
    { id: 7, callFrame: frame("(idle)") },
  ],
  startTime: 0,
  // A tick lasts until the next one: 1000, 1000, 2000, 500, 500, 2500 µs, and the last one
  // until endTime (7600 → 8600: 1000 µs).
  samples: [4, 4, 5, 3, 6, 7, 4],
  timeDeltas: [100, 1000, 1000, 2000, 500, 500, 2500],
  endTime: 8600,
};

test("each tick lasts until the next one, the last until the end of the profile", () => {
  assert.deepEqual(Object.fromEntries(selfTimes(profile)), { 4: 3000, 5: 2000, 3: 500, 6: 500, 7: 2500 });
  assert.equal(profileMs(profile), 8.5);
});

test("functions by self time, located relative to the project with 1-based lines", () => {
  assert.deepEqual(
    topFunctions(profile, ROOT, 3).map(({ name, location, area, selfMs }) => [name, location, area, selfMs]),
    [
      ["lex", "node_modules/nunjucks/src/lexer.js:301", "node_modules/nunjucks", 3],
      ["(idle)", "", "(idle)", 2.5],
      ["cleanText", "src/ingest/clean.ts:12", "src/ingest", 2],
    ],
  );
});

test("areas by self time, and by time anywhere on the stack", () => {
  const areas = Object.fromEntries(timeByArea(profile, ROOT).map(({ area, selfMs, totalMs }) => [area, [selfMs, totalMs]]));
  assert.deepEqual(areas, {
    "node_modules/nunjucks": [3, 3],
    "(idle)": [2.5, 2.5],
    "src/ingest": [2, 2],
    "node_modules/@11ty": [0.5, 3.5],
    "(garbage collector)": [0.5, 0.5],
    "other: scripts": [0, 5.5],
  });
  assert.deepEqual(
    timeByArea(profile, ROOT).slice(0, 3).map((area) => area.area),
    ["node_modules/nunjucks", "(idle)", "src/ingest"],
  );
});

test("an area is a package (scoped packages by scope), a folder of src/, Node itself, or other", () => {
  const area = (url: string, name = "f") => areaOf(frame(name, url), ROOT);
  assert.equal(area(`${ROOT}/node_modules/@11ty/eleventy-utils/src/Merge.js`), "node_modules/@11ty");
  assert.equal(area(`${ROOT}/node_modules/markdown-it/lib/index.mjs`), "node_modules/markdown-it");
  assert.equal(area(`${ROOT}/src/search/index.ts`), "src/search");
  assert.equal(area("node:internal/fs/utils"), "node internals");
  assert.equal(area(`${ROOT}/.eleventy.ts`), "other: .eleventy.ts");
  assert.equal(area("file:///elsewhere/lib.js"), "other");
  assert.equal(area("file:///projection/src/x.ts"), "other", "a sibling folder whose name starts like the root is outside it");
  assert.equal(area("", "(program)"), "(program)");
  assert.equal(area("wasm://wasm/1a2b"), "wasm");
  assert.equal(area("", "someNativeFunction"), "(native)");
});

test("time under a function counts each tick once, wherever the function is on its stack", () => {
  assert.equal(timeUnder(profile, (frame) => frame.functionName === "render"), 3.5);
  assert.equal(timeUnder(profile, (frame) => frame.functionName === "main"), 5.5);
  assert.equal(timeUnder(profile, (frame) => frame.functionName === "nothing"), 0);
});

test("a function's line in its TypeScript source, found by its name", () => {
  const source = ["// linkText is described here", "export function linkText(node) {", "}", "const buildMatcher = (targets) => 1;", "class A {", "  async render(data) {}", "}"].join("\n");
  assert.equal(definitionLine(source, "linkText"), 2);
  assert.equal(definitionLine(source, "buildMatcher"), 4);
  assert.equal(definitionLine(source, "render"), 6);
  assert.equal(definitionLine(source, "link"), undefined, "a prefix of a name is not the name");
  assert.equal(definitionLine(source, "(anonymous)"), undefined);
});
