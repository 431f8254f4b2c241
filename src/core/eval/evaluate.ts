// The evaluation engine's one entry point: the holdout's reference answers and every arm's answers
// in, the report model out (scorer choice, per-arm means with intervals, cost and latency, the
// candidate paired against every other arm, the gate). Pure: the same input and seed give the same
// result, and nothing here reads files, the network or settings.
import { EvalInputError } from "./errors.js";
import { decideGate, resolveGateOptions, type GateOptions, type GateResult } from "./gate.js";
import { macroF1, type ClassificationReport } from "./metrics/classification.js";
import { METRICS, type MetricDefinition, type MetricId } from "./metrics/definitions.js";
import { usageSummary, type UsageSummary } from "./metrics/usage.js";
import { createScorer, type ArmScores, type FieldTally, type ScorerChoice, type ScoringOptions } from "./scoring.js";
import { bootstrapStatisticInterval } from "./stats/bootstrap.js";
import { estimateMean, type MeanEstimate } from "./stats/estimate.js";
import { comparePaired, type PairedComparison } from "./stats/paired.js";
import { seededRng } from "./stats/random.js";
import type { Interval } from "./stats/wilson.js";
import type { ArmAnswers, ArmKind, Reference } from "./types.js";

export interface StatsOptions {
  /** Seed of every bootstrap and permutation stream (default 2026). */
  seed?: number;
  /** Bootstrap resamples per interval (default 5,000). */
  resamples?: number;
  /** Random sign flips of the permutation test when it is not exact (default 10,000). */
  flips?: number;
}

export const DEFAULT_SEED = 2026;
export const DEFAULT_RESAMPLES = 5000;
export const DEFAULT_FLIPS = 10_000;

export interface EvalInput {
  /** The holdout's final assistant turns, in holdout order. */
  references: Reference[];
  /** One arm of kind "candidate", any others; each with one answer per reference. */
  arms: ArmAnswers[];
  scoring?: ScoringOptions;
  gate?: GateOptions;
  stats?: StatsOptions;
}

export interface MetricEstimate extends MeanEstimate {
  metric: MetricId;
}

export interface ArmResult {
  name: string;
  kind: ArmKind;
  answers: { total: number; ok: number; failed: number };
  /** One per metric of the evaluation, in its order; macro-F1 with a percentile bootstrap interval. */
  estimates: MetricEstimate[];
  usage: UsageSummary;
  classification?: ClassificationReport;
  jsonFields?: FieldTally[];
  /** Per metric, per example (holdout order): null where the answer failed or has no value. */
  values: ArmScores["values"];
}

export interface ArmComparison {
  metric: MetricId;
  /** The candidate. */
  arm: string;
  vs: string;
  vsKind: ArmKind;
  comparison: PairedComparison;
}

/** A corpus-level figure (macro-F1) of the candidate against another arm: a paired bootstrap, no test. */
export interface CorpusComparison {
  metric: MetricId;
  arm: string;
  vs: string;
  vsKind: ArmKind;
  pairs: number;
  candidateValue: number;
  referenceValue: number;
  delta: number;
  interval: Interval | null;
}

export interface EvalResult {
  examples: number;
  candidate: string;
  scorer: ScorerChoice;
  /** Primary first. Answer length in tokens is left out when no arm reported output tokens. */
  metrics: MetricDefinition[];
  arms: ArmResult[];
  comparisons: ArmComparison[];
  corpusComparisons: CorpusComparison[];
  gate: GateResult;
  method: { seed: number; resamples: number; flips: number; confidence: 0.95; power: 0.8; alpha: number };
}

function checkArms(input: EvalInput): ArmAnswers {
  const names = new Set<string>();
  input.arms.forEach((arm, i) => {
    if (!arm.name) throw new EvalInputError("invalid-option", "an arm has no name", `arms[${i}].name`, "Give every arm a unique name");
    if (names.has(arm.name)) throw new EvalInputError("duplicate-arm", `two arms are named "${arm.name}"`, `arms[${i}].name`, "Give every arm a unique name");
    names.add(arm.name);
    if (arm.answers.length !== input.references.length) {
      throw new EvalInputError("answer-count", `arm "${arm.name}" has ${arm.answers.length} answers for ${input.references.length} holdout examples`, `arms[${i}].answers`, "Give one answer (ok or failed) per holdout example, in holdout order");
    }
  });
  const candidates = input.arms.filter((a) => a.kind === "candidate");
  if (candidates.length !== 1) {
    throw new EvalInputError("no-candidate", `an evaluation needs exactly one arm of kind "candidate", found ${candidates.length}`, "arms", 'Mark the fine-tuned model\'s arm kind: "candidate"');
  }
  return candidates[0]!;
}

function checkStats(stats: StatsOptions = {}) {
  const seed = stats.seed ?? DEFAULT_SEED;
  const resamples = stats.resamples ?? DEFAULT_RESAMPLES;
  const flips = stats.flips ?? DEFAULT_FLIPS;
  if (!Number.isSafeInteger(seed)) throw new EvalInputError("invalid-option", `seed must be an integer, got ${seed}`, "stats.seed", "Set seed to a whole number");
  for (const [name, value] of [["resamples", resamples], ["flips", flips]] as const) {
    if (!Number.isInteger(value) || value < 100) throw new EvalInputError("invalid-option", `${name} must be a whole number >= 100, got ${value}`, `stats.${name}`, `Set ${name} to at least 100 (default ${name === "resamples" ? DEFAULT_RESAMPLES : DEFAULT_FLIPS})`);
  }
  return { seed, resamples, flips };
}

