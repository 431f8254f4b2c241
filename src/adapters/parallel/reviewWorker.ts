// Runs a dataset review on a worker thread (bundled as dist/review-worker.js). A worker's heap
// can be sized (resourceLimits), the main thread's cannot once Node has started, and the young
// generation's default size is most of what the review's peak memory would otherwise be.
import { parentPort, workerData } from "node:worker_threads";
import { reviewDatasetsWithExamples } from "../../review/reviewDatasets.js";
import { reviewScratch, sourceReader, type ReviewJob } from "./reviewInWorker.js";

const job = workerData as ReviewJob;
let pending = 0;
try {
  const { report, examples } = await reviewDatasetsWithExamples({
    ...job,
    workerUrl: job.tokenWorkerUrl ? new URL(job.tokenWorkerUrl) : undefined,
    readFile: sourceReader(job.sources),
    scratch: reviewScratch(job),
    progress: {
      bytes: (n) => {
        // Progress in coarse steps: a message per chunk would cost more than it tells.
        pending += n;
        if (pending >= 8 << 20) {
          parentPort!.postMessage({ bytes: pending });
          pending = 0;
        }
      },
      stage: (stage) => {
        parentPort!.postMessage({ bytes: pending, stage });
        pending = 0;
      },
    },
  }, job.keepExamples ?? false);
  parentPort!.postMessage({ bytes: pending, report, examples });
} catch (error) {
  const e = error as Error & { code?: string; path?: string };
  parentPort!.postMessage({ error: { name: e.name, message: e.message, code: e.code, path: e.path } });
}
