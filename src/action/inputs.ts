// The Action's inputs, read once with the toolkit (the runner passes them as INPUT_* variables)
// and merged with the config file into the one validated settings object. Names live here and in
// action.yml only.
import * as core from "@actions/core";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { CandidateInputs, FlowInputs } from "../flow/context.js";
import { reportPath } from "../adapters/files/files.js";
import { datasetsRelativeToConfig, parseConfigText, resolveSettings, SettingsError, type Settings } from "../settings/settings.js";

export const Input = {
  command: "command",
  config: "config",
  githubToken: "github-token",
  failOn: "fail-on",
  model: "model",
  comment: "comment",
  pullRequest: "pull-request",
  annotations: "annotations",
  candidateModel: "candidate-model",
  adapterPath: "adapter-path",
  trainingArtifact: "training-artifact",
  trainingRunId: "training-run-id",
} as const;

export const Output = {
  errors: "errors",
  warnings: "warnings",
  examples: "examples",
  examplesAdded: "examples-added",
  examplesRemoved: "examples-removed",
  examplesChanged: "examples-changed",
  estimatedTrainingUsd: "estimated-training-usd",
  reportJson: "report-json",
  commentUrl: "comment-url",
} as const;

const DEFAULT_CONFIG = ".finetune-ci.yml";

/** The inputs a flow sees, and the token, which only the Action's context uses (to make the one GitHub client). */
export interface ActionInputs extends FlowInputs {
  githubToken: string;
}

function booleanInput(name: string, fallback: boolean): boolean {
  // getBooleanInput names the input in its error; an absent input takes action.yml's default.
  return core.getInput(name) === "" ? fallback : core.getBooleanInput(name);
}

/** command: eval's candidate inputs, checked against each other; undefined when none is given. */
function candidateInputs(): CandidateInputs | undefined {
  const model = core.getInput(Input.candidateModel);
  const adapterPath = core.getInput(Input.adapterPath);
  const artifact = core.getInput(Input.trainingArtifact);
  const runId = core.getInput(Input.trainingRunId);
  if (runId !== "" && !/^[1-9]\d*$/.test(runId)) throw new SettingsError(`input ${Input.trainingRunId} must be a workflow run id (the number in the run's URL, …/actions/runs/<id>), not "${runId}"`);
  if (runId !== "" && artifact === "") throw new SettingsError(`input ${Input.trainingRunId} is set without ${Input.trainingArtifact}: name the artifact to download from run ${runId} (the train step's artifact-name output)`);
  if (adapterPath !== "" && artifact !== "") throw new SettingsError(`inputs ${Input.adapterPath} and ${Input.trainingArtifact} both name the candidate: give ${Input.adapterPath} when training ran in this job, ${Input.trainingArtifact} when it ran in another`);
  if (model === "" && adapterPath === "" && artifact === "") return undefined;
  return { ...(model ? { model } : {}), ...(adapterPath ? { adapterPath } : {}), ...(artifact ? { artifact } : {}), ...(runId ? { runId: Number(runId) } : {}) };
}

export function readInputs(): ActionInputs {
  const pull = core.getInput(Input.pullRequest);
  if (pull !== "" && !/^[1-9]\d*$/.test(pull)) throw new SettingsError(`input ${Input.pullRequest} must be a pull request number, not "${pull}"`);
  const candidate = candidateInputs();
  return {
    command: core.getInput(Input.command) || "review",
    configPath: core.getInput(Input.config) || DEFAULT_CONFIG,
    githubToken: core.getInput(Input.githubToken),
    comment: booleanInput(Input.comment, true),
    annotations: booleanInput(Input.annotations, true),
    ...(pull ? { pullRequest: Number(pull) } : {}),
    ...(candidate ? { candidate } : {}),
  };
}

/**
 * The config file as a repository path, when it exists inside the workspace: findings about the
 * settings point (and link) there.
 */
export function configFileOf(inputs: ActionInputs, cwd: string): string | undefined {
  const path = resolve(cwd, inputs.configPath);
  if (!existsSync(path)) return undefined;
  const inside = reportPath(path, cwd);
  return isAbsolute(inside) ? undefined : inside;
}

/** The config file (when there is one) with the inputs that override it, validated once. */
export async function readSettings(inputs: ActionInputs, cwd: string): Promise<Settings> {
  const layers: Record<string, unknown>[] = [];
  const path = resolve(cwd, inputs.configPath);
  if (existsSync(path)) layers.push(datasetsRelativeToConfig(parseConfigText(await readFile(path, "utf8"), inputs.configPath), inputs.configPath, cwd));
  else if (inputs.configPath !== DEFAULT_CONFIG) throw new SettingsError(`input ${Input.config}: ${inputs.configPath} does not exist`);
  const overrides = { failOn: core.getInput(Input.failOn) || undefined, model: core.getInput(Input.model) || undefined };
  layers.push(Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)));
  return resolveSettings(layers, `${inputs.configPath} with the inputs fail-on (failOn) and model`);
}
