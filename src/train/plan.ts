// What one training run will do, resolved once from the settings before anything runs: which model,
// which files, which hyper-parameters, where outputs go, and what it costs. A setting that cannot
// work (an unknown GPU type, no training file, Azure without its endpoint) fails here, before the
// review, the GPU or the API is touched. The plan is a union by provider, so that what only one
// provider uses (train.py and its Python, the GPU's price; the API's endpoint and key variable)
// cannot be read by, or leak into the record of, the other.
import { isAbsolute, resolve } from "node:path";
import { DEFAULT_GPUS } from "../core/cost/selfHosted.js";
import { ownEntry } from "../core/ownEntry.js";
import { resolveModelName, type ModelOverride } from "../core/cost/openaiModels.js";
import { SettingsError, type HostedTrainSettings, type Settings, type TrainSettings } from "../settings/settings.js";

/** What every provider shares: the model, the files, the epochs, the seed and where outputs go. */
interface PlanCommon extends Pick<TrainSettings, "method" | "epochs" | "maxSteps" | "seed"> {
  baseModel: string;
  /** Absolute paths of the files to train on and to evaluate on, as the review read them. */
  trainFiles: string[];
  holdoutFiles: string[];
  /** Absolute. */
  outputDir: string;
  artifact: { name: string; retentionDays?: number };
}

/** provider: self-hosted: train.py with LoRA/QLoRA on this runner, priced per GPU-hour. */
export interface SelfHostedPlan extends PlanCommon, Pick<TrainSettings, "quantization" | "lora" | "maxLength" | "maxDroppedShare" | "learningRate" | "batchSize" | "gradientAccumulation" | "merge"> {
  provider: "self-hosted";
  python: string;
  /** Absolute path of train.py. */
  script: string;
  pricing: { gpu: string; usdPerHour: number };
}

export type HostedProviderName = "openai" | "azure-openai";

/** provider: openai / azure-openai: one fine-tuning job on the API, priced per trained token. */
export interface HostedPlan extends PlanCommon {
  provider: HostedProviderName;
  api: {
    baseURL: string;
    /** The variable's name; the key itself is read at the edge and never stored. */
    apiKeyEnv: string;
  };
  hyperparameters: { n_epochs: number | "auto"; batch_size: number | "auto"; learning_rate_multiplier: number | "auto"; beta?: number | "auto" };
  suffix?: string;
  /** azure-openai only. */
  trainingType?: HostedTrainSettings["trainingType"];
  follow: { wait: boolean; timeoutMs: number; pollMs: number };
  deployment?: HostedTrainSettings["deployment"];
  /** The config file's `models:` entry for the base model (prices, lifecycle dates), if any. */
  modelOverride: ModelOverride;
}

export type TrainingPlan = SelfHostedPlan | HostedPlan;

export interface PlanPaths {
  /** The repository checkout (GITHUB_WORKSPACE); relative settings paths start here. */
  workspace: string;
  /** The action's own files; the bundled train.py is self-hosted-runner/train.py below it. */
  actionRoot: string;
}

export const BUNDLED_TRAIN_SCRIPT = "self-hosted-runner/train.py";

export const OPENAI_BASE_URL = "https://api.openai.com/v1";
export const DEFAULT_KEY_ENV: Record<HostedProviderName, string> = { openai: "OPENAI_API_KEY", "azure-openai": "AZURE_OPENAI_API_KEY" };

export function isHosted(plan: TrainingPlan): plan is HostedPlan {
  return plan.provider !== "self-hosted";
}

export function planTraining(settings: Settings, files: { train: string[]; holdout: string[] }, paths: PlanPaths): TrainingPlan {
  const t = settings.train;
  if (files.train.length === 0) throw new SettingsError("train: datasets.train names no file to train on; add your training JSONL to datasets.train in the config file");
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(paths.workspace, p));
  const common = {
    method: t.method,
    epochs: t.epochs,
    ...(t.maxSteps !== undefined ? { maxSteps: t.maxSteps } : {}),
    seed: t.seed,
    trainFiles: files.train.map(inWorkspace),
    holdoutFiles: files.holdout.map(inWorkspace),
    outputDir: inWorkspace(t.outputDir),
    artifact: { name: t.artifactName, ...(t.artifactRetentionDays !== undefined ? { retentionDays: t.artifactRetentionDays } : {}) },
  };
  return t.provider === "self-hosted" ? selfHostedPlan(settings, common, inWorkspace, paths) : hostedPlan(settings, t.provider, common);
}

