// Runs a dataset review on a worker thread (bundled as dist/review-worker.js). A worker's heap
// can be sized (resourceLimits), the main thread's cannot once Node has started, and the young
// generation's default size is most of what the review's peak memory would otherwise be.
import { parentPort, workerData } from "node:worker_threads";
import { serializeError, type WorkerMessage } from "../../adapters/parallel/workerTask.js";
import { reviewDatasetsWithExamples, type ReviewWithExamples } from "../reviewDatasets.js";
import { reviewScratch, sourceReader, type ReviewJob, type ReviewWorkerProgress } from "./reviewInWorker.js";

const job = workerData as ReviewJob;
const post = (message: WorkerMessage<ReviewWorkerProgress, ReviewWithExamples>) => parentPort!.postMessage(message);
let pending = 0;
try {
  const result = await reviewDatasetsWithExamples(
    {
      ...job,
      workerUrl: job.tokenWorkerUrl ? new URL(job.tokenWorkerUrl) : undefined,
      readFile: sourceReader(job.sources),
      scratch: reviewScratch(job),
      progress: {
        bytes: (n) => {
          // Progress in coarse steps: a message per chunk would cost more than it tells.
          pending += n;
          if (pending >= 8 << 20) {
            post({ progress: { bytes: pending } });
            pending = 0;
          }
        },
        stage: (stage) => {
          post({ progress: { bytes: pending, stage } });
          pending = 0;
        },
      },
    },
    job.keepExamples ?? false,
  );
  if (pending) post({ progress: { bytes: pending } });
  post({ result });
} catch (error) {
  post({ error: serializeError(error) });
}
