// The review of a pull request: the head commit's datasets reviewed as a whole (train and holdout
// together, so leaks across them are found), compared example by example with the base commit,
// and the figures that moved. Knows GitHub only through the client it is given, and nothing of
// the Actions toolkit: the Action passes in what it read from the runner.
import type { GitHubClient } from "../../adapters/github/octokit.js";
import { mergeBaseOf } from "../../adapters/github/mergeBase.js";
import { changedDatasetFiles } from "../../adapters/github/pullRequestFiles.js";
import type { ReviewJob } from "../worker/reviewInWorker.js";
import type { ReviewReport } from "../report/model.js";
import type { PullRequestReview } from "../report/pullRequestModel.js";
import type { Settings } from "../../settings/settings.js";
import type { DatasetFile, ReviewWithExamples } from "../reviewDatasets.js";
import { fetchDatasetVersions } from "./datasetVersions.js";
import { ALSO_TRAIN_MESSAGE, datasetRoles } from "../datasetFiles.js";
import { HOLDOUT_WORDS } from "../../core/dataset/fileNames.js";
import type { FetchVersionsInput } from "./datasetVersions.js";
import { diffExamples } from "./exampleDiff.js";
import { metricChanges } from "./metricChanges.js";

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  fromFork: boolean;
}

export interface PullRequestReviewInput {
  octokit: GitHubClient;
  pull: PullRequestRef;
  settings: Settings;
  /**
   * Dataset paths in the workspace the workflow checked out (repository-relative): the configured
   * globs' matches, or without datasets in the config the JSONL files found there.
   */
  workspaceFiles: string[];
  /** The config file, as a repository path, when there is one: findings about the settings link to it. */
  configFile?: string;
  /** The checkout's root folder, where files too large for GitHub's API or kept in Git LFS may be found. */
  workspace: string;
  /** Fetches a Git LFS object a dataset's pointer names (the LFS batch API in the Action). */
  downloadLfs?: FetchVersionsInput["downloadLfs"];
  /** An empty folder for the fetched file versions; the caller removes it. */
  tempDir: string;
  /** Runs one review (on a worker thread in the Action). */
  review: (job: ReviewJob) => Promise<ReviewWithExamples>;
  /** https://github.com, or a GitHub Enterprise Server host. */
  serverUrl: string;
  today: string;
  generatedAt: string;
  version: string;
  log: (message: string) => void;
}

