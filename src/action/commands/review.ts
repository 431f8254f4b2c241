// `command: review`: reviews the datasets, and for a pull request compares them with its base and
// keeps one sticky comment up to date. Outputs, the job summary and annotations are written for
// every run; the step fails when a finding reaches fail-on, never because a comment was refused.
import * as core from "@actions/core";
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { annotationCommands } from "../../adapters/github/annotations.js";
import { downloadLfsObject } from "../../adapters/github/lfs.js";
import { fenceWorkflowCommands } from "../../adapters/github/workflowCommands.js";
import { upsertStickyComment } from "../../adapters/github/stickyComment.js";
import { asDatasetFiles, datasetsConfigured, selectDatasets } from "../../review/datasetFiles.js";
import { expandPaths } from "../../adapters/files/files.js";
import { findJsonlFiles } from "../../adapters/files/findJsonlFiles.js";
import { reviewInWorker, reviewInWorkerWithExamples } from "../../review/worker/reviewInWorker.js";
import { reviewPullRequest } from "../../review/pullRequest/reviewPullRequest.js";
import type { ReviewReport } from "../../review/report/model.js";
import { COMMENT_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from "../../review/report/markdown.js";
import { renderText } from "../../review/report/text.js";
import { requireGitHub, type ActionContext } from "../context.js";
import { Output } from "../inputs.js";
import { pullRequestOf } from "../pullRequestEvent.js";
import { runnerTempFolder, writeReportJson } from "../runnerFiles.js";

export async function runReview(context: ActionContext): Promise<void> {
  const { settings, runner, inputs, log, outputs } = context;
  const github = () => requireGitHub(context);
  const now = context.now();
  const clock = { today: now.toISOString().slice(0, 10), generatedAt: now.toISOString(), version: context.version };
  const pull = await pullRequestOf(runner, inputs.pullRequest, github);
  let report: ReviewReport;
  if (pull) {
    const tempDir = await runnerTempFolder(runner.temp, "finetune-ci-pr-");
    try {
      report = await reviewPullRequest({
        octokit: github(),
        pull,
        settings,
        workspaceFiles: await workspaceDatasetFiles(settings.datasets, runner.workspace),
        ...(context.configFile !== undefined ? { configFile: context.configFile } : {}),
        workspace: runner.workspace,
        downloadLfs: (pointer, destination) =>
          downloadLfsObject({ serverUrl: runner.serverUrl, owner: pull.owner, repo: pull.repo, token: inputs.githubToken }, pointer, destination),
        tempDir,
        review: (job) => reviewInWorkerWithExamples(job, context.workers),
        serverUrl: runner.serverUrl,
        ...clock,
        log: (message) => log.info(oneLine(message)),
      });
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
  } else {
    const selection = await selectDatasets(settings, runner.workspace);
    const files = asDatasetFiles(selection);
    const sources = Object.fromEntries(files.map((f) => [f.path, resolve(runner.workspace, f.path)]));
    report = await reviewInWorker(
      {
        settings,
        files,
        sources,
        ...clock,
        fileNotes: selection.notes,
        ...(selection.discovery ? { discovery: selection.discovery } : {}),
        ...(context.configFile !== undefined ? { configFile: context.configFile } : {}),
      },
      context.workers,
    );
  }

  printLog(report);
  if (inputs.annotations) process.stdout.write(`${annotationCommands(report.findings, { perLevelLimit: 10, seeAlso: "the job summary" }).join("\n")}\n`);
  await context.summary.append(renderReviewMarkdown(report, SUMMARY_OPTIONS));
  const reportPath = await writeReportJson(runner.temp, report);

  if (pull && inputs.comment) {
    const result = await upsertStickyComment(github(), {
      owner: pull.owner,
      repo: pull.repo,
      issueNumber: pull.number,
      marker: "review",
      body: renderReviewMarkdown(report, COMMENT_OPTIONS),
    });
    if (result.action === "forbidden") {
      log.info(
        `finetune-ci could not comment on pull request #${pull.number}: ${oneLine(result.reason)}. ` +
          (pull.fromFork
            ? "This pull request comes from a fork, and GitHub gives such runs a read-only token. "
            : "The token lacks the pull-requests: write (or issues: write) permission; add it to the workflow's permissions. ") +
          "The review itself is complete: see the job summary and the annotations. Not commenting does not fail the step.",
      );
    } else {
      log.info(`review comment ${result.action}: ${result.url}`);
      outputs.set(Output.commentUrl, result.url);
    }
  }

  const pr = report.pullRequest;
  outputs.set(Output.errors, String(report.summary.errors));
  outputs.set(Output.warnings, String(report.summary.warnings));
  outputs.set(Output.examples, String(report.summary.examples));
  outputs.set(Output.examplesAdded, pr ? String(pr.examples.added) : "");
  outputs.set(Output.examplesRemoved, pr ? String(pr.examples.removed) : "");
  outputs.set(Output.examplesChanged, pr ? String(pr.examples.changed) : "");
  outputs.set(Output.estimatedTrainingUsd, report.cost.trainingUsd === null ? "" : report.cost.trainingUsd.toFixed(2));
  outputs.set(Output.reportJson, reportPath);
  if (report.verdict.failed) core.setFailed(`finetune-ci: ${report.verdict.summary}`);
}

/**
 * Dataset paths in the checked-out workspace: the configured patterns' matches (one may match
 * nothing: the pull request may add it), or without datasets in the config the JSONL files there.
 */
async function workspaceDatasetFiles(datasets: { train: string[]; holdout: string[] }, cwd: string): Promise<string[]> {
  if (!datasetsConfigured(datasets)) return (await findJsonlFiles(cwd)).paths;
  return (await expandPaths([...datasets.train, ...datasets.holdout], cwd, { allowEmpty: true })).sort();
}

/**
 * The terminal report, with workflow commands switched off around it: its text quotes datasets,
 * and a line of data such as "::add-mask::" or "::error::" must stay text.
 */
function printLog(report: ReviewReport): void {
  process.stdout.write(`${fenceWorkflowCommands(renderText(report))}\n`);
}

function oneLine(text: string): string {
  return text.replace(/\r?\n|\r/g, " ⏎ ");
}
