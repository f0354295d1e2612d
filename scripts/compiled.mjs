// `node scripts/compiled.mjs scripts/build.ts [options]`: runs a TypeScript entry compiled. Through
// tsx, each module a build loads (ours and the packages') goes through a loader thread, a round
// trip each: most of a second at every start, in the build and in each of its worker threads.
// Here esbuild bundles our modules (packages stay imports) into `.cache/compiled/`, again only
// after a source file changed, and Node loads them directly.
//
// - Each file's `import.meta.url` is its own source file's, so the paths it builds (data/,
//   templates/, the worker modules) are what they were.
// - Whatever stops the compiling (no esbuild, a read-only project) falls back to tsx, which then
//   reports a syntax error as it always has.
// - `ARCHIVE_COMPILED=off` runs through tsx (what `npm run profile` uses: a profile of the source
//   files names them; one of the bundle would name one file).
// - `--debug` maps stack traces back to the TypeScript files.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, ".cache", "compiled");

/**
 * The entry's bundle, compiled again when a file it was made from changed; null when it cannot be.
 * The worker modules (`src/…/*-worker.ts`) are compiled with it, each an entry of its own, and
 * the build learns where (`globalThis.ARCHIVE_COMPILED_WORKERS`, a constant written into the
 * bundle: src/util/worker-thread.ts), so its threads do not start through tsx either.
 */
async function compile(entry) {
  // Named by the entry's path too: another entry of the same name has bundles of its own.
  const name = `${path.basename(entry).replace(/\.[cm]?ts$/, "")}-${createHash("sha256").update(entry).digest("hex").slice(0, 12)}`;
  const folder = path.join(OUT, name);
  const stampFile = path.join(OUT, `${name}.json`);
  const bundleOf = (source) => path.join(folder, `${path.basename(source).replace(/\.[cm]?ts$/, "")}.mjs`);
  if (upToDate(stampFile)) return bundleOf(entry);

  const workers = readdirSync(path.join(ROOT, "src"), { recursive: true })
    .filter((file) => /-worker\.ts$/.test(file))
    .map((file) => path.join(ROOT, "src", file))
    .sort();
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry, ...workers],
    entryNames: "[name]",
    // What an entry imports only when needed (the build's stages, after its up-to-date check) stays in chunks of its own.
    splitting: true,
    chunkNames: "chunk-[hash]",
    outExtension: { ".js": ".mjs" },
    outdir: folder,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "silent",
    define: { "globalThis.ARCHIVE_COMPILED_WORKERS": JSON.stringify(Object.fromEntries(workers.map((worker) => [pathToFileURL(worker).href, pathToFileURL(bundleOf(worker)).href]))) },
    plugins: [ownFileUrls],
  });
  mkdirSync(folder, { recursive: true });
  // Written under a name of this process, then renamed: two builds starting at once never read a half-written bundle.
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  removeOldChunks(folder, new Set(result.outputFiles.map((file) => file.path)));
  // The sources, and what else decides the bundles: the compiler's settings, the packages' versions (esbuild's too), the bundles themselves.
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input)),
    ...["tsconfig.json", "package-lock.json"].map((file) => path.join(ROOT, file)),
    // The folders: a worker module added or removed changes its folder.
    ...readdirSync(path.join(ROOT, "src"), { recursive: true, withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => path.join(item.parentPath, item.name)),
    path.join(ROOT, "src"),
    ...result.outputFiles.map((file) => file.path),
  ];
  writeAtomically(stampFile, JSON.stringify({ inputs: Object.fromEntries(inputs.map((file) => [file, fileState(file)])) }));
  return bundleOf(entry);
}

/** Each file's `import.meta.url` as its source file's URL, not the bundle's. */
const ownFileUrls = {
  name: "own-file-urls",
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

/** Whether every file the bundle was made from is as it was then. */
function upToDate(stampFile) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, "utf8"));
    return Object.entries(stamp.inputs).every(([file, state]) => fileState(file) === state);
  } catch {
    return false;
  }
}

function fileState(file) {
  try {
    const stats = statSync(file);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/**
 * Chunks of earlier compilations (their names change with their contents). Only those over an hour
 * old: a build started before this compilation may still import its own.
 */
function removeOldChunks(folder, current) {
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const age = Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()); // another build may remove it first
    if (!current.has(file) && name.startsWith("chunk-") && age > 3_600_000) rmSync(file, { force: true });
  }
}

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error("usage: node scripts/compiled.mjs <entry.ts> [arguments]");
  process.exit(2);
}
const entry = path.resolve(entryArg);
// The entry sees the command line it would see run directly: `node <entry> [arguments]`.
process.argv = [process.argv[0], entry, ...args];
if (args.includes("--debug")) process.setSourceMapsEnabled(true);

const compiled = process.env.ARCHIVE_COMPILED === "off" ? null : await compile(entry).catch(() => null);
if (compiled) await import(pathToFileURL(compiled).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(entry).href);
}
