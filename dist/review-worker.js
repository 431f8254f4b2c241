import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  reviewDatasets,
  sourceReader
} from "./chunks/chunk-U54XMIWD.js";
import "./chunks/chunk-POJSONTM.js";
import "./chunks/chunk-D5HUPGCK.js";

// src/adapters/parallel/reviewWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var pending = 0;
try {
  const report = await reviewDatasets({
    ...job,
    workerUrl: job.tokenWorkerUrl ? new URL(job.tokenWorkerUrl) : void 0,
    readFile: sourceReader(job.sources),
    onBytes: (n) => {
      pending += n;
      if (pending >= 8 << 20) {
        parentPort.postMessage({ bytes: pending });
        pending = 0;
      }
    }
  });
  parentPort.postMessage({ bytes: pending, report });
} catch (error) {
  const e = error;
  parentPort.postMessage({ error: { name: e.name, message: e.message, code: e.code, path: e.path } });
}