function selfHostedPlan(settings: Settings, common: Omit<PlanCommon, "baseModel">, inWorkspace: (p: string) => string, paths: PlanPaths): SelfHostedPlan {
  const t = settings.train;
  const gpu = t.gpuType ?? settings.selfHosted.gpu;
  const gpus = { ...DEFAULT_GPUS, ...settings.selfHosted.gpus };
  const gpuType = ownEntry(gpus, gpu);
  if (!gpuType) {
    const key = t.gpuType ? "train.gpuType" : "selfHosted.gpu";
    throw new SettingsError(`${key}: "${gpu}" is not a known GPU type (known: ${Object.keys(gpus).join(", ")}); add it under selfHosted.gpus with its peakTflops and usdPerHour`);
  }
  return {
    provider: "self-hosted",
    baseModel: t.baseModel ?? settings.selfHosted.baseModel,
    ...common,
    quantization: t.quantization,
    lora: t.lora,
    maxLength: t.maxLength,
    learningRate: t.learningRate,
    batchSize: t.batchSize,
    gradientAccumulation: t.gradientAccumulation,
    maxDroppedShare: t.maxDroppedShare,
    merge: t.merge,
    python: t.python,
    script: t.script ? inWorkspace(t.script) : resolve(paths.actionRoot, BUNDLED_TRAIN_SCRIPT),
    pricing: { gpu, usdPerHour: gpuType.usdPerHour },
  };
}

function hostedPlan(settings: Settings, provider: HostedProviderName, common: Omit<PlanCommon, "baseModel">): HostedPlan {
  const o = settings.train.openai;
  const azure = provider === "azure-openai";
  if (azure && !o.baseURL) {
    throw new SettingsError("train.openai.baseURL: provider azure-openai needs your resource's v1 endpoint, e.g. https://RESOURCE.openai.azure.com/openai/v1 (no api-version)");
  }
  if (!azure && o.deployment) throw new SettingsError("train.openai.deployment: deployments are for provider azure-openai; OpenAI serves a fine-tuned model without one");
  if (common.maxSteps !== undefined) throw new SettingsError(`train.maxSteps: the ${provider} fine-tuning API trains whole epochs; remove maxSteps and set train.epochs`);
  if (!Number.isInteger(common.epochs)) throw new SettingsError(`train.epochs: the ${provider} fine-tuning API takes whole epochs, not ${common.epochs}`);
  if (azure && o.suffix?.includes(".")) throw new SettingsError(`train.openai.suffix: Azure OpenAI does not allow dots in a model suffix ("${o.suffix}")`);
  const baseModel = resolveModelName(settings.train.baseModel ?? settings.model);
  return {
    provider,
    baseModel,
    ...common,
    api: { baseURL: (o.baseURL ?? OPENAI_BASE_URL).replace(/\/+$/, ""), apiKeyEnv: o.apiKeyEnv ?? DEFAULT_KEY_ENV[provider] },
    hyperparameters: {
      n_epochs: common.epochs,
      batch_size: o.batchSize,
      learning_rate_multiplier: o.learningRateMultiplier,
      ...(common.method === "dpo" ? { beta: o.beta } : {}),
    },
    ...(o.suffix ? { suffix: o.suffix } : {}),
    ...(azure ? { trainingType: o.trainingType } : {}),
    follow: { wait: o.wait, timeoutMs: o.timeoutMinutes * 60_000, pollMs: o.pollSeconds * 1000 },
    ...(azure && o.deployment ? { deployment: o.deployment } : {}),
    modelOverride: ownEntry(settings.models, baseModel) ?? ownEntry(settings.models, settings.train.baseModel ?? settings.model) ?? {},
  };
}
