// The one training report. The job summary, the pull-request comment and the report file in the
// artifact are rendered from it (report/markdown.ts); every figure, the chart's points included,
// is computed here and nowhere else.
import type { ArtifactStatus } from "../../adapters/github/artifactStore.js";
import { reportHeader, type ReportHeader } from "../../report/header.js";
import type { ReviewReport } from "../../review/report/model.js";
import type { TrainingCost } from "../cost.js";
import type { SelfHostedPlan, TrainingPlan } from "../plan.js";
import type { ExampleAccount, HostedRun, TrainingResult } from "../providers/provider.js";
import type { MetricsLine } from "../runRecord.js";

export const TRAINING_REPORT_SCHEMA_VERSION = 1;

export type { ArtifactStatus };

export interface LossChart {
  /** "evaluation": one point per evaluation (train loss averaged since the previous one); "step": train loss per logged step. */
  axis: "evaluation" | "step";
  xLabel: string;
  x: number[];
  train: number[];
  /** Same length as `train`, or null when there was no evaluation to plot. */
  eval: number[] | null;
  trainSeries: string;
  evalSeries: string | null;
  /** Logged points left out to keep the chart readable (a step chart keeps at most MAX_POINTS). */
  skipped: number;
}

export interface TrainingReport extends ReportHeader<typeof TRAINING_REPORT_SCHEMA_VERSION> {
  provider: TrainingPlan["provider"];
  commit: string | null;
  model: {
    name: string;
    base: string;
    method: string;
    quantization: string;
    /** Self-hosted only: the adapter's shape. */
    lora: SelfHostedPlan["lora"] | null;
    adapterPath: string | null;
    mergedPath: string | null;
  };
  dataset: { trainFiles: string[]; holdoutFiles: string[]; trainExamples: number; holdoutExamples: number; warnings: number };
  run: {
    steps: number;
    epochs: number;
    trainedTokens: number;
    tokensPerSecond: number | null;
    trainSeconds: number;
    wallSeconds: number;
    gpus: number;
    gpuName: string | null;
    peakGpuMemoryBytes: number | null;
  };
  loss: { finalTrain: number | null; meanTrain: number | null; finalEval: number | null; chart: LossChart | null };
  cost: TrainingCost;
  /** Self-hosted: what max_length did to each split's examples (files relative to the checkout, as train.py was given them). */
  examples: { train: ExampleAccount; eval: ExampleAccount | null } | null;
  /** provider openai / azure-openai: the job, its checkpoints, how long the model serves, the deployment. */
  hosted: HostedRun | null;
  /** Null in the copy of the report that travels inside the artifact itself. */
  artifact: ArtifactStatus | null;
}

export interface TrainingReportInput {
  plan: TrainingPlan;
  result: TrainingResult;
  review: ReviewReport;
  cost: TrainingCost;
  artifact: ArtifactStatus | null;
  /** Dataset paths as the user named them (repository-relative). */
  files: { train: string[]; holdout: string[] };
  commit: string | null;
  version: string;
  generatedAt: string;
}

export function buildTrainingReport(input: TrainingReportInput): TrainingReport {
  const { plan, result, review } = input;
  return {
    ...reportHeader(TRAINING_REPORT_SCHEMA_VERSION, input.version, input.generatedAt),
    provider: result.provider,
    commit: input.commit,
    model: {
      name: result.model,
      base: result.baseModel,
      method: result.method,
      quantization: result.quantization,
      lora: plan.provider === "self-hosted" ? plan.lora : null,
      adapterPath: result.adapterPath,
      mergedPath: result.mergedPath,
    },
    dataset: {
      trainFiles: input.files.train,
      holdoutFiles: input.files.holdout,
      trainExamples: review.stats.trainExamples,
      holdoutExamples: review.stats.holdoutExamples,
      warnings: review.summary.warnings,
    },
    run: {
      steps: result.steps,
      epochs: result.hosted?.epochs ?? plan.epochs,
      trainedTokens: result.trainedTokens,
      tokensPerSecond: result.tokensPerSecond,
      trainSeconds: result.trainSeconds,
      wallSeconds: result.wallSeconds,
      gpus: result.hardware.gpus,
      gpuName: result.hardware.gpuName,
      peakGpuMemoryBytes: result.hardware.peakGpuMemoryBytes,
    },
    loss: { finalTrain: result.finalTrainLoss, meanTrain: result.meanTrainLoss, finalEval: result.finalEvalLoss, chart: lossChart(result.metrics) },
    cost: input.cost,
    examples: result.data ?? null,
    hosted: result.hosted ?? null,
    artifact: input.artifact,
  };
}

/** A step chart keeps at most this many points; more would make the line unreadable in a comment. */
export const MAX_POINTS = 60;

/**
 * Train and eval loss on one axis. With two or more evaluations the axis is the evaluations, and
 * the train point is the mean train loss over the steps since the previous evaluation, so both
 * series are measured over the same stretch of training and neither is interpolated. Otherwise the
 * chart is train loss per step.
 */
export function lossChart(metrics: MetricsLine[]): LossChart | null {
  const evals = metrics.filter((m) => m.evalLoss !== undefined);
  if (evals.length >= 2) {
    const x: number[] = [];
    const train: number[] = [];
    const evalLoss: number[] = [];
    let from = 0;
    for (const e of evals) {
      const window = metrics.filter((m) => m.step > from && m.step <= e.step && m.loss !== null).map((m) => m.loss!);
      from = e.step;
      if (window.length === 0) continue;
      x.push(e.step);
      train.push(window.reduce((a, b) => a + b, 0) / window.length);
      evalLoss.push(e.evalLoss!);
    }
    if (x.length >= 2) {
      return { axis: "evaluation", xLabel: "step", x, train, eval: evalLoss, trainSeries: "train loss (mean since the previous evaluation)", evalSeries: "eval loss (holdout)", skipped: 0 };
    }
  }
  const points = metrics.filter((m) => m.loss !== null);
  if (points.length === 0) return null;
  const kept = evenly(points, MAX_POINTS);
  return { axis: "step", xLabel: "step", x: kept.map((m) => m.step), train: kept.map((m) => m.loss!), eval: null, trainSeries: "train loss", evalSeries: null, skipped: points.length - kept.length };
}

/** At most n items spread evenly, first and last always kept. */
function evenly<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}
