// The report model from what the run produced: the plan, every outcome, the probe, the core's
// evaluation, the judge and the training record. Every figure a renderer shows is computed here or
// in src/core/eval, once.
import type { EvalResult } from "../../core/eval/evaluate.js";
import type { MetricId } from "../../core/eval/metrics/definitions.js";
import type { Answer, Reference } from "../../core/eval/types.js";
import { reportHeader } from "../../report/header.js";
import { dollars, type Budget } from "../budget.js";
import type { EvalContext } from "../context.js";
import type { HoldoutExample } from "../holdout.js";
import type { JudgeSummary } from "../judge.js";
import type { EvalPlan } from "../plan.js";
import type { ProbeResult } from "../probe.js";
import type { Outcome } from "../send.js";
import { EVAL_REPORT_SCHEMA_VERSION, type ArmReport, type EvalReport, type EvalVerdict, type ExampleChange, type ExampleChanges, type ExampleRow, type ExampleRows, type TrainingRecordSummary } from "./model.js";

export interface BuildInput {
  context: Pick<EvalContext, "settings" | "now" | "version">;
  plan: EvalPlan;
  outcomes: Map<string, Outcome[]>;
  probe: ProbeResult;
  result: EvalResult | null;
  judge: JudgeSummary | null;
  training: TrainingRecordSummary | null;
  stopped: EvalReport["stopped"];
  budget: Pick<Budget, "spentUsd">;
  files: EvalReport["files"];
}

/** Changed examples listed per direction. */
export const EXAMPLES_LISTED = 10;
const TEXT_KEPT = 500;

function cut(text: string): string {
  return text.length > TEXT_KEPT ? `${text.slice(0, TEXT_KEPT)}…` : text;
}

function shown(answer: Answer | Reference | undefined): string {
  if (!answer) return "";
  const calls = answer.toolCalls?.length ? ` ${JSON.stringify(answer.toolCalls)}` : "";
  return cut(`${answer.text ?? ""}${calls}`.trim());
}

function lastUser(example: HoldoutExample): string {
  const content = example.messages.findLast((m) => m.role === "user")?.content;
  return cut(typeof content === "string" ? content : JSON.stringify(content ?? ""));
}

function armReport(plan: EvalPlan, name: string, outcomes: (Outcome | undefined)[], result: EvalResult | null): ArmReport {
  const arm = plan.arms.find((a) => a.name === name)!;
  const scored = result?.arms.find((a) => a.name === name);
  const present = outcomes.filter((o): o is Outcome => o !== undefined);
  const failures = plan.holdout.examples.flatMap((example, i) => {
    const o = outcomes[i];
    return o && o.answer.status === "failed" ? [{ file: example.file, line: example.line, reason: o.answer.error ?? "failed" }] : [];
  });
  const sent = present.filter((o) => o.answer.status === "ok" && !o.cached);
  const spent = arm.prices ? sent.reduce((s, o) => s + (dollars(arm.prices, o.answer.inputTokens ?? 0, o.answer.outputTokens ?? 0) ?? 0), 0) : null;
  return {
    name,
    kind: arm.kind,
    model: arm.model,
    baseURL: arm.baseURL,
    served: arm.served,
    shots: arm.kind === "prompted" && plan.shots ? plan.shots.shots.slice(0, arm.shots).map((s) => ({ file: s.file, line: s.line })) : [],
    prices: arm.prices,
    priceSource: arm.priceSource,
    requests: {
      total: outcomes.length,
      ok: present.filter((o) => o.answer.status === "ok").length,
      cached: present.filter((o) => o.cached).length,
      failed: failures.length,
      notSent: present.filter((o) => o.answer.status === "failed" && o.attempts === 0).length,
      notRun: outcomes.length - present.length,
      attempts: present.reduce((s, o) => s + o.attempts, 0),
      retried: present.filter((o) => o.attempts > 1).length,
    },
    spentUsd: spent,
    failures,
    estimates: scored?.estimates ?? [],
    usage: scored?.usage ?? null,
    ...(scored?.classification ? { classification: scored.classification } : {}),
    ...(scored?.jsonFields ? { jsonFields: scored.jsonFields } : {}),
  };
}

/** The arm the per-example lists compare with: the first fail-severity rule's, else base, else any other. */
function changesAgainst(result: EvalResult): { vs: string; metric: MetricId } | null {
  const rule = result.gate.rules.find((r) => r.rule.severity === "fail");
  if (rule) return { vs: rule.rule.vs, metric: rule.rule.metric };
  const other = result.arms.find((a) => a.kind === "base") ?? result.arms.find((a) => a.name !== result.candidate);
  return other ? { vs: other.name, metric: result.scorer.primary } : null;
}

