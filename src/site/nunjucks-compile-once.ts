// Eleventy 3.1 makes a new Nunjucks Template for every page a paginated template produces, and for
// every permalink and computed-data string of each page, so the same text is compiled once per
// page (at 1,000 articles, a fifth of the build). Compiling is a pure function of the text, its
// path and the environment, so the compiled code is kept per environment and handed to the next
// Template with the same text, as Nunjucks does itself for precompiled templates.
//
// Only environments passed to `compileOnce` are affected. Under `npm start`, Eleventy makes a new
// environment for each rebuild, and an edited template is new text: nothing stale is reused.

/** What Nunjucks compiles a template into: `root` and one `b_<name>` per block. */
type CompiledProps = Record<string, unknown>;

interface NunjucksTemplate {
  env: object;
  path: string | null;
  tmplStr: unknown;
  tmplProps?: CompiledProps;
  rootRenderFunc: unknown;
  blocks: Record<string, unknown>;
  _compile(): void;
}

interface NunjucksLibrary {
  Template: { prototype: NunjucksTemplate };
}

const compiledByEnvironment = new WeakMap<object, Map<string, CompiledProps>>();
const patched = new WeakSet<object>();

/** Makes `environment` compile each distinct template text once; call with Eleventy's `eleventy.engine.njk` event. */
export function compileOnce(nunjucks: NunjucksLibrary, environment: object): void {
  if (!compiledByEnvironment.has(environment)) compiledByEnvironment.set(environment, new Map());
  const prototype = nunjucks.Template.prototype;
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const compile = prototype._compile;
  prototype._compile = function (this: NunjucksTemplate) {
    const compiled = compiledByEnvironment.get(this.env);
    if (!compiled || this.tmplProps || typeof this.tmplStr !== "string") return compile.call(this);
    const key = `${this.path ?? ""}\u0000${this.tmplStr}`;
    const known = compiled.get(key);
    if (known) this.tmplProps = known;
    compile.call(this);
    if (!known) compiled.set(key, propsOf(this));
  };
}

/** The compiled code back in the shape Nunjucks reads `tmplProps` in. */
function propsOf(template: NunjucksTemplate): CompiledProps {
  const props: CompiledProps = { root: template.rootRenderFunc };
  for (const [name, block] of Object.entries(template.blocks)) props[`b_${name}`] = block;
  return props;
}
