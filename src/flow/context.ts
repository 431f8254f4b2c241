// What every flow (review, train, eval) receives from where it runs: the inputs and settings read
// once, what the runner told the step, one GitHub client, the job summary, the log and the step
// outputs. No @actions/* here: the Action fills it from the toolkit (src/action/context.ts), tests
// and the command line fill it their own way.
//
// Why src/flow/: the Action builds this context and the flows extend it. In src/action/ a flow would
// have to import the Action (a climb: flows never import src/action); in one flow's folder the other
// flows would import a sibling flow. So the contract sits beside both, importing only settings/,
// adapters/ types and the runner's environment.
import type { GitHubClient } from "../adapters/github/octokit.js";
import type { BundledWorkers } from "../adapters/parallel/bundledWorkers.js";
import type { Settings } from "../settings/settings.js";
import type { FlowLog } from "./log.js";
import type { RunnerEnvironment } from "./runner.js";

export type { FlowLog } from "./log.js";
export type { RunnerEnvironment } from "./runner.js";

/** The Action's inputs a flow acts on (src/action/inputs.ts reads them; the token stays there, behind github()). */
export interface FlowInputs {
  command: string;
  configPath: string;
  /** Post or update the flow's sticky pull-request comment. */
  comment: boolean;
  /** Annotate the offending lines. */
  annotations: boolean;
  /** For workflow_dispatch: the pull request the run is about. */
  pullRequest?: number;
  /** command: eval: where the candidate comes from, when the inputs say (else the config's eval section). */
  candidate?: CandidateInputs;
}

/** command: eval's candidate, as the step was given it: the outputs of command: train, or a hosted model's id. */
export interface CandidateInputs {
  /** An OpenAI/Azure fine-tuned model id, or with an adapter the base model it was trained on (train's `model` output). */
  model?: string;
  /** A LoRA adapter folder on this runner (train's `adapter-path` output). */
  adapterPath?: string;
  /** The training artifact's name (train's `artifact-name` output). */
  artifact?: string;
  /** The workflow run that uploaded it, when not this one. */
  runId?: number;
}

/** The step's outputs; a flow narrows the names to the ones action.yml declares for it. */
export interface StepOutputs<Name extends string = string> {
  set(name: Name, value: string): void;
}

/** The job summary. The writer keeps within GitHub's 1 MiB per step and says so when it cuts. */
export interface SummaryWriter {
  append(markdown: string): Promise<void>;
}

export interface FlowContext {
  inputs: FlowInputs;
  /** Config file and inputs, merged and validated once (resolveSettings); nothing else reads raw options. */
  settings: Settings;
  /** The config file as a repository path, when there is one in the workspace: findings about the settings point there. */
  configFile?: string;
  /** Repository, event, commit, API and server URLs, workspace (the checkout) and temp (scratch space). */
  runner: RunnerEnvironment;
  /** The run's one GitHub client (retries rate limits and 5xx), made on first use; undefined without a token. */
  github(): GitHubClient | undefined;
  summary: SummaryWriter;
  log: FlowLog;
  outputs: StepOutputs;
  /** The action's own files: self-hosted-runner/ (train.py, serve.py) is below it. */
  actionRoot: string;
  /** Environment for child processes (train.py, a model server): HF_HOME, CUDA_VISIBLE_DEVICES... */
  env: Record<string, string | undefined>;
  /** The bundled worker threads (dist/); without them a review runs on the calling thread. */
  workers?: BundledWorkers;
  now(): Date;
  /** finetune-ci's version, for reports. */
  version: string;
}

// Each flow extends FlowContext with what only it needs, in its own folder:
//   src/train/context.ts  TrainContext: typed step outputs and the artifact store.
//   src/eval/context.ts   EvalContext: the fields of this context the evaluation uses (settings, log,
//                         env, actionRoot, now, version) plus the working directory and the run's
//                         options, so that the Action passes its context and the CLI fills the same.
// The review's Action command (src/action/commands/review.ts) uses FlowContext as it is.
