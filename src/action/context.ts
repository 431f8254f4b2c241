// The one flow context of an Action run (src/flow/context.ts), built from what main.ts read once:
// the inputs, the settings and the runner's environment, with @actions/core for the log and the
// outputs, the job summary within its 1 MiB, and one GitHub client made on first use. Every
// command gets it; train and (to come) eval extend it with their own parts.
import * as core from "@actions/core";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createOctokit, type CreateOctokitOptions, type GitHubClient } from "../adapters/github/octokit.js";
import { StepSummaryFile } from "../adapters/github/stepSummary.js";
import { inertLogText } from "../adapters/github/workflowCommands.js";
import type { BundledWorkers } from "../adapters/parallel/bundledWorkers.js";
import type { FlowContext, FlowLog } from "../flow/context.js";
import { findActionRoot } from "../flow/actionRoot.js";
import type { RunnerEnvironment } from "../flow/runner.js";
import { SettingsError, type Settings } from "../settings/settings.js";
import { BUNDLED_TRAIN_SCRIPT } from "../train/plan.js";
import { VERSION } from "../version.js";
import { configFileOf, Input, type ActionInputs } from "./inputs.js";

export interface ActionContext extends FlowContext {
  inputs: ActionInputs;
}

export type Command = (context: ActionContext) => Promise<void>;

/**
 * What the entry point decides, not the user: where the bundled worker scripts are, and how
 * GitHub's waits are timed. src/index.ts passes the workers and GitHub's own timing; an end-to-end
 * test that injects rate limits into a local stand-in passes shorter waits from its own entry.
 */
export interface ActionEntry {
  workers?: BundledWorkers;
  github?: Pick<CreateOctokitOptions, "retryUnitMs" | "paceWrites">;
}

const toolkitLog: FlowLog = {
  debug: (m) => core.debug(m),
  // Info lines carry text from outside (API messages, train.py output): never a workflow command.
  info: (m) => core.info(inertLogText(m)),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (title, run) => core.group(title, run),
};

export function createContext(inputs: ActionInputs, settings: Settings, runner: RunnerEnvironment, entry: ActionEntry = {}): ActionContext {
  let client: GitHubClient | undefined;
  const configFile = configFileOf(inputs, runner.workspace);
  return {
    inputs,
    settings,
    ...(configFile !== undefined ? { configFile } : {}),
    runner,
    github() {
      if (!inputs.githubToken) return undefined;
      client ??= createOctokit({
        token: inputs.githubToken,
        baseUrl: runner.apiUrl,
        // Retries and rate limits go to the log, not to annotations: those ten places per level
        // belong to the dataset's findings.
        log: { debug: core.debug, info: core.debug, warn: (m) => core.info(m), error: (m) => core.info(m) },
        ...entry.github,
      });
      return client;
    },
    summary: new StepSummaryFile(runner.stepSummary),
    log: toolkitLog,
    outputs: { set: (name, value) => core.setOutput(name, value) },
    actionRoot: findActionRoot(dirname(fileURLToPath(import.meta.url)), BUNDLED_TRAIN_SCRIPT),
    env: process.env,
    ...(entry.workers ? { workers: entry.workers } : {}),
    now: () => new Date(),
    version: VERSION,
  };
}

/** The client, for a command that cannot work without one; the error names the input to fix. */
export function requireGitHub(context: FlowContext): GitHubClient {
  const client = context.github();
  if (!client) throw new SettingsError(`input ${Input.githubToken} is empty: pass \${{ github.token }} (the default) or a token that may read the repository`);
  return client;
}
