// A worker thread that counts tokens and builds near-duplicate signatures for the review, bundled
// as dist/token-worker.js, so the tokenizer runs beside the rules instead of after them.
import { parentPort, workerData } from "node:worker_threads";
import { TokenCounter, type TokenRequest } from "../../core/dataset/analyzeBatch.js";
import { loadTokenCounter, type EncodingName } from "../../core/tokens/tokenizer.js";

const { encoding } = workerData as { encoding: EncodingName };
const counter = new TokenCounter(await loadTokenCounter(encoding));
parentPort!.on("message", (message: { seq: number; request: TokenRequest }) => {
  const response = counter.answer(message.request);
  parentPort!.postMessage({ seq: message.seq, response }, [response.counts.buffer as ArrayBuffer, response.signatures.buffer as ArrayBuffer]);
});
parentPort!.postMessage({ ready: true });
