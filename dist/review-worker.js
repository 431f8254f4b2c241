import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  reviewDatasetsWithExamples,
  reviewScratch,
  serializeError,
  sourceReader
} from "./chunks/chunk-6QQI742V.js";
import "./chunks/chunk-VTEUAKPC.js";
import "./chunks/chunk-FTZE4VCS.js";

// src/review/worker/reviewWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var post = (message) => parentPort.postMessage(message);
var pending = 0;
try {
  const result = await reviewDatasetsWithExamples(
    {
      ...job,
      workerUrl: job.tokenWorkerUrl ? new URL(job.tokenWorkerUrl) : void 0,
      readFile: sourceReader(job.sources),
      scratch: reviewScratch(job),
      progress: {
        bytes: (n) => {
          pending += n;
          if (pending >= 8 << 20) {
            post({ progress: { bytes: pending } });
            pending = 0;
          }
        },
        stage: (stage) => {
          post({ progress: { bytes: pending, stage } });
          pending = 0;
        }
      }
    },
    job.keepExamples ?? false
  );
  if (pending) post({ progress: { bytes: pending } });
  post({ result });
} catch (error) {
  post({ error: serializeError(error) });
}
