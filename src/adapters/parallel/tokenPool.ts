// Counts tokens (and builds signatures) on worker threads while the review thread runs the rules,
// and hands the answers back in submission order, so the outcome never depends on thread timing.
// With workers, the review thread never loads a tokenizer (one fewer copy in memory) and waits
// when the workers are MAX_QUEUED batches behind; without them, it counts inline.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { TokenCounter, type TokenRequest, type TokenResponse } from "../../core/dataset/analyzeBatch.js";
import { loadTokenCounter, type EncodingName } from "../../core/tokens/tokenizer.js";

export interface TokenPoolOptions {
  encoding: EncodingName;
  /** Worker threads; each holds its own tokenizer (~80 MB). 0 tokens on the main thread. */
  workers: number;
  /** The bundled worker script; without it the pool tokens on the main thread. */
  workerUrl?: URL;
}

type Deliver = (response: TokenResponse) => void;

interface WorkerSlot {
  worker: Worker;
  queued: number;
}

const MAX_QUEUED = 3;
// Sized so that the tokenizer (~40 MB live) and the largest allowed line fit, and garbage is
// collected before it shows in the process's peak memory (measured with npm run bench).
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };

export class TokenPool {
  private seq = 0;
  private nextToDeliver = 0;
  private readonly waiting = new Map<number, { deliver: Deliver; response?: TokenResponse }>();
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  private constructor(
    private readonly slots: WorkerSlot[],
    private readonly inline: TokenCounter | undefined,
  ) {
    for (const slot of slots) {
      slot.worker.on("message", (m: { seq: number; response: TokenResponse }) => {
        slot.queued--;
        this.complete(m.seq, m.response);
      });
      slot.worker.on("error", (e) => {
        this.failure = e;
        this.notify();
      });
    }
  }

  static async start(options: TokenPoolOptions): Promise<TokenPool> {
    const slots: WorkerSlot[] = [];
    const url = options.workerUrl;
    if (url && options.workers > 0 && existsSync(fileURLToPath(url))) {
      for (let i = 0; i < options.workers; i++) {
        const worker = new Worker(url, { workerData: { encoding: options.encoding }, resourceLimits: WORKER_LIMITS });
        await new Promise<void>((resolve, reject) => {
          worker.once("message", () => resolve());
          worker.once("error", reject);
        });
        slots.push({ worker, queued: 0 });
      }
    }
    const inline = slots.length ? undefined : new TokenCounter(await loadTokenCounter(options.encoding));
    return new TokenPool(slots, inline);
  }

  /** Worker threads in use (0: everything on the main thread). */
  get workers(): number {
    return this.slots.length;
  }

  async submit(request: TokenRequest, deliver: Deliver): Promise<void> {
    const seq = this.seq++;
    this.waiting.set(seq, { deliver });
    if (this.inline) {
      this.complete(seq, this.inline.answer(request));
      this.check();
      return;
    }
    let slot = this.freeSlot();
    while (!slot) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.check();
      slot = this.freeSlot();
    }
    slot.queued++;
    slot.worker.postMessage({ seq, request });
  }

  /** Resolves once every submitted batch has been delivered. */
  async flush(): Promise<void> {
    while (this.nextToDeliver < this.seq) {
      this.check();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    this.check();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private freeSlot(): WorkerSlot | undefined {
    return this.slots.reduce<WorkerSlot | undefined>((best, s) => (s.queued < MAX_QUEUED && (!best || s.queued < best.queued) ? s : best), undefined);
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private complete(seq: number, response: TokenResponse): void {
    this.waiting.get(seq)!.response = response;
    for (let entry = this.waiting.get(this.nextToDeliver); entry?.response; entry = this.waiting.get(this.nextToDeliver)) {
      this.waiting.delete(this.nextToDeliver++);
      if (this.failure) continue;
      // Delivery runs in a worker's message handler: an error thrown there (a full scratch disk)
      // would escape the review as an uncaught exception and lose its type. It is kept, and thrown
      // to the review by the next submit or flush.
      try {
        entry.deliver(entry.response);
      } catch (error) {
        this.failure = error as Error;
      }
    }
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
