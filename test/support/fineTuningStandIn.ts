// OpenAI's fine-tuning API served locally, on the shared OpenAI stand-in (openaiStandIn.ts, its
// routes, auth, request log and faults): files (multipart upload, list, retrieve, content), jobs
// (create, list with metadata filter and cursor pages, retrieve, events, checkpoints, cancel),
// models with their shutdown dates, and a job that moves through validating_files, queued and
// running to its end one look at a time. Every request body and every answer is checked against the
// installed openai SDK's own types (openaiSdkSchemas.ts), plus the fields the providers document on
// top of them (OpenAI's model shutdown_date; Azure's trainingType and model deprecation).
//
// flavour "azure" is Azure OpenAI's v1 API: paths under /openai/v1 (no api-version), trainingType on
// job creation, training files that must be UTF-8 with a byte-order mark and under 512 MB, model ids
// "BASE.ft-HEX", models with deprecation dates in Unix seconds, a plain-text result file, and
// deployments through a second stand-in for Azure Resource Manager (armStandIn) that the model
// answers through only once provisioned.
import { randomBytes } from "node:crypto";
import { OpenAIStandIn, type RouteHandler } from "./openaiStandIn.js";
import { SDK_TYPES, sdkTypeProblems, type SdkType } from "./openaiSdkSchemas.js";

export interface StandInModel {
  id: string;
  /** OpenAI: YYYY-MM-DD or null. Azure: the inference end, written as deprecation.inference. */
  shutdownDate?: string | null;
  /** Azure: deprecation.fine_tune. */
  fineTuneEnd?: string;
}

export type JobEnd = { status: "succeeded" } | { status: "failed"; error: { code: string; message: string; param: string | null } };

export interface FineTuningStandInOptions {
  apiKey: string;
  flavour?: "openai" | "azure";
  models: StandInModel[];
  /** How each job ends (default: succeeds). */
  end?: (job: StoredJob) => JobEnd;
  /** Every job creation is refused with 403 training_not_available (an organisation past its cut-off). */
  refuseTraining?: boolean;
  /** Steps a job trains (default 6); half of them per look while running. */
  steps?: number;
  /** The result file as OpenAI serves it (base64) or as plain CSV (Azure's). */
  resultEncoding?: "base64" | "plain";
  /** Azure: the token Resource Manager requires, and the deployments' stand-in is started too. */
  managementToken?: string;
  /** false: the jobs list ignores metadata[...] (a server that does not filter); the client must page and filter. */
  filtersMetadata?: boolean;
}

export interface StoredFile {
  id: string;
  bytes: number;
  created_at: number;
  filename: string;
  object: "file";
  purpose: "fine-tune" | "fine-tune-results";
  status: "uploaded" | "processed" | "error";
  content: Buffer;
  looks: number;
}

export interface StoredJob {
  id: string;
  body: Record<string, unknown>;
  created_at: number;
  status: "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled";
  step: number;
  looks: number;
  events: ({ id: string } & Record<string, unknown>)[];
  result_files: string[];
  fine_tuned_model: string | null;
  finished_at: number | null;
  error: { code: string; message: string; param: string | null } | null;
  trained_tokens: number | null;
}

export interface StoredDeployment {
  name: string;
  model: string;
  sku: unknown;
  state: "Creating" | "Succeeded";
  looks: number;
  chats: number;
}

const TRAINING_TYPES = ["Standard", "GlobalStandard", "Developer"];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const now = () => Math.floor(Date.now() / 1000);
const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;
const error = (status: number, message: string, type: string, code: string | null, param: string | null = null) => ({ status, body: { error: { message, type, param, code } } });

export class FineTuningStandIn {
  readonly files = new Map<string, StoredFile>();
  readonly jobs = new Map<string, StoredJob>();
  readonly deployments = new Map<string, StoredDeployment>();
  /** Job creations that reached the handler (a lost answer still counts: the job exists). */
  jobCreations = 0;
  uploads = 0;
  private readonly ownViolations: string[] = [];

