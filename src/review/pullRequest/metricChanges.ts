// How the dataset's figures move from the base commit to the head commit: the rows of the
// "what this pull request changes" table, like `dvc metrics diff` for data.
import type { ReviewReport } from "../report/model.js";
import type { MetricChange, MetricUnit } from "../report/pullRequestModel.js";

type Pick = (report: ReviewReport) => number | null;

// The order the table shows them in. Figures about training examples describe the training files.
const METRICS: [string, MetricUnit, Pick][] = [
  ["training examples", "count", (r) => r.stats.trainExamples],
  ["holdout examples", "count", (r) => r.stats.holdoutExamples],
  ["holdout share", "share", (r) => r.stats.holdoutShare],
  ["training tokens", "tokens", (r) => r.tokens.total],
  ["billed tokens per epoch", "tokens", (r) => r.tokens.billed],
  ["tokens per example, mean", "tokens", (r) => r.tokens.perExample.mean],
  ["tokens per example, median", "tokens", (r) => r.tokens.perExample.p50],
  ["tokens per example, p95", "tokens", (r) => r.tokens.perExample.p95],
  ["tokens per example, max", "tokens", (r) => r.tokens.perExample.max],
  ["examples over the token limit", "count", (r) => r.tokens.overLimit],
  ["epochs", "count", (r) => r.cost.epochs],
  ["OpenAI training cost", "usd", (r) => r.cost.trainingUsd],
  ["self-hosted training cost", "usd", (r) => r.cost.selfHosted.usd],
  ["self-hosted GPU time", "hours", (r) => r.cost.selfHosted.gpuHours],
  ["errors", "count", (r) => r.summary.errors],
  ["warnings", "count", (r) => r.summary.warnings],
];

/** Differences smaller than this (relative) are rounding, not movement. */
const EPSILON = 1e-9;

export function metricChanges(base: ReviewReport, head: ReviewReport): MetricChange[] {
  const rows: MetricChange[] = [];
  for (const [metric, unit, pick] of METRICS) {
    const was = pick(base);
    const now = pick(head);
    if (was === now) continue;
    const change = was === null || now === null ? null : now - was;
    if (change !== null && Math.abs(change) <= EPSILON * Math.max(1, Math.abs(was!))) continue;
    rows.push({ metric, unit, base: was, head: now, change, relative: change !== null && was ? change / was : null });
  }
  return rows;
}
