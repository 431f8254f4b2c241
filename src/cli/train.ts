// finetune-ci train: the train flow from a laptop (or any shell), with every provider: self-hosted
// runs train.py on this machine, openai and azure-openai create (or pick up) the one fine-tuning
// job for the dataset. A progress line on stderr while it runs; the report on stdout (or --report
// FILE) and the outputs a workflow step would set at the end. Nothing is posted to GitHub.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { inertLogText } from "../adapters/github/workflowCommands.js";
import { terminalLine } from "../report/escape.js";
import type { BundledWorkers } from "../adapters/parallel/bundledWorkers.js";
import { BUNDLED_TRAIN_SCRIPT } from "../train/plan.js";
import { TrainingFailed } from "../train/providers/provider.js";
import { TrainingRefused, trainAfterMerge } from "../train/trainAfterMerge.js";
import { defined, DEFAULT_CONFIG, loadSettings, UsageError } from "./common.js";
import { cliFlowContext } from "./flowContext.js";
import type { TrainContext } from "../train/context.js";

export const TRAIN_USAGE = `  finetune-ci train [--config FILE] [--provider self-hosted|openai|azure-openai] [--model NAME]
                    [--resume] [--no-wait] [--report FILE]`;

/** Exit codes: 0 trained (or started, with --no-wait), 1 training refused or failed, 2 usage or config error. */
export async function train(args: string[], workers?: BundledWorkers): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      config: { type: "string" },
      provider: { type: "string" },
      model: { type: "string" },
      resume: { type: "boolean", default: false },
      "no-wait": { type: "boolean", default: false },
      report: { type: "string" },
    },
  });
  if (positionals.length) throw new UsageError(`train takes no file names (the datasets come from the config file): ${positionals.join(" ")}`);
  const settings = await loadSettings(
    values.config,
    defined({
      train: Object.keys(defined({ provider: values.provider, baseModel: values.model })).length || values["no-wait"] ? defined({ provider: values.provider, baseModel: values.model, ...(values["no-wait"] ? { openai: { wait: false } } : {}) }) : undefined,
    }),
  );
  const progress = progressLine();
  // Log lines go above the progress line, which is drawn again under them.
  const write = (line: string) => {
    progress.clear();
    // Lines from outside (train.py's output, API messages) stay text in a workflow step's log.
    process.stderr.write(`${inertLogText(line)}\n`);
    progress.redraw();
  };
  const base = cliFlowContext({ command: "train", configPath: values.config ?? DEFAULT_CONFIG, settings, rootMarker: BUNDLED_TRAIN_SCRIPT, write, ...(workers ? { workers } : {}) });
  const context: TrainContext = {
    ...base,
    artifacts: {
      async upload(name) {
        return { uploaded: false, name, reason: "run from the command line: there is no workflow artifact service; the files stay in train.outputDir" };
      },
    },
  };
  try {
    await trainAfterMerge(context, { resumeOnly: values.resume, progress: progress.update });
    progress.clear();
    const report = base.summaryParts.join("\n");
    if (values.report) await writeFile(values.report, report);
    else process.stdout.write(report.endsWith("\n") ? report : `${report}\n`);
    process.stderr.write(`${[...base.outputValues].filter(([, v]) => v !== "").map(([k, v]) => `${k}: ${v}`).join("\n")}\n`);
    return 0;
  } catch (error) {
    progress.clear();
    if (error instanceof TrainingRefused || error instanceof TrainingFailed) {
      // A refusal quotes the review's findings: each of its lines made inert.
      const message = error.message.split("\n").map(terminalLine).join("\n");
      process.stderr.write(`finetune-ci: ${message}\n${error instanceof TrainingFailed && error.alternative ? `\n${error.alternative}\n` : ""}`);
      return 1;
    }
    throw error;
  }
}

/** One line on stderr, rewritten in place, only when a person is watching. */
function progressLine(stream: NodeJS.WriteStream = process.stderr): { update(text: string): void; clear(): void; redraw(): void } {
  if (!stream.isTTY) return { update() {}, clear() {}, redraw() {} };
  const started = Date.now();
  let text = "";
  const draw = () => {
    if (text) stream.write(`\r\x1b[K[${Math.round((Date.now() - started) / 1000)} s] ${text.slice(0, (stream.columns ?? 100) - 12)}`);
  };
  return {
    update(next) {
      text = next;
      draw();
    },
    clear() {
      if (text) stream.write("\r\x1b[K");
    },
    redraw: draw,
  };
}