  private constructor(
    readonly api: OpenAIStandIn,
    readonly arm: OpenAIStandIn | undefined,
    private readonly options: FineTuningStandInOptions,
  ) {}

  static async start(options: FineTuningStandInOptions): Promise<FineTuningStandIn> {
    const api = await OpenAIStandIn.start({ apiKey: options.apiKey, models: options.models.map((m) => m.id) });
    const arm = options.flavour === "azure" && options.managementToken ? await OpenAIStandIn.start({ apiKey: options.managementToken, models: [] }) : undefined;
    const standIn = new FineTuningStandIn(api, arm, options);
    standIn.routes();
    return standIn;
  }

  get azure(): boolean {
    return this.options.flavour === "azure";
  }

  /** What a client is given: …/v1, or Azure's …/openai/v1. */
  get baseURL(): string {
    return this.azure ? this.api.baseURL.replace(/\/v1$/, "/openai/v1") : this.api.baseURL;
  }

  /** Azure Resource Manager's stand-in (managementURL). */
  get managementURL(): string {
    if (!this.arm) throw new Error("no Resource Manager stand-in: start with flavour azure and a managementToken");
    return this.arm.baseURL.replace(/\/v1$/, "");
  }

  get violations(): string[] {
    return [...this.ownViolations, ...this.api.violations, ...(this.arm?.violations ?? [])];
  }

  async close(): Promise<void> {
    await this.api.close();
    await this.arm?.close();
  }

  private check(type: SdkType, value: unknown, what: string): void {
    for (const problem of sdkTypeProblems(type, value)) this.ownViolations.push(`${what} ${problem}`);
  }

  private route(method: string, path: string, handler: RouteHandler): void {
    const prefix = this.azure ? "/openai/v1" : "/v1";
    this.api.route(method, `${prefix}${path}`, (request) => {
      if (this.azure && request.query.has("api-version")) this.ownViolations.push(`${method} ${request.path}: the v1 API takes no api-version`);
      return handler(request);
    });
  }

  private routes(): void {
    this.route("GET", "/models/{model}", ({ params }) => {
      const model = this.options.models.find((m) => m.id === params.model);
      if (!model) return error(404, `The model '${params.model}' does not exist`, "invalid_request_error", "model_not_found", "model");
      return { body: this.modelObject(model) };
    });
    this.route("POST", "/files", async ({ raw, headers }) => this.upload(raw, headers["content-type"] ?? ""));
    this.route("GET", "/files", ({ query }) => this.page([...this.files.values()].filter((f) => !query.get("purpose") || f.purpose === query.get("purpose")).reverse(), query, (f) => this.fileObject(f)));
    this.route("GET", "/files/{file_id}", ({ params }) => {
      const file = this.files.get(params.file_id!);
      if (!file) return error(404, `No such File object: ${params.file_id}`, "invalid_request_error", null, "id");
      // Processing takes one look.
      if (file.status === "uploaded" && ++file.looks >= 1) file.status = "processed";
      return { body: this.fileObject(file) };
    });
    this.route("GET", "/files/{file_id}/content", ({ params }) => {
      const file = this.files.get(params.file_id!);
      if (!file) return error(404, `No such File object: ${params.file_id}`, "invalid_request_error", null, "id");
      return { body: file.content.toString("utf8"), headers: { "content-type": "application/octet-stream" }, raw: true };
    });
    this.route("POST", "/fine_tuning/jobs", ({ body }) => this.createJob(body));
    this.route("GET", "/fine_tuning/jobs", ({ query }) => {
      const filter = [...query.entries()].flatMap(([k, v]) => {
        const m = /^metadata\[(.+)\]$/.exec(k);
        return m ? [[m[1]!, v] as const] : [];
      });
      const filtering = this.options.filtersMetadata !== false;
      const jobs = [...this.jobs.values()].reverse().filter((j) => !filtering || filter.every(([k, v]) => (j.body.metadata as Record<string, string> | undefined)?.[k] === v));
      return this.page(jobs, query, (j) => this.jobObject(j));
    });
    this.route("GET", "/fine_tuning/jobs/{job_id}", ({ params }) => {
      const job = this.jobs.get(params.job_id!);
      if (!job) return error(404, `Could not find fine tune: ${params.job_id}`, "invalid_request_error", "fine_tune_not_found", "fine_tune_id");
      this.advance(job);
      return { body: this.jobObject(job) };
    });
    this.route("GET", "/fine_tuning/jobs/{job_id}/events", ({ params, query }) => {
      const job = this.jobs.get(params.job_id!);
      if (!job) return error(404, `Could not find fine tune: ${params.job_id}`, "invalid_request_error", "fine_tune_not_found", "fine_tune_id");
      return this.page([...job.events].reverse(), query, (e) => e, "fine_tuning.job.event");
    });
    this.route("GET", "/fine_tuning/jobs/{job_id}/checkpoints", ({ params, query }) => {
      const job = this.jobs.get(params.job_id!);
      if (!job) return error(404, `Could not find fine tune: ${params.job_id}`, "invalid_request_error", "fine_tune_not_found", "fine_tune_id");
      return this.page(job.status === "succeeded" ? this.checkpoints(job) : [], query, (c) => c, "fine_tuning.job.checkpoint");
    });
    this.route("POST", "/fine_tuning/jobs/{job_id}/cancel", ({ params }) => {
      const job = this.jobs.get(params.job_id!);
      if (!job) return error(404, `Could not find fine tune: ${params.job_id}`, "invalid_request_error", "fine_tune_not_found", "fine_tune_id");
      if (!["succeeded", "failed", "cancelled"].includes(job.status)) {
        job.status = "cancelled";
        job.finished_at = now();
        this.event(job, "info", "The job has been cancelled");
      }
      return { body: this.jobObject(job) };
    });
    if (this.azure) this.azureDeployments();
  }

