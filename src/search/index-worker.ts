// The search index's worker thread (see `indexSearchAlongside`): indexes the records it is given
// and answers once, with the report or the error.
import childProcess from "node:child_process";
import { parentPort, workerData } from "node:worker_threads";
import { indexRecords, type IndexAnswer, type IndexJob } from "./index.ts";

const job = workerData as IndexJob;

// Pagefind's binary writes into the build's unfinished folder, and an interrupted build must stop
// it before removing the folder (output/stop-process.ts). Its library does not say which process
// it started, so this thread's spawn tells the build (only this thread's: modules are per thread).
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  if (child.pid) Atomics.store(job.helperPid, 0, child.pid);
  return child;
}) as typeof spawn;

let answer: IndexAnswer;
try {
  answer = { report: await indexRecords(job.outputDir, job.records, job.language, job.shardSize) };
} catch (error) {
  answer = { error: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(answer);
