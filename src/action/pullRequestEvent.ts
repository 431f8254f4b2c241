// Which pull request this run is about: the event's own (pull_request, pull_request_target), or
// the one named by the pull-request input (workflow_dispatch), looked up through the API.
import type { GitHubClient } from "../adapters/github/octokit.js";
import type { PullRequestRef } from "../review/pullRequest/reviewPullRequest.js";
import { SettingsError } from "../settings/settings.js";
import type { RunnerEnvironment } from "../flow/runner.js";

interface PullPayload {
  number: number;
  base: { sha: string; repo?: { full_name?: string } | null };
  head: { sha: string; repo?: { full_name?: string } | null };
}

export const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];

/** The pull request to review, or undefined for a run that is not about one (a push, say). */
export async function pullRequestOf(runner: RunnerEnvironment, requested: number | undefined, github: () => GitHubClient): Promise<PullRequestRef | undefined> {
  const [owner, repo] = runner.repository.split("/");
  if (!owner || !repo) throw new SettingsError(`GITHUB_REPOSITORY is "${runner.repository}", not owner/name: is this running on a GitHub runner?`);
  let payload: PullPayload | undefined;
  if (requested !== undefined) {
    const { data } = await github().rest.pulls.get({ owner, repo, pull_number: requested });
    payload = data as unknown as PullPayload;
  } else if (PULL_REQUEST_EVENTS.includes(runner.eventName)) {
    payload = runner.event.pull_request as PullPayload | undefined;
    if (!payload) throw new Error(`the ${runner.eventName} event has no pull_request in its payload (GITHUB_EVENT_PATH)`);
  }
  if (!payload) return undefined;
  const headRepo = payload.head.repo?.full_name;
  return {
    owner,
    repo,
    number: payload.number,
    baseSha: payload.base.sha,
    headSha: payload.head.sha,
    // A deleted fork leaves head.repo null: it was a fork all the same.
    fromFork: headRepo !== `${owner}/${repo}`,
  };
}
