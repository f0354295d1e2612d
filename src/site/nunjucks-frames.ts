// Nunjucks sets every template variable through Frame.set, which splits the name at its dots (for
// `{% set a.b = … %}`) each time: a new array for every variable a page sets, seven per loop
// iteration (`loop.index`, `loop.first`…), 1.5 s of the build at 10,000 articles. The names are
// the templates' own, a few hundred, so each is split once; what is set where is unchanged.

interface Frame {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): Frame | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

interface NunjucksRuntime {
  runtime: { Frame: { prototype: Frame } };
}

const patched = new WeakSet<object>();

/** Makes Nunjucks' Frame.set split each variable name once; call with Eleventy's Nunjucks library. */
export function splitNamesOnce(nunjucks: NunjucksRuntime): void {
  const prototype = nunjucks.runtime.Frame.prototype;
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const partsOf = new Map<string, string[]>();
  // As Nunjucks' own set (runtime.js), with the parts looked up instead of split.
  prototype.set = function set(this: Frame, name: string, value: unknown, resolveUp?: boolean): void {
    let parts = partsOf.get(name);
    if (!parts) partsOf.set(name, (parts = name.split(".")));
    let frame: Frame = this;
    if (resolveUp) {
      const found = this.resolve(parts[0]!, true);
      if (found) frame = found;
    }
    let target = frame.variables;
    for (let index = 0; index < parts.length - 1; index++) {
      const id = parts[index]!;
      if (!target[id]) target[id] = {};
      target = target[id] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = value;
  };
}
