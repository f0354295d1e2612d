// A worker thread running one of our TypeScript modules. A worker does not inherit the loader the
// build was started with (`node --import tsx`), so tsx is registered inside it before the module
// is imported.
import { Worker } from "node:worker_threads";

const TSX_API = import.meta.resolve("tsx/esm/api");

/** Starts `module` (a `.ts` file URL) in a worker thread, with `workerData`. */
export function startTsWorker(module: URL, workerData?: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
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
