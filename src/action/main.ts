// The Action. For now it reviews the datasets named in the config file and writes the report to
// the job summary; the pull-request flow (diff, sticky comment, annotations) builds on this.
import * as core from "@actions/core";
import { appendFile, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { expandPaths } from "../adapters/files/files.js";
import { reviewInWorker, type Workers } from "../adapters/parallel/reviewInWorker.js";
import { parseConfigText, resolveSettings } from "../settings/settings.js";
import { renderMarkdown } from "../report/render/markdown.js";
import { renderText } from "../report/render/text.js";
import { VERSION } from "../version.js";

const COMMANDS = ["review"] as const;

export async function run(workers?: Workers): Promise<void> {
  try {
    const command = core.getInput("command") || "review";
    if (!(COMMANDS as readonly string[]).includes(command)) throw new Error(`unknown command "${command}" (known: ${COMMANDS.join(", ")})`);
    const configPath = core.getInput("config") || ".finetune-ci.yml";
    const layers: Record<string, unknown>[] = [];
    if (existsSync(configPath)) layers.push(parseConfigText(await readFile(configPath, "utf8"), configPath));
    const failOn = core.getInput("fail-on");
    const model = core.getInput("model");
    layers.push(Object.fromEntries(Object.entries({ failOn: failOn || undefined, model: model || undefined }).filter(([, v]) => v !== undefined)));
    const settings = resolveSettings(layers, `${configPath} (with action inputs)`);
    const cwd = process.cwd();
    const train = await expandPaths(settings.datasets.train, cwd);
    const holdout = await expandPaths(settings.datasets.holdout, cwd);
    const now = new Date();
    const report = await reviewInWorker(
      {
        settings,
        files: [...train.map((path) => ({ path, role: "train" as const })), ...holdout.map((path) => ({ path, role: "holdout" as const }))],
        today: now.toISOString().slice(0, 10),
        generatedAt: now.toISOString(),
        version: VERSION,
      },
      workers,
    );
    process.stdout.write(renderText(report));
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, renderMarkdown(report));
    core.setOutput("errors", report.summary.errors);
    core.setOutput("warnings", report.summary.warnings);
    core.setOutput("examples", report.summary.examples);
    core.setOutput("estimated-training-usd", report.cost.trainingUsd ?? "");
    if (report.verdict.failed) core.setFailed(report.verdict.summary);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
