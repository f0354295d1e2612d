// A search index lane's worker thread (see `indexSearchAlongside`): indexes the shards it is given
// and answers once, with their size on disk or the error.
import childProcess from "node:child_process";
import { parentPort, workerData } from "node:worker_threads";
import { indexShards, type IndexAnswer, type IndexJob } from "./index.ts";

const job = workerData as IndexJob;

// Pagefind's binary writes into the build's unfinished folder, and an interrupted build must stop
// it before removing the folder (output/stop-process.ts). Its library does not say which process
// it started, so this thread's spawn tells the build (only this thread's: modules are per thread).
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  if (child.pid) Atomics.store(job.helperPid, job.lane, child.pid);
  return child;
}) as typeof spawn;

let answer: IndexAnswer;
try {
  answer = { size: await indexShards(job.target, job.shards, job.language, job.vocabulary) };
} catch (error) {
  answer = { error: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(answer);
