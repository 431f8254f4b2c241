// Starts a review on a worker thread with a sized heap (see reviewWorker.ts), or in this thread
// when the bundled worker script is not there (running from source in tests).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputError, readFileChunks } from "../files/files.js";
import { reviewDatasets, type ReviewInput } from "../../review/reviewDatasets.js";
import { SettingsError } from "../../settings/settings.js";
import type { ReviewReport } from "../../report/model.js";

/** What a review needs, as plain data that can cross to a worker. */
export type ReviewJob = Omit<ReviewInput, "readFile" | "onBytes" | "workerUrl"> & { tokenWorkerUrl?: string };

// Young generation (two semi-spaces and a copy space) of 48 MB: peak memory stays under 300 MB on
// large files at a few percent of speed; the old generation grows as the dataset needs.
const REVIEW_LIMITS = { maxYoungGenerationSizeMb: 48 };

export interface Workers {
  review: URL;
  tokens: URL;
}

export async function reviewInWorker(job: ReviewJob, workers: Workers | undefined, onBytes?: (n: number) => void): Promise<ReviewReport> {
  if (!workers || !existsSync(fileURLToPath(workers.review))) {
    return reviewDatasets({ ...job, readFile: readFileChunks, onBytes, workerUrl: workers?.tokens });
  }
  const worker = new Worker(workers.review, { workerData: { ...job, tokenWorkerUrl: workers.tokens.href } satisfies ReviewJob, resourceLimits: REVIEW_LIMITS });
  try {
    return await new Promise<ReviewReport>((resolve, reject) => {
      worker.on("message", (m: { bytes?: number; report?: ReviewReport; error?: { name: string; message: string; code?: string; path?: string } }) => {
        if (m.bytes) onBytes?.(m.bytes);
        if (m.report) resolve(m.report);
        if (m.error) reject(rebuildError(m.error));
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`the review worker stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** Errors a user can act on keep their type across the thread boundary. */
function rebuildError(e: { name: string; message: string; code?: string; path?: string }): Error {
  if (e.name === "InputError") return new InputError(e.message);
  if (e.name === "SettingsError") return new SettingsError(e.message);
  return Object.assign(new Error(e.message), { name: e.name, code: e.code, path: e.path });
}
