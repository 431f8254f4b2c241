// One task on a worker thread, awaited like a function call: the plumbing for work that needs a
// heap of its own size (resourceLimits can be set for a worker, not for the main thread once Node
// has started). The script answers with WorkerMessages; errors cross the thread as plain values.
import { Worker, type ResourceLimits } from "node:worker_threads";

/** An error as it crosses the thread boundary; the caller turns it back into its own types. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  path?: string;
}

/** What a task script posts: progress as it goes, then one result or one error. */
export type WorkerMessage<Progress, Result> = { progress: Progress } | { result: Result } | { error: SerializedError };

export interface WorkerTaskOptions<Progress> {
  script: URL;
  /** Structured-cloned to the script as workerData. */
  data: unknown;
  resourceLimits?: ResourceLimits;
  onProgress?(progress: Progress): void;
  /** Rebuilds an error the script sent back; default: a plain Error keeping name, code and path. */
  rebuildError?(error: SerializedError): Error;
  /** The error to throw when the worker ran out of heap (ERR_WORKER_OUT_OF_MEMORY). */
  outOfMemory?(): Error;
}

export async function runWorkerTask<Progress, Result>(options: WorkerTaskOptions<Progress>): Promise<Result> {
  const worker = new Worker(options.script, { workerData: options.data, ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}) });
  const rebuild = options.rebuildError ?? plainError;
  try {
    return await new Promise<Result>((resolve, reject) => {
      worker.on("message", (m: WorkerMessage<Progress, Result>) => {
        if ("progress" in m) options.onProgress?.(m.progress);
        else if ("result" in m) resolve(m.result);
        else if ("error" in m) reject(rebuild(m.error));
      });
      // An error the script did not catch (thrown from an event handler, say) is rebuilt too, so a
      // usage error keeps its type and does not read as an internal one.
      worker.on("error", (error: Error & { code?: string }) => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" && options.outOfMemory ? options.outOfMemory() : rebuild(serializeError(error))));
      worker.on("exit", (code) => reject(new Error(`the worker thread ${options.script.pathname.split("/").at(-1)} stopped (exit code ${code}) before it answered`)));
    });
  } finally {
    await worker.terminate();
  }
}

export function serializeError(error: unknown): SerializedError {
  const e = (error instanceof Error ? error : new Error(String(error))) as Error & { code?: unknown; path?: unknown };
  return { name: e.name, message: e.message, ...(typeof e.code === "string" ? { code: e.code } : {}), ...(typeof e.path === "string" ? { path: e.path } : {}) };
}

function plainError(e: SerializedError): Error {
  return Object.assign(new Error(e.message), { name: e.name, code: e.code, path: e.path });
}
