// Everything command: train needs from where it runs: the flow context every flow gets
// (src/flow/context.ts) plus the artifact store, with the step outputs narrowed to train's. The
// Action builds it in src/action/commands/train.ts; nothing under src/train imports the toolkit.
import type { ArtifactStore } from "../adapters/github/artifactStore.js";
import type { FlowContext, StepOutputs } from "../flow/context.js";

/** The step outputs command: train sets (action.yml lists the same names). */
export const TRAIN_OUTPUTS = ["provider", "model", "adapter-path", "trained-tokens", "train-loss", "eval-loss", "gpu-hours", "estimated-usd", "job-id", "job-status", "artifact-name", "artifact-id"] as const;
export type TrainOutput = (typeof TRAIN_OUTPUTS)[number];

export interface TrainContext extends FlowContext {
  outputs: StepOutputs<TrainOutput>;
  /** Where the adapter and run records go for the evaluation job (a workflow artifact on Actions). */
  artifacts: ArtifactStore;
}