function exampleChanges(plan: EvalPlan, result: EvalResult, outcomes: Map<string, Outcome[]>): ExampleChanges | null {
  const against = changesAgainst(result);
  if (!against) return null;
  const mine = result.arms.find((a) => a.name === result.candidate)!.values[against.metric];
  const theirs = result.arms.find((a) => a.name === against.vs)!.values[against.metric];
  if (!mine || !theirs) return null;
  const pairs: ExampleChange[] = [];
  let same = 0;
  plan.holdout.examples.forEach((example, i) => {
    const a = mine[i];
    const b = theirs[i];
    if (a === null || a === undefined || b === null || b === undefined) return;
    if (a === b) {
      same++;
      return;
    }
    pairs.push({
      file: example.file,
      line: example.line,
      prompt: lastUser(example),
      reference: shown(example.reference),
      candidate: shown(outcomes.get(result.candidate)![i]?.answer),
      other: shown(outcomes.get(against.vs)![i]?.answer),
      candidateValue: a,
      otherValue: b,
      delta: a - b,
    });
  });
  // Stable: equal deltas keep holdout order.
  const worse = pairs.filter((p) => p.delta < 0).sort((x, y) => x.delta - y.delta);
  const better = pairs.filter((p) => p.delta > 0).sort((x, y) => y.delta - x.delta);
  return { metric: against.metric, vs: against.vs, regressions: worse.slice(0, EXAMPLES_LISTED), improvements: better.slice(0, EXAMPLES_LISTED), worse: worse.length, better: better.length, same };
}

/** Every example with every arm's answer and value, compared as the per-example lists compare. */
function perExample(plan: EvalPlan, result: EvalResult | null, outcomes: Map<string, Outcome[]>): ExampleRows {
  const against = result ? changesAgainst(result) : null;
  const metric = against?.metric ?? result?.scorer.primary ?? null;
  const columns = plan.arms.map((arm) => (result && metric ? result.arms.find((a) => a.name === arm.name)?.values[metric] : undefined));
  const candidate = plan.arms.findIndex((a) => a.kind === "candidate");
  const vs = against ? plan.arms.findIndex((a) => a.name === against.vs) : -1;
  const rows = plan.holdout.examples.map((example, i): ExampleRow => {
    const answers = plan.arms.map((arm) => {
      const outcome = outcomes.get(arm.name)![i];
      return outcome?.answer.status === "ok" ? shown(outcome.answer) : null;
    });
    const values = columns.map((column) => column?.[i] ?? null);
    const mine = values[candidate] ?? null;
    const theirs = vs >= 0 ? (values[vs] ?? null) : null;
    return { file: example.file, line: example.line, prompt: lastUser(example), reference: shown(example.reference), answers, values, delta: mine !== null && theirs !== null ? mine - theirs : null };
  });
  return { metric, vs: against?.vs ?? null, rows };
}

function verdictOf(input: BuildInput): EvalVerdict {
  const failOnInconclusive = input.context.settings.eval.failOnInconclusive;
  if (input.stopped) return { status: "fail", summary: input.stopped.reason.split(/(?<=\.)\s/)[0]!, exitCode: 1, failOnInconclusive };
  const gate = input.result!.gate;
  const exitCode = gate.verdict === "fail" || (gate.verdict === "inconclusive" && failOnInconclusive) ? 1 : 0;
  return { status: gate.verdict, summary: gate.reason, exitCode, failOnInconclusive };
}

export function buildReport(input: BuildInput): EvalReport {
  const { plan, result, context } = input;
  const warnings = [...plan.warnings];
  if (plan.shots && plan.shots.unusable > 0) warnings.push(`${plan.shots.unusable} training line(s) could not be few-shot examples (not a chat example ending with the assistant's answer); \`finetune-ci validate\` reports them.`);
  if (plan.shots && plan.shots.holdoutPrompts > 0) warnings.push(`${plan.shots.holdoutPrompts} training example(s) share a prompt with the holdout and were not drawn as few-shot examples (the review reports them as holdout-leak).`);
  if (result?.scorer.schemaWarnings?.length) warnings.push(...result.scorer.schemaWarnings.map((w) => `JSON Schema: ${w}`));
  if (result) warnings.push(...result.gate.warnings);
  if (input.probe.against === null && input.probe.prompts > 0) warnings.push("There is no base arm, so the sanity probe (is the adapter loaded?) did not run.");
  const alpha = result?.method.alpha ?? context.settings.eval.gate.alpha;
  return {
    ...reportHeader(EVAL_REPORT_SCHEMA_VERSION, context.version, context.now().toISOString()),
    verdict: verdictOf(input),
    holdout: { files: plan.holdout.files, examples: plan.holdout.examples.length },
    candidate: plan.arms.find((a) => a.kind === "candidate")!.name,
    arms: plan.arms.map((arm) => armReport(plan, arm.name, [...input.outcomes.get(arm.name)!], result)),
    scorer: result?.scorer ?? null,
    metrics: result?.metrics ?? [],
    comparisons: (result?.comparisons ?? []).map((c) => ({ metric: c.metric, arm: c.arm, vs: c.vs, vsKind: c.vsKind, ...c.comparison, significant: c.comparison.pairs > 0 && c.comparison.p < alpha })),
    corpusComparisons: result?.corpusComparisons ?? [],
    gate: result?.gate ?? null,
    skippedRules: plan.gate.skipped,
    probe: input.probe,
    judge: input.judge,
    training: input.training,
    estimate: plan.estimate,
    examples: result ? exampleChanges(plan, result, input.outcomes) : null,
    perExample: perExample(plan, result, input.outcomes),
    stopped: input.stopped,
    files: input.files,
    method: result?.method ?? null,
    warnings,
  };
}
