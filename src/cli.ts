#!/usr/bin/env node
// The finetune-ci command line: `validate` reviews datasets, `split` makes a holdout file.
// Exit codes: 0 nothing at the fail-on level, 1 something is, 2 usage or I/O error.
import { parseArgs } from "node:util";
import { stat } from "node:fs/promises";
import { expandPaths, InputError, readFileChunks } from "./adapters/files/files.js";
import { bundledWorkers } from "./adapters/parallel/bundledWorkers.js";
import { progressOnStderr } from "./adapters/terminal/progress.js";
import { asDatasetFiles, configuredDatasets } from "./review/datasetFiles.js";
import { reviewInWorker } from "./review/worker/reviewInWorker.js";
import { splitDataset } from "./review/splitDataset.js";
import { SettingsError } from "./settings/settings.js";
import { defined, loadSettings, UsageError } from "./cli/common.js";
import { renderText } from "./review/report/text.js";
import { MARKDOWN_OPTIONS, renderReviewMarkdown } from "./review/report/markdown.js";
import { VERSION } from "./version.js";

const USAGE = `finetune-ci ${VERSION}: review, split and price LLM fine-tuning datasets

Usage:
  finetune-ci validate [FILES or GLOBS...] [--holdout FILE] [--model NAME] [--config FILE]
                       [--format text|markdown|json] [--fail-on error|warning|never]
                       [--dataset-format auto|chat|preference]
  finetune-ci split FILE [--holdout-fraction 0.15] [--train-out FILE] [--holdout-out FILE] [--config FILE]

Without FILES, validate reads datasets.train and datasets.holdout from the config file
(default: .finetune-ci.yml in the current directory, when present).

Exit codes: 0 passed, 1 a finding reached --fail-on, 2 usage or input error.`;

// Bundled beside this file in dist/.
const BUNDLED_WORKERS = bundledWorkers(import.meta.url);

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      holdout: { type: "string", multiple: true },
      model: { type: "string" },
      config: { type: "string" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      "dataset-format": { type: "string" },
    },
  });
  if (!["text", "markdown", "json"].includes(values.format!)) throw new UsageError(`--format must be text, markdown or json, not "${values.format}"`);
  const settings = await loadSettings(
    values.config,
    defined({
      model: values.model,
      failOn: values["fail-on"],
      format: values["dataset-format"],
      datasets: positionals.length || values.holdout ? defined({ train: positionals.length ? positionals : undefined, holdout: values.holdout }) : undefined,
    }),
  );
  const cwd = process.cwd();
  const files = asDatasetFiles(await configuredDatasets(settings, cwd));
  if (files.length === 0) throw new UsageError("no dataset given: name JSONL files, or set datasets.train in the config file");
  const sizes = await Promise.all(files.map((f) => stat(f.path).then((s) => s.size)));
  const progress = progressOnStderr(sizes.reduce((a, b) => a + b, 0));
  const now = new Date();
  const report = await reviewInWorker(
    { settings, files, today: now.toISOString().slice(0, 10), generatedAt: now.toISOString(), version: VERSION },
    BUNDLED_WORKERS,
    { bytes: (n) => progress.add(n), stage: (text) => progress.stage(text) },
  );
  progress.done();
  const rendered = values.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : values.format === "markdown" ? renderReviewMarkdown(report, MARKDOWN_OPTIONS) : renderText(report);
  await new Promise<void>((resolve) => process.stdout.write(rendered, () => resolve()));
  return report.verdict.failed ? 1 : 0;
}

async function split(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "holdout-fraction": { type: "string" },
      "train-out": { type: "string" },
      "holdout-out": { type: "string" },
      config: { type: "string" },
      "dataset-format": { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("split takes exactly one input file");
  const fraction = values["holdout-fraction"] === undefined ? undefined : Number(values["holdout-fraction"]);
  const settings = await loadSettings(values.config, defined({ split: fraction === undefined ? undefined : { holdoutFraction: fraction }, format: values["dataset-format"] }));
  const input = positionals[0]!;
  await expandPaths([input], process.cwd());
  const base = input.replace(/\.jsonl$/i, "");
  const trainOut = values["train-out"] ?? `${base}.train.jsonl`;
  const holdoutOut = values["holdout-out"] ?? `${base}.holdout.jsonl`;
  const result = await splitDataset({
    input,
    trainOut,
    holdoutOut,
    fraction: settings.split.holdoutFraction,
    seed: settings.split.seed,
    format: settings.format === "auto" ? undefined : settings.format,
    maxLineBytes: settings.review.maxLineBytes,
    readFile: readFileChunks,
  });
  if (result.problems.length > 0) {
    for (const p of result.problems.slice(0, 20)) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
    if (result.problems.length > 20) process.stderr.write(`... and ${result.problems.length - 20} more\n`);
    process.stderr.write(`split stopped: ${result.problems.length} unreadable line(s); nothing was written. Fix them (finetune-ci validate ${input}) and split again.\n`);
    return 1;
  }
  const share = result.train + result.holdout ? (100 * result.holdout) / (result.train + result.holdout) : 0;
  process.stdout.write(
    `${input}: ${result.lines} lines = ${result.train} train + ${result.holdout} holdout + ${result.blank} blank (dropped)\n` +
      `  wrote ${trainOut} and ${holdoutOut} (holdout ${share.toFixed(1)}% of examples, target ${(settings.split.holdoutFraction * 100).toFixed(0)}%, keyed on the prompt with seed "${settings.split.seed}")\n`,
  );
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return await validate(rest);
      case "split":
        return await split(rest);
      case "--version":
      case "version":
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (known: validate, split, help)`);
    }
  } catch (error) {
    const known = error instanceof UsageError || error instanceof InputError || error instanceof SettingsError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const io = (error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).path;
    if (known || io) {
      process.stderr.write(`finetune-ci: ${(error as Error).message}\n${error instanceof UsageError ? "Run finetune-ci help for usage.\n" : ""}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`finetune-ci: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the command you ran.\n`);
    process.exitCode = 2;
  },
);
