// The evaluation's one report model (schemas/eval-report.schema.json). The terminal text, the
// markdown of the pull-request comment and the JSON output are renderings of it; no renderer
// computes a figure of its own. Text from the holdout and from models' answers is kept as it is
// here: renderers make it inert.
import type { ClassificationReport } from "../../core/eval/metrics/classification.js";
import type { MetricDefinition, MetricId } from "../../core/eval/metrics/definitions.js";
import type { UsageSummary } from "../../core/eval/metrics/usage.js";
import type { CorpusComparison, EvalResult, MetricEstimate } from "../../core/eval/evaluate.js";
import type { GateResult } from "../../core/eval/gate.js";
import type { FieldTally, ScorerChoice } from "../../core/eval/scoring.js";
import type { PairedComparison } from "../../core/eval/stats/paired.js";
import type { ArmKind, Prices } from "../../core/eval/types.js";
import type { ReportHeader, VerdictStatus } from "../../report/header.js";
import type { Estimate } from "../budget.js";
import type { HoldoutFile } from "../holdout.js";
import type { JudgeSummary } from "../judge.js";
import type { ProbeResult } from "../probe.js";

export const EVAL_REPORT_SCHEMA_VERSION = 1 as const;

export interface EvalVerdict {
  status: VerdictStatus;
  /** One sentence: why. */
  summary: string;
  /** 0 pass (and inconclusive unless failOnInconclusive), 1 otherwise. */
  exitCode: 0 | 1;
  failOnInconclusive: boolean;
}

export interface RequestCounts {
  /** Holdout examples: ok + failed + notRun. */
  total: number;
  /** Answered, from the endpoint or the cache. */
  ok: number;
  /** Of ok, answered from the cache (not sent). */
  cached: number;
  failed: number;
  /** Of failed, never sent: the budget stopped them. */
  notSent: number;
  /** Not asked: the run stopped before (after the probe). */
  notRun: number;
  /** HTTP attempts made, retries included. */
  attempts: number;
  /** Requests that needed more than one attempt. */
  retried: number;
}

export interface FailedExample {
  file: string;
  line: number;
  reason: string;
}

export interface ArmReport {
  name: string;
  kind: ArmKind;
  model: string;
  /** Without credentials: the key is only ever in a header. */
  baseURL: string;
  /** Answered by the server eval.serve started. */
  served: boolean;
  /** prompted: the training examples shown as few-shot examples. */
  shots: { file: string; line: number }[];
  prices: Prices | null;
  priceSource: string;
  requests: RequestCounts;
  /** Dollars of the requests sent in this run (cached answers cost nothing); null without a price. */
  spentUsd: number | null;
  /** Every failed example, in holdout order: left out of each comparison with this arm. */
  failures: FailedExample[];
  /** One per metric of the evaluation, in its order (empty when the run stopped before scoring). */
  estimates: MetricEstimate[];
  usage: UsageSummary | null;
  classification?: ClassificationReport;
  jsonFields?: FieldTally[];
}

export interface ComparisonReport extends PairedComparison {
  metric: MetricId;
  /** The candidate. */
  arm: string;
  vs: string;
  vsKind: ArmKind;
  /** p < alpha, before any correction; the gate's rules use Holm-adjusted p-values. */
  significant: boolean;
}

export interface ExampleChange {
  file: string;
  line: number;
  /** The last user message (cut at 500 characters). */
  prompt: string;
  reference: string;
  candidate: string;
  other: string;
  candidateValue: number;
  otherValue: number;
  /** candidateValue - otherValue. */
  delta: number;
}

export interface ExampleChanges {
  metric: MetricId;
  /** The arm the candidate is compared with: the first gate rule's, else base. */
  vs: string;
  /** Largest drops first. */
  regressions: ExampleChange[];
  /** Largest gains first. */
  improvements: ExampleChange[];
  /** Pairs where the candidate did worse / better / the same. */
  worse: number;
  better: number;
  same: number;
}

/** One holdout example as every arm answered it: what the HTML report lays side by side. */
export interface ExampleRow {
  file: string;
  line: number;
  /** The last user message (cut at 500 characters). */
  prompt: string;
  reference: string;
  /** One per arm, in the order of `arms`: its answer (cut at 500 characters); null when it failed or was not asked (`arms[].failures` says why). */
  answers: (string | null)[];
  /** One per arm: the example's value on `perExample.metric`; null when it was not answered or not scored. */
  values: (number | null)[];
  /** The candidate's value minus `perExample.vs`'s; null when either is missing. Below 0: a regression. */
  delta: number | null;
}

export interface ExampleRows {
  /** The metric of `values`: that of `examples` when there is one, else the primary; null when nothing was scored. */
  metric: MetricId | null;
  /** The arm `delta` compares the candidate with (that of `examples`); null without one. */
  vs: string | null;
  /** Every holdout example, in holdout order. */
  rows: ExampleRow[];
}

export interface TrainingRecordSummary {
  /** The run.json read. */
  path: string;
  baseModel: string;
  method: string;
  steps: number;
  trainedTokens: number;
  finalTrainLoss: number | null;
  finalEvalLoss: number | null;
}

export interface EvalReport extends ReportHeader<typeof EVAL_REPORT_SCHEMA_VERSION> {
  verdict: EvalVerdict;
  holdout: { files: HoldoutFile[]; examples: number };
  candidate: string;
  arms: ArmReport[];
  /** Null when the run stopped before scoring. */
  scorer: ScorerChoice | null;
  /** Primary first. */
  metrics: MetricDefinition[];
  comparisons: ComparisonReport[];
  corpusComparisons: CorpusComparison[];
  gate: GateResult | null;
  /** Gate rules of the config that were not applied (their arm was left out with --arms). */
  skippedRules: string[];
  probe: ProbeResult;
  judge: JudgeSummary | null;
  training: TrainingRecordSummary | null;
  estimate: Estimate;
  examples: ExampleChanges | null;
  /** Every example with every arm's answer: the HTML report's side-by-side view. */
  perExample: ExampleRows;
  /** Why the run stopped early; null when it ran to the end. */
  stopped: { stage: "probe" | "budget"; reason: string } | null;
  files: { answers: string; report: string; serverLog: string | null };
  method: EvalResult["method"] | null;
  /** Things a user should know: cache entries ignored, scorer remarks, the prompted warning. */
  warnings: string[];
}
