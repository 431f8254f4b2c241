// The review's one report model (schemas/report.schema.json). Every output (terminal text,
// markdown, JSON, and in the Action the PR comment, job summary and annotations) is rendered from
// it; no renderer computes a figure.
import type { CodeCount, UnsilencedFindings } from "../../core/findingCollector.js";
import type { FailOn, Finding } from "../../core/findings.js";
import type { FileSummary, RoleStats } from "../../core/dataset/engine.js";
import type { CostEstimate, ModelFacts } from "../../core/cost/estimate.js";
import type { SystemPromptSummary, AnswerFormatSummary } from "../../core/quality/consistency.js";
import type { LabelSummary } from "../../core/quality/labels.js";
import type { Distribution } from "../../core/stats/distribution.js";
import type { Histogram } from "../../core/stats/histogram.js";
import type { EncodingName } from "../../core/tokens/tokenizer.js";
import type { ReportHeader, VerdictLine } from "../../report/header.js";
import type { PullRequestReview } from "./pullRequestModel.js";

export const REPORT_SCHEMA_VERSION = 1;

export interface ReviewReport extends ReportHeader<typeof REPORT_SCHEMA_VERSION> {
  verdict: { failOn: FailOn; failed: boolean; summary: string };
  model: ModelFacts & { encoding: EncodingName };
  files: FileSummary[];
  summary: {
    files: number;
    lines: number;
    examples: number;
    invalidLines: number;
    blankLines: number;
    errors: number;
    warnings: number;
    infos: number;
    suppressed: number;
  };
  findings: Finding[];
  findingCounts: CodeCount[];
  tokens: {
    encoding: EncodingName;
    total: number;
    billed: number;
    limit: number;
    overLimit: number;
    perExample: Distribution;
    /** Training examples by token length, in round-edged bins (the PR comment's chart). */
    histogram: Histogram;
    assistantPerExample: Distribution;
    quantileMethod: string;
  };
  stats: {
    trainExamples: number;
    holdoutExamples: number;
    holdoutShare: number;
    messagesPerExample: Distribution;
    holdout: RoleStats;
    systemPrompts: SystemPromptSummary;
    answerFormat: AnswerFormatSummary;
    labels: LabelSummary[] | null;
  };
  cost: CostEstimate;
  /**
   * Every credential the review found, at the secret finding's default severity, whatever the
   * config's severities say: what the training gate reads (a config can quiet a secret in a
   * comment, never let it be uploaded). Messages are redacted like every other finding's.
   */
  secrets: UnsilencedFindings;
  /** The config file the settings came from (a repository path in the Action), when there was one. */
  configFile?: string;
  /** Set when no datasets were configured and the review chose the files itself: which, and how. */
  discovery?: DatasetDiscovery;
  /** Set when the review ran for a pull request: what it changes against its base. */
  pullRequest?: PullRequestReview;
}

/** The review's verdict as every report shows it (src/report/header.ts): it passes or fails, never inconclusive. */
export function verdictLine(report: ReviewReport): VerdictLine {
  return { status: report.verdict.failed ? "fail" : "pass", summary: report.verdict.summary };
}

/** The JSONL files a review found and took as training or holdout data because no config named any. */
export interface DatasetDiscovery {
  /** Files git knows in the checkout, a walk of the folder, or a pull request's head commit. */
  foundIn: "git" | "folder" | "pull-request";
  train: string[];
  holdout: string[];
  /** A file or folder name with one of these words made a file holdout data. */
  holdoutWords: string[];
}
