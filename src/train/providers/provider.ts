// Who trains. Each provider turns a plan into a finished run and says what it produced in the
// same shape, so the report, the outputs and the artifact do not care where training happened.
import type { TrainingPlan } from "../plan.js";
import type { FlowLog } from "../../flow/log.js";
import type { MetricsLine } from "../runRecord.js";

export interface TrainingIO {
  log: FlowLog;
  /** Environment for child processes (HF_HOME, HF_HUB_OFFLINE, CUDA_VISIBLE_DEVICES...), and where API key variables are read. */
  env: Record<string, string | undefined>;
  /** Scratch space for files only this run needs (a hosted job's joined upload). */
  tempDir: string;
  /** The checkout: train.py runs in it and is given (and so names) the dataset files relative to it. Default: absolute paths. */
  workspace?: string;
  /** Where the run comes from, for a hosted job's metadata: owner/name and the commit (empty outside a workflow). */
  source: { repository: string; commit: string };
  now(): Date;
  /** A short state line for a person watching (the CLI's progress line); optional. */
  progress?(text: string): void;
  /** finetune-ci --resume: pick up the run already started for this dataset; never start one. */
  resumeOnly?: boolean;
}

export interface TrainingResult {
  provider: TrainingPlan["provider"];
  /** What to call the result by: the base model to serve with the adapter, or a hosted model id. */
  model: string;
  baseModel: string;
  method: string;
  quantization: string;
  adapterPath: string | null;
  mergedPath: string | null;
  /** Files worth keeping (adapter, metrics, run record), relative to `outputDir`. */
  outputDir: string | null;
  keep: string[];
  metrics: MetricsLine[];
  steps: number;
  trainedTokens: number;
  trainSeconds: number;
  /** Time the machine was held, loading included: what a self-hosted run is billed for. */
  wallSeconds: number;
  tokensPerSecond: number | null;
  finalTrainLoss: number | null;
  meanTrainLoss: number | null;
  finalEvalLoss: number | null;
  /** GPUs the job held (0 on a CPU-only machine) and what they were. */
  hardware: { gpus: number; gpuName: string | null; peakGpuMemoryBytes: number | null };
  versions: Record<string, string | null>;
  /** A hosted job (provider openai / azure-openai): what the API did. */
  hosted?: HostedRun;
  /** Self-hosted: what max_length did to the examples, per split, summed over its files (train.py's run.json "data"). */
  data?: { train: ExampleAccount; eval: ExampleAccount | null };
}

/** An example by the file (relative to the checkout) and line the user wrote it on. */
export interface ExampleAt {
  file: string;
  line: number;
}

/** Every example of a split accounted for: trained whole, trained truncated, or dropped. */
export interface ExampleAccount {
  maxLength: number;
  examples: number;
  trainedExamples: number;
  truncatedExamples: number;
  droppedExamples: number;
  /** The first truncated and dropped examples of each file (up to 50 per file), in file order. */
  truncatedAt: ExampleAt[];
  droppedAt: ExampleAt[];
  longestExampleTokens: number;
}

export interface HostedRun {
  jobId: string;
  /** True when an earlier run created the job and this one picked it up. */
  resumed: boolean;
  trainingType: string | null;
  epochs: number | null;
  checkpoints: { id: string; step: number; model: string; trainLoss: number | null; validLoss: number | null }[];
  /** Where the eval loss came from (result file column). */
  evalSource: string | null;
  /** The fine-tuned model stops serving on this day (the base snapshot's retirement), when known. */
  servesUntil: string | null;
  /** Azure: the deployment made after training; `error` says why it is not answering. */
  deployment: { name: string; state: string; error?: string } | null;
}

/** A job that was started (or found) and not waited for (train.openai.wait: false). */
export interface PendingTraining {
  pending: true;
  provider: TrainingPlan["provider"];
  baseModel: string;
  jobId: string;
  status: string;
  resumed: boolean;
}

export function isPending(outcome: TrainingResult | PendingTraining): outcome is PendingTraining {
  return "pending" in outcome;
}

/** A training failure a user can act on: the provider's own error line and, for a process, its exit code. */
export class TrainingFailed extends Error {
  constructor(
    message: string,
    readonly exitCode?: number,
    /** What to do instead, as a config snippet (YAML) shown under the message in the job summary. */
    readonly alternative?: string,
  ) {
    super(message);
    this.name = "TrainingFailed";
  }
}

export interface TrainingProvider {
  readonly name: TrainingPlan["provider"];
  train(plan: TrainingPlan, io: TrainingIO): Promise<TrainingResult | PendingTraining>;
}
