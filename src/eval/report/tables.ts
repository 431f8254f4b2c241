// The eval report's tables, built once from the model and written by both renderers (markdownTable
// for the comment, terminalTable for a terminal). Cells are plain text: the markdown writer escapes
// them, so an answer or a prompt from the holdout can never become markup.
import { formatP } from "../../core/eval/gate.js";
import { METRICS, type MetricId } from "../../core/eval/metrics/definitions.js";
import type { MetricEstimate } from "../../core/eval/evaluate.js";
import { int, num, place, usd } from "../../report/format.js";
import type { Table } from "../../report/table.js";
import type { JudgeSummary } from "../judge.js";
import type { ComparisonReport, EvalReport, ExampleChange } from "./model.js";

const isLength = (metric: MetricId) => metric === "answer-chars" || metric === "answer-tokens";

export function value(metric: MetricId, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "n/a";
  return isLength(metric) ? num(v, 1) : v.toFixed(3);
}

export function signedValue(metric: MetricId, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "n/a";
  const text = value(metric, Math.abs(v));
  return `${v < 0 ? "−" : "+"}${text}`;
}

/** "0.950 [0.883, 0.983]": a mean with its 95% interval, or n/a without one. */
export function estimateText(e: MetricEstimate | undefined): string {
  if (!e || e.n === 0) return "n/a";
  const interval = e.interval ? ` [${value(e.metric, e.interval.lower)}, ${value(e.metric, e.interval.upper)}]` : "";
  return `${value(e.metric, e.mean)}${interval}`;
}

function latency(ms: number): string {
  return ms >= 1000 ? `${num(ms / 1000, 1)} s` : `${int(ms)} ms`;
}

/** What the comparisons table holds, said under it by every renderer that shows it. */
export const COMPARISONS_NOTE =
  "Paired on the examples both arms answered; 95% interval of the difference by paired bootstrap; p from McNemar's exact test (proportions) or a sign-flip permutation test; *Detectable* is the smallest difference these pairs would detect at 80% power.";
export const METRICS_NOTE = "Mean with its 95% interval (Wilson for proportions, bootstrap otherwise).";

/** "Spent $0.12 in this run (estimated $0.15 before it); answers from the cache cost nothing." */
export function spentSentence(report: EvalReport): string {
  const spent = report.arms.reduce((s, a) => s + (a.spentUsd ?? 0), 0);
  return `Spent ${usd(spent)} in this run (estimated ${usd(report.estimate.totalUsd)} before it); answers from the cache cost nothing.`;
}

export function armsTable(report: EvalReport): Table {
  return {
    header: ["Arm", "Kind", "Model", "Answered", "From cache", "Failed", "Latency p50 / p95", "$ per 1k requests", "Spent"],
    align: [undefined, undefined, undefined, "right", "right", "right", "right", "right", "right"],
    rows: report.arms.map((arm) => {
      const r = arm.requests;
      const lat = arm.usage?.latency;
      return [
        arm.name,
        arm.kind + (arm.kind === "prompted" ? ` (${arm.shots.length} shots)` : ""),
        arm.model,
        `${int(r.ok)} of ${int(r.total)}`,
        int(r.cached),
        int(r.failed) + (r.notSent > 0 ? ` (${int(r.notSent)} not sent)` : "") + (r.notRun > 0 ? ` (+${int(r.notRun)} not run)` : ""),
        lat ? `${latency(lat.p50)} / ${latency(lat.p95)}` : "n/a",
        arm.prices ? usd(arm.usage?.dollarsPer1k ?? null) : "unknown price",
        arm.spentUsd === null ? "unknown price" : usd(arm.spentUsd),
      ];
    }),
  };
}

/** Arms × metrics: mean with its 95% interval (Wilson for proportions, bootstrap otherwise). */
export function metricsTable(report: EvalReport): Table {
  return {
    header: ["Metric", ...report.arms.map((a) => (a.name === report.candidate && a.name !== "candidate" ? `${a.name} (candidate)` : a.name))],
    align: [undefined, ...report.arms.map(() => "right" as const)],
    rows: report.metrics.map((m) => [`${m.title}${m.id === report.scorer?.primary ? " (primary)" : ""}`, ...report.arms.map((a) => estimateText(a.estimates.find((e) => e.metric === m.id)))]),
  };
}

function significance(c: ComparisonReport): string {
  if (c.pairs === 0) return "no pairs";
  return c.significant ? "significant" : "not significant";
}

/** The candidate against every other arm, per example-level metric. */
export function comparisonsTable(report: EvalReport): Table {
  const rows = report.comparisons
    .filter((c) => METRICS[c.metric].direction === "higher")
    .map((c) => [
      `${METRICS[c.metric].title}`,
      c.vs,
      value(c.metric, c.candidateMean),
      value(c.metric, c.referenceMean),
      signedValue(c.metric, c.delta),
      c.interval ? `${signedValue(c.metric, c.interval.lower)} to ${signedValue(c.metric, c.interval.upper)}` : "n/a",
      c.pairs > 0 ? formatP(c.p).replace(/^p /, "") : "n/a",
      significance(c),
      c.mde === null ? "n/a" : value(c.metric, c.mde),
      int(c.pairs) + (c.excluded.candidateMissing + c.excluded.referenceMissing + c.excluded.bothMissing > 0 ? ` (${int(c.excluded.candidateMissing + c.excluded.referenceMissing + c.excluded.bothMissing)} left out)` : ""),
    ]);
  for (const c of report.corpusComparisons) {
    rows.push([METRICS[c.metric].title, c.vs, value(c.metric, c.candidateValue), value(c.metric, c.referenceValue), signedValue(c.metric, c.delta), c.interval ? `${signedValue(c.metric, c.interval.lower)} to ${signedValue(c.metric, c.interval.upper)}` : "n/a", "no test (whole-set figure)", "n/a", "n/a", int(c.pairs)]);
  }
  return {
    header: ["Metric", "vs", "Candidate", "Other", "Delta", "95% CI of delta", "p", "Significant?", "Detectable (80% power)", "Pairs"],
    align: [undefined, undefined, "right", "right", "right", "right", "right", undefined, "right", "right"],
    rows,
  };
}

