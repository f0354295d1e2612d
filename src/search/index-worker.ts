// The search index's worker thread (see `indexSearchAlongside`): indexes the records it is given
// and answers once, with the report or the error.
import { parentPort, workerData } from "node:worker_threads";
import { indexRecords, type IndexAnswer, type IndexJob } from "./index.ts";

const job = workerData as IndexJob;
let answer: IndexAnswer;
try {
  answer = { report: await indexRecords(job.outputDir, job.records, job.language) };
} catch (error) {
  answer = { error: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(answer);
