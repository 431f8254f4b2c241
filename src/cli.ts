#!/usr/bin/env node
// The finetune-ci command line: `validate` reviews datasets, `split` makes a holdout file, `train`
// fine-tunes (src/cli/train.ts), `eval` compares the fine-tuned model with the others on the holdout
// (src/cli/eval.ts). Exit codes: 0 passed, 1 failed (a finding at the fail-on level, a failed
// training or evaluation), 2 usage, config or I/O error.
import { parseArgs } from "node:util";
import { stat } from "node:fs/promises";
import { isAbsolute } from "node:path";
import { expandPaths, InputError, readFileChunks, reportPath } from "./adapters/files/files.js";
import { checkOutputPaths, describeIoError, OutputError, PartialFile } from "./adapters/files/outputFiles.js";
import { bundledWorkers } from "./adapters/parallel/bundledWorkers.js";
import { progressOnStderr } from "./adapters/terminal/progress.js";
import { guardStandardStreams, print, StdoutError } from "./adapters/terminal/stdout.js";
import { asDatasetFiles, selectDatasets } from "./review/datasetFiles.js";
import { reviewInWorker } from "./review/worker/reviewInWorker.js";
import { splitDataset } from "./review/splitDataset.js";
import { SettingsError } from "./settings/settings.js";
import { configFileOf, defined, loadSettings, UsageError } from "./cli/common.js";
import { EVAL_USAGE, evalCommand } from "./cli/eval.js";
import { train, TRAIN_USAGE } from "./cli/train.js";
import { renderText } from "./review/report/text.js";
import { MARKDOWN_OPTIONS, renderReviewMarkdown } from "./review/report/markdown.js";
import { discoverySummary } from "./review/report/discovery.js";
import { terminalJson, terminalLine } from "./report/escape.js";
import { VERSION } from "./version.js";

