// The verdict as a check on the commit, so that branch protection or a deploy job can require it.
// One check run per commit and name, edited by every re-run; a token without `checks: write`
// still leaves a commit status of the same name, and says why it is not a check run.
import type { GitHubClient } from "./octokit.js";
import { isPermissionDenied, permissionFix } from "./requestErrors.js";
import { truncateBody } from "./truncateBody.js";

/** The name branch protection and `needs:` conditions refer to. */
export const EVAL_CHECK_NAME = "finetune-ci eval";

/** GitHub's limits (REST "Create a check run" and "Create a commit status"). */
export const CHECK_TEXT_LIMIT = 65_535;
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
export const ANNOTATION_TITLE_LIMIT = 255;
/** 64 KB per annotation message, counted here in UTF-16 code units so that no encoding undercounts. */
export const ANNOTATION_MESSAGE_LIMIT = 64 * 1024;
export const STATUS_DESCRIPTION_LIMIT = 140;

/** The app a workflow's GITHUB_TOKEN acts as; its check runs carry this slug. */
export const GITHUB_ACTIONS_APP_SLUG = "github-actions";

export const CHECK_TRUNCATION_NOTICE =
  "> [!WARNING]\n> This check's report was cut to fit GitHub's 65,535-character limit. The full report is in the job summary and the eval artifact of this workflow run.";

export type CheckConclusion = "success" | "failure" | "neutral";

export interface CheckAnnotation {
  /** Repository-relative path, e.g. the holdout file. */
  path: string;
  startLine: number;
  endLine?: number;
  level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** Default: EVAL_CHECK_NAME. */
  name?: string;
  /** Where "Details" leads: the workflow run. */
  detailsUrl?: string;
  /**
   * Slug of the GitHub App the token acts as; only its own check runs can be edited. GITHUB_TOKEN
   * is "github-actions"; a caller using its own App passes that App's slug.
   */
  appSlug?: string;
}

export type CheckState =
  | { status: "in_progress"; title: string; summary: string }
  | { status: "completed"; conclusion: CheckConclusion; title: string; summary: string; text?: string; annotations?: CheckAnnotation[] };

export type CheckResult =
  | { kind: "check-run"; action: "created" | "updated"; id: number; url: string; annotations: number; truncated: boolean; note?: string }
  | { kind: "commit-status"; state: CommitState; description: string; reason: string }
  | { kind: "forbidden"; reason: string };

type CommitState = "pending" | "success" | "failure";

interface ListedCheckRun {
  id: number;
  html_url: string | null;
  app: { slug?: string } | null;
  output: { annotations_count: number };
}

/**
 * Creates the check run, or updates the one this App made earlier on the same commit with the
 * same name. Permission refusals come back as results, not errors: the report still reaches the
 * job summary. Other failures (after the client's retries) are thrown.
 */
export async function publishCheck(octokit: GitHubClient, target: CheckTarget, state: CheckState): Promise<CheckResult> {
  const name = target.name ?? EVAL_CHECK_NAME;
  try {
    return await writeCheckRun(octokit, { ...target, name }, state);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const refused = `GitHub refused the check run (HTTP ${error.status}: ${error.message})`;
    return postCommitStatus(octokit, { ...target, name }, state, refused);
  }
}

/** The line for the log that says what became of the check, and what to change when it fell short. */
export function describeCheckResult(result: CheckResult, name: string = EVAL_CHECK_NAME): { level: "info" | "warning"; message: string } {
  switch (result.kind) {
    case "check-run":
      return { level: "info", message: `Check run "${name}" ${result.action}: ${result.url}${result.truncated ? " (report cut to GitHub's 65,535 characters)" : ""}${result.note ? `; ${result.note}` : ""}` };
    case "commit-status":
      return { level: "warning", message: `${result.reason}; posted a commit status "${name}" (${result.state}: ${result.description}) instead. For the check run with the full report, ${permissionFix("checks: write")}` };
    case "forbidden":
      return { level: "warning", message: result.reason };
  }
}

