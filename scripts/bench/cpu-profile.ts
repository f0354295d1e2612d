// Reads a V8 `.cpuprofile` (what `node --cpu-prof` writes): which functions the time went to
// (self time: the function itself was running) and which parts of the code base (file areas:
// a package in node_modules, a folder of src/), both by self time and by time on the stack.
//
// The format: `nodes` form the call tree (each a call frame with its children), `samples[i]` is
// the node running at the i-th tick and `timeDeltas[i]` the microseconds since the tick before.
// As in Chrome DevTools, a tick lasts until the next one; the last lasts until `endTime`.

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, as V8 writes it. */
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  /** `src/ingest/clean.ts:12` or `node_modules/nunjucks/src/lexer.js:301`: relative to the project root, 1-based line. */
  location: string;
  area: string;
  selfMs: number;
}

export interface AreaTime {
  area: string;
  /** Time running code of this area itself. */
  selfMs: number;
  /** Time with code of this area anywhere on the stack (areas overlap: they do not add up). */
  totalMs: number;
}

/** Microseconds each node of the call tree was itself running. */
export function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  const lastTick = profile.startTime + timeDeltas.reduce((sum, delta) => sum + delta, 0);
  samples.forEach((node, index) => {
    const duration = index + 1 < samples.length ? timeDeltas[index + 1]! : Math.max(0, profile.endTime - lastTick);
    times.set(node, (times.get(node) ?? 0) + Math.max(0, duration));
  });
  return times;
}

/** Milliseconds covered by the samples. */
export function profileMs(profile: CpuProfile): number {
  let total = 0;
  for (const micros of selfTimes(profile).values()) total += micros;
  return total / 1000;
}

/** Which part of the code base a script belongs to, given the project root's `file://` URL. */
export function areaOf(frame: CallFrame, rootUrl: string): string {
  const special = /^\((garbage collector|idle|program|root)\)$/.exec(frame.functionName);
  if (!frame.url && special) return `(${special[1]})`;
  if (frame.url.startsWith("node:")) return "node internals";
  if (frame.url.startsWith("wasm:")) return "wasm";
  if (!frame.url) return "(native)";
  const relative = relativeTo(frame.url, rootUrl);
  const packageName = /^node_modules\/((?:@[^/]+)|[^/]+)\//.exec(relative);
  if (packageName) return `node_modules/${packageName[1]}`;
  const source = /^src\/([^/]+)\//.exec(relative);
  if (source) return `src/${source[1]}`;
  return relative.startsWith("file:") || relative.startsWith("/") ? "other" : `other: ${relative.split("/")[0]}`;
}

/** `file:///root/src/x.ts` → `src/x.ts`; a URL outside the root stays as it is. */
function relativeTo(url: string, rootUrl: string): string {
  const prefix = rootUrl.endsWith("/") ? rootUrl : `${rootUrl}/`;
  return url.startsWith(prefix) ? url.slice(prefix.length) : url;
}

function location(frame: CallFrame, rootUrl: string): string {
  return frame.url ? `${relativeTo(frame.url, rootUrl)}:${frame.lineNumber + 1}` : "";
}

/** Functions by self time, highest first; a function is its name and where it is defined. */
export function topFunctions(profile: CpuProfile, rootUrl: string, count: number): FunctionTime[] {
  const times = selfTimes(profile);
  const byFunction = new Map<string, FunctionTime>();
  for (const node of profile.nodes) {
    const micros = times.get(node.id);
    if (!micros) continue;
    const frame = node.callFrame;
    const name = frame.functionName || "(anonymous)";
    const at = location(frame, rootUrl);
    const key = `${name}\u0000${at}:${frame.columnNumber}`;
    const known = byFunction.get(key) ?? { name, location: at, area: areaOf(frame, rootUrl), selfMs: 0 };
    known.selfMs += micros / 1000;
    byFunction.set(key, known);
  }
  return [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, count);
}

/** Self time and time-on-stack per area, highest self time first. */
export function timeByArea(profile: CpuProfile, rootUrl: string): AreaTime[] {
  const times = selfTimes(profile);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const areas = new Map<string, AreaTime>();
  const entry = (area: string) => areas.get(area) ?? areas.set(area, { area, selfMs: 0, totalMs: 0 }).get(area)!;
  for (const [id, micros] of times) {
    const own = byId.get(id);
    if (!own) continue;
    entry(areaOf(own.callFrame, rootUrl)).selfMs += micros / 1000;
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame && frame.functionName !== "(root)") onStack.add(areaOf(frame, rootUrl));
    }
    for (const area of onStack) entry(area).totalMs += micros / 1000;
  }
  return [...areas.values()].sort((a, b) => b.selfMs - a.selfMs);
}

/** Milliseconds with a frame matching `matches` anywhere on the stack (e.g. Nunjucks compiling). */
export function timeUnder(profile: CpuProfile, matches: (frame: CallFrame) => boolean): number {
  const times = selfTimes(profile);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let micros = 0;
  for (const [id, own] of times) {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame && matches(frame)) {
        micros += own;
        break;
      }
    }
  }
  return micros / 1000;
}

/**
 * tsx hands V8 its TypeScript compiled onto one line, so a profile places every function of a
 * `.ts` file at line 1. The line of `name`'s definition in the source (`function name`,
 * `const name =`, a method `name(`), or undefined when it cannot be told.
 */
export function definitionLine(source: string, name: string): number | undefined {
  if (!/^[\w$]+$/.test(name)) return undefined;
  const word = name.replace(/\$/g, "\\$");
  const patterns = [
    new RegExp(`\\bfunction\\*?\\s+${word}(?![\\w$])`),
    new RegExp(`\\b(?:const|let|var)\\s+${word}\\s*=`),
    new RegExp(`^\\s*(?:async\\s+)?${word}\\s*\\(`),
  ];
  const lines = source.split("\n");
  for (const pattern of patterns) {
    const index = lines.findIndex((line) => pattern.test(line));
    if (index >= 0) return index + 1;
  }
  return undefined;
}
