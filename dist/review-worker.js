import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  reviewDatasetsWithExamples,
  reviewScratch,
  sourceReader
} from "./chunks/chunk-WJNJC2VA.js";
import "./chunks/chunk-YGY3V2VH.js";
import "./chunks/chunk-FTZE4VCS.js";

// src/adapters/parallel/reviewWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var pending = 0;
try {
  const { report, examples } = await reviewDatasetsWithExamples({
    ...job,
    workerUrl: job.tokenWorkerUrl ? new URL(job.tokenWorkerUrl) : void 0,
    readFile: sourceReader(job.sources),
    scratch: reviewScratch(job),
    progress: {
      bytes: (n) => {
        pending += n;
        if (pending >= 8 << 20) {
          parentPort.postMessage({ bytes: pending });
          pending = 0;
        }
      },
      stage: (stage) => {
        parentPort.postMessage({ bytes: pending, stage });
        pending = 0;
      }
    }
  }, job.keepExamples ?? false);
  parentPort.postMessage({ bytes: pending, report, examples });
} catch (error) {
  const e = error;
  parentPort.postMessage({ error: { name: e.name, message: e.message, code: e.code, path: e.path } });
}
