// The evaluation as GitHub markdown: the pull-request comment (issue 9 posts it), the job summary
// and `finetune-ci eval --format markdown`. Every figure comes from the report model; every piece
// of text from the holdout or from a model's answer goes through the shared escaping (tables'
// text cells, inlineText), so it cannot mention anyone, link, load an image or break the layout.
// A body over the limit (GitHub's 65,536 characters for a comment) is cut where a reader sees it.
import { truncateBody, GITHUB_BODY_LIMIT } from "../../adapters/github/truncateBody.js";
import { formatP } from "../../core/eval/gate.js";
import { METRICS } from "../../core/eval/metrics/definitions.js";
import { inlineText } from "../../report/escape.js";
import { int, num } from "../../report/format.js";
import { markdownFooter, markdownHeading } from "../../report/header.js";
import { intervalChart } from "../../report/intervalChart.js";
import { markdownTable } from "../../report/table.js";
import type { EvalReport } from "./model.js";
import { armsTable, changesTable, COMPARISONS_NOTE, comparisonsTable, estimateTable, estimateText, failureLines, gateTable, judgeScore, METRICS_NOTE, metricsTable, probeTable, spentSentence } from "./tables.js";

export interface EvalMarkdownOptions {
  /** Largest body; beyond it the report is cut with a visible notice. */
  limit: number;
  /** Where the complete report is, said in the notice. */
  fullReport: string;
  /** Failed requests listed per arm. */
  failuresListed: number;
  /** Paragraphs of markdown under the heading, already made inert by the caller: where the artifact is, the release, arms left out. */
  notes?: string[];
}

export const COMMENT_OPTIONS: EvalMarkdownOptions = { limit: GITHUB_BODY_LIMIT, fullReport: "the job summary and the report.json of this workflow run", failuresListed: 10 };
/** The job summary: GitHub shows 1 MiB of it (the summary writer cuts there, visibly). */
export const SUMMARY_OPTIONS: EvalMarkdownOptions = { limit: 1024 * 1024, fullReport: "the report.json of the eval artifact", failuresListed: 50 };
/** `finetune-ci eval --format markdown`. */
export const MARKDOWN_OPTIONS: EvalMarkdownOptions = { limit: GITHUB_BODY_LIMIT, fullReport: "report.json and answers.jsonl in eval.out", failuresListed: 20 };

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The primary metric of every arm that has one, with its interval. */
function primaryChart(report: EvalReport): string {
  const primary = report.scorer?.primary;
  if (!primary) return "";
  const title = METRICS[primary].title;
  const bars = report.arms.flatMap((arm) => {
    const e = arm.estimates.find((m) => m.metric === primary);
    return e?.interval && e.n > 0 ? [{ label: arm.name, mean: e.mean, lower: e.interval.lower, upper: e.interval.upper, text: estimateText(e) }] : [];
  });
  return intervalChart({ title: `${title} per arm, with 95% intervals`, x: { title: "arm" }, y: { title }, bars });
}

