// The worker thread of FileWriter (file-writer.ts): writes each batch in order and answers with its
// size, or with the first failure; after a failure, or once stopped, it writes nothing more.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { BUSY, IDLE, type WriteBatch, type WriterAnswer } from "./file-writer.ts";

const state = workerData as Int32Array;
/** Folders made already: the open data's thousands of files share two. */
const folders = new Set<string>();
let failed = false;

parentPort?.on("message", ({ files, ends, bytes }: WriteBatch) => {
  if (failed) return;
  let answer: WriterAnswer = { written: bytes.length, buffer: bytes.buffer as ArrayBuffer };
  try {
    for (const [index, file] of files.entries()) {
      if (Atomics.compareExchange(state, 0, IDLE, BUSY) !== IDLE) return; // stopped: the build is being cleaned up
      try {
        writeFile(file, bytes.subarray(ends[index - 1] ?? 0, ends[index]));
      } finally {
        Atomics.store(state, 0, IDLE);
        Atomics.notify(state, 0);
      }
    }
  } catch (error) {
    failed = true;
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer, "buffer" in answer ? [answer.buffer] : []);
});

function writeFile(file: string, bytes: Uint8Array): void {
  const folder = path.dirname(file);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    // `npm start` writes into the same folders rebuild after rebuild: one may have gone since.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, bytes);
  }
}