export async function reviewPullRequest(input: PullRequestReviewInput): Promise<ReviewReport> {
  const { pull, settings, log } = input;
  const roles = datasetRoles(settings.datasets);
  const roleOf = roles.roleOf;
  const listing = await changedDatasetFiles(input.octokit, {
    owner: pull.owner,
    repo: pull.repo,
    pullNumber: pull.number,
    isDataset: roles.isDataset,
  });
  const notes: string[] = [];
  // GitHub's file listing is a diff from the merge base, so the base side is read there too: at the
  // base branch's tip, its own later edits would show up reversed, as if the pull request made them.
  const comparedAt = await comparisonBase(input, notes);
  log(`pull request #${pull.number} changes ${listing.files.length} dataset file(s)${listing.files.length ? `: ${listing.files.map((f) => `${f.path} (${f.status})`).join(", ")}` : ""}`);
  const versions = await fetchDatasetVersions({
    octokit: input.octokit,
    owner: pull.owner,
    repo: pull.repo,
    baseSha: comparedAt,
    headSha: pull.headSha,
    roleOf,
    workspaceFiles: input.workspaceFiles,
    changed: listing.files,
    dir: input.tempDir,
    workspace: input.workspace,
    ...(input.downloadLfs ? { downloadLfs: input.downloadLfs } : {}),
    log,
  });
  const job = { settings, today: input.today, generatedAt: input.generatedAt, version: input.version, keepExamples: true, ...(input.configFile !== undefined ? { configFile: input.configFile } : {}) };
  const headFiles = versions.head.files;
  // Without datasets in the config, the head commit's JSONL files were taken by name: say which.
  const discovery = roles.discovered
    ? { foundIn: "pull-request" as const, train: headFiles.filter((f) => f.role === "train").map((f) => f.path), holdout: headFiles.filter((f) => f.role === "holdout").map((f) => f.path), holdoutWords: [...HOLDOUT_WORDS] }
    : undefined;
  // Said on both sides, so that the comparison does not credit the pull request with it.
  const notesOn = (files: DatasetFile[]) => files.filter((f) => roles.alsoHoldout(f.path)).map((f) => ({ code: "holdout-also-train" as const, file: f.path, message: ALSO_TRAIN_MESSAGE }));
  const fileNotes = notesOn(headFiles);
  log(`reviewing ${headFiles.length} dataset file(s) at head ${pull.headSha.slice(0, 7)}${discovery ? " (no datasets configured: JSONL files taken by name)" : ""}`);
  const head = await input.review({ ...job, files: headFiles, sources: versions.head.sources, fileNotes, ...(discovery ? { discovery } : {}) });
  // Nothing changed: the base side is the head side, and reviewing it again would only cost time.
  const base = listing.files.length === 0 ? head : await input.review({ ...job, files: versions.base.files, sources: versions.base.sources, fileNotes: notesOn(versions.base.files) });
  if (base !== head) log(`reviewed ${versions.base.files.length} dataset file(s) at base ${comparedAt.slice(0, 7)} to compare`);

  if (versions.missingAtHead.length) notes.push(`Not in the head commit, so not reviewed: ${versions.missingAtHead.join(", ")} (present in the workflow's checkout only).`);
  const blob = (sha: string) => `${input.serverUrl.replace(/\/+$/, "")}/${pull.owner}/${pull.repo}/blob/${sha}/`;
  const pullRequest: PullRequestReview = {
    number: pull.number,
    repository: `${pull.owner}/${pull.repo}`,
    // The commit the base side was read at: the merge base, as in GitHub's "Files changed".
    baseSha: comparedAt,
    headSha: pull.headSha,
    fromFork: pull.fromFork,
    links: { head: blob(pull.headSha), base: blob(comparedAt) },
    changedFiles: listing.files.map((f) => ({ path: f.path, ...(f.previousPath ? { previousPath: f.previousPath } : {}), status: f.status, role: f.status === "removed" ? null : roleOf(f.path) })),
    ...(listing.incompleteListing ? { incompleteListing: listing.incompleteListing } : {}),
    examples: diffExamples(base.examples!, head.examples!),
    metrics: metricChanges(base.report, head.report),
    notes,
  };
  return { ...head.report, pullRequest };
}

/**
 * The merge base of the pull request's base and head commits, or the base commit itself when
 * GitHub cannot tell it, with a note saying what that means for the comparison.
 */
async function comparisonBase(input: PullRequestReviewInput, notes: string[]): Promise<string> {
  const { pull } = input;
  try {
    const mergeBase = await mergeBaseOf(input.octokit, { owner: pull.owner, repo: pull.repo, base: pull.baseSha, head: pull.headSha });
    if (mergeBase !== pull.baseSha) input.log(`comparing with the merge base ${mergeBase.slice(0, 7)} of base ${pull.baseSha.slice(0, 7)} and head ${pull.headSha.slice(0, 7)}`);
    return mergeBase;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    input.log(`could not find the merge base of base ${pull.baseSha.slice(0, 7)} and head ${pull.headSha.slice(0, 7)}: ${reason}`);
    notes.push(
      `Could not find where this pull request branched off (GitHub's compare API failed: ${reason}), so its head is compared with the base branch's commit ${pull.baseSha.slice(0, 7)}. ` +
        "Changes made on the base branch since the pull request branched off show up reversed, as if the pull request made them.",
    );
    return pull.baseSha;
  }
}
