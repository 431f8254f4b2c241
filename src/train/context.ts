// Everything command: train needs from where it runs. The Action builds it from @actions/core and
// the runner's environment (src/action/commands/train.ts); tests build it from files and a stand-in.
import type { GitHubClient } from "../adapters/github/octokit.js";
import type { Workers } from "../adapters/parallel/reviewInWorker.js";
import type { Settings } from "../settings/settings.js";
import type { TrainLog } from "./log.js";
import type { ArtifactStore } from "./publish/artifact.js";

/** The step outputs command: train sets (action.yml lists the same names). */
export const TRAIN_OUTPUTS = ["model", "adapter-path", "trained-tokens", "train-loss", "eval-loss", "gpu-hours", "estimated-usd", "artifact-name", "artifact-id"] as const;
export type TrainOutput = (typeof TRAIN_OUTPUTS)[number];

export interface TrainContext {
  /** Config file and inputs, merged and validated once (resolveSettings); the train section drives the run. */
  settings: Settings;
  log: TrainLog;
  outputs: { set(name: TrainOutput, value: string): void };
  /** The job summary (GITHUB_STEP_SUMMARY). */
  summary: { append(markdown: string): Promise<void> };
  /** A REST client with a token that may comment, or undefined: the report then reaches the job summary only. */
  github(): GitHubClient | undefined;
  artifacts: ArtifactStore;
  paths: {
    /** The checkout (GITHUB_WORKSPACE); dataset and output paths in the config are relative to it. */
    workspace: string;
    /** The action's own files, where self-hosted-runner/train.py is bundled. */
    actionRoot: string;
    /** Scratch space (RUNNER_TEMP). */
    temp: string;
  };
  /** GITHUB_REPOSITORY and GITHUB_SHA say where to comment; the training process inherits all of it. */
  env: Record<string, string | undefined>;
  /** The bundled review workers (dist/); without them the review runs on this thread. */
  workers?: Workers;
  now(): Date;
  version: string;
}
