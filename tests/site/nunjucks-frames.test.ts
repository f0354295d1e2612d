// Frame.set with each name split once sets exactly what Nunjucks' own does: plain names, dotted
// ones, names set again, and `resolveUp` finding the frame that holds the name (or not).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { splitNamesOnce } from "../../src/site/nunjucks-frames.ts";

const nunjucks = createRequire(import.meta.url)("nunjucks") as {
  runtime: { Frame: new (parent?: unknown, isolateWrites?: boolean) => Frame };
  Environment: new () => { renderString(text: string, context: object): string };
};
interface Frame {
  variables: Record<string, unknown>;
  set(name: string, value: unknown, resolveUp?: boolean): void;
  push(isolateWrites?: boolean): Frame;
}

/** Frames after a run of sets: the root, a child, and a child isolated from writes. */
function afterSets(): unknown {
  const root = new nunjucks.runtime.Frame();
  root.set("title", "Tô Lâm in Vientiane");
  root.set("loop.index", 1);
  root.set("loop.first", true);
  root.set("a.b.c", "deep");
  const child = root.push();
  child.set("title", "set upward", true); // root holds it: set there
  child.set("fresh", "kept here", true); // nobody holds it: set in the child
  child.set("loop.index", 2, true); // `loop` is the root's
  child.set("loop.index", 3);
  const isolated = child.push(true);
  isolated.set("title", "isolated", true); // writes stop at an isolated frame
  isolated.set("x.y", 1, true);
  return [root.variables, child.variables, isolated.variables].map((variables) => JSON.parse(JSON.stringify(variables)));
}

const template = `{% set s = "x" %}{% for p in people %}{{ loop.index }}:{{ p }}{% if loop.last %}.{% endif %}{% set s = s + p %}{% endfor %}{{ s }}
{% macro m(a, b=2) %}{{ a }}{{ b }}{{ caller() if caller }}{% endmacro %}{{ m(1) }}{% call m(3, b=4) %}!{% endcall %}`;
const render = () => new nunjucks.Environment().renderString(template, { people: ["Hun Manet", "Sonexay Siphandone"] });

test("Frame.set with names split once sets the same variables in the same frames as Nunjucks' own", () => {
  const before = afterSets();
  const page = render();
  splitNamesOnce(nunjucks);
  assert.deepEqual(afterSets(), before);
  assert.equal(render(), page);
  splitNamesOnce(nunjucks); // twice is once
  assert.deepEqual(afterSets(), before);
});
