// One comment per pull request that each run edits in place, so a busy pull request does not
// collect a report per push.
import { MAX_ATTEMPTS, retryDelayMs, type GitHubClient } from "./octokit.js";
import { isPermissionDenied } from "./requestErrors.js";
import { GITHUB_BODY_LIMIT, truncateBody } from "./truncateBody.js";

/** The identity behind a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Tells this action's comments apart from each other (e.g. "review"); letters, digits, - and _. */
  marker: string;
  body: string;
  /**
   * Login of the identity the token acts as. GitHub App installation tokens (GITHUB_TOKEN
   * included) cannot call GET /user, so it is not looked up: it defaults to the GITHUB_TOKEN's
   * bot and a caller using a personal access token or its own App passes that login.
   */
  authorLogin?: string;
  /** Shown where a body over GitHub's limit is cut. */
  truncationNotice?: string;
}

export type StickyCommentResult =
  | { action: "created" | "updated"; url: string }
  | { action: "unchanged"; url: string }
  | { action: "forbidden"; reason: string };

export function markerComment(marker: string): string {
  if (!/^[\w-]+$/.test(marker)) throw new Error(`sticky comment marker "${marker}" must be letters, digits, - or _`);
  return `<!-- finetune-ci:${marker} -->`;
}

/**
 * Creates the comment, or updates the one this identity made earlier with the same marker.
 * A token that may not write (a pull request from a fork) is a result, not an error: the
 * report still reaches the job summary.
 */
export async function upsertStickyComment(octokit: GitHubClient, target: StickyCommentTarget): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, authorLogin = ACTIONS_BOT_LOGIN } = target;
  const hidden = markerComment(target.marker);
  // The marker goes first, so that truncation can never cut it off.
  const body = `${hidden}\n${truncateBody(target.body, GITHUB_BODY_LIMIT - hidden.length - 1, target.truncationNotice)}`;
  try {
    const existing = await findComment(octokit, { owner, repo, issueNumber, hidden, authorLogin });
    if (existing && sameBody(existing.body, body)) return { action: "unchanged", url: existing.html_url };
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: "updated", url: data.html_url };
    }
    return await createOnce(octokit, { owner, repo, issueNumber, hidden, authorLogin }, body);
  } catch (error) {
    if (isPermissionDenied(error, [403, 404])) {
      return { action: "forbidden", reason: `GitHub refused the pull request comment (HTTP ${error.status}): ${error.message}` };
    }
    throw error;
  }
}

/**
 * Creates the comment exactly once. A POST is not safe to repeat: when its answer is lost (a
 * dropped connection, a 5xx from a proxy after GitHub wrote the comment), the comment may exist
 * already. So the client's automatic retry is off for it, and before each new attempt the
 * comments are listed again: the one that landed is taken instead of writing a second.
 */
async function createOnce(
  octokit: GitHubClient,
  query: { owner: string; repo: string; issueNumber: number; hidden: string; authorLogin: string },
  body: string,
): Promise<StickyCommentResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({ owner: query.owner, repo: query.repo, issue_number: query.issueNumber, body, request: { retries: 0 } });
      return { action: "created", url: data.html_url };
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !mayHaveLanded(error)) throw error;
      await new Promise((done) => setTimeout(done, retryDelayMs(octokit, attempt)));
      const landed = await findComment(octokit, query);
      if (landed && sameBody(landed.body, body)) return { action: "created", url: landed.html_url };
      if (landed) {
        const { data } = await octokit.rest.issues.updateComment({ owner: query.owner, repo: query.repo, comment_id: landed.id, body });
        return { action: "created", url: data.html_url };
      }
    }
  }
}

/** No answer, or a server error: the write may have happened. A 4xx answer says it did not. */
function mayHaveLanded(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = "status" in error && typeof error.status === "number" ? error.status : undefined;
  return status === undefined || status >= 500;
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

async function findComment(
  octokit: GitHubClient,
  query: { owner: string; repo: string; issueNumber: number; hidden: string; authorLogin: string },
): Promise<ListedComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: query.owner,
    repo: query.repo,
    issue_number: query.issueNumber,
    per_page: 100,
  });
  // Oldest first: if a race ever left two, the first keeps being the one updated.
  for await (const { data } of pages) {
    // Someone quoting our comment carries the marker too; only our own comment is ours to edit.
    const found = (data as ListedComment[]).find((c) => c.user?.login === query.authorLogin && c.body?.includes(query.hidden));
    if (found) return found;
  }
  return undefined;
}

function sameBody(stored: string | undefined, wanted: string): boolean {
  // GitHub may store line endings as CRLF; a difference there alone is no reason to edit.
  return stored?.replace(/\r\n/g, "\n") === wanted.replace(/\r\n/g, "\n");
}
