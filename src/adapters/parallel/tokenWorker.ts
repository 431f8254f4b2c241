// A worker thread that counts the lines' tokens for the review, bundled
// as dist/token-worker.js, so the tokenizer runs beside the rules instead of after them.
import { parentPort, workerData } from "node:worker_threads";
import { BatchTokenCounter, type TextLine } from "../../core/dataset/analyzeBatch.js";
import type { DatasetFormat } from "../../core/dataset/formats.js";
import { loadTokenCounter, type EncodingName } from "../../core/tokens/tokenizer.js";

const { format, encoding } = workerData as { format: DatasetFormat | undefined; encoding: EncodingName };
const counter = new BatchTokenCounter(format, await loadTokenCounter(encoding));
parentPort!.on("message", (message: { seq: number; lines: TextLine[] }) => {
  const tokens = counter.count(message.lines);
  parentPort!.postMessage({ seq: message.seq, tokens }, [tokens.buffer as ArrayBuffer]);
});
parentPort!.postMessage({ ready: true });
