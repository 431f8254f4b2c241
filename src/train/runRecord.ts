// metrics.jsonl and run.json as train.py writes them (self-hosted-runner/README.md, "Outputs"),
// read into typed values. A file that does not have the documented shape is an error that names
// the file, the line and the field, because the report must not show figures it had to guess.

export interface MetricsLine {
  step: number;
  epoch: number | null;
  /** Null on a line that only carries an evaluation. */
  loss: number | null;
  learningRate: number | null;
  /** Tokens trained so far; null where the provider does not say (a hosted job's result file). */
  numTokens: number | null;
  evalLoss?: number;
  evalTokenAccuracy?: number;
}

export interface RunRecord {
  baseModel: string;
  method: string;
  quantization: string;
  adapterPath: string;
  mergedPath: string | null;
  /** Each training file as train.py read it, in training order: compare them with the repository's files. */
  trainFiles: DatasetFile[];
  /** The eval (holdout) files; empty when the run had none. */
  evalFiles: DatasetFile[];
  globalSteps: number;
  trainedTokens: number;
  trainSeconds: number;
  wallSeconds: number;
  tokensPerSecond: number | null;
  peakGpuMemoryBytes: number | null;
  finalTrainLoss: number | null;
  meanTrainLoss: number | null;
  finalEvalLoss: number | null;
  config: Record<string, unknown>;
  versions: Record<string, string | null>;
  device: { cuda: boolean; worldSize: number; gpuCount: number; gpuName: string | null };
  /** Per file, in the order of trainFiles / evalFiles, what max_length did to its examples; eval null without eval files. */
  data: { train: ExampleCounts[]; eval: ExampleCounts[] | null };
}

/** run.json "train_files" / "eval_files": one dataset file as train.py read it. */
export interface DatasetFile {
  /** As train.py was given it (the self-hosted provider gives paths relative to the checkout). */
  path: string;
  /** SHA-256 (hex) of the exact bytes read, a byte-order mark included. */
  sha256: string;
  bytes: number;
}

/** One entry of run.json "data.train" / "data.eval": every example of a file accounted for (README.md, "Outputs"). */
export interface ExampleCounts {
  file: string;
  maxLength: number;
  examples: number;
  /** examples - droppedExamples */
  trainedExamples: number;
  /** Longer than max_length, shortened, still trained. */
  truncatedExamples: number;
  /** Every trained token cut off by max_length: left out (train.py refuses above max_dropped_share). */
  droppedExamples: number;
  /** The first 50 line numbers of each kind, the file's own. */
  truncatedLines: number[];
  droppedLines: number[];
  longestExampleTokens: number;
}

export class RunRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RunRecordError";
  }
}

export function parseMetricsJsonl(text: string, source: string): MetricsLine[] {
  const lines: MetricsLine[] = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    const at = `${source}:${index + 1}`;
    const o = objectAt(raw, at);
    const line: MetricsLine = {
      step: count(o, "step", at),
      epoch: numberOrNull(o, "epoch", at),
      loss: numberOrNull(o, "loss", at),
      learningRate: numberOrNull(o, "learning_rate", at),
      numTokens: count(o, "num_tokens", at),
    };
    const evalLoss = numberOrNull(o, "eval_loss", at);
    if (evalLoss !== null) line.evalLoss = evalLoss;
    const accuracy = numberOrNull(o, "eval_mean_token_accuracy", at);
    if (accuracy !== null) line.evalTokenAccuracy = accuracy;
    lines.push(line);
  });
  return lines;
}

export function parseRunJson(text: string, source: string): RunRecord {
  const o = objectAt(text, source);
  const device = isObject(o.device) ? o.device : {};
  const cuda = device.cuda === true;
  const files = { train: datasetFiles(o, "train_files", source, { atLeastOne: true }), eval: datasetFiles(o, "eval_files", source, { atLeastOne: false }) };
  return {
    baseModel: string(o, "base_model", source),
    method: string(o, "method", source),
    quantization: string(o, "quantization", source),
    adapterPath: string(o, "adapter_path", source),
    mergedPath: typeof o.merged_path === "string" ? o.merged_path : null,
    trainFiles: files.train,
    evalFiles: files.eval,
    globalSteps: count(o, "global_steps", source),
    trainedTokens: count(o, "trained_tokens", source),
    trainSeconds: numberOrNull(o, "train_seconds", source) ?? missing("train_seconds", source),
    wallSeconds: numberOrNull(o, "wall_time_seconds", source) ?? missing("wall_time_seconds", source),
    tokensPerSecond: numberOrNull(o, "tokens_per_second", source),
    peakGpuMemoryBytes: numberOrNull(o, "peak_gpu_memory_bytes", source),
    finalTrainLoss: numberOrNull(o, "final_train_loss", source),
    meanTrainLoss: numberOrNull(o, "mean_train_loss", source),
    finalEvalLoss: numberOrNull(o, "final_eval_loss", source),
    config: isObject(o.config) ? o.config : {},
    versions: isObject(o.versions) ? (Object.fromEntries(Object.entries(o.versions).map(([k, v]) => [k, typeof v === "string" ? v : null])) as Record<string, string | null>) : {},
    device: {
      cuda,
      worldSize: typeof device.world_size === "number" ? device.world_size : 1,
      // On a GPU machine the job holds every GPU it can see, so that is what it costs.
      gpuCount: cuda && typeof device.gpu_count === "number" ? device.gpu_count : 0,
      gpuName: cuda && typeof device.gpu_name === "string" ? device.gpu_name : null,
    },
    data: dataOf(o.data, files, source),
  };
}