  private async upload(raw: Buffer, contentType: string) {
    const form = await new Request("http://stand-in/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(raw) }).formData();
    const file = form.get("file");
    const purpose = form.get("purpose");
    if (!(file instanceof File) || purpose !== "fine-tune") {
      this.ownViolations.push(`POST /files: expected a file part and purpose fine-tune, got purpose ${String(purpose)}`);
      return error(400, "Invalid file upload", "invalid_request_error", null);
    }
    const content = Buffer.from(await file.arrayBuffer());
    if (this.azure && !content.subarray(0, 3).equals(BOM)) {
      this.ownViolations.push(`POST /files: ${file.name} is not UTF-8 with a byte-order mark, as Azure OpenAI requires`);
      return error(400, "The file must be encoded in UTF-8 with a byte-order mark (BOM).", "invalid_request_error", "invalidPayload", "file");
    }
    if (content.length >= 512 * 1024 * 1024) return error(400, "The file must be less than 512 MB.", "invalid_request_error", "invalidPayload", "file");
    this.uploads++;
    const stored: StoredFile = { id: id("file-"), bytes: content.length, created_at: now(), filename: file.name, object: "file", purpose: "fine-tune", status: "uploaded", content, looks: 0 };
    this.files.set(stored.id, stored);
    return { body: this.fileObject(stored) };
  }

  private createJob(body: unknown) {
    const b = (body ?? {}) as Record<string, unknown>;
    const { trainingType, ...rest } = b;
    if (this.azure) {
      if (typeof trainingType !== "string" || !TRAINING_TYPES.includes(trainingType)) this.ownViolations.push(`POST /fine_tuning/jobs: trainingType must be one of ${TRAINING_TYPES.join(", ")}, got ${JSON.stringify(trainingType)}`);
    } else if (trainingType !== undefined) {
      this.ownViolations.push("POST /fine_tuning/jobs: trainingType is Azure's field; OpenAI's API does not take it");
    }
    this.check(SDK_TYPES.jobCreateParams, rest, "POST /fine_tuning/jobs");
    if (this.options.refuseTraining) {
      return error(403, "Fine-tuning is no longer available to your organization.", "invalid_request_error", "training_not_available");
    }
    for (const key of ["training_file", "validation_file"] as const) {
      const fileId = b[key];
      if (fileId === undefined || fileId === null) continue;
      const file = this.files.get(String(fileId));
      if (!file) return error(400, `invalid ${key}: ${String(fileId)}`, "invalid_request_error", "invalid_file", key);
      if (file.status !== "processed") this.ownViolations.push(`POST /fine_tuning/jobs: ${key} ${file.id} is not processed yet`);
    }
    if (!this.options.models.some((m) => m.id === b.model)) return error(400, `Model ${String(b.model)} is not available for fine-tuning or does not exist.`, "invalid_request_error", "model_not_available", "model");
    this.jobCreations++;
    const job: StoredJob = { id: id("ftjob-"), body: b, created_at: now(), status: "validating_files", step: 0, looks: 0, events: [], result_files: [], fine_tuned_model: null, finished_at: null, error: null, trained_tokens: null };
    this.jobs.set(job.id, job);
    this.event(job, "info", `Created fine-tuning job: ${job.id}`);
    this.event(job, "info", "Validating training file");
    return { body: this.jobObject(job) };
  }

  /** Finished jobs of someone else's (other metadata), newer than every job so far: they fill the first pages of the list. */
  addOtherJobs(n: number): void {
    for (let i = 0; i < n; i++) {
      const job: StoredJob = { id: id("ftjob-other"), body: { model: "gpt-4o-mini-2024-07-18", training_file: "file-other", metadata: { team: "someone-else", n: String(i) } }, created_at: now(), status: "succeeded", step: 0, looks: 0, events: [], result_files: [], fine_tuned_model: "ft:gpt-4o-mini-2024-07-18:other::x", finished_at: now(), error: null, trained_tokens: 1 };
      this.jobs.set(job.id, job);
    }
  }

  private get steps(): number {
    return this.options.steps ?? 6;
  }

  /** One look moves the job on: validating → queued → running (half the steps per look) → its end. */
  private advance(job: StoredJob): void {
    job.looks++;
    if (job.status === "validating_files") {
      job.status = "queued";
      this.event(job, "info", "Files validated, moving job to queued state");
    } else if (job.status === "queued") {
      job.status = "running";
      this.event(job, "info", "Fine-tuning job started");
    } else if (job.status === "running") {
      const to = Math.min(this.steps, job.step + Math.ceil(this.steps / 2));
      for (let s = job.step + 1; s <= to; s++) {
        const data: Record<string, unknown> = { step: s, train_loss: this.loss(s), total_steps: this.steps, train_mean_token_accuracy: 0.5 + s / 100 };
        if (s % 3 === 0) data.full_valid_loss = this.loss(s) + 0.1;
        this.event(job, "info", `Step ${s}/${this.steps}: training loss=${this.loss(s).toFixed(4)}`, "metrics", data);
      }
      job.step = to;
      if (to < this.steps) return;
      const end = this.options.end?.(job) ?? { status: "succeeded" };
      job.finished_at = job.created_at + 95;
      if (end.status === "failed") {
        job.status = "failed";
        job.error = end.error;
        this.event(job, "error", end.error.message);
        return;
      }
      const model = String(job.body.model);
      job.fine_tuned_model = this.azure ? `${model}.ft-${randomBytes(16).toString("hex")}` : `ft:${model}:acme${job.body.suffix ? `:${String(job.body.suffix)}` : ":"}:${randomBytes(4).toString("hex")}`;
      job.trained_tokens = this.trainedTokens(job);
      job.result_files = [this.resultFile(job).id];
      job.status = "succeeded";
      this.event(job, "info", `New fine-tuned model created: ${job.fine_tuned_model}`);
      this.event(job, "info", "The job has successfully completed");
    }
  }

  loss(step: number): number {
    return Math.round((2.5 / (1 + step)) * 10_000) / 10_000;
  }

  /** What the job bills: the training file's characters / 4, per epoch (a stand-in's count, reported as the API would). */
  private trainedTokens(job: StoredJob): number {
    const file = this.files.get(String(job.body.training_file))!;
    const method = job.body.method as { supervised?: { hyperparameters?: { n_epochs?: unknown } }; dpo?: { hyperparameters?: { n_epochs?: unknown } } } | undefined;
    const epochs = Number(method?.supervised?.hyperparameters?.n_epochs ?? method?.dpo?.hyperparameters?.n_epochs ?? 3);
    return Math.round(file.bytes / 4) * (Number.isFinite(epochs) ? epochs : 3);
  }

  /** The CSV OpenAI attaches: a row per step, full_valid_loss every third. */
  resultCsv(): string {
    const rows = ["step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy,train_mean_token_accuracy,full_valid_loss,full_valid_mean_token_accuracy"];
    for (let s = 1; s <= this.steps; s++) {
      const full = s % 3 === 0 ? [String(this.loss(s) + 0.1), "0.61"] : ["", ""];
      rows.push([s, this.loss(s), 0.5, "", "", 0.5 + s / 100, ...full].join(","));
    }
    return `${rows.join("\n")}\n`;
  }

  private resultFile(job: StoredJob): StoredFile {
    const csv = Buffer.from(this.resultCsv());
    const content = (this.options.resultEncoding ?? (this.azure ? "plain" : "base64")) === "base64" ? Buffer.from(csv.toString("base64")) : csv;
    const file: StoredFile = { id: id("file-"), bytes: content.length, created_at: now(), filename: `step_metrics_${job.id}.csv`, object: "file", purpose: "fine-tune-results", status: "processed", content, looks: 0 };
    this.files.set(file.id, file);
    return file;
  }

  private checkpoints(job: StoredJob) {
    return [this.steps, Math.ceil(this.steps / 2)].map((step) => {
      const checkpoint = {
        id: `ftckpt_${job.id.slice(6)}_${step}`,
        created_at: job.finished_at ?? now(),
        fine_tuned_model_checkpoint: `${job.fine_tuned_model}${step === this.steps ? "" : `:ckpt-step-${step}`}`,
        fine_tuning_job_id: job.id,
        metrics: { step, train_loss: this.loss(step), ...(step % 3 === 0 ? { full_valid_loss: this.loss(step) + 0.1 } : {}) },
        object: "fine_tuning.job.checkpoint" as const,
        step_number: step,
      };
      this.check(SDK_TYPES.fineTuningJobCheckpoint, checkpoint, "stand-in's own checkpoint");
      return checkpoint;
    });
  }

  private event(job: StoredJob, level: "info" | "warn" | "error", message: string, type: "message" | "metrics" = "message", data: Record<string, unknown> = {}): void {
    const event = { id: id("ftevent-"), created_at: now(), level, message, object: "fine_tuning.job.event", data, type };
    this.check(SDK_TYPES.fineTuningJobEvent, event, "stand-in's own event");
    job.events.push(event);
  }

  private fileObject(f: StoredFile) {
    const { content: _content, looks: _looks, ...object } = f;
    this.check(SDK_TYPES.fileObject, object, "stand-in's own file object");
    return object;
  }

  private jobObject(j: StoredJob) {
    const b = j.body as { model: string; training_file: string; validation_file?: string | null; seed?: number; metadata?: Record<string, string>; method?: unknown; suffix?: string };
    const object = {
      id: j.id,
      created_at: j.created_at,
      error: j.error,
      fine_tuned_model: j.fine_tuned_model,
      finished_at: j.finished_at,
      hyperparameters: { batch_size: "auto" as const, learning_rate_multiplier: "auto" as const, n_epochs: "auto" as const },
      model: b.model,
      object: "fine_tuning.job" as const,
      organization_id: "org-standin",
      result_files: j.result_files,
      seed: b.seed ?? 42,
      status: j.status,
      trained_tokens: j.trained_tokens,
      training_file: b.training_file,
      validation_file: b.validation_file ?? null,
      metadata: b.metadata ?? null,
      ...(b.method ? { method: b.method } : {}),
    };
    this.check(SDK_TYPES.fineTuningJob, object, "stand-in's own job");
    return object;
  }

  private modelObject(m: StandInModel) {
    const unix = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
    if (this.azure) {
      // Azure's model entry (its own fields: no owned_by; deprecation dates in Unix seconds).
      return {
        id: m.id,
        object: "model",
        created_at: 1_720_000_000,
        status: "succeeded",
        lifecycle_status: "generally-available",
        capabilities: { fine_tune: true, inference: true, chat_completion: true },
        deprecation: { ...(m.fineTuneEnd ? { fine_tune: unix(m.fineTuneEnd) } : {}), ...(m.shutdownDate ? { inference: unix(m.shutdownDate) } : {}) },
      };
    }
    const base = { id: m.id, object: "model" as const, created: 1_720_000_000, owned_by: "system" };
    this.check(SDK_TYPES.model, base, "stand-in's own model");
    // shutdown_date: OpenAI's documented field (deprecations page), newer than the SDK's Model type.
    return { ...base, shutdown_date: m.shutdownDate ?? null };
  }

  /** OpenAI's cursor pages: newest first, `after` an id, `limit`, has_more. */
  private page<T extends { id: string }>(items: T[], query: URLSearchParams, render: (item: T) => unknown, _object?: string) {
    const after = query.get("after");
    const limit = Number(query.get("limit") ?? 20);
    const start = after ? items.findIndex((i) => i.id === after) + 1 : 0;
    const slice = items.slice(start, start + limit);
    return { body: { object: "list", data: slice.map(render), has_more: start + limit < items.length } };
  }

  private azureDeployments(): void {
    if (!this.arm) return;
    const path = "/subscriptions/{sub}/resourceGroups/{group}/providers/Microsoft.CognitiveServices/accounts/{account}/deployments/{name}";
    const answer = (d: StoredDeployment) => ({ body: { id: `/deployments/${d.name}`, name: d.name, sku: d.sku, properties: { model: { format: "OpenAI", name: d.model, version: "1" }, provisioningState: d.state } } });
    this.arm.route("PUT", path, ({ params, query, body }) => {
      if (query.get("api-version") !== "2024-10-01") this.ownViolations.push(`PUT deployment: api-version ${query.get("api-version")}, expected 2024-10-01`);
      const b = body as { sku?: { name?: unknown; capacity?: unknown }; properties?: { model?: { format?: unknown; name?: unknown; version?: unknown } } };
      const model = b?.properties?.model;
      if (model?.format !== "OpenAI" || typeof model.name !== "string" || !b.sku?.name) this.ownViolations.push(`PUT deployment: body ${JSON.stringify(body)} lacks sku.name or properties.model {format: OpenAI, name, version}`);
      if (typeof model?.name === "string" && ![...this.jobs.values()].some((j) => j.fine_tuned_model === model.name)) return error(400, `The model ${String(model.name)} does not exist`, "invalid_request_error", "DeploymentModelNotSupported");
      const d: StoredDeployment = { name: params.name!, model: String(model?.name), sku: b.sku, state: "Creating", looks: 0, chats: 0 };
      this.deployments.set(d.name, d);
      return { status: 201, ...answer(d) };
    });
    this.arm.route("GET", path, ({ params }) => {
      const d = this.deployments.get(params.name!);
      if (!d) return { status: 404, body: { error: { code: "DeploymentNotFound", message: `Deployment ${params.name} not found` } } };
      if (++d.looks >= 1) d.state = "Succeeded";
      return answer(d);
    });
    // Chat through a deployment: 404 until provisioned, then once more while it is routed.
    this.route("POST", "/chat/completions", ({ body }) => {
      const name = String((body as { model?: unknown })?.model);
      const d = this.deployments.get(name);
      if (!d || d.state !== "Succeeded" || d.chats++ < 1) return error(404, `The API deployment for this resource does not exist.`, "invalid_request_error", "DeploymentNotFound");
      const completion = { id: "chatcmpl-standin", object: "chat.completion", created: now(), model: d.model, choices: [{ index: 0, message: { role: "assistant", content: "pong", refusal: null }, finish_reason: "length", logprobs: null }], usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 } };
      this.check(SDK_TYPES.chatCompletion, completion, "stand-in's own chat answer");
      return { body: completion };
    });
  }
}
