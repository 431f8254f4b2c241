// The commit a pull request's changes are measured from. GitHub lists a pull request's files with a
// three-dot diff: from the merge base of its base and head, not from the base branch's tip. Reading
// the base side at the tip would show every later change on the base branch reversed, as if the
// pull request had made it.
import type { GitHubClient } from "./octokit.js";

export interface MergeBaseQuery {
  owner: string;
  repo: string;
  /** The base branch's commit (the event's pull_request.base.sha). */
  base: string;
  /** The pull request's head commit. */
  head: string;
}

/**
 * The merge base of `base` and `head`, from the compare API (`GET /repos/{owner}/{repo}/compare/
 * {base}...{head}`). per_page=1 keeps the listed commits to one; GitHub still lists up to 300
 * changed files on the first page, which this call has no way to turn off. Throws when GitHub
 * cannot compare the commits (no common history, unknown commit, a diff too large to compute).
 */
export async function mergeBaseOf(octokit: GitHubClient, query: MergeBaseQuery): Promise<string> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner: query.owner,
    repo: query.repo,
    basehead: `${query.base}...${query.head}`,
    per_page: 1,
  });
  const sha = (data as { merge_base_commit?: { sha?: unknown } | null }).merge_base_commit?.sha;
  if (typeof sha !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) {
    throw new Error(`the comparison of ${query.base.slice(0, 7)}...${query.head.slice(0, 7)} names no merge base commit`);
  }
  return sha;
}
