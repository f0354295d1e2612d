// Files written by a worker thread, so the build's main thread renders the next page while the
// last one goes to disk: making a folder and a file per page took about a seventh of the main
// thread's time at 1,000 articles, while the machine's other core was often idle. Writes happen
// in the order given; `flush` resolves once every one is on disk, or rejects with the first
// failure (Node's message, which names the file). An interrupted or failed build stops the worker between two files
// before its unfinished folder is removed, so nothing is written into it afterwards.
import type { Worker } from "node:worker_threads";
import { onInterrupt } from "./interrupt.ts";
import { startTsWorker } from "../util/worker-thread.ts";

/** A batch as the worker gets it: the files' UTF-8 bytes end to end in one buffer, moved (not copied) to it. */
export interface WriteBatch {
  files: string[];
  /** Where each file's bytes end in `bytes`; each starts where the one before ends. */
  ends: number[];
  bytes: Uint8Array;
}

/** What the worker answers for each batch it was sent: its size, and its buffer back for the next batch. */
export type WriterAnswer = { written: number; buffer: ArrayBuffer } | { error: string };

/** The worker's state, shared: it writes a file only after turning IDLE into BUSY, and never once STOPPED. */
export const IDLE = 0;
export const BUSY = 1;
export const STOPPED = 2;

/** Bytes gathered before a batch is sent: each message costs the main thread about 0.4 ms (waking the worker). */
const BATCH = 1024 * 1024;
/** Batch buffers kept for reuse: enough for the batches usually in flight, not all of a backlog's. */
const SPARE_BATCHES = 8;
/** Bytes sent and not yet written, above which `write` waits: memory stays bounded when the disk is slow. */
const HIGH_WATER = 32 * 1024 * 1024;

export class FileWriter {
  private readonly worker: Worker;
  private readonly state = new Int32Array(new SharedArrayBuffer(4));
  // Encoded here into a buffer handed over whole: posting the pages as strings made Node copy them
  // into the message, 4 s of the main thread at 10,000 articles (650 MB of HTML).
  private files: string[] = [];
  private ends: number[] = [];
  private bytes = Buffer.allocUnsafeSlow(0);
  private used = 0;
  /** Batch buffers the worker has handed back: memory fresh from the system for every batch cost a page fault per 4 KB. */
  private spare: ArrayBuffer[] = [];
  /** Bytes sent to the worker, not yet written. */
  private inFlight = 0;
  private failure: Error | null = null;
  /** Told when `inFlight` falls or a write fails. */
  private waiting: (() => void)[] = [];

  constructor() {
    this.worker = startTsWorker(new URL("./file-writer-worker.ts", import.meta.url), this.state);
    // Registered after the build's unfinished folder, so run before its removal (last first).
    onInterrupt(() => this.stop());
    this.worker.on("message", (answer: WriterAnswer) => {
      if ("error" in answer) this.failure ??= new Error(answer.error);
      else {
        this.inFlight -= answer.written;
        if (answer.buffer.byteLength === BATCH && this.spare.length < SPARE_BATCHES) this.spare.push(answer.buffer);
      }
      if (this.inFlight === 0 || this.failure) this.worker.unref(); // nothing more to wait for
      this.wake();
    });
    this.worker.on("error", (error) => {
      this.failure ??= error;
      this.worker.unref();
      this.wake();
    });
    // Idle, it keeps nothing alive, so a failed build still exits. After the listeners: adding a
    // "message" listener refs the worker again.
    this.worker.unref();
  }

  /** Queues `text` for `file` (its folder is made); waits only when much is still to be written. */
  write(file: string, text: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    // UTF-8 takes at most 3 bytes per UTF-16 unit; a page bigger than a batch gets a buffer of its own.
    if (this.used + text.length * 3 > this.bytes.length) {
      this.send();
      const spare = text.length * 3 <= BATCH ? this.spare.pop() : undefined;
      this.bytes = spare ? Buffer.from(spare) : Buffer.allocUnsafeSlow(Math.max(BATCH, text.length * 3));
    }
    this.used += this.bytes.write(text, this.used);
    this.files.push(file);
    this.ends.push(this.used);
    if (this.used >= BATCH) this.send();
    return this.inFlight > HIGH_WATER ? this.until(() => this.inFlight <= HIGH_WATER / 2) : undefined;
  }

  /** Resolves once everything queued is on disk. */
  async flush(): Promise<void> {
    this.send();
    await this.until(() => this.inFlight === 0);
  }

  /** Stops the worker, waiting out the file it is writing; nothing queued is written after. */
  stop(): void {
    while (Atomics.compareExchange(this.state, 0, IDLE, STOPPED) === BUSY) Atomics.wait(this.state, 0, BUSY, 100);
    this.failure ??= new Error("stopped before every file was written");
    void this.worker.terminate();
    this.wake();
  }

  private send(): void {
    if (this.files.length === 0) return;
    this.worker.ref();
    this.inFlight += this.used;
    const batch: WriteBatch = { files: this.files, ends: this.ends, bytes: this.bytes.subarray(0, this.used) };
    this.worker.postMessage(batch, [this.bytes.buffer]);
    this.files = [];
    this.ends = [];
    this.bytes = Buffer.allocUnsafeSlow(0);
    this.used = 0;
  }

  private until(done: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.failure) reject(this.failure);
        else if (done()) resolve();
        else this.waiting.push(check);
      };
      check();
    });
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const check of waiting) check();
  }
}
