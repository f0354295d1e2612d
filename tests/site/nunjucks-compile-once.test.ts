// Eleventy makes a new Nunjucks Template per paginated page; compileOnce makes each distinct text
// compile once per environment, and renders exactly as before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { compileOnce } from "../../src/site/nunjucks-compile-once.ts";

const require = createRequire(import.meta.url);
const compiler = require("nunjucks/src/compiler") as { compile: (...args: unknown[]) => string };
// Nunjucks ships no types; these are the parts the test uses.
const nunjucks = require("nunjucks") as {
  Environment: new (loader?: unknown) => object;
  FileSystemLoader: new (paths: string[]) => unknown;
  Template: new (text: string, environment: object, path: string) => { render(data: object): string };
};

/** Counts how often Nunjucks compiles template text while `run` runs. */
function countCompiles(run: () => void): number {
  const original = compiler.compile;
  let count = 0;
  compiler.compile = (...args: unknown[]) => {
    count += 1;
    return original(...args);
  };
  try {
    run();
  } finally {
    compiler.compile = original;
  }
  return count;
}

const PAGE = "{% block body %}<h1>{{ title | upper }}</h1>{% endblock %}{% for x in items %}<i>{{ x }}</i>{% endfor %}";

test("the same text, as many Templates as pages, is compiled once and renders each page's data", () => {
  const environment = new nunjucks.Environment();
  compileOnce(nunjucks as never, environment);
  const pages: string[] = [];
  const compiles = countCompiles(() => {
    for (const title of ["one", "two", "three"]) pages.push(new nunjucks.Template(PAGE, environment, "page.njk").render({ title, items: [title.length] }));
  });
  assert.equal(compiles, 1);
  assert.deepEqual(pages, ["<h1>ONE</h1><i>3</i>", "<h1>TWO</h1><i>3</i>", "<h1>THREE</h1><i>5</i>"]);
});

test("different text or path compiles anew, and other environments are left alone", () => {
  const environment = new nunjucks.Environment();
  compileOnce(nunjucks as never, environment);
  const untouched = new nunjucks.Environment();
  const compiles = countCompiles(() => {
    new nunjucks.Template(PAGE, environment, "a.njk").render({ title: "a", items: [] });
    new nunjucks.Template(PAGE, environment, "b.njk").render({ title: "b", items: [] });
    new nunjucks.Template(`${PAGE}!`, environment, "a.njk").render({ title: "c", items: [] });
    for (let page = 0; page < 3; page += 1) new nunjucks.Template(PAGE, untouched, "a.njk").render({ title: "d", items: [] });
  });
  assert.equal(compiles, 3 + 3);
});

test("blocks survive reuse: a child template extending a cached layout renders its own block", () => {
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([]));
  compileOnce(nunjucks as never, environment);
  const first = new nunjucks.Template(PAGE, environment, "page.njk").render({ title: "x", items: [] });
  const second = new nunjucks.Template(PAGE, environment, "page.njk");
  assert.equal(second.render({ title: "y", items: [1, 2] }), "<h1>Y</h1><i>1</i><i>2</i>");
  assert.equal(first, "<h1>X</h1>");
});
