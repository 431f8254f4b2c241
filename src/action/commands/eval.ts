// command: eval, the Action's side: the flow context of the run (src/action/context.ts) plus the
// workflow's artifact service both ways, the Actions cache, the toolkit's secret masking and the
// event's pull request make the evaluation step's context; everything else lives in src/eval/step/,
// which knows nothing of the toolkit. Errors propagate: the dispatch turns them into a failed step.
import * as core from "@actions/core";
import { actionsFolderCache } from "../../adapters/actions/folderCache.js";
import { workflowArtifactSource } from "../../adapters/github/artifactDownload.js";
import { workflowArtifactStore } from "../../adapters/github/artifactStore.js";
import { evalStep } from "../../eval/step/evalStep.js";
import { requireGitHub, type ActionContext } from "../context.js";
import { pullRequestOf } from "../pullRequestEvent.js";

/** command: eval as the dispatch's Command (src/action/main.ts). */
export async function evalCommand(action: ActionContext): Promise<void> {
  const { runner, inputs } = action;
  const pull = await pullRequestOf(runner, inputs.pullRequest, () => requireGitHub(action));
  const octokit = action.github();
  await evalStep({
    ...action,
    artifacts: workflowArtifactStore(action.env),
    trainingArtifacts: workflowArtifactSource(action.env, {
      repository: runner.repository,
      ...(runner.runId ? { runId: runner.runId } : {}),
      ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
      ...(octokit ? { octokit } : {}),
    }),
    answerCache: actionsFolderCache(action.env),
    mask: (secret) => core.setSecret(secret),
    ...(pull ? { pullRequest: { number: pull.number, headSha: pull.headSha, fromFork: pull.fromFork } } : {}),
  });
}
