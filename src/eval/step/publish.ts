// Where the verdict goes once the evaluation ran: the answers and the report as a workflow artifact,
// one sticky comment (marker "eval", beside the review's and the training's) on the pull request
// the evaluated commit came from, the check run `finetune-ci eval` on that commit (a commit status
// when the token may not write checks), and the job summary. A GitHub write that fails is a warning:
// the report is still in the summary, and the verdict still decides the step.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArtifactStatus } from "../../adapters/github/artifactStore.js";
import { describeCheckResult, publishCheck, type CheckConclusion } from "../../adapters/github/checkRun.js";
import { mergedPullRequestFor } from "../../adapters/github/mergedPullRequest.js";
import type { GitHubClient } from "../../adapters/github/octokit.js";
import { upsertStickyComment } from "../../adapters/github/stickyComment.js";
import { inlineText, linkTo } from "../../report/escape.js";
import { renderEvalHtml } from "../report/html.js";
import { COMMENT_OPTIONS, renderEvalMarkdown, SUMMARY_OPTIONS } from "../report/markdown.js";
import type { EvalReport } from "../report/model.js";
import type { EvalRun } from "../runEval.js";
import type { EvalStepContext } from "./context.js";

/** The sticky comment's marker: one evaluation report per pull request, edited in place. */
export const EVAL_COMMENT_MARKER = "eval";

/** More renderings of the report, written beside report.json and uploaded with it: the self-contained HTML page. */
export const REPORT_RENDERINGS: { file: string; render(report: EvalReport): string }[] = [{ file: "report.html", render: renderEvalHtml }];

/** Uploads answers.jsonl, report.json and the other renderings; a failed upload is a status, never an error. */
export async function uploadAnswers(context: EvalStepContext, run: EvalRun, name: string): Promise<ArtifactStatus> {
  const folder = join(run.reportPath, "..");
  const files = [run.answersPath, run.reportPath];
  for (const rendering of REPORT_RENDERINGS) {
    const path = join(folder, rendering.file);
    await writeFile(path, rendering.render(run.report));
    files.push(path);
  }
  try {
    const status = await context.artifacts.upload(name, files, folder, {});
    if (status.uploaded) context.log.info(`Uploaded artifact ${status.name} (id ${status.id}, ${status.bytes} bytes)`);
    else context.log.warning(`Artifact ${status.name} not uploaded: ${status.reason}`);
    return status;
  } catch (error) {
    const reason = `the upload failed: ${error instanceof Error ? error.message : String(error)}`;
    context.log.warning(`Artifact ${name} not uploaded: ${reason}`);
    return { uploaded: false, name, reason };
  }
}

/** The paragraph that says where the answers are. */
export function artifactNote(artifact: ArtifactStatus, files: string[]): string {
  const listed = files.join(", ");
  if (!artifact.uploaded) return `The answers and the full report (${listed}) were not uploaded: ${inlineText(artifact.reason, 400)}`;
  return `Answers and the full report: ${artifact.url ? linkTo(`artifact ${artifact.name}`, artifact.url) : `artifact **${inlineText(artifact.name, 100)}** of this workflow run`} (${listed}).`;
}

export function artifactFiles(): string[] {
  return ["answers.jsonl", "report.json", ...REPORT_RENDERINGS.map((r) => r.file)];
}

export interface GitHubTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The commit the check goes on: the pull request's head, or the evaluated commit. */
  headSha: string;
  /** The pull request the comment goes on; undefined when there is none (a direct push). */
  pullRequest?: number;
}

/** The client, the repository and where the report goes; undefined outside a workflow run or without a token. */
export async function githubTarget(context: EvalStepContext): Promise<GitHubTarget | undefined> {
  const { runner, log } = context;
  const [owner, repo] = runner.repository.split("/");
  const octokit = context.github();
  const headSha = context.pullRequest?.headSha ?? context.commit;
  if (!owner || !repo || !headSha || !octokit) {
    log.info("No GitHub client or repository (input github-token is empty, or not in a workflow run): the report is in the job summary only");
    return undefined;
  }
  const target: GitHubTarget = { octokit, owner, repo, headSha };
  const named = context.pullRequest?.number ?? context.reportTo;
  if (named !== undefined) return { ...target, pullRequest: named };
  try {
    const pull = await mergedPullRequestFor(octokit, { owner, repo }, context.commit);
    if (pull) return { ...target, pullRequest: pull.number };
    log.info(`No pull request is associated with ${context.commit.slice(0, 7)} (a direct push?): no comment, the check and the job summary carry the report`);
  } catch (error) {
    log.warning(`The pull request of ${context.commit.slice(0, 7)} could not be looked up: ${error instanceof Error ? error.message : String(error)}`);
  }
  return target;
}

/** The sticky comment; its URL, or undefined when none was written. */
export async function postComment(context: EvalStepContext, target: GitHubTarget | undefined, body: string): Promise<string | undefined> {
  if (!target?.pullRequest || !context.inputs.comment) return undefined;
  const { log } = context;
  try {
    const posted = await upsertStickyComment(target.octokit, { owner: target.owner, repo: target.repo, issueNumber: target.pullRequest, marker: EVAL_COMMENT_MARKER, body, truncationNotice: `> [!WARNING]\n> This comment was cut to fit GitHub's limit. The full report is in ${COMMENT_OPTIONS.fullReport}.` });
    if (posted.action === "forbidden") {
      log.warning(`Evaluation report not posted on #${target.pullRequest}: ${posted.reason}; it is in the job summary. ${context.pullRequest?.fromFork ? "A fork's pull request gets a read-only token." : "Give the job pull-requests: write."}`);
      return undefined;
    }
    log.info(`Evaluation report ${posted.action} on #${target.pullRequest}: ${posted.url}`);
    return posted.url;
  } catch (error) {
    log.warning(`Evaluation report not posted on #${target.pullRequest}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The check run's conclusion: an inconclusive run fails it only when it fails the step. */
export function conclusionOf(report: EvalReport): CheckConclusion {
  if (report.verdict.status === "pass") return "success";
  if (report.verdict.status === "inconclusive" && !report.verdict.failOnInconclusive) return "neutral";
  return "failure";
}

export async function postCheck(context: EvalStepContext, target: GitHubTarget | undefined, state: { conclusion: CheckConclusion; title: string; summary: string }): Promise<void> {
  if (!target) return;
  const { runner, log } = context;
  const detailsUrl = runner.runId ? `${runner.serverUrl}/${runner.repository}/actions/runs/${runner.runId}` : undefined;
  try {
    const result = await publishCheck(target.octokit, { owner: target.owner, repo: target.repo, headSha: target.headSha, ...(detailsUrl ? { detailsUrl } : {}) }, { status: "completed", ...state });
    const line = describeCheckResult(result);
    if (line.level === "warning") log.warning(line.message);
    else log.info(line.message);
  } catch (error) {
    log.warning(`The check "finetune-ci eval" was not posted on ${target.headSha.slice(0, 7)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The comment, the check's text and the summary, each from the one report model. */
export function renderings(run: EvalRun, notes: string[]): { comment: string; summary: string } {
  return {
    comment: renderEvalMarkdown(run.report, { ...COMMENT_OPTIONS, notes }),
    summary: renderEvalMarkdown(run.report, { ...SUMMARY_OPTIONS, notes }),
  };
}

/** "PASS: Accuracy of candidate ..." for the check's title, which GitHub shows as one short line. */
export function checkTitle(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > CHECK_TITLE_CHARS ? `${line.slice(0, CHECK_TITLE_CHARS - 1)}…` : line;
}

const CHECK_TITLE_CHARS = 200;
