// Starts a review on a worker thread with a sized heap (see reviewWorker.ts), or in this thread
// when the bundled worker script is not there (running from source in tests). What is review's own
// lives here: the job, its scratch storage, its heap setting and its errors; the thread plumbing is
// adapters/parallel/workerTask.ts.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InputError, readFileChunks } from "../../adapters/files/files.js";
import { TempScratchSpace } from "../../adapters/files/tempScratch.js";
import type { BundledWorkers } from "../../adapters/parallel/bundledWorkers.js";
import { runWorkerTask, type SerializedError } from "../../adapters/parallel/workerTask.js";
import { SettingsError } from "../../settings/settings.js";
import type { ReviewReport } from "../report/model.js";
import { reviewDatasetsWithExamples, type ReviewInput, type ReviewProgress, type ReviewWithExamples } from "../reviewDatasets.js";

/**
 * What a review needs, as plain data that can cross to a worker. `sources` maps a file's name in the
 * report (a repository path) to where its bytes are on disk, when the two differ (a PR's base and
 * head versions written to a temporary folder).
 */
export type ReviewJob = Omit<ReviewInput, "readFile" | "progress" | "workerUrl"> & {
  tokenWorkerUrl?: string;
  sources?: Record<string, string>;
  /** Also return the per-example index (reviewDatasetsWithExamples). */
  keepExamples?: boolean;
};

/** What the worker posts as it goes: bytes read since the last message, and the stage it entered. */
export interface ReviewWorkerProgress {
  bytes: number;
  stage?: string;
}

/** Scratch storage for a review: memory up to review.scratchMemoryMb, temporary files beyond. */
export function reviewScratch(job: ReviewJob): TempScratchSpace {
  return new TempScratchSpace(job.settings.review.scratchMemoryMb * 2 ** 20);
}

export function sourceReader(sources: Record<string, string> | undefined): (path: string) => AsyncIterable<Uint8Array> {
  return (path) => readFileChunks(sources?.[path] ?? path);
}

// A 24 MB young generation costs some speed against the default, and saves about 80 MB of peak
// memory (npm run bench shows both); the old generation is capped by review.maxHeapMb. Neither
// grows with the dataset: per-example records go to scratch storage (reviewScratch).
const YOUNG_GENERATION_MB = 24;

export async function reviewInWorker(job: ReviewJob, workers: BundledWorkers | undefined, progress?: ReviewProgress): Promise<ReviewReport> {
  return (await reviewInWorkerWithExamples({ ...job, keepExamples: false }, workers, progress)).report;
}

/** The review and, when the job asks with keepExamples, its per-example index. */
export async function reviewInWorkerWithExamples(job: ReviewJob, workers: BundledWorkers | undefined, progress?: ReviewProgress): Promise<ReviewWithExamples> {
  if (!workers || !existsSync(fileURLToPath(workers.review))) {
    return reviewDatasetsWithExamples({ ...job, readFile: sourceReader(job.sources), progress, workerUrl: workers?.tokens, scratch: reviewScratch(job) }, job.keepExamples ?? false);
  }
  const heapMb = job.settings.review.maxHeapMb;
  return runWorkerTask<ReviewWorkerProgress, ReviewWithExamples>({
    script: workers.review,
    data: { ...job, tokenWorkerUrl: workers.tokens.href } satisfies ReviewJob,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb },
    onProgress: (m) => {
      if (m.bytes) progress?.bytes(m.bytes);
      if (m.stage) progress?.stage(m.stage);
    },
    rebuildError,
    outOfMemory: () => new SettingsError(`the review needs more memory than review.maxHeapMb (${heapMb} MB) allows for this dataset: raise it in the config file`),
  });
}

/** Errors a user can act on keep their type across the thread boundary. */
function rebuildError(e: SerializedError): Error {
  if (e.name === "InputError") return new InputError(e.message);
  if (e.name === "SettingsError") return new SettingsError(e.message);
  return Object.assign(new Error(e.message), { name: e.name, code: e.code, path: e.path });
}
