// provider: openai and azure-openai. One fine-tuning job per dataset and settings: the job is looked
// up by its metadata before anything is uploaded or created, and resumed when it is there; the
// model's dates are checked before the first upload; files are uploaded once; the job is followed
// to its end with its events in the log; its result file becomes the same metrics lines, outputs
// and artifact files as a self-hosted run, with the ft: model as the result.
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createOpenAIClient, OpenAIKeyMissing } from "../../../adapters/openai/client.js";
import { fineTuningApi, type FineTuningApi, type FineTuningJob, type JobCreateParams, type ModelDates } from "../../../adapters/openai/fineTuning.js";
import type { HostedPlan, TrainingPlan } from "../../plan.js";
import { RunRecordError } from "../../runRecord.js";
import { TrainingFailed, type HostedRun, type PendingTraining, type TrainingIO, type TrainingProvider, type TrainingResult } from "../provider.js";
import { makeCalls, type Calls } from "./calls.js";
import { deployAndWait } from "./deployment.js";
import { followJob, STATUS_TEXT } from "./followJob.js";
import { jobIdentity, type JobIdentity } from "./jobIdentity.js";
import { checkLifecycle, type LifecycleCheck } from "./lifecycle.js";
import { metricsJsonl, parseResultCsv, resultCsvText } from "./resultFile.js";
import { prepareFile, uploadOnce } from "./uploads.js";
import { lifecycleRefusal } from "./windDown.js";

