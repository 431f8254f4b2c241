// The dataset review, as the CLI and the Action both run it: stream every file through the engine,
// price the training data, and build the report.
import { DatasetEngine } from "../core/dataset/engine.js";
import type { FileRole } from "../core/dataset/exampleStore.js";
import { LineSplitter } from "../core/dataset/lines.js";
import { estimateCost, modelFacts } from "../core/cost/estimate.js";
import { encodingForModel, loadTokenCounter } from "../core/tokens/tokenizer.js";
import { buildReviewReport } from "../report/buildReviewReport.js";
import type { ReviewReport } from "../report/model.js";
import type { Settings } from "../settings/settings.js";

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
  onBytes?: (bytes: number) => void;
}

export async function reviewDatasets(input: ReviewInput): Promise<ReviewReport> {
  const { settings } = input;
  const model = modelFacts(settings.model, settings.models, input.today);
  const encoding = encodingForModel(model.name);
  const tokenLimit = settings.review.trainingTokenLimit ?? model.trainingTokenLimit;
  const engine = new DatasetEngine(
    { ...settings.review, format: settings.format, tokenLimit, severities: settings.severities },
    await loadTokenCounter(encoding),
  );
  for (const file of input.files) {
    const session = engine.openFile(file.path, file.role);
    const splitter = new LineSplitter((line) => session.line(line), settings.review.maxLineBytes);
    for await (const chunk of input.readFile(file.path)) {
      splitter.push(chunk);
      input.onBytes?.(chunk.length);
    }
    session.close(splitter.end());
  }
  const lifecycle = model.lifecycle;
  if (lifecycle.status !== "available" && lifecycle.status !== "unknown") {
    const where = { file: input.files.find((f) => f.role === "train")?.path ?? input.files[0]?.path ?? "(config)", line: 0 };
    const dates = [lifecycle.newJobsEnd && `new fine-tuning jobs end ${lifecycle.newJobsEnd}`, lifecycle.retires && `the snapshot retires ${lifecycle.retires}`].filter(Boolean).join("; ");
    engine.note("model-lifecycle", where, `${model.name}: ${lifecycle.status === "retired" ? "retired" : lifecycle.status === "no-new-jobs" ? "no new jobs accepted" : "ending soon"} (${dates}). ${lifecycle.note ?? ""}`.trim());
  }
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
  return buildReviewReport(analysis, {
    version: input.version,
    generatedAt: input.generatedAt,
    failOn: settings.failOn,
    model: { ...model, trainingTokenLimit: tokenLimit },
    encoding,
    cost,
  });
}