export function gateTable(report: EvalReport): Table {
  const gate = report.gate;
  if (!gate) return { header: ["Check", "Outcome"], rows: [] };
  const outcome = (o: string) => o.toUpperCase();
  return {
    header: ["Check", "Outcome", "Why", "Pairs for 80% power"],
    rows: [
      ...gate.rules.map((r) => [`${METRICS[r.rule.metric].title} ${r.rule.kind} vs ${r.rule.vs}${r.rule.margin ? ` (margin ${r.rule.margin})` : ""}${r.rule.severity === "warn" ? ", warning only" : ""}`, outcome(r.outcome), r.sentence, r.pairsNeeded === null ? "n/a" : int(r.pairsNeeded)]),
      ...gate.floors.map((f) => [`${METRICS[f.floor.metric].title} of ${f.floor.arm} ≥ ${f.floor.min}`, outcome(f.outcome), f.sentence, ""]),
      ...(gate.failureRates.every((f) => f.outcome === "pass")
        ? [[`Failed requests ≤ ${Math.round((gate.failureRates[0]?.max ?? 0) * 1000) / 10}% per arm`, "PASS", gate.failureRates.map((f) => `${f.arm} ${f.failed} of ${f.total}`).join(", "), ""]]
        : gate.failureRates.map((f) => [`Failed requests of ${f.arm} ≤ ${Math.round(f.max * 1000) / 10}%`, outcome(f.outcome), f.sentence, ""])),
    ],
  };
}

export function changesTable(changes: ExampleChange[], metric: MetricId, vs: string): Table {
  return {
    header: ["Holdout line", "Prompt", "Reference", "Candidate", vs, "Change"],
    align: [undefined, undefined, undefined, undefined, undefined, "right"],
    rows: changes.map((c) => [place(c.file, c.line), c.prompt, c.reference, c.candidate, c.other, `${value(metric, c.otherValue)} → ${value(metric, c.candidateValue)}`]),
  };
}

export function estimateTable(report: Pick<EvalReport, "estimate">): Table {
  const e = report.estimate;
  return {
    header: ["Arm", "Model", "Requests", "From cache", "Input tokens", "Output tokens", "Estimated"],
    align: [undefined, undefined, "right", "right", "right", "right", "right"],
    rows: [
      ...e.arms.map((a) => [a.arm, a.model, int(a.requests), int(a.cached), int(a.inputTokens), int(a.outputTokens), a.usd === null ? "unknown price" : usd(a.usd)]),
      ["total", "", "", "", "", "", `${usd(e.totalUsd)}${e.unpriced.length ? ` + unknown (${e.unpriced.join(", ")})` : ""}`],
    ],
  };
}

/** The probe's evidence: the prompts the candidate answered exactly as the arm it was probed against. */
export function probeTable(report: EvalReport): Table {
  return { header: ["Holdout line", "Prompt", `Answer of both ${report.candidate} and ${report.probe.against}`], rows: report.probe.evidence.map((e) => [place(e.file, e.line), e.prompt, e.answer]) };
}

export function judgeTable(report: EvalReport): Table {
  const j = report.judge;
  return {
    header: ["Judge", "vs", `${report.candidate} preferred`, "Other preferred", "Ties (orders disagreeing)", "Left out", "Score [95% interval]", "Sign test p"],
    align: [undefined, undefined, "right", "right", "right", "right", "right", "right"],
    rows: j ? [[j.model, j.vs, int(j.wins), int(j.losses), `${int(j.ties)} (${int(j.disagreements)})`, int(j.excluded), judgeScore(j), formatP(j.p).replace(/^p /, "")]] : [],
  };
}

export function trainingTable(report: EvalReport): Table {
  const t = report.training;
  const loss = (v: number | null) => (v === null ? "n/a" : num(v, 4));
  return {
    header: ["run.json", "Method", "Base model", "Steps", "Tokens", "Final train loss", "Final eval loss"],
    align: [undefined, undefined, undefined, "right", "right", "right", "right"],
    rows: t ? [[t.path, t.method, t.baseModel, int(t.steps), int(t.trainedTokens), loss(t.finalTrainLoss), loss(t.finalEvalLoss)]] : [],
  };
}

/** "12 of 60 requests failed: data/holdout.jsonl:3 (HTTP 500 ...), ..." */
export function failureLines(report: EvalReport, limit: number): string[] {
  return report.arms.flatMap((arm) => {
    if (arm.failures.length === 0) return [];
    const listed = arm.failures.slice(0, limit).map((f) => `${place(f.file, f.line)}: ${f.reason}`);
    const more = arm.failures.length > limit ? [`... and ${arm.failures.length - limit} more (answers.jsonl has them all)`] : [];
    return [`${arm.name}: ${arm.failures.length} failed request(s), left out of every comparison with this arm:`, ...listed.map((l) => `  ${l}`), ...more.map((m) => `  ${m}`)];
  });
}

/** "0.712 [0.650, 0.770]": the judge's mean score (win 1, tie 0.5, loss 0) with its interval. */
export function judgeScore(j: JudgeSummary): string {
  if (j.judged === 0) return "n/a";
  return `${j.score.mean.toFixed(3)}${j.score.interval ? ` [${j.score.interval.lower.toFixed(3)}, ${j.score.interval.upper.toFixed(3)}]` : ""}`;
}
