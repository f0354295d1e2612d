// A worker thread of ingestAhead (ahead.ts): builds the files it takes from the shared counter and
// sends their records a few at a time, then says it is done.
import { parentPort, workerData } from "node:worker_threads";
import { takeAndBuild, type AheadJob, type AheadMessage, type BuiltRecord } from "./ahead.ts";

/** Records sent per message: one message per record would cost more than copying them. */
const BATCH = 32;

let batch: BuiltRecord[] = [];
const send = (message: AheadMessage) => parentPort?.postMessage(message);
for (const result of takeAndBuild(workerData as AheadJob)) {
  batch.push(result);
  if (batch.length >= BATCH) {
    send({ built: batch });
    batch = [];
  }
}
send({ built: batch });
send({ done: true });
