// The fine-tuning part of an OpenAI-compatible API (OpenAI, Azure OpenAI's v1 endpoint) as plain
// calls on the one client (client.ts): files, jobs, events, checkpoints, result files, models. The
// train flow decides what to retry and what a duplicate would cost; this edge only knows the API.
// Requests that create something (an upload, a job) are sent once, never retried by the SDK: a
// retried POST whose first answer was lost would create a second file or pay for a second job, so
// the flow looks for the first one before it tries again.
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { toFile } from "openai";
import type { FileObject } from "openai/resources/files";
import type { FineTuningJob, FineTuningJobEvent, JobCreateParams } from "openai/resources/fine-tuning/jobs/jobs";
import type { FineTuningJobCheckpoint } from "openai/resources/fine-tuning/jobs/checkpoints";
import type { OpenAIClient } from "./client.js";

export type { FileObject, FineTuningJob, FineTuningJobCheckpoint, FineTuningJobEvent, JobCreateParams };

/** What a model's entry says about its end, where the API says it (OpenAI: `shutdown_date`; Azure: `deprecation`). */
export interface ModelDates {
  id: string;
  /** YYYY-MM-DD: the last day new fine-tuning jobs are accepted (Azure's deprecation.fine_tune). */
  fineTuneEnd?: string;
  /** YYYY-MM-DD: the day the model stops serving (OpenAI's shutdown_date, Azure's deprecation.inference). */
  shutdown?: string;
}

export interface FineTuningApi {
  /** Every file with this purpose, newest first, all pages. */
  listFiles(purpose: string): AsyncIterable<FileObject>;
  /** One attempt: no SDK retry (see the file's header). */
  uploadFile(path: string, filename: string): Promise<FileObject>;
  retrieveFile(id: string): Promise<FileObject>;
  /** A file's bytes as text (a result file). */
  fileContent(id: string): Promise<string>;
  /** Jobs whose metadata has every given pair, newest first, all pages (filtered here too: not every server filters). */
  listJobs(metadata: Record<string, string>): AsyncIterable<FineTuningJob>;
  /** One attempt: no SDK retry. `extraBody` carries fields the SDK's type lacks (Azure's trainingType). */
  createJob(params: JobCreateParams, extraBody?: Record<string, unknown>): Promise<FineTuningJob>;
  retrieveJob(id: string): Promise<FineTuningJob>;
  cancelJob(id: string): Promise<FineTuningJob>;
  /** Events newer than `after` (an event id), oldest first. */
  listEvents(id: string, after?: string): Promise<FineTuningJobEvent[]>;
  listCheckpoints(id: string): Promise<FineTuningJobCheckpoint[]>;
  /** The model's dates; undefined when the API does not know the model (404). */
  modelDates(id: string): Promise<ModelDates | undefined>;
  /** One short chat request to `model` (a deployment): does it answer? */
  answers(model: string): Promise<void>;
}

const PAGE = 100;

export function fineTuningApi(client: OpenAIClient): FineTuningApi {
  return {
    async *listFiles(purpose) {
      for await (const file of client.files.list({ purpose, limit: PAGE, order: "desc" })) yield file;
    },
    async uploadFile(path, filename) {
      const file = await toFile(createReadStream(path), filename || basename(path), { type: "application/jsonl" });
      return client.files.create({ file, purpose: "fine-tune" }, { maxRetries: 0 });
    },
    retrieveFile: (id) => client.files.retrieve(id),
    async fileContent(id) {
      const response = await client.files.content(id);
      return response.text();
    },
    async *listJobs(metadata) {
      for await (const job of client.fineTuning.jobs.list({ limit: PAGE, metadata })) {
        if (Object.entries(metadata).every(([k, v]) => job.metadata?.[k] === v)) yield job;
      }
    },
    createJob: (params, extraBody) => client.fineTuning.jobs.create({ ...params, ...extraBody } as JobCreateParams, { maxRetries: 0 }),
    retrieveJob: (id) => client.fineTuning.jobs.retrieve(id),
    cancelJob: (id) => client.fineTuning.jobs.cancel(id),
    async listEvents(id, after) {
      // Newest first from the API; read back to `after` (at most a few pages while a job runs).
      const fresh: FineTuningJobEvent[] = [];
      for await (const event of client.fineTuning.jobs.listEvents(id, { limit: PAGE })) {
        if (event.id === after) break;
        fresh.push(event);
      }
      return fresh.reverse();
    },
    async listCheckpoints(id) {
      const all: FineTuningJobCheckpoint[] = [];
      for await (const checkpoint of client.fineTuning.jobs.checkpoints.list(id, { limit: PAGE })) all.push(checkpoint);
      return all;
    },
    async modelDates(id) {
      let model: Record<string, unknown>;
      try {
        model = (await client.models.retrieve(id)) as unknown as Record<string, unknown>;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw error;
      }
      return { id, ...datesOf(model) };
    },
    async answers(model) {
      await client.chat.completions.create({ model, messages: [{ role: "user", content: "ping" }], max_completion_tokens: 1 }, { maxRetries: 0 });
    },
  };
}

/** OpenAI's `shutdown_date` ("YYYY-MM-DD" or null) and Azure's `deprecation` (Unix seconds), as days. */
export function datesOf(model: Record<string, unknown>): Omit<ModelDates, "id"> {
  const out: Omit<ModelDates, "id"> = {};
  if (typeof model.shutdown_date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(model.shutdown_date)) out.shutdown = model.shutdown_date;
  const deprecation = model.deprecation;
  if (deprecation && typeof deprecation === "object") {
    const { fine_tune: fineTune, inference } = deprecation as { fine_tune?: unknown; inference?: unknown };
    if (typeof fineTune === "number" && Number.isFinite(fineTune)) out.fineTuneEnd = new Date(fineTune * 1000).toISOString().slice(0, 10);
    if (typeof inference === "number" && Number.isFinite(inference)) out.shutdown ??= new Date(inference * 1000).toISOString().slice(0, 10);
  }
  return out;
}