async function writeCheckRun(octokit: GitHubClient, target: CheckTarget & { name: string }, state: CheckState): Promise<CheckResult> {
  const { owner, repo, headSha, name } = target;
  const existing = await findCheckRun(octokit, target);
  const fullText = state.status === "completed" ? state.text : undefined;
  const summary = truncateBody(state.summary, CHECK_TEXT_LIMIT, CHECK_TRUNCATION_NOTICE);
  const text = fullText === undefined ? undefined : truncateBody(fullText, CHECK_TEXT_LIMIT, CHECK_TRUNCATION_NOTICE);
  const truncated = summary !== state.summary || text !== fullText;
  const annotations = state.status === "completed" ? (state.annotations ?? []).map(toApiAnnotation) : [];
  const batches = chunk(annotations, CHECK_ANNOTATIONS_PER_REQUEST);
  const output = (batch: ApiAnnotation[] | undefined) => ({ title: oneLine(state.title), summary, ...(text !== undefined ? { text } : {}), ...(batch?.length ? { annotations: batch } : {}) });
  const completion =
    state.status === "completed" ? { status: "completed" as const, conclusion: state.conclusion, completed_at: new Date().toISOString() } : { status: "in_progress" as const };
  const details = target.detailsUrl ? { details_url: target.detailsUrl } : {};

  // Annotations cannot be removed from a check run, only appended: a re-run that brings its own
  // annotations gets a fresh check run (GitHub shows, and branch protection reads, the newest).
  const reuse = existing && !(annotations.length > 0 && existing.output.annotations_count > 0) ? existing : undefined;
  const note = existing && !reuse ? `a new check run replaces ${existing.html_url ?? `#${existing.id}`}, whose annotations could not be cleared` : undefined;
  const { data } = reuse
    ? await octokit.rest.checks.update({ owner, repo, check_run_id: reuse.id, ...completion, ...details, output: output(batches[0]) })
    : await octokit.rest.checks.create({ owner, repo, name, head_sha: headSha, ...completion, ...details, output: output(batches[0]) });
  // Past 50, annotations go in further updates, which append them.
  for (const batch of batches.slice(1)) await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) });
  return {
    kind: "check-run",
    action: reuse ? "updated" : "created",
    id: data.id,
    url: data.html_url ?? `https://github.com/${owner}/${repo}/runs/${data.id}`,
    annotations: annotations.length,
    truncated,
    ...(note ? { note } : {}),
  };
}

/** This App's newest check run of that name on the commit (GET /repos/{owner}/{repo}/commits/{ref}/check-runs). */
async function findCheckRun(octokit: GitHubClient, target: CheckTarget & { name: string }): Promise<ListedCheckRun | undefined> {
  const slug = target.appSlug ?? GITHUB_ACTIONS_APP_SLUG;
  const runs = await octokit.paginate(octokit.rest.checks.listForRef, { owner: target.owner, repo: target.repo, ref: target.headSha, check_name: target.name, filter: "all", per_page: 100 });
  // Another App's check run of the same name cannot be edited with this token (403): leave it be.
  const ours = (runs as ListedCheckRun[]).filter((run) => run.app?.slug === slug);
  return ours.sort((a, b) => b.id - a.id)[0];
}

async function postCommitStatus(octokit: GitHubClient, target: CheckTarget & { name: string }, state: CheckState, refused: string): Promise<CheckResult> {
  const commitState: CommitState = state.status === "in_progress" ? "pending" : state.conclusion === "failure" ? "failure" : "success";
  // A commit status has no "neutral". An inconclusive evaluation that does not fail the step
  // passes, as a neutral check run passes a required check; the description says inconclusive.
  const description = cutTo(oneLine(state.title), STATUS_DESCRIPTION_LIMIT);
  try {
    await octokit.rest.repos.createCommitStatus({
      owner: target.owner,
      repo: target.repo,
      sha: target.headSha,
      state: commitState,
      context: target.name,
      description,
      ...(target.detailsUrl ? { target_url: target.detailsUrl } : {}),
    });
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    return {
      kind: "forbidden",
      reason: `${refused}, and the commit status fallback too (HTTP ${error.status}: ${error.message}). No "${target.name}" check was left on ${target.headSha.slice(0, 7)}: ${permissionFix("checks: write")} (or at least \`statuses: write\`)`,
    };
  }
  return { kind: "commit-status", state: commitState, description, reason: refused };
}

interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: CheckAnnotation["level"];
  message: string;
  title?: string;
}

function toApiAnnotation(a: CheckAnnotation): ApiAnnotation {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine ?? a.startLine,
    annotation_level: a.level,
    message: cutTo(a.message, ANNOTATION_MESSAGE_LIMIT),
    ...(a.title ? { title: cutTo(oneLine(a.title), ANNOTATION_TITLE_LIMIT) } : {}),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches.length > 0 ? batches : [[]];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** At most `limit` UTF-16 code units, the cut marked with an ellipsis and never inside a surrogate pair. */
function cutTo(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
