// Everything command: eval needs from where it runs: the flow context every flow gets
// (src/flow/context.ts) plus the workflow's artifact service both ways (the training artifact down,
// the answers up), the Actions cache for the answer cache folder, the log's masking of secrets and
// the pull request the event is about. The Action builds it in src/action/commands/eval.ts; nothing
// under src/eval imports the toolkit.
import type { FolderCache } from "../../adapters/actions/folderCache.js";
import type { ArtifactSource } from "../../adapters/github/artifactDownload.js";
import type { ArtifactStore } from "../../adapters/github/artifactStore.js";
import type { FlowContext, StepOutputs } from "../../flow/context.js";

/** The step outputs command: eval sets (action.yml lists the same names). */
export const EVAL_OUTPUTS = [
  "verdict",
  "primary-metric",
  "candidate-score",
  "base-score",
  "delta",
  "delta-low",
  "delta-high",
  "p-value",
  "eval-usd",
  "report-json",
  "answers-artifact",
  "comment-url",
  "release-url",
] as const;
export type EvalOutput = (typeof EVAL_OUTPUTS)[number];

/** The pull request of a pull_request (or pull_request_target) event: evaluated before its merge. */
export interface EventPullRequest {
  number: number;
  /** Its head commit: the check goes there, not on the merge commit GITHUB_SHA names. */
  headSha: string;
  /** From another repository: no keys are used for it. */
  fromFork: boolean;
}

export interface EvalStepContext extends FlowContext {
  outputs: StepOutputs<EvalOutput>;
  /** Where answers.jsonl and report.json go (a workflow artifact on Actions). */
  artifacts: ArtifactStore;
  /** Where the training artifact comes from (this run's artifact service, or another run's through the API). */
  trainingArtifacts: ArtifactSource;
  /** Keeps the answer cache folder between runs (the Actions cache). */
  answerCache: FolderCache;
  /** Hides a value in every later line of the log (core.setSecret). */
  mask(secret: string): void;
  /** The pull request the event is about; undefined on a push (the merged pull request is looked up). */
  pullRequest?: EventPullRequest;
  /** The pull-request input (workflow_dispatch): where the comment goes when the event names none. */
  reportTo?: number;
  /** The commit evaluated: GITHUB_SHA, or on workflow_run the head commit of the run that trained. */
  commit: string;
}
