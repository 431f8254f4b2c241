// The pull request a pushed commit came from, so that the training report lands on the thread
// where the dataset change was reviewed.
import type { GitHubClient } from "./octokit.js";

export interface PullRequestRef {
  number: number;
  url: string;
}

interface AssociatedPull {
  number: number;
  html_url: string;
  merge_commit_sha?: string | null;
  merged_at?: string | null;
}

/**
 * GET /repos/{owner}/{repo}/commits/{sha}/pulls. A merge commit lists the pull request it merged;
 * when several are listed, the one merged as this very commit wins, then any merged one.
 */
export async function mergedPullRequestFor(octokit: GitHubClient, repo: { owner: string; repo: string }, sha: string): Promise<PullRequestRef | undefined> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: repo.owner, repo: repo.repo, commit_sha: sha, per_page: 100 });
  const pulls = data as AssociatedPull[];
  const pick = pulls.find((p) => p.merge_commit_sha === sha) ?? pulls.find((p) => p.merged_at) ?? pulls[0];
  return pick ? { number: pick.number, url: pick.html_url } : undefined;
}
