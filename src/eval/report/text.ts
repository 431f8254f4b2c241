// The evaluation for a terminal: the verdict first, then the arms, the metrics with their
// intervals, the candidate against each arm, the gate, the examples that changed most, the judge,
// the cost, and where the answers are. Holdout and answer text is flattened to one line and cut.
import { formatP } from "../../core/eval/gate.js";
import { METRICS } from "../../core/eval/metrics/definitions.js";
import { num, usd } from "../../report/format.js";
import { textHeading } from "../../report/header.js";
import { terminalTable } from "../../report/table.js";
import type { Estimate } from "../budget.js";
import type { EvalReport } from "./model.js";
import { armsTable, changesTable, comparisonsTable, estimateTable, failureLines, judgeScore, metricsTable } from "./tables.js";

const CELL = 60;

/** Text from a holdout, a model or a server on one terminal line: no escape sequence reaches the terminal. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r?\n|\r/g, " ⏎ ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "�");
}

/** Terminal cells: one line each, control characters shown, long text cut. */
function flat(table: ReturnType<typeof armsTable>) {
  const clean = (c: string) => {
    const one = plain(c);
    return one.length > CELL ? `${one.slice(0, CELL - 1)}…` : one;
  };
  return terminalTable({ ...table, rows: table.rows.map((r) => r.map(clean)) });
}

export function renderEstimateText(estimate: Estimate): string {
  const lines = [
    `finetune-ci eval --estimate: ${usd(estimate.totalUsd)}${estimate.unpriced.length ? ` plus ${estimate.unpriced.join(", ")} at an unknown price` : ""}${estimate.maxUsd !== null ? ` (budget eval.maxUsd: ${usd(estimate.maxUsd)})` : ""}`,
    "",
    flat(estimateTable({ estimate })),
    "",
    `Input tokens counted with ${estimate.tokenizer} as OpenAI's cookbook counts a chat request; output tokens are the reference answers', capped by max tokens. Answers in the cache cost nothing. Nothing was sent.`,
  ];
  return `${lines.join("\n")}\n`;
}

export function renderEvalText(report: EvalReport): string {
  const out: string[] = [textHeading("eval", { status: report.verdict.status, summary: report.verdict.summary })];
  if (report.verdict.status === "inconclusive") out.push(report.verdict.failOnInconclusive ? "(eval.failOnInconclusive: an inconclusive result fails)" : "(inconclusive does not fail the run; set eval.failOnInconclusive to make it)");
  out.push("", `Holdout: ${report.holdout.files.map((f) => `${f.path} (${f.examples} examples${f.blankLines ? `, ${f.blankLines} blank lines` : ""})`).join(", ")}`);
  if (report.scorer) out.push(`Scorer: ${report.scorer.kind}, primary metric ${METRICS[report.scorer.primary].title}: ${report.scorer.reason}.`);
  if (report.stopped) out.push("", `STOPPED (${report.stopped.stage}): ${report.stopped.reason}`);
  if (report.probe.tripped) {
    out.push("", `Probe: ${report.candidate} and ${report.probe.against} gave the same answers to the first ${report.probe.prompts} prompt(s):`);
    for (const e of report.probe.evidence) out.push(`  ${e.file}:${e.line}  ${JSON.stringify(e.prompt.slice(0, 80))} -> ${JSON.stringify(e.answer.slice(0, 80))}`);
  }
  out.push("", "Arms", flat(armsTable(report)));
  if (report.metrics.length) out.push("", "Metrics: mean [95% interval]", flat(metricsTable(report)));
  if (report.comparisons.length || report.corpusComparisons.length) out.push("", `${report.candidate} against each arm, on the examples both answered`, flat(comparisonsTable(report)));
  if (report.gate) {
    const g = report.gate;
    out.push("", "Gate");
    for (const r of g.rules) {
      const settle = r.pairsNeeded !== null && r.outcome !== "inconclusive" ? ` (${r.pairsNeeded.toLocaleString("en-US")} pairs would detect ${r.rule.kind === "not-worse" ? `a drop of ${r.rule.margin}` : "the gain seen"} at 80% power)` : "";
      out.push(`  ${r.outcome.toUpperCase().padEnd(12)} ${r.rule.severity === "warn" ? "(warning only) " : ""}${r.sentence}.${settle}`);
    }
    for (const f of g.floors) out.push(`  ${f.outcome.toUpperCase().padEnd(12)} ${f.sentence}.`);
    const over = g.failureRates.filter((f) => f.outcome === "fail");
    if (over.length) for (const f of over) out.push(`  ${"FAIL".padEnd(12)} ${f.sentence}.`);
    else out.push(`  ${"PASS".padEnd(12)} Failed requests: every arm within the ${Math.round((g.failureRates[0]?.max ?? 0) * 1000) / 10}% maximum.`);
  }
  if (report.skippedRules.length) out.push(...report.skippedRules.map((s) => `  not applied: ${s}`));
  if (report.examples) {
    const e = report.examples;
    out.push("", `Per example vs ${e.vs} (${METRICS[e.metric].title}): ${e.worse} worse, ${e.better} better, ${e.same} the same`);
    if (e.regressions.length) out.push(`Worst ${e.regressions.length} regressions`, flat(changesTable(e.regressions, e.metric, e.vs)));
    if (e.improvements.length) out.push(`Best ${e.improvements.length} improvements`, flat(changesTable(e.improvements, e.metric, e.vs)));
  }
  if (report.judge) {
    const j = report.judge;
    out.push(
      "",
      `Judge (${j.model}, ${j.promptSource} prompt, both orders): ${report.candidate} preferred on ${j.wins}, ${j.vs} on ${j.losses}, tie on ${j.ties} of ${j.judged} examples (${j.disagreements} ties are the two orders disagreeing; ${j.excluded} left out); score ${judgeScore(j)} where 0.5 is no preference, sign test ${formatP(j.p)}${j.p < 0.05 ? "" : ", not significant"}. Reported, not gated.`,
    );
  }
  if (report.training) {
    const t = report.training;
    out.push("", `Training (${t.path}): ${t.method} on ${t.baseModel}, ${t.steps} steps, ${t.trainedTokens.toLocaleString("en-US")} tokens; final eval loss ${t.finalEvalLoss === null ? "n/a" : num(t.finalEvalLoss, 4)}, final train loss ${t.finalTrainLoss === null ? "n/a" : num(t.finalTrainLoss, 4)}.`);
  }
  const failures = failureLines(report, 10);
  if (failures.length) out.push("", ...failures.map(plain));
  if (report.warnings.length) out.push("", ...report.warnings.map((w) => `warning: ${plain(w)}`));
  const spent = report.arms.reduce((s, a) => s + (a.spentUsd ?? 0), 0);
  out.push("", `Spent ${usd(spent)} (estimated ${usd(report.estimate.totalUsd)}). Answers: ${report.files.answers}; report: ${report.files.report}${report.files.serverLog ? `; server log: ${report.files.serverLog}` : ""}.`);
  if (report.method) out.push(`Statistics: 95% intervals, paired bootstrap (${report.method.resamples} resamples, seed ${report.method.seed}), McNemar's exact test for proportions and a sign-flip permutation test otherwise, alpha ${report.method.alpha} with Holm's correction over the gate's rules; "detectable" is the smallest difference these pairs detect at 80% power.`);
  return `${out.join("\n")}\n`;
}
