import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  BatchTokenCounter,
  loadTokenCounter
} from "./chunks/chunk-55NK2FTJ.js";
import "./chunks/chunk-D5HUPGCK.js";

// src/adapters/parallel/tokenWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var { format, encoding } = workerData;
var counter = new BatchTokenCounter(format, await loadTokenCounter(encoding));
parentPort.on("message", (message) => {
  const tokens = counter.count(message.lines);
  parentPort.postMessage({ seq: message.seq, tokens }, [tokens.buffer]);
});
parentPort.postMessage({ ready: true });