const USAGE = `finetune-ci ${VERSION}: review, split, price and train LLM fine-tuning datasets, and evaluate fine-tuned models

Usage:
  finetune-ci validate [FILES or GLOBS...] [--holdout FILE] [--model NAME] [--config FILE]
                       [--format text|markdown|json] [--fail-on error|warning|never]
                       [--dataset-format auto|chat|preference]
  finetune-ci split FILE [--holdout-fraction 0.15] [--train-out FILE] [--holdout-out FILE] [--config FILE]
${TRAIN_USAGE}
${EVAL_USAGE}

Without FILES, validate reads datasets.train and datasets.holdout from the config file
(default: .finetune-ci.yml in the current directory, when present). When neither names a
file, it reviews the JSONL files here (those git tracks or would add; outside a git
repository, every .jsonl below this folder but node_modules and .git), taking names with
holdout, eval, valid, val or test as holdout data, and says how to pin them in the config.

eval runs the config's eval.arms on the holdout and gates on eval.gate; --estimate prints the
estimated tokens and dollars per arm and sends nothing.

Exit codes: 0 passed, 1 a finding reached --fail-on or the evaluation failed, 2 usage, config or input error.`;

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
  const configFile = configFileOf(values.config);
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
  const selection = await selectDatasets(settings, cwd);
  const files = asDatasetFiles(selection);
  if (files.length === 0) {
    throw new UsageError(selection.discovery ? `no dataset given. ${discoverySummary(selection.discovery)}` : "no dataset given: name JSONL files, or set datasets.train in the config file");
  }
  const sizes = await Promise.all(files.map((f) => stat(f.path).then((s) => s.size)));
  const progress = progressOnStderr(sizes.reduce((a, b) => a + b, 0));
  const now = new Date();
  const report = await reviewInWorker(
    {
      settings,
      files,
      today: now.toISOString().slice(0, 10),
      generatedAt: now.toISOString(),
      version: VERSION,
      fileNotes: selection.notes,
      ...(selection.discovery ? { discovery: selection.discovery } : {}),
      // Findings about the settings point at the config file, when it is one the report can name.
      ...(configFile !== undefined && !isAbsolute(reportPath(configFile, cwd)) ? { configFile: reportPath(configFile, cwd) } : {}),
    },
    BUNDLED_WORKERS,
    { bytes: (n) => progress.add(n), stage: (text) => progress.stage(text) },
  );
  progress.done();
  const rendered = values.format === "json" ? `${terminalJson(report)}\n` : values.format === "markdown" ? renderReviewMarkdown(report, MARKDOWN_OPTIONS) : renderText(report);
  const code = report.verdict.failed ? 1 : 0;
  await printUnlessReaderGone(rendered);
  return code;
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
  const fractionText = values["holdout-fraction"];
  const fraction = fractionText === undefined ? undefined : Number(fractionText);
  if (fraction !== undefined && (fractionText!.trim() === "" || !Number.isFinite(fraction))) throw new UsageError(`--holdout-fraction must be a number such as 0.15, not "${fractionText}"`);
  const settings = await loadSettings(values.config, defined({ split: fraction === undefined ? undefined : { holdoutFraction: fraction }, format: values["dataset-format"] }));
  const cwd = process.cwd();
  // A glob must name exactly one file: split reads that file, not a file named like the pattern.
  const matches = await expandPaths([positionals[0]!], cwd);
  if (matches.length !== 1) {
    const shown = matches.slice(0, 5).join(", ") + (matches.length > 5 ? `, … (${matches.length} in all)` : "");
    throw new UsageError(`split takes one file, and ${positionals[0]} matches ${matches.length}: ${shown}. Name one file, or join them first (cat a.jsonl b.jsonl > all.jsonl)`);
  }
  const input = matches[0]!;
  const base = input.replace(/\.jsonl$/i, "");
  const trainOut = values["train-out"] ?? `${base}.train.jsonl`;
  const holdoutOut = values["holdout-out"] ?? `${base}.holdout.jsonl`;
  await checkOutputPaths(input, [{ flag: "--train-out", path: trainOut }, { flag: "--holdout-out", path: holdoutOut }], cwd);
  let result;
  try {
    result = await splitDataset({
      input,
      trainOut,
      holdoutOut,
      fraction: settings.split.holdoutFraction,
      seed: settings.split.seed,
      format: settings.format === "auto" ? undefined : settings.format,
      maxLineBytes: settings.review.maxLineBytes,
      readFile: readFileChunks,
      openOutput: (path) => PartialFile.create(path),
    });
  } catch (error) {
    if (error instanceof OutputError || error instanceof InputError) throw new InputError(`${error.message}. Nothing was written (the .partial files were removed) and ${input} is unchanged.`);
    throw error;
  }
  if (result.problems.length > 0) {
    for (const p of result.problems.slice(0, 20)) process.stderr.write(`${terminalLine(`${p.file}:${p.line}: ${p.message}`)}\n`);
    if (result.problems.length > 20) process.stderr.write(`... and ${result.problems.length - 20} more\n`);
    process.stderr.write(
      `split stopped: ${result.problems.length} unreadable line(s) of ${result.lines} (${result.train + result.holdout} examples, ${result.blank} blank); nothing was written. ` +
        `Fix them (finetune-ci validate ${terminalLine(input)} lists them all) and split again.\n`,
    );
    return 1;
  }
  const share = result.train + result.holdout ? (100 * result.holdout) / (result.train + result.holdout) : 0;
  await printUnlessReaderGone(
    `${terminalLine(`${input}: ${result.lines} lines = ${result.train} train + ${result.holdout} holdout + ${result.blank} blank (dropped)`)}\n` +
      `  wrote ${terminalLine(trainOut)} and ${terminalLine(holdoutOut)} (holdout ${share.toFixed(1)}% of examples, target ${(settings.split.holdoutFraction * 100).toFixed(0)}%, keyed on the prompt with seed "${settings.split.seed}")\n`,
  );
  return 0;
}

/** Prints; a reader that closed the pipe (`| head`) has read what it wanted, and that is no error. */
async function printUnlessReaderGone(text: string): Promise<void> {
  try {
    await print(text);
  } catch (error) {
    if (!(error instanceof StdoutError && error.readerGone)) throw error;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return await validate(rest);
      case "split":
        return await split(rest);
      case "train":
        return await train(rest, BUNDLED_WORKERS);
      case "eval":
        return await evalCommand(rest);
      case "--version":
      case "version":
        await printUnlessReaderGone(`${VERSION}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        await printUnlessReaderGone(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (known: validate, split, train, eval, help)`);
    }
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof SettingsError ||
      error instanceof OutputError ||
      error instanceof StdoutError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const io = error as NodeJS.ErrnoException;
    if (!known && io.code && io.path) {
      // A file that went away or became unreadable while it was read.
      process.stderr.write(`finetune-ci: ${terminalLine(`${io.path}: cannot read it: ${describeIoError(io)}`)}\n`);
      return 2;
    }
    if (known) {
      process.stderr.write(`finetune-ci: ${terminalLine((error as Error).message)}\n${error instanceof UsageError ? "Run finetune-ci help for usage.\n" : ""}`);
      return 2;
    }
    throw error;
  }
}

guardStandardStreams();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`finetune-ci: internal error: ${terminalLine(error instanceof Error ? error.message : String(error))}\nPlease report it with the command you ran.\n`);
    process.exitCode = 2;
  },
);