export function renderEvalMarkdown(report: EvalReport, options: EvalMarkdownOptions = MARKDOWN_OPTIONS): string {
  const out: string[] = [markdownHeading("evaluation", { status: report.verdict.status, summary: report.verdict.summary })];
  const candidate = report.arms.find((a) => a.name === report.candidate);
  out.push(
    "",
    `Holdout: ${report.holdout.files.map((f) => `${inlineText(f.path, 200)} (${int(f.examples)} examples)`).join(", ")}` +
      (report.scorer ? ` · scorer **${report.scorer.kind}**, primary metric **${METRICS[report.scorer.primary].title}** (${inlineText(report.scorer.reason)})` : "") +
      (candidate ? ` · candidate **${inlineText(candidate.name, 100)}** = ${inlineText(candidate.model, 200)}` : ""),
  );
  for (const note of options.notes ?? []) out.push("", note);
  if (report.verdict.status === "inconclusive") out.push("", report.verdict.failOnInconclusive ? "Inconclusive fails this check (`eval.failOnInconclusive`)." : "Inconclusive does not fail this check; more holdout examples would settle it (`eval.failOnInconclusive` makes it fail).");
  if (report.stopped) out.push("", `> [!CAUTION]\n> **Stopped (${report.stopped.stage}).** ${inlineText(report.stopped.reason, 1000)}`);
  if (report.probe.tripped) {
    out.push("", markdownTable(probeTable(report)));
  }
  if (report.gate) {
    out.push("", "#### Gate", "", markdownTable(gateTable(report)));
  }
  if (report.skippedRules.length) out.push("", ...report.skippedRules.map((s) => `- Not applied: ${inlineText(s)}`));
  if (report.comparisons.length || report.corpusComparisons.length) {
    out.push("", `#### ${inlineText(report.candidate, 100)} against each arm`, "", COMPARISONS_NOTE, "", markdownTable(comparisonsTable(report)));
  }
  if (report.metrics.length) {
    const chart = primaryChart(report);
    out.push("", "#### Metrics", "", ...(chart ? [chart, ""] : []), METRICS_NOTE, "", markdownTable(metricsTable(report)));
  }
  out.push("", "#### Cost, latency and requests", "", markdownTable(armsTable(report)));
  out.push("", spentSentence(report));
  if (report.judge) {
    const j = report.judge;
    out.push(
      "",
      `#### LLM judge`,
      "",
      `${inlineText(j.model, 200)} compared ${inlineText(report.candidate, 100)} with ${inlineText(j.vs, 100)} on ${int(j.judged)} examples, in both orders (a disagreement is a tie): **${int(j.wins)}** preferred ${inlineText(report.candidate, 100)}, **${int(j.losses)}** preferred ${inlineText(j.vs, 100)}, ${int(j.ties)} ties (${int(j.disagreements)} of them the orders disagreeing), ${int(j.excluded)} left out. Score ${judgeScore(j)} (0.5 is no preference), sign test ${formatP(j.p)}${j.p < 0.05 ? "" : ": not significant"}. Prompt: ${inlineText(j.promptSource, 200)}. Reported, not gated.`,
    );
  }
  if (report.training) {
    const t = report.training;
    out.push("", `Training run (${inlineText(t.path, 200)}): ${inlineText(t.method, 40)} on ${inlineText(t.baseModel, 200)}, ${int(t.steps)} steps, ${int(t.trainedTokens)} tokens; final eval loss **${t.finalEvalLoss === null ? "n/a" : num(t.finalEvalLoss, 4)}** (train ${t.finalTrainLoss === null ? "n/a" : num(t.finalTrainLoss, 4)}).`);
  }
  if (report.examples) {
    const e = report.examples;
    const title = METRICS[e.metric].title;
    out.push("", `Per example against ${inlineText(e.vs, 100)} (${title}): ${int(e.worse)} worse, ${int(e.better)} better, ${int(e.same)} the same.`);
    if (e.regressions.length) out.push("", details(`Worst ${e.regressions.length} regressions`, markdownTable(changesTable(e.regressions, e.metric, e.vs))));
    if (e.improvements.length) out.push("", details(`Best ${e.improvements.length} improvements`, markdownTable(changesTable(e.improvements, e.metric, e.vs))));
  }
  const failures = failureLines(report, options.failuresListed);
  if (failures.length) out.push("", details("Failed requests", failures.map((l) => `- ${inlineText(l.trim(), 600)}`).join("\n")));
  if (report.warnings.length) out.push("", ...report.warnings.map((w) => `> [!WARNING]\n> ${inlineText(w, 1000)}`));
  out.push("", details("Estimate before the run", markdownTable(estimateTable(report))));
  out.push("", markdownFooter(report.tool, [`answers: ${inlineText(report.files.answers, 200)}`, ...(report.method ? [`seed ${report.method.seed}`, `α ${report.method.alpha}`] : [])]));
  const notice = `> [!WARNING]\n> This report was cut to fit ${int(options.limit)} characters. The full report is in ${options.fullReport}.`;
  return `${truncateBody(out.join("\n"), options.limit, notice)}\n`;
}