export interface HostedDeps {
  /** For the Azure Resource Manager calls (tests point it at a stand-in through the config's managementURL instead). */
  fetch?: typeof fetch;
  sleep?(ms: number): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function hostedProvider(name: HostedPlan["provider"], deps: HostedDeps = {}): TrainingProvider {
  return {
    name,
    async train(plan: TrainingPlan, io: TrainingIO): Promise<TrainingResult | PendingTraining> {
      if (plan.provider !== name) throw new Error(`the ${name} provider was given a ${plan.provider} plan`);
      return trainHosted(plan, io, deps);
    },
  };
}

async function trainHosted(plan: HostedPlan, io: TrainingIO, deps: HostedDeps): Promise<TrainingResult | PendingTraining> {
  const api = fineTuningApi(client(plan, io));
  const calls = makeCalls(plan, { log: io.log, now: () => io.now().getTime(), sleep: deps.sleep ?? realSleep, ...(io.progress ? { progress: io.progress } : {}) });
  const identity = await jobIdentity(plan, io.source);
  io.log.info(`Looking for a job for this dataset (sha256 ${identity.datasetSha256.slice(0, 12)}…) and settings (sha256 ${identity.settingsSha256.slice(0, 12)}…) at ${plan.api.baseURL}`);
  const today = io.now().toISOString().slice(0, 10);

  let job = await calls.read("the list of fine-tuning jobs", () => usableJob(api, identity, io));
  const resumed = job !== undefined;
  let lifecycle: LifecycleCheck | undefined;
  if (job) {
    io.log.info(`Resuming job ${job.id} (${STATUS_TEXT[job.status] ?? job.status}), created ${new Date(job.created_at * 1000).toISOString()}${job.metadata?.commit ? ` for ${job.metadata.commit.slice(0, 7)}` : ""}: nothing is uploaded and no job is created`);
  } else {
    if (io.resumeOnly) throw new TrainingFailed(`no ${plan.provider} fine-tuning job exists for this dataset and these settings (dataset sha256 ${identity.datasetSha256.slice(0, 12)}…): nothing to resume; run without --resume to start one`);
    lifecycle = checkLifecycle(plan, plan.modelOverride, await modelDates(api, calls, plan), today);
    if (lifecycle.refusal) throw lifecycleRefusal(plan, lifecycle.refusal);
    for (const warning of lifecycle.warnings) io.log.warning(warning);
    job = await createJob(api, calls, plan, identity, io);
  }

  if (!plan.follow.wait && !["succeeded", "failed", "cancelled"].includes(job.status)) {
    io.log.info(`Not waiting for job ${job.id} (train.openai.wait: false): run command: train again, or finetune-ci train --resume, to pick it up`);
    return { pending: true, provider: plan.provider, baseModel: plan.baseModel, jobId: job.id, status: job.status, resumed };
  }
  const final = await followJob(api, calls, plan, job);
  if (final.status === "failed") {
    const e = final.error;
    throw new TrainingFailed(`fine-tuning job ${final.id} failed: ${e?.message ?? "the API gave no reason"}${e?.code ? ` (${e.code}${e.param ? `, ${e.param}` : ""})` : ""}`);
  }
  if (final.status === "cancelled") throw new TrainingFailed(`fine-tuning job ${final.id} was cancelled at the provider; run again to start a new one`);
  if (!final.fine_tuned_model) throw new TrainingFailed(`fine-tuning job ${final.id} succeeded but names no fine_tuned_model`);
  lifecycle ??= checkLifecycle(plan, plan.modelOverride, await modelDates(api, calls, plan), today);
  return succeeded(api, calls, plan, final, resumed, lifecycle, io, deps);
}

function client(plan: HostedPlan, io: TrainingIO) {
  try {
    return createOpenAIClient({ baseURL: plan.api.baseURL, apiKeyEnv: plan.api.apiKeyEnv, env: io.env });
  } catch (error) {
    if (error instanceof OpenAIKeyMissing) throw new TrainingFailed(`${error.message} (train.openai.apiKeyEnv)`);
    throw error;
  }
}

/** This run's job, unless it failed or was cancelled (then a new one is due, and the log says why). */
async function usableJob(api: FineTuningApi, identity: JobIdentity, io: TrainingIO): Promise<FineTuningJob | undefined> {
  for await (const job of api.listJobs(identity.match)) {
    if (job.status !== "failed" && job.status !== "cancelled") return job;
    io.log.info(`An earlier job for this dataset, ${job.id}, ${job.status}${job.error?.message ? ` (${job.error.message})` : ""}: it is not reused`);
  }
  return undefined;
}

/** The API's dates for the base model, or none when it cannot say (the table then speaks). */
async function modelDates(api: FineTuningApi, calls: Calls, plan: HostedPlan): Promise<ModelDates | undefined> {
  try {
    return await calls.read(`the model ${plan.baseModel}`, () => api.modelDates(plan.baseModel));
  } catch (error) {
    if (!(error instanceof TrainingFailed) || error.alternative) throw error;
    calls.log.warning(`${error.message}; using the lifecycle table's dates`);
    return undefined;
  }
}

async function createJob(api: FineTuningApi, calls: Calls, plan: HostedPlan, identity: JobIdentity, io: TrainingIO): Promise<FineTuningJob> {
  const train = await uploadOnce(api, calls, await prepareFile(plan, "train", plan.trainFiles, io.tempDir));
  const validation = plan.holdoutFiles.length > 0 ? await uploadOnce(api, calls, await prepareFile(plan, "validation", plan.holdoutFiles, io.tempDir)) : undefined;
  const { beta, ...common } = plan.hyperparameters;
  const method: JobCreateParams.Method =
    plan.method === "dpo" ? { type: "dpo", dpo: { hyperparameters: { ...common, ...(beta !== undefined ? { beta } : {}) } } } : { type: "supervised", supervised: { hyperparameters: common } };
  const params: JobCreateParams = {
    model: plan.baseModel,
    training_file: train.id,
    ...(validation ? { validation_file: validation.id } : {}),
    method,
    seed: plan.seed,
    metadata: identity.metadata,
    ...(plan.suffix ? { suffix: plan.suffix } : {}),
  };
  // Azure's v1 API takes the training tier as a body field the SDK's type does not have.
  const extra = plan.trainingType ? { trainingType: plan.trainingType } : undefined;
  const { value: job, found } = await calls.createOnce(
    "creation of the fine-tuning job",
    () => usableJob(api, identity, io),
    () => api.createJob(params, extra),
  );
  io.log.info(found ? `Job ${job.id} was created by an earlier attempt whose answer was lost: following it` : `Created job ${job.id} on ${plan.baseModel}${plan.trainingType ? ` (trainingType ${plan.trainingType})` : ""}`);
  return job;
}

async function succeeded(api: FineTuningApi, calls: Calls, plan: HostedPlan, job: FineTuningJob, resumed: boolean, lifecycle: LifecycleCheck, io: TrainingIO, deps: HostedDeps): Promise<TrainingResult> {
  const model = job.fine_tuned_model!;
  await mkdir(plan.outputDir, { recursive: true });
  const keep = ["job.json"];
  await writeFile(join(plan.outputDir, "job.json"), `${JSON.stringify(job, null, 2)}\n`);

  let metrics: ReturnType<typeof parseResultCsv> = { lines: [], evalSource: null };
  const resultId = job.result_files[0];
  if (resultId) {
    const content = await calls.read(`the result file ${resultId}`, () => api.fileContent(resultId));
    try {
      metrics = parseResultCsv(content, `result file ${resultId}`);
    } catch (error) {
      if (!(error instanceof RunRecordError)) throw error;
      throw new TrainingFailed(`job ${job.id} succeeded (model ${model}), but its ${error.message}`);
    }
    await writeFile(join(plan.outputDir, "results.csv"), `${resultCsvText(content, `result file ${resultId}`)}\n`);
    await writeFile(join(plan.outputDir, "metrics.jsonl"), metricsJsonl(metrics.lines));
    keep.push("results.csv", "metrics.jsonl");
  } else {
    io.log.warning(`job ${job.id} left no result file: the report has no loss figures`);
  }
  const checkpoints = await calls.read(`the checkpoints of job ${job.id}`, () => api.listCheckpoints(job.id));
  await writeFile(join(plan.outputDir, "checkpoints.json"), `${JSON.stringify(checkpoints, null, 2)}\n`);
  keep.push("checkpoints.json");

  const deployment = plan.deployment ? await deployAndWait(api, calls, plan.deployment, model, io.env, deps.fetch) : null;
  if (deployment?.error) io.log.warning(`Deployment ${deployment.name}: ${deployment.error}`);

  const lines = metrics.lines;
  const losses = lines.map((m) => m.loss).filter((l): l is number => l !== null);
  const evals = lines.filter((m) => m.evalLoss !== undefined);
  const seconds = job.finished_at ? Math.max(0, job.finished_at - job.created_at) : 0;
  const epochs = job.method?.supervised?.hyperparameters?.n_epochs ?? job.method?.dpo?.hyperparameters?.n_epochs ?? job.hyperparameters.n_epochs;
  const hosted: HostedRun = {
    jobId: job.id,
    resumed,
    trainingType: plan.trainingType ?? null,
    epochs: typeof epochs === "number" ? epochs : null,
    checkpoints: checkpoints.map((c) => ({ id: c.id, step: c.step_number, model: c.fine_tuned_model_checkpoint, trainLoss: c.metrics.train_loss ?? null, validLoss: c.metrics.full_valid_loss ?? c.metrics.valid_loss ?? null })),
    evalSource: metrics.evalSource,
    servesUntil: lifecycle.retires,
    deployment,
  };
  return {
    provider: plan.provider,
    model,
    baseModel: job.model,
    method: plan.method,
    quantization: "none",
    adapterPath: null,
    mergedPath: null,
    outputDir: plan.outputDir,
    keep,
    metrics: lines,
    steps: Math.max(0, ...lines.map((m) => m.step), ...checkpoints.map((c) => c.step_number)),
    trainedTokens: job.trained_tokens ?? 0,
    trainSeconds: seconds,
    wallSeconds: seconds,
    // The job's time includes its queue: tokens per second from it would say nothing about training speed.
    tokensPerSecond: null,
    finalTrainLoss: losses.at(-1) ?? null,
    meanTrainLoss: losses.length ? losses.reduce((a, b) => a + b, 0) / losses.length : null,
    finalEvalLoss: evals.at(-1)?.evalLoss ?? null,
    hardware: { gpus: 0, gpuName: null, peakGpuMemoryBytes: null },
    versions: {},
    hosted,
  };
}