// Before the lists, train.py wrote one file per split: say so rather than that a field is missing.
const OLDER_TRAIN_PY = "; this run.json was written by a train.py older than finetune-ci's (one file per split, no per-file hashes): train again with this version";

function datasetFiles(o: Record<string, unknown>, key: string, source: string, options: { atLeastOne: boolean }): DatasetFile[] {
  const v = o[key];
  if (!Array.isArray(v) || (options.atLeastOne && v.length === 0)) {
    const older = v === undefined && "train_file_sha256" in o ? OLDER_TRAIN_PY : "";
    throw new RunRecordError(`${source}: "${key}" must be a list of ${options.atLeastOne ? "one or more " : ""}{path, sha256, bytes} objects, found ${JSON.stringify(v)}${older}`);
  }
  return v.map((f, i) => {
    const at = `${source} ${key}[${i}]`;
    if (!isObject(f)) throw new RunRecordError(`${at}: expected an object, found ${JSON.stringify(f)}`);
    const sha256 = string(f, "sha256", at);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RunRecordError(`${at}: "sha256" must be 64 lowercase hex digits, found ${JSON.stringify(sha256)}`);
    return { path: string(f, "path", at), sha256, bytes: count(f, "bytes", at) };
  });
}

/** data.train / data.eval: one entry per file of train_files / eval_files, in the same order. */
function dataOf(value: unknown, files: { train: DatasetFile[]; eval: DatasetFile[] }, source: string): RunRecord["data"] {
  if (!isObject(value)) throw new RunRecordError(`${source}: "data" must be an object, found ${JSON.stringify(value)}`);
  const list = (key: "train" | "eval"): ExampleCounts[] => {
    const v = value[key];
    const paths = files[key].map((f) => f.path);
    if (!Array.isArray(v)) throw new RunRecordError(`${source} data.${key}: expected a list with one entry per file of ${key}_files (${JSON.stringify(paths)}), found ${JSON.stringify(v)}`);
    const entries = v.map((c, i) => counts(c, `${source} data.${key}[${i}]`));
    const named = entries.map((c) => c.file);
    if (named.length !== paths.length || named.some((file, i) => file !== paths[i])) {
      throw new RunRecordError(`${source} data.${key}: expected one entry per file of ${key}_files in the same order (${JSON.stringify(paths)}), found entries for ${JSON.stringify(named)}`);
    }
    return entries;
  };
  return { train: list("train"), eval: value.eval === null && files.eval.length === 0 ? null : list("eval") };
}

function counts(c: unknown, at: string): ExampleCounts {
  if (!isObject(c)) throw new RunRecordError(`${at}: expected an object, found ${JSON.stringify(c)}`);
  return {
    file: string(c, "file", at),
    maxLength: count(c, "max_length", at),
    examples: count(c, "examples", at),
    trainedExamples: count(c, "trained_examples", at),
    truncatedExamples: count(c, "truncated_examples", at),
    droppedExamples: count(c, "dropped_examples", at),
    truncatedLines: lines(c, "truncated_lines", at),
    droppedLines: lines(c, "dropped_lines", at),
    longestExampleTokens: count(c, "longest_example_tokens", at),
  };
}

function lines(o: Record<string, unknown>, key: string, at: string): number[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((n) => typeof n === "number" && Number.isInteger(n) && n > 0)) throw new RunRecordError(`${at}: "${key}" must be a list of line numbers, found ${JSON.stringify(v)}`);
  return v as number[];
}

function objectAt(text: string, at: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RunRecordError(`${at}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new RunRecordError(`${at}: expected a JSON object`);
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function missing(key: string, at: string): never {
  throw new RunRecordError(`${at}: "${key}" is missing or not a number`);
}

function count(o: Record<string, unknown>, key: string, at: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new RunRecordError(`${at}: "${key}" must be a whole number, found ${JSON.stringify(v)}`);
  return v;
}

function string(o: Record<string, unknown>, key: string, at: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new RunRecordError(`${at}: "${key}" must be a string, found ${JSON.stringify(v)}`);
  return v;
}

function numberOrNull(o: Record<string, unknown>, key: string, at: string): number | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new RunRecordError(`${at}: "${key}" must be a number or null, found ${JSON.stringify(v)}`);
  return v;
}
