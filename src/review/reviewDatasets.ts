// The dataset review, as the CLI and the Action both run it: stream every file through the engine,
// price the training data, and build the report.
import { DatasetEngine } from "../core/dataset/engine.js";
import type { ExampleIndex, FileRole } from "../core/dataset/exampleStore.js";
import { LineSplitter } from "../core/dataset/lines.js";
import { RuleAnalyzer, type TextLine } from "../core/dataset/analyzeBatch.js";
import { TokenPool } from "../adapters/parallel/tokenPool.js";
import { estimateCost, FALLBACK_TOKEN_LIMIT, modelFacts } from "../core/cost/estimate.js";
import { encodingForModel } from "../core/tokens/tokenizer.js";
import { templateSupportFor } from "../core/chatTemplates.js";
import { buildReviewReport } from "./report/buildReviewReport.js";
import type { ScratchSpace } from "../core/storage/scratch.js";
import type { GroupingLimits } from "../core/quality/keyGroups.js";
import type { DatasetDiscovery, ReviewReport } from "./report/model.js";
import type { Settings } from "../settings/settings.js";
import type { FindingCode } from "../core/findings.js";

/** What a review reports as it goes: bytes read, then the steps that follow the reading. */
export interface ReviewProgress {
  bytes(n: number): void;
  stage(text: string): void;
}

export interface DatasetFile {
  path: string;
  role: FileRole;
}

export interface ReviewInput {
  settings: Settings;
  files: DatasetFile[];
  /** Streams a file's bytes; the only way the review touches storage. */
  readFile: (path: string) => AsyncIterable<Uint8Array>;
  /** Today's date (YYYY-MM-DD) for lifecycle dates, and the report's timestamp. */
  today: string;
  generatedAt: string;
  version: string;
  progress?: ReviewProgress;
  /** The bundled token worker (dist/token-worker.js); without it tokens are counted on this thread. */
  workerUrl?: URL;
  /** Worker threads (defaults to review.workers); 0 analyses on the main thread only. */
  workers?: number;
  /** Where the per-example records go (memory when absent): a temporary file keeps memory flat. */
  scratch?: ScratchSpace;
  /** How many grouping entries are sorted in memory at once; the default suits every size (tests shrink it). */
  groupingLimits?: GroupingLimits;
  /** The config file the settings came from, as the report names files: findings about the settings point there. */
  configFile?: string;
  /** Findings about whole files decided before reading them (how the files were chosen). */
  fileNotes?: FileNote[];
  /** Set when the files were found rather than configured. */
  discovery?: DatasetDiscovery;
}

export interface FileNote {
  code: FindingCode;
  file: string;
  message: string;
}

// Batches big enough to amortise a thread hop, small enough to keep memory flat.
const BATCH_LINES = 512;
const BATCH_CHARS = 1 << 20;

export async function reviewDatasets(input: ReviewInput): Promise<ReviewReport> {
  return (await reviewDatasetsWithExamples(input, false)).report;
}

export interface ReviewWithExamples {
  report: ReviewReport;
  /** Every example's identity and size: what a pull request's review diffs base against head with. */
  examples?: ExampleIndex;
}

/** The review, and with `keepExamples` the per-example index (about 30 bytes per example). */
export async function reviewDatasetsWithExamples(input: ReviewInput, keepExamples: boolean): Promise<ReviewWithExamples> {
  const { settings } = input;
  const model = modelFacts(settings.model, settings.models, input.today, settings.train.provider === "azure-openai" ? "azure-openai" : "openai");
  const encoding = encodingForModel(model.name);
  const tokenLimit = settings.review.trainingTokenLimit ?? model.trainingTokenLimit;
  const engine = new DatasetEngine({ ...settings.review, format: settings.format, tokenLimit, severities: settings.severities }, input.scratch, input.groupingLimits);
  try {
    return await reviewWith(engine, input, { model, encoding, tokenLimit }, keepExamples);
  } finally {
    engine.dispose();
  }
}

interface Target {
  model: ReturnType<typeof modelFacts>;
  encoding: ReturnType<typeof encodingForModel>;
  tokenLimit: number;
}

