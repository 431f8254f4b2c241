// Which model command: eval evaluates, from what command: train left: an adapter folder on this
// runner (its `adapter-path` output, same job), the training artifact (its `artifact-name` output,
// from an earlier job of this run or from another run by id: adapter/ and run.json for a
// self-hosted run, job.json for a hosted job), or a hosted model's id (`model`, an ft: id). Without
// any of these inputs the config's eval section names the candidate, as for `finetune-ci eval`.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { ArtifactUnavailable } from "../../adapters/github/artifactDownload.js";
import { parseRunJson, RunRecordError, type RunRecord } from "../../train/runRecord.js";
import { EvalSetupError } from "../errors.js";
import type { EvalStepContext } from "./context.js";

export type Candidate =
  | {
      kind: "adapter";
      /** The LoRA adapter folder (absolute). */
      adapterPath: string;
      /** The base model to serve it on. */
      baseModel: string;
      /** run.json of the training run, when it came with the adapter. */
      runRecord: { path: string; record: RunRecord } | null;
      /** Where it came from, for messages: "the adapter-path input (out/adapter)". */
      source: string;
    }
  | { kind: "hosted"; model: string; source: string }
  /** Nothing in the inputs: the config's candidate arm (and eval.serve) as they are. */
  | { kind: "config" };

const ADAPTER_CONFIG = "adapter_config.json";

/** The candidate the step's inputs name; downloads the training artifact into `tempDir` when they name one. */
export async function resolveCandidate(context: EvalStepContext, tempDir: string): Promise<Candidate> {
  const given = context.inputs.candidate;
  if (!given) return { kind: "config" };
  if (given.artifact) return fromArtifact(context, given.artifact, given.runId, given.model, join(tempDir, "training"));
  if (given.adapterPath) {
    const adapterPath = resolve(context.runner.workspace, given.adapterPath);
    const source = `the adapter-path input (${given.adapterPath})`;
    if (!existsSync(join(adapterPath, ADAPTER_CONFIG))) {
      throw new EvalSetupError("candidate", "input adapter-path", `${given.adapterPath} has no ${ADAPTER_CONFIG}: it is not a LoRA adapter folder`, "Pass the train step's adapter-path output from this job; from another job, pass training-artifact (its artifact-name output) instead");
    }
    // train.py writes run.json beside adapter/.
    return adapterCandidate(adapterPath, await readRunRecord(join(dirname(adapterPath), "run.json")), given.model, source, context);
  }
  return { kind: "hosted", model: given.model!, source: `the candidate-model input` };
}

async function fromArtifact(context: EvalStepContext, name: string, runId: number | undefined, model: string | undefined, destination: string): Promise<Candidate> {
  const where = runId === undefined ? `artifact ${name}` : `artifact ${name} of run ${runId}`;
  let path: string;
  try {
    const download = await context.trainingArtifacts.download({ name, ...(runId !== undefined ? { runId } : {}) }, destination);
    context.log.info(`Downloaded ${where} (${download.files} files, ${download.bytes} bytes) into ${download.path}`);
    path = download.path;
  } catch (error) {
    if (error instanceof ArtifactUnavailable) throw new EvalSetupError("candidate", "input training-artifact", error.message, "Check the training-artifact and training-run-id inputs against the train step's artifact-name output and its run");
    throw error;
  }
  if (existsSync(join(path, "adapter", ADAPTER_CONFIG))) {
    return adapterCandidate(join(path, "adapter"), await readRunRecord(join(path, "run.json")), model, `${where} (adapter/)`, context);
  }
  const jobFile = join(path, "job.json");
  if (existsSync(jobFile)) {
    const fineTuned = fineTunedModel(await readFile(jobFile, "utf8"));
    if (model && fineTuned && model !== fineTuned) context.log.info(`candidate-model ${model} is evaluated; ${where} names ${fineTuned}`);
    const chosen = model ?? fineTuned;
    if (!chosen) throw new EvalSetupError("candidate", "input training-artifact", `${where} holds job.json without a fine_tuned_model: the job did not succeed`, "Evaluate the artifact of a job that succeeded, or pass candidate-model");
    return { kind: "hosted", model: chosen, source: model ? "the candidate-model input" : `${where} (job.json)` };
  }
  throw new EvalSetupError("candidate", "input training-artifact", `${where} holds neither adapter/${ADAPTER_CONFIG} (a self-hosted run) nor job.json (a hosted job): it is not what command: train uploads`, "Pass the train step's artifact-name output");
}

function fineTunedModel(text: string): string | undefined {
  try {
    const job = JSON.parse(text) as { fine_tuned_model?: unknown };
    return typeof job.fine_tuned_model === "string" && job.fine_tuned_model !== "" ? job.fine_tuned_model : undefined;
  } catch {
    return undefined;
  }
}

async function readRunRecord(path: string): Promise<{ path: string; record: RunRecord } | null> {
  if (!existsSync(path)) return null;
  try {
    return { path, record: parseRunJson(await readFile(path, "utf8"), path) };
  } catch (error) {
    if (error instanceof RunRecordError) throw new EvalSetupError("candidate", path, error.message, "Evaluate an adapter with the run.json train.py wrote beside it");
    throw error;
  }
}

function adapterCandidate(adapterPath: string, runRecord: { path: string; record: RunRecord } | null, model: string | undefined, source: string, context: EvalStepContext): Candidate {
  const baseModel = model ?? runRecord?.record.baseModel ?? context.settings.eval.serve?.baseModel;
  if (!baseModel) {
    throw new EvalSetupError("candidate", "input candidate-model", `the adapter from ${source} comes without run.json, so the base model it was trained on is unknown`, "Pass the train step's model output as candidate-model, or set eval.serve.baseModel");
  }
  return { kind: "adapter", adapterPath, baseModel, runRecord, source };
}
