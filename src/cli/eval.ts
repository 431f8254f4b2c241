// `finetune-ci eval`: the evaluation flow (src/eval/runEval.ts) from a terminal or a CI script.
// Parses the flags, builds the evaluation's context, renders the report and returns the exit code:
// 0 pass (and inconclusive unless eval.failOnInconclusive), 1 fail, 2 a usage, config or input
// error (a message that names the key, file or line, and the fix).
import { parseArgs } from "node:util";
import { requestProgressOnStderr } from "../adapters/terminal/progress.js";
import { print } from "../adapters/terminal/stdout.js";
import type { EvalContext } from "../eval/context.js";
import { EvalSetupError } from "../eval/errors.js";
import { renderEvalHtml } from "../eval/report/html.js";
import { renderEvalMarkdown, MARKDOWN_OPTIONS } from "../eval/report/markdown.js";
import type { EvalReport } from "../eval/report/model.js";
import { plain, renderEstimateText, renderEvalText } from "../eval/report/text.js";
import { estimateEval, runEval } from "../eval/runEval.js";
import { BUNDLED_TRAIN_SCRIPT } from "../train/plan.js";
import { defined, DEFAULT_CONFIG, loadSettings, UsageError } from "./common.js";
import { cliFlowContext } from "./flowContext.js";

export const EVAL_USAGE = `  finetune-ci eval [--config FILE] [--arms a,b] [--format text|markdown|json|html] [--estimate] [--no-cache] [--out DIR]`;

const FORMATS = ["text", "markdown", "json", "html"];

function render(report: EvalReport, format: string): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "markdown":
      return renderEvalMarkdown(report, MARKDOWN_OPTIONS);
    case "html":
      return renderEvalHtml(report);
    default:
      return renderEvalText(report);
  }
}

export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: "string" },
      arms: { type: "string" },
      format: { type: "string", default: "text" },
      estimate: { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  if (positionals.length > 0) throw new UsageError(`eval takes no file arguments (got ${positionals.join(" ")}): the holdout comes from the config (eval.holdout or datasets.holdout)`);
  if (!FORMATS.includes(values.format!)) throw new UsageError(`--format must be text, markdown, json or html, not "${values.format}"`);
  if (values.estimate && values.format === "html") throw new UsageError("--estimate prints text or json: the HTML report is of a run (drop --estimate, or use --format json)");
  const arms = values.arms?.split(",").map((a) => a.trim()).filter(Boolean);
  if (values.arms !== undefined && !arms?.length) throw new UsageError("--arms needs arm names, e.g. --arms base,candidate");
  const settings = await loadSettings(values.config, defined({ eval: values.out ? { out: values.out } : undefined }));
  // A log line on a terminal first clears the progress line it would otherwise run into.
  const clear = process.stderr.isTTY ? "\r\x1b[K" : "";
  const base = cliFlowContext({ command: "eval", configPath: values.config ?? DEFAULT_CONFIG, settings, rootMarker: BUNDLED_TRAIN_SCRIPT, write: (line) => void process.stderr.write(`${clear}${line}\n`) });
  const context: EvalContext = {
    settings: base.settings,
    log: base.log,
    env: base.env,
    actionRoot: base.actionRoot,
    now: base.now,
    version: base.version,
    cwd: base.runner.workspace,
    options: { ...(arms ? { arms } : {}), noCache: values["no-cache"] },
    progress: requestProgressOnStderr(),
  };
  try {
    if (values.estimate) {
      const estimate = await estimateEval(context);
      await print(values.format === "json" ? `${JSON.stringify(estimate, null, 2)}\n` : renderEstimateText(estimate));
      return 0;
    }
    const run = await runEval(context);
    await print(render(run.report, values.format!));
    return run.exitCode;
  } catch (error) {
    if (!(error instanceof EvalSetupError)) throw error;
    // A server's error message or log line is shown, never obeyed by the terminal.
    process.stderr.write(`finetune-ci eval: ${plain(error.message)}\n${error.details.map((d) => `  ${plain(d)}\n`).join("")}`);
    return 2;
  }
}
