// command: train, the Action's side: the flow context of the run (src/action/context.ts) plus the
// workflow artifact service is the train flow's context; everything else lives in src/train/, which
// knows nothing of the toolkit. Errors propagate: the dispatch turns them into a failed step.
import { workflowArtifactStore } from "../../adapters/github/artifactStore.js";
import { trainAfterMerge } from "../../train/trainAfterMerge.js";
import type { ActionContext } from "../context.js";

/** command: train as the dispatch's Command (src/action/main.ts): `COMMANDS.train = trainCommand`. */
export async function trainCommand(action: ActionContext): Promise<void> {
  await trainAfterMerge({ ...action, artifacts: workflowArtifactStore(action.env) });
}
