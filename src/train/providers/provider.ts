// Who trains. Each provider turns a plan into a finished run and says what it produced in the
// same shape, so the report, the outputs and the artifact do not care where training happened.
import type { TrainingPlan } from "../plan.js";
import type { FlowLog } from "../../flow/log.js";
import type { MetricsLine } from "../runRecord.js";

export interface TrainingIO {
  log: FlowLog;
  /** Environment for child processes (HF_HOME, HF_HUB_OFFLINE, CUDA_VISIBLE_DEVICES...). */
  env: Record<string, string | undefined>;
  /** Scratch space for files only this run needs (the joined dataset, the run config). */
  tempDir: string;
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
}

/** A training failure a user can act on: the provider's own error line and, for a process, its exit code. */
export class TrainingFailed extends Error {
  constructor(
    message: string,
    readonly exitCode?: number,
  ) {
    super(message);
    this.name = "TrainingFailed";
  }
}

export interface TrainingProvider {
  readonly name: TrainingPlan["provider"];
  train(plan: TrainingPlan, io: TrainingIO): Promise<TrainingResult>;
}
