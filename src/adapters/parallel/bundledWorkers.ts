// The worker-thread scripts esbuild bundles beside each entry point (scripts/build.mjs):
// dist/review-worker.js and dist/token-worker.js. Running from source (tests), there are none, and
// the work runs on the calling thread instead.

export interface BundledWorkers {
  /** The dataset review (src/review/worker/reviewWorker.ts). */
  review: URL;
  /** Token counting beside the review (src/adapters/parallel/tokenWorker.ts). */
  tokens: URL;
}

/**
 * The scripts beside an entry point: pass the entry's own import.meta.url. (A helper's own
 * import.meta.url would name the chunk it was bundled into, not dist/.)
 */
export function bundledWorkers(entryUrl: string | URL): BundledWorkers {
  return { review: new URL("./review-worker.js", entryUrl), tokens: new URL("./token-worker.js", entryUrl) };
}
