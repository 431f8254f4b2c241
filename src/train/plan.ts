// What one training run will do, resolved once from the settings before anything runs: which model,
// which files, which hyper-parameters, where outputs go, and what an hour of the machine costs. A
// setting that cannot work (an unknown GPU type, no training file) fails here, before the review
// or the GPU is touched.
import { isAbsolute, resolve } from "node:path";
import { DEFAULT_GPUS } from "../core/cost/selfHosted.js";
import { ownEntry } from "../core/ownEntry.js";
import { SettingsError, type Settings, type TrainSettings } from "../settings/settings.js";

/** The train section's hyper-parameters as they are, with every path and default resolved. */
export interface TrainingPlan extends Pick<TrainSettings, "provider" | "method" | "quantization" | "lora" | "maxLength" | "epochs" | "maxSteps" | "learningRate" | "batchSize" | "gradientAccumulation" | "merge" | "seed"> {
  baseModel: string;
  /** Absolute paths of the files to train on and to evaluate on, as the review read them. */
  trainFiles: string[];
  holdoutFiles: string[];
  /** Absolute. */
  outputDir: string;
  python: string;
  /** Absolute path of train.py. */
  script: string;
  pricing: { gpu: string; usdPerHour: number };
  artifact: { name: string; retentionDays?: number };
}

export interface PlanPaths {
  /** The repository checkout (GITHUB_WORKSPACE); relative settings paths start here. */
  workspace: string;
  /** The action's own files; the bundled train.py is self-hosted-runner/train.py below it. */
  actionRoot: string;
}

export const BUNDLED_TRAIN_SCRIPT = "self-hosted-runner/train.py";

export function planTraining(settings: Settings, files: { train: string[]; holdout: string[] }, paths: PlanPaths): TrainingPlan {
  const t = settings.train;
  if (files.train.length === 0) throw new SettingsError("train: datasets.train names no file to train on; add your training JSONL to datasets.train in the config file");
  const gpu = t.gpuType ?? settings.selfHosted.gpu;
  const gpus = { ...DEFAULT_GPUS, ...settings.selfHosted.gpus };
  const gpuType = ownEntry(gpus, gpu);
  if (!gpuType) {
    const key = t.gpuType ? "train.gpuType" : "selfHosted.gpu";
    throw new SettingsError(`${key}: "${gpu}" is not a known GPU type (known: ${Object.keys(gpus).join(", ")}); add it under selfHosted.gpus with its peakTflops and usdPerHour`);
  }
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(paths.workspace, p));
  return {
    provider: t.provider,
    baseModel: t.baseModel ?? settings.selfHosted.baseModel,
    method: t.method,
    quantization: t.quantization,
    lora: t.lora,
    maxLength: t.maxLength,
    epochs: t.epochs,
    ...(t.maxSteps !== undefined ? { maxSteps: t.maxSteps } : {}),
    learningRate: t.learningRate,
    batchSize: t.batchSize,
    gradientAccumulation: t.gradientAccumulation,
    merge: t.merge,
    seed: t.seed,
    trainFiles: files.train.map(inWorkspace),
    holdoutFiles: files.holdout.map(inWorkspace),
    outputDir: inWorkspace(t.outputDir),
    python: t.python,
    script: t.script ? inWorkspace(t.script) : resolve(paths.actionRoot, BUNDLED_TRAIN_SCRIPT),
    pricing: { gpu, usdPerHour: gpuType.usdPerHour },
    artifact: { name: t.artifactName, ...(t.artifactRetentionDays !== undefined ? { retentionDays: t.artifactRetentionDays } : {}) },
  };
}
