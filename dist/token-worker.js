import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  TokenCounter,
  loadTokenCounter
} from "./chunks/chunk-VTEUAKPC.js";
import "./chunks/chunk-FTZE4VCS.js";

// src/adapters/parallel/tokenWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var { encoding } = workerData;
var counter = new TokenCounter(await loadTokenCounter(encoding));
parentPort.on("message", (message) => {
  const response = counter.answer(message.request);
  parentPort.postMessage({ seq: message.seq, response }, [response.counts.buffer, response.signatures.buffer]);
});
parentPort.postMessage({ ready: true });
