// command: train, the Action's side. The dispatch (src/action/main.ts) runs trainCommand, which
// builds the train flow's context from the toolkit and the runner and calls runTrain; everything
// else lives in src/train/, which knows nothing of the toolkit. Errors propagate: the dispatch
// turns them into a failed step.
import * as core from "@actions/core";
import { appendFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createOctokit, type GitHubClient } from "../../adapters/github/octokit.js";
import type { Workers } from "../../adapters/parallel/reviewInWorker.js";
import type { Settings } from "../../settings/settings.js";
import type { TrainContext } from "../../train/context.js";
import { workflowArtifactStore } from "../../train/publish/artifact.js";
import { trainAfterMerge, type TrainOutcome } from "../../train/trainAfterMerge.js";
import { BUNDLED_TRAIN_SCRIPT } from "../../train/plan.js";
import { VERSION } from "../../version.js";
import type { ActionContext } from "../context.js";

export type { TrainContext, TrainOutput } from "../../train/context.js";
export { TRAIN_OUTPUTS } from "../../train/context.js";
export { TrainingRefused } from "../../train/trainAfterMerge.js";
export { TrainingFailed } from "../../train/providers/provider.js";

/** Runs command: train. Resolves when the adapter is trained and reported; throws with a message for the step otherwise. */
export async function runTrain(context: TrainContext): Promise<TrainOutcome> {
  return trainAfterMerge(context);
}

/** command: train as the dispatch's Command (src/action/main.ts): `COMMANDS.train = trainCommand`. */
export async function trainCommand(action: ActionContext): Promise<void> {
  const { inputs, runner } = action;
  await runTrain(
    actionTrainContext(action.settings, {
      // The train flow uses GitHub only for the report comment, which input comment: false turns off.
      github: () => (inputs.comment && inputs.githubToken ? action.github() : undefined),
      workspace: runner.workspace,
      temp: runner.temp,
      ...(action.workers ? { workers: action.workers } : {}),
    }),
  );
}

export interface ActionTrainOptions {
  workers?: Workers;
  /** The action's root (where self-hosted-runner/ is). Default: the nearest folder above this module that has it. */
  actionRoot?: string;
  env?: NodeJS.ProcessEnv;
  /** Default: a client for input github-token (or GITHUB_TOKEN) against GITHUB_API_URL. */
  github?: () => GitHubClient | undefined;
  workspace?: string;
  temp?: string;
}

/** The context on a runner: @actions/core for log, outputs and summary; the runner's environment for the rest. */
export function actionTrainContext(settings: Settings, options: ActionTrainOptions = {}): TrainContext {
  const env = options.env ?? process.env;
  const token = core.getInput("github-token") || env.GITHUB_TOKEN || "";
  let client: GitHubClient | undefined;
  const defaultGithub = () =>
    token
      ? (client ??= createOctokit({
          token,
          ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
          log: { debug: (m) => core.debug(m), info: (m) => core.debug(m), warn: (m) => core.info(m), error: (m) => core.info(m) },
        }))
      : undefined;
  return {
    settings,
    log: {
      debug: (m) => core.debug(m),
      info: (m) => core.info(m),
      warning: (m) => core.warning(m),
      error: (m) => core.error(m),
      group: (title, run) => core.group(title, run),
    },
    outputs: { set: (name, value) => core.setOutput(name, value) },
    summary: {
      // Appended directly: core.summary buffers, and a report must not be lost to a later failure.
      append: async (markdown) => {
        if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
      },
    },
    github: options.github ?? defaultGithub,
    artifacts: workflowArtifactStore(env),
    paths: {
      workspace: options.workspace ?? (env.GITHUB_WORKSPACE || process.cwd()),
      actionRoot: options.actionRoot ?? findActionRoot(dirname(fileURLToPath(import.meta.url))),
      temp: options.temp ?? (env.RUNNER_TEMP || tmpdir()),
    },
    env,
    ...(options.workers ? { workers: options.workers } : {}),
    now: () => new Date(),
    version: VERSION,
  };
}

// This module runs from src/action/commands/ in tests and from dist/ or dist/chunks/ once bundled.
function findActionRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, BUNDLED_TRAIN_SCRIPT))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