/** Examples both arms answered (classification predictions present). */
function answeredByBoth(a: readonly (number | null)[], b: readonly (number | null)[]): number[] {
  return a.flatMap((x, i) => (x !== null && b[i] !== null ? [i] : []));
}

export function evaluate(input: EvalInput): EvalResult {
  const candidate = checkArms(input);
  const { seed, resamples, flips } = checkStats(input.stats);
  const scorer = createScorer(input.references, input.scoring);
  const scored = input.arms.map((arm) => ({ arm, scores: scorer.scoreArm(arm.answers) }));
  const reportsTokens = input.arms.some((arm) => arm.answers.some((a) => a.status === "ok" && Number.isFinite(a.outputTokens)));
  const metricIds = scorer.metrics.filter((m) => m !== "answer-tokens" || reportsTokens);
  const gateArms = input.arms.map((arm) => {
    const failed = arm.answers.filter((a) => a.status !== "ok").length;
    return { name: arm.name, kind: arm.kind, total: arm.answers.length, failed };
  });
  // Rules naming unknown arms or metrics fail here, before any resampling.
  const { alpha } = resolveGateOptions({ candidate: candidate.name, arms: gateArms, primary: scorer.choice.primary, metrics: metricIds, options: input.gate });

  const arms = scored.map(({ arm, scores }, k): ArmResult => {
    const estimates = metricIds.map((metric): MetricEstimate => {
      const rng = seededRng(seed, `estimate:${arm.name}:${metric}`);
      if (metric === "macro-f1") {
        const c = scores.classification!;
        const answered = c.predictions.flatMap((x, i) => (x === null ? [] : [i]));
        const refs = answered.map((i) => c.references[i]!);
        const preds = answered.map((i) => c.predictions[i]!);
        const labels = scorer.choice.labels!.length;
        const interval = answered.length > 0 ? bootstrapStatisticInterval(answered.length, (idx) => macroF1(refs, preds, labels, idx), rng, resamples) : null;
        return { metric, n: answered.length, mean: c.report.macroF1, interval, method: "percentile-bootstrap" };
      }
      return { metric, ...estimateMean(scores.values[metric]!, METRICS[metric].binary, { rng, resamples }) };
    });
    return {
      name: arm.name,
      kind: arm.kind,
      answers: { total: gateArms[k]!.total, ok: gateArms[k]!.total - gateArms[k]!.failed, failed: gateArms[k]!.failed },
      estimates,
      usage: usageSummary(arm.answers, arm.prices),
      ...(scores.classification ? { classification: scores.classification.report } : {}),
      ...(scores.jsonFields ? { jsonFields: scores.jsonFields } : {}),
      values: scores.values,
    };
  });

  const candidateScores = scored.find((s) => s.arm === candidate)!.scores;
  const comparisons: ArmComparison[] = [];
  const corpusComparisons: CorpusComparison[] = [];
  for (const { arm, scores } of scored) {
    if (arm === candidate) continue;
    for (const metric of metricIds) {
      const stream = `${candidate.name}:${arm.name}:${metric}`;
      if (METRICS[metric].scope === "corpus") {
        const a = candidateScores.classification!;
        const b = scores.classification!;
        const both = answeredByBoth(a.predictions, b.predictions);
        const refs = both.map((i) => a.references[i]!);
        const predsA = both.map((i) => a.predictions[i]!);
        const predsB = both.map((i) => b.predictions[i]!);
        const labels = scorer.choice.labels!.length;
        const difference = (idx?: ArrayLike<number>) => macroF1(refs, predsA, labels, idx) - macroF1(refs, predsB, labels, idx);
        corpusComparisons.push({
          metric,
          arm: candidate.name,
          vs: arm.name,
          vsKind: arm.kind,
          pairs: both.length,
          candidateValue: both.length > 0 ? macroF1(refs, predsA, labels) : Number.NaN,
          referenceValue: both.length > 0 ? macroF1(refs, predsB, labels) : Number.NaN,
          delta: both.length > 0 ? difference() : Number.NaN,
          interval: both.length > 0 ? bootstrapStatisticInterval(both.length, difference, seededRng(seed, `paired-bootstrap:${stream}`), resamples) : null,
        });
        continue;
      }
      const comparison = comparePaired(candidateScores.values[metric]!, scores.values[metric]!, METRICS[metric].binary, {
        bootstrapRng: seededRng(seed, `paired-bootstrap:${stream}`),
        permutationRng: seededRng(seed, `sign-flip:${stream}`),
        resamples,
        flips,
      });
      comparisons.push({ metric, arm: candidate.name, vs: arm.name, vsKind: arm.kind, comparison });
    }
  }

  const gate = decideGate({
    candidate: candidate.name,
    arms: gateArms,
    primary: scorer.choice.primary,
    metrics: metricIds,
    comparisons: comparisons.map((c) => ({ metric: c.metric, vs: c.vs, comparison: c.comparison })),
    means: arms.flatMap((arm) => arm.estimates.map((e) => ({ arm: arm.name, metric: e.metric, mean: e.mean, n: e.n }))),
    options: input.gate,
  });

  return {
    examples: input.references.length,
    candidate: candidate.name,
    scorer: scorer.choice,
    metrics: metricIds.map((m) => METRICS[m]),
    arms,
    comparisons,
    corpusComparisons,
    gate,
    method: { seed, resamples, flips, confidence: 0.95, power: 0.8, alpha },
  };
}
