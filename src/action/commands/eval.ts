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
import { PULL_REQUEST_EVENTS, pullRequestOf } from "../pullRequestEvent.js";

/** command: eval as the dispatch's Command (src/action/main.ts). */
export async function evalCommand(action: ActionContext): Promise<void> {
  const { runner } = action;
  // A pull request event is evaluated before the merge (its head gets the check, nothing is
  // promoted); the pull-request input only says where the comment goes.
  const pull = PULL_REQUEST_EVENTS.includes(runner.eventName) ? await pullRequestOf(runner, undefined, () => requireGitHub(action)) : undefined;
  const octokit = action.github();
  // After "finetune-ci train" completes (on: workflow_run), GITHUB_SHA is the default branch's
  // newest commit: the commit evaluated, and the run to download from, are the triggering run's.
  const trained = runner.eventName === "workflow_run" ? (runner.event.workflow_run as { id?: unknown; head_sha?: unknown } | undefined) : undefined;
  const commit = typeof trained?.head_sha === "string" ? trained.head_sha : runner.sha;
  let inputs = action.inputs;
  if (inputs.candidate?.artifact && inputs.candidate.runId === undefined && typeof trained?.id === "number") inputs = { ...inputs, candidate: { ...inputs.candidate, runId: trained.id } };
  await evalStep({
    ...action,
    inputs,
    commit,
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
    ...(!pull && action.inputs.pullRequest !== undefined ? { reportTo: action.inputs.pullRequest } : {}),
  });
}