async function reviewWith(engine: DatasetEngine, input: ReviewInput, { model, encoding, tokenLimit }: Target, keepExamples: boolean): Promise<ReviewWithExamples> {
  const { settings } = input;
  // Training on the self-hosted runner renders every example with the base model's chat template.
  const template = settings.train.provider === "self-hosted" ? templateSupportFor(settings.train.baseModel ?? settings.selfHosted.baseModel) : undefined;
  const analyzer = { format: settings.format === "auto" ? undefined : settings.format, tokenLimit, labelMaxChars: settings.review.labelMaxChars, template };
  const rules = new RuleAnalyzer(analyzer);
  const pool = await TokenPool.start({
    encoding,
    workers: input.workers ?? settings.review.workers,
    workerUrl: input.workerUrl,
  });
  try {
    for (const file of input.files) {
      const session = engine.openFile(file.path, file.role);
      // The splitter fills batches; full ones wait in `ready` until the read loop hands them on.
      const ready: TextLine[][] = [];
      let batch: TextLine[] = [];
      let batchChars = 0;
      const cut = () => {
        if (batch.length) ready.push(batch);
        batch = [];
        batchChars = 0;
      };
      const dispatch = async () => {
        for (const lines of ready.splice(0)) {
          const batch = rules.analyze(lines);
          await pool.submit(batch.request, (response) => session.analyzed(lines, rules.join(batch, response)));
        }
      };
      const splitter = new LineSplitter((line) => {
        if (line.kind !== "text") return session.line(line);
        batch.push(line);
        batchChars += line.text.length;
        if (batch.length >= BATCH_LINES || batchChars >= BATCH_CHARS) cut();
      }, settings.review.maxLineBytes);
      for await (const chunk of input.readFile(file.path)) {
        splitter.push(chunk);
        input.progress?.bytes(chunk.length);
        await dispatch();
      }
      const facts = splitter.end();
      cut();
      await dispatch();
      await pool.flush();
      session.close(facts);
    }
  } finally {
    await pool.close();
  }
  for (const note of input.fileNotes ?? []) engine.note(note.code, { file: note.file, line: 0 }, note.message);
  // Findings about the settings point at the config file; without one, at the training data they judge.
  const where = { file: input.configFile ?? input.files.find((f) => f.role === "train")?.path ?? input.files[0]?.path ?? SETTINGS_PLACE, line: 0 };
  const unknown = unknownModelFacts(model, settings.review.trainingTokenLimit !== undefined);
  if (unknown) engine.note("unknown-model", where, unknown);
  const lifecycle = model.lifecycle;
  if (lifecycle.status !== "available" && lifecycle.status !== "unknown") {
    const dates = [lifecycle.newJobsEnd && `new fine-tuning jobs end ${lifecycle.newJobsEnd}`, lifecycle.retires && `the snapshot retires ${lifecycle.retires}`].filter(Boolean).join("; ");
    engine.note("model-lifecycle", where, `${model.name}: ${lifecycle.status === "retired" ? "retired" : lifecycle.status === "no-new-jobs" ? "no new jobs accepted" : "ending soon"} (${dates}). ${lifecycle.note ?? ""}`.trim());
  }
  input.progress?.stage("comparing all examples: duplicates, conflicts, leaks, near-duplicates...");
  const analysis = engine.finish();
  const cost = estimateCost(
    {
      examples: analysis.train.examples,
      totalTokens: analysis.train.totalTokens,
      billedTokens: analysis.train.billedTokens,
      meanPromptTokens: analysis.train.meanPromptTokens,
      meanAnswerTokens: analysis.train.meanAnswerTokens,
    },
    { ...model, trainingTokenLimit: tokenLimit },
    settings.selfHosted,
  );
  const report = buildReviewReport(analysis, {
    version: input.version,
    generatedAt: input.generatedAt,
    failOn: settings.failOn,
    model: { ...model, trainingTokenLimit: tokenLimit },
    encoding,
    cost,
    ...(input.configFile !== undefined ? { configFile: input.configFile } : {}),
    ...(input.discovery ? { discovery: input.discovery } : {}),
  });
  return keepExamples ? { report, examples: engine.exampleIndex() } : { report };
}

/** Where a finding about the settings is placed when there is neither a config file nor a dataset file. */
export const SETTINGS_PLACE = "(settings)";

/** What is unknown about a model outside the table, and how to say it; undefined when nothing is. */
function unknownModelFacts(model: ReturnType<typeof modelFacts>, limitSet: boolean): string | undefined {
  if (model.known) return undefined;
  const missing = model.missing.filter((key) => key !== "trainingTokenLimit" || !limitSet);
  if (missing.length === 0) return undefined;
  const what = [
    missing.some((k) => k !== "trainingTokenLimit") && "its training and inference prices (costs are shown as unknown)",
    missing.includes("trainingTokenLimit") && `its per-example token limit (${FALLBACK_TOKEN_LIMIT.toLocaleString("en-US")} is assumed)`,
  ].filter(Boolean);
  const example = missing.map((key) => `${key}: ${key === "trainingTokenLimit" ? "65536" : "…"}`).join(", ");
  return `"${model.name}" is not in finetune-ci's model table, so ${what.join(" and ")} are unknown. Set them in the config file: models: { "${model.name}": { ${example} } }.`;
}
