// The dataset engine: physical lines in (from any reader), one analysis out. Per-line work happens
// as lines arrive; dataset-wide checks run once at the end over per-example records in scratch storage.
import type { LineFileFacts, PhysicalLine } from "./lines.js";
import type { BatchResult, TextLine } from "./analyzeBatch.js";
import type { DatasetFormat, FormatChoice } from "./formats.js";
import { ExampleStore, type ExampleIndex, type FileRole } from "./exampleStore.js";
import { FindingCollector, type CodeCount, type UnsilencedFindings } from "../findingCollector.js";
import type { Finding, FindingCode, Location, SeverityOverride } from "../findings.js";
import { SIGNATURE_SIZE } from "../quality/fingerprints.js";
import { findExactRepeats } from "../quality/duplicates.js";
import { findNearDuplicates } from "../quality/nearDuplicates.js";
import type { GroupingLimits } from "../quality/keyGroups.js";
import { memoryScratch, type ScratchSpace } from "../storage/scratch.js";
import { checkAnswerFormat, checkSystemPrompts, type AnswerFormatSummary, type SystemPromptSummary } from "../quality/consistency.js";
import { checkLabels, type LabelSummary } from "../quality/labels.js";
import type { Distribution } from "../stats/distribution.js";
import type { Histogram } from "../stats/histogram.js";

export interface EngineOptions {
  format: FormatChoice;
  tokenLimit: number;
  maxLineBytes: number;
  minExamples: number;
  nearDuplicateThreshold: number;
  maxFindingsPerCode: number;
  systemPromptDominance: number;
  jsonAnswerShare: number;
  commonKeyShare: number;
  maxLabels: number;
  imbalanceRatio: number;
  severities: Partial<Record<FindingCode, SeverityOverride>>;
}

export interface FileSummary {
  path: string;
  role: FileRole;
  format: DatasetFormat | undefined;
  bytes: number;
  lines: number;
  examples: number;
  invalidLines: number;
  blankLines: number;
}

export interface RoleStats {
  examples: number;
  messagesPerExample: Distribution;
  tokensPerExample: Distribution;
  /** Tokens per example in round-edged bins, for a chart. */
  tokenHistogram: Histogram;
  assistantTokensPerExample: Distribution;
  totalTokens: number;
  /** Sum over examples of min(tokens, limit): what OpenAI bills per epoch. */
  billedTokens: number;
  overLimit: number;
  meanPromptTokens: number;
  meanAnswerTokens: number;
}

export interface DatasetAnalysis {
  files: FileSummary[];
  findings: Finding[];
  codeCounts: CodeCount[];
  totals: { errors: number; warnings: number; infos: number; suppressed: number };
  train: RoleStats;
  holdout: RoleStats;
  systemPrompts: SystemPromptSummary;
  answerFormat: AnswerFormatSummary;
  labels: LabelSummary[] | undefined;
  /** Every credential found, whatever severity the config gives the secret finding. */
  secrets: UnsilencedFindings;
}

export interface FileSession {
  /** Blank, undecodable and over-long lines. */
  line(line: PhysicalLine): void;
  /** Text lines with their analysis, in line order. */
  analyzed(lines: readonly TextLine[], result: BatchResult): void;
  close(facts: LineFileFacts): void;
}

export class DatasetEngine {
  private readonly store: ExampleStore;
  private readonly findings: FindingCollector;
  private readonly files: FileSummary[] = [];

  /**
   * `scratch` holds the per-example records (about 112 bytes each) and the groupings' entries: in
   * memory by default, in a temporary file when the caller passes one, so that memory stays flat.
   */
  constructor(
    private readonly options: EngineOptions,
    scratch: ScratchSpace = memoryScratch,
    private readonly limits?: GroupingLimits,
  ) {
    this.store = new ExampleStore(options.maxLabels, scratch);
    this.findings = new FindingCollector(options.severities, options.maxFindingsPerCode);
  }

