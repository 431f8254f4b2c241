// Assembles the review report from the engine's analysis, the model facts and the cost estimate,
// and decides the verdict. The only place that turns analysis into a judgement.
import { severityAtLeast, type FailOn } from "../../core/findings.js";
import type { DatasetAnalysis } from "../../core/dataset/engine.js";
import type { CostEstimate, ModelFacts } from "../../core/cost/estimate.js";
import type { EncodingName } from "../../core/tokens/tokenizer.js";
import { QUANTILE_METHOD } from "../../core/stats/distribution.js";
import { reportHeader } from "../../report/header.js";
import { REPORT_SCHEMA_VERSION, type DatasetDiscovery, type ReviewReport } from "./model.js";

export interface ReportContext {
  version: string;
  generatedAt: string;
  failOn: FailOn;
  model: ModelFacts;
  encoding: EncodingName;
  cost: CostEstimate;
  configFile?: string;
  discovery?: DatasetDiscovery;
}

export function buildReviewReport(analysis: DatasetAnalysis, context: ReportContext): ReviewReport {
  const sum = (pick: (f: DatasetAnalysis["files"][number]) => number) => analysis.files.reduce((n, f) => n + pick(f), 0);
  const { errors, warnings, infos, suppressed } = analysis.totals;
  const failing = context.failOn === "never" ? 0 : analysis.codeCounts.filter((c) => severityAtLeast(c.severity, context.failOn as "error" | "warning")).reduce((n, c) => n + c.count, 0);
  // Reviewing nothing is never a pass: the configured patterns or the search found no file.
  const nothing = analysis.files.length === 0;
  const failed = failing > 0 || (nothing && context.failOn !== "never");
  const train = analysis.train;
  const holdoutExamples = analysis.holdout.examples;
  return {
    ...reportHeader(REPORT_SCHEMA_VERSION, context.version, context.generatedAt),
    verdict: { failOn: context.failOn, failed, summary: verdictSummary(context, nothing, failing) },
    model: { ...context.model, encoding: context.encoding },
    files: analysis.files,
    summary: {
      files: analysis.files.length,
      lines: sum((f) => f.lines),
      examples: sum((f) => f.examples),
      invalidLines: sum((f) => f.invalidLines),
      blankLines: sum((f) => f.blankLines),
      errors,
      warnings,
      infos,
      suppressed,
    },
    findings: analysis.findings,
    findingCounts: analysis.codeCounts,
    tokens: {
      encoding: context.encoding,
      total: train.totalTokens,
      billed: train.billedTokens,
      limit: context.model.trainingTokenLimit,
      overLimit: train.overLimit,
      perExample: train.tokensPerExample,
      histogram: train.tokenHistogram,
      assistantPerExample: train.assistantTokensPerExample,
      quantileMethod: QUANTILE_METHOD,
    },
    stats: {
      trainExamples: train.examples,
      holdoutExamples,
      holdoutShare: train.examples + holdoutExamples ? holdoutExamples / (train.examples + holdoutExamples) : 0,
      messagesPerExample: train.messagesPerExample,
      holdout: analysis.holdout,
      systemPrompts: analysis.systemPrompts,
      answerFormat: analysis.answerFormat,
      labels: analysis.labels ?? null,
    },
    cost: context.cost,
    secrets: analysis.secrets,
    ...(context.configFile !== undefined ? { configFile: context.configFile } : {}),
    ...(context.discovery ? { discovery: context.discovery } : {}),
  };
}

function verdictSummary(context: ReportContext, nothing: boolean, failing: number): string {
  if (nothing) {
    const why = context.discovery ? "no datasets are configured and no JSONL file was found" : "no dataset file was found";
    return `nothing was reviewed: ${why}${context.failOn === "never" ? " (not gating: fail-on never)" : ""}`;
  }
  if (failing > 0) return `${failing} finding(s) at or above "${context.failOn}": fix them before training`;
  return context.failOn === "never" ? "not gating (fail-on: never)" : `no finding at or above "${context.failOn}"`;
}
