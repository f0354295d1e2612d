// A worker thread running one of our TypeScript modules. Run from the build scripts/compiled.mjs
// compiled, it starts the module's compiled bundle. Otherwise: a worker does not inherit the
// loader the build was started with (`node --import tsx`), so tsx is registered inside it before
// the module is imported.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** Source URL → compiled bundle URL of each worker module: a constant scripts/compiled.mjs writes in; none under tsx. */
const COMPILED: Record<string, string> = (globalThis as { ARCHIVE_COMPILED_WORKERS?: Record<string, string> }).ARCHIVE_COMPILED_WORKERS ?? {};

/** Starts `module` (a `.ts` file URL) in a worker thread, with `workerData`. */
export function startTsWorker(module: URL, workerData?: unknown): Worker {
  const compiled = COMPILED[module.href];
  if (compiled && existsSync(fileURLToPath(compiled))) return new Worker(new URL(compiled), { workerData });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Resolves to the worker's first message; rejects if it fails or exits without one. */
export function firstMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (message: T) => resolve(message));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker stopped (exit code ${code}) before it answered`)));
  });
}