  openFile(path: string, role: FileRole): FileSession {
    const fileIndex = this.store.addFile(path, role);
    this.findings.registerFile(path);
    const summary: FileSummary = { path, role, format: this.options.format === "auto" ? undefined : this.options.format, bytes: 0, lines: 0, examples: 0, invalidLines: 0, blankLines: 0 };
    this.files.push(summary);
    const add = this.findings.add.bind(this.findings);
    return {
      line: (physical) => {
        const at = { file: path, line: physical.line };
        switch (physical.kind) {
          case "blank":
            summary.blankLines++;
            add("blank-line", at, "empty line");
            return;
          case "invalid-utf8":
            summary.invalidLines++;
            add("invalid-utf8", at, `invalid UTF-8 at byte ${physical.byteOffset + 1} of the line`);
            return;
          case "too-long":
            summary.invalidLines++;
            add("line-too-long", at, `the line is ${physical.bytes} bytes, over the ${this.options.maxLineBytes}-byte limit (review.maxLineBytes)`);
            return;
          case "text":
            throw new Error("text lines are analysed first: pass them to analyzed()");
        }
      },
      analyzed: (lines, result) => {
        lines.forEach((l, i) => {
          const at = { file: path, line: l.line };
          const outcome = result.outcomes[i]!;
          if (outcome.kind === "invalid") {
            summary.invalidLines++;
            for (const issue of outcome.issues) add(issue.code, at, issue.message);
            return;
          }
          const facts = outcome.facts;
          summary.format ??= facts.format;
          if (facts.format !== summary.format) {
            add(facts.format === "preference" ? "missing-messages" : "invalid-preference", at, `this line is a ${facts.format} example, but the file holds ${summary.format} examples (as its first example shows)`);
          }
          summary.examples++;
          for (const issue of facts.issues) add(issue.code, at, issue.message);
          this.store.add(fileIndex, l.line, facts, result.signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE));
        });
      },
      close: (facts) => {
        summary.bytes = facts.bytes;
        summary.lines = facts.lines;
        if (facts.bom) add("utf8-bom", { file: path, line: 1 }, "the file starts with a UTF-8 byte-order mark (stripped before reading)");
        if (facts.crlfLines > 0) add("crlf-line-endings", { file: path, line: facts.firstCrlfLine }, `${facts.crlfLines} line(s) end with CRLF (read as LF)`);
        if (!facts.finalNewline) add("no-final-newline", { file: path, line: facts.lines }, "the last line has no newline at its end (it was read)");
      },
    };
  }

  /** A finding that is not about a line's content (the target model's lifecycle, say). */
  note(code: FindingCode, at: Location, message: string): void {
    this.findings.add(code, at, message);
  }

  finish(): DatasetAnalysis {
    const { store, findings, options } = this;
    const trainExamples = this.files.filter((f) => f.role === "train").reduce((n, f) => n + f.examples, 0);
    const firstTrain = this.files.find((f) => f.role === "train");
    if (firstTrain && trainExamples < options.minExamples) {
      findings.add("too-few-examples", { file: firstTrain.path, line: 0 }, `${trainExamples} training example(s); at least ${options.minExamples} are required`);
    }
    const exact = findExactRepeats(store, findings, this.limits);
    findNearDuplicates(store, findings, { threshold: options.nearDuplicateThreshold, exact, limits: this.limits });
    const systemPrompts = checkSystemPrompts(store, findings, options.systemPromptDominance);
    const answerFormat = checkAnswerFormat(store, findings, options.jsonAnswerShare, options.commonKeyShare);
    const labels = checkLabels(store, findings, { minLabelledShare: 0.9, imbalanceRatio: options.imbalanceRatio });
    return {
      files: this.files,
      findings: findings.findings(),
      codeCounts: findings.codeCounts(),
      totals: { errors: findings.total("error"), warnings: findings.total("warning"), infos: findings.total("info"), suppressed: findings.suppressed },
      train: this.roleStats("train"),
      holdout: this.roleStats("holdout"),
      systemPrompts,
      answerFormat,
      labels,
      secrets: findings.unsilencedFindings("secret"),
    };
  }

  /** Every example's identity and size, for comparing two versions of a dataset (call after finish). */
  exampleIndex(): ExampleIndex {
    return this.store.index();
  }

  /** Frees the scratch storage (after finish and exampleIndex). */
  dispose(): void {
    this.store.dispose();
  }

  private roleStats(role: FileRole): RoleStats {
    const tally = this.store.tally[role];
    const limit = this.options.tokenLimit;
    let billed = 0;
    let overLimit = 0;
    for (const [tokens, count] of tally.tokens.entries()) {
      billed += Math.min(tokens, limit) * count;
      if (tokens > limit) overLimit += count;
    }
    return {
      examples: tally.examples,
      messagesPerExample: tally.messages.distribution(),
      tokensPerExample: tally.tokens.distribution(),
      tokenHistogram: tally.tokens.histogram(),
      assistantTokensPerExample: tally.assistantTokens.distribution(),
      totalTokens: tally.tokens.sum,
      billedTokens: billed,
      overLimit,
      meanPromptTokens: tally.examples ? tally.promptTokens / tally.examples : 0,
      meanAnswerTokens: tally.examples ? tally.answerTokens / tally.examples : 0,
    };
  }
}
