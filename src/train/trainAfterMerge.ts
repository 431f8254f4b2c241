// command: train. Review the datasets again and refuse on errors or secrets; train with the
// configured provider; keep the adapter and run records as an artifact; report the run (outputs,
// job summary, a sticky comment on the merged pull request).
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { asDatasetFiles, selectDatasets, type DatasetSelection } from "../review/datasetFiles.js";
import { discoverySummary, pinSnippet } from "../review/report/discovery.js";
import { reviewInWorker } from "../review/worker/reviewInWorker.js";
import { upsertStickyComment } from "../adapters/github/stickyComment.js";
import { MARKDOWN_OPTIONS, renderReviewMarkdown } from "../review/report/markdown.js";
import { inlineText } from "../report/escape.js";
import type { ReviewReport } from "../review/report/model.js";
import { SettingsError } from "../settings/settings.js";
import type { TrainContext } from "./context.js";
import { actualCost, compareTokenCost, compareWithEstimate, type TrainingCost } from "./cost.js";
import { modelFacts } from "../core/cost/estimate.js";
import { trainingRefusal, type TrainingRefusal } from "./datasetGate.js";
import { inGroup } from "../flow/log.js";
import { isHosted, planTraining, type TrainingPlan } from "./plan.js";
import { isPending, TrainingFailed, type PendingTraining, type TrainingProvider, type TrainingResult } from "./providers/provider.js";
import { selfHostedProvider } from "./providers/selfHosted.js";
import { hostedProvider } from "./providers/hosted/hostedProvider.js";
import { codeBlock } from "../report/escape.js";
import { usd as dollars, int } from "../report/format.js";
import { mergedPullRequestFor, type PullRequestRef } from "../adapters/github/mergedPullRequest.js";
import { renderPendingMarkdown, renderTrainingMarkdown } from "./report/markdown.js";
import { buildTrainingReport, type ArtifactStatus, type TrainingReport } from "./report/trainingReport.js";

/** The sticky comment's marker: one training report per pull request, edited in place. */
export const TRAIN_COMMENT_MARKER = "train";

export const PROVIDERS: Record<TrainingPlan["provider"], TrainingProvider> = {
  "self-hosted": selfHostedProvider,
  openai: hostedProvider("openai"),
  "azure-openai": hostedProvider("azure-openai"),
};

/** The dataset failed the review: nothing was trained. */
export class TrainingRefused extends Error {
  constructor(readonly refusal: TrainingRefusal) {
    super([refusal.summary, ...refusal.lines.map((l) => `  ${l}`)].join("\n"));
    this.name = "TrainingRefused";
  }
}

export type TrainOutcome =
  | { report: TrainingReport; result: TrainingResult; pullRequest: PullRequestRef | undefined }
  /** A hosted job started (or found) and not waited for (train.openai.wait: false). */
  | { pending: PendingTraining; pullRequest: PullRequestRef | undefined };

export interface TrainOptions {
  /** Pick up the job already started for this dataset; never start one (finetune-ci train --resume). */
  resumeOnly?: boolean;
  /** A short state line for a person watching (the CLI). */
  progress?(text: string): void;
}

export async function trainAfterMerge(context: TrainContext, options: TrainOptions = {}): Promise<TrainOutcome> {
  const { settings, log, runner } = context;
  const provider = PROVIDERS[settings.train.provider];
  if (!provider) throw new SettingsError(`train.provider: "${settings.train.provider}" is not a provider of this version (known: ${Object.keys(PROVIDERS).join(", ")})`);
  const files = await selectDatasets(settings, runner.workspace);
  // Without datasets in the config the review still runs on the JSONL files found (a secret in them
  // is still refused), but nothing is trained on files chosen by their names.
  const plan = files.discovery ? undefined : planTraining(settings, files, { workspace: runner.workspace, actionRoot: context.actionRoot });

  const review = await inGroup(log, "Dataset review", () => reviewBeforeTraining(context, files));
  const refusal = trainingRefusal(review);
  if (refusal) {
    const markdown = refusalMarkdown(refusal, review);
    await context.summary.append(markdown);
    await postComment(context, markdown);
    throw new TrainingRefused(refusal);
  }
  if (!plan) {
    const discovery = files.discovery!;
    const found = discovery.train.length + discovery.holdout.length;
    await context.summary.append(`## finetune-ci: nothing trained\n\n${renderReviewMarkdown(review, MARKDOWN_OPTIONS)}\n`);
    throw new SettingsError(
      `train: no datasets are configured, and training runs only on files the config names. ${discoverySummary(discovery)}${found ? `\n${pinSnippet(discovery)}` : ""}`,
    );
  }

  const today = context.now().toISOString().slice(0, 10);
  const price = isHosted(plan) ? modelFacts(plan.baseModel, settings.models, today) : undefined;
  if (price) {
    const estimate = price.price ? dollars((review.cost.chargedTokens / 1e6) * price.price.trainingPerMillion) : "no known price";
    log.info(`Estimated training cost on ${provider.name}: ${estimate} for ${int(review.cost.chargedTokens)} charged tokens (${review.cost.epochs} epochs by ${review.cost.epochsRule.split(":")[0]}; this job trains ${plan.epochs})`);
  }

  const tempDir = join(runner.temp, `finetune-ci-train-${process.pid}`);
  let outcome: TrainingResult | PendingTraining;
  try {
    outcome = await inGroup(log, `Training ${plan.baseModel} (${provider.name})`, () =>
      provider.train(plan, {
        log,
        env: context.env,
        tempDir,
        workspace: runner.workspace,
        source: { repository: runner.repository, commit: runner.sha },
        now: () => context.now(),
        ...(options.progress ? { progress: options.progress } : {}),
        ...(options.resumeOnly ? { resumeOnly: true } : {}),
      }),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alternative = error instanceof TrainingFailed && error.alternative ? `\n${codeBlock(error.alternative, "yaml")}\n` : "";
    await context.summary.append(`## finetune-ci: training failed\n\n${inlineText(message, 2000)}\n${alternative}`);
    throw error;
  }
  if (isPending(outcome)) {
    const pending = outcome;
    context.outputs.set("provider", pending.provider);
    context.outputs.set("job-id", pending.jobId);
    context.outputs.set("job-status", pending.status);
    const markdown = renderPendingMarkdown(pending, { commit: runner.sha || null, version: context.version, generatedAt: context.now().toISOString() });
    await context.summary.append(markdown);
    return { pending, pullRequest: await postComment(context, markdown) };
  }
  const result = outcome;

  const cost: TrainingCost =
    plan.provider === "self-hosted"
      ? compareWithEstimate(
          actualCost({ wallSeconds: result.wallSeconds, gpus: result.hardware.gpus, gpu: plan.pricing.gpu, usdPerHour: plan.pricing.usdPerHour }),
          result.trainedTokens,
          review.cost.selfHosted,
          { review: review.cost.epochs, train: plan.maxSteps === undefined ? plan.epochs : null },
        )
      : compareTokenCost(
          result.trainedTokens,
          { usdPerMillion: price?.price?.trainingPerMillion ?? null, source: price?.priceSource ?? "none" },
          { chargedTokens: review.cost.chargedTokens, epochs: review.cost.epochs },
          result.hosted?.epochs ?? plan.epochs,
        );
  const commit = runner.sha || null;
  const generatedAt = context.now().toISOString();
  const reportWith = (artifact: ArtifactStatus | null) =>
    buildTrainingReport({ plan, result, review, cost, artifact, files, commit, version: context.version, generatedAt });

  // A failed upload (the service refused it) still gets the report published, then fails the step:
  // the adapter exists on the runner, but the evaluation job cannot download it.
  let uploadError: Error | undefined;
  const artifact = await inGroup(log, `Artifact ${plan.artifact.name}`, () =>
    keepOutputs(context, plan, result, reportWith(null)).catch((error: unknown): ArtifactStatus => {
      uploadError = error instanceof Error ? error : new Error(String(error));
      return { uploaded: false, name: plan.artifact.name, reason: `the upload failed: ${uploadError.message}` };
    }),
  );
  const report = reportWith(artifact);
  if (artifact.uploaded) log.info(`Uploaded artifact ${artifact.name} (id ${artifact.id}, ${artifact.bytes} bytes)`);
  else log.warning(`Artifact ${artifact.name} not uploaded: ${artifact.reason}`);

  setOutputs(context, report, result);
  const markdown = renderTrainingMarkdown(report);
  await context.summary.append(markdown);
  const pullRequest = await postComment(context, markdown);
  if (uploadError) throw new TrainingFailed(`training finished and was reported, but the adapter could not be uploaded as artifact ${plan.artifact.name}: ${uploadError.message}`);
  const deployment = result.hosted?.deployment;
  if (deployment?.error) throw new TrainingFailed(`training finished and was reported (model ${result.model}), but deployment ${deployment.name} is not answering: ${deployment.error}`);
  return { report, result, pullRequest };
}

async function reviewBeforeTraining(context: TrainContext, files: DatasetSelection): Promise<ReviewReport> {
  const { settings, runner, log } = context;
  const now = context.now();
  const all = asDatasetFiles(files);
  const report = await reviewInWorker(
    {
      settings,
      files: all,
      // Paths stay as the user wrote them in the report; their bytes are read from the workspace.
      sources: Object.fromEntries(all.map((f) => [f.path, resolve(runner.workspace, f.path)])),
      today: now.toISOString().slice(0, 10),
      generatedAt: now.toISOString(),
      version: context.version,
      fileNotes: files.notes,
      ...(files.discovery ? { discovery: files.discovery } : {}),
    },
    context.workers,
  );
  const s = report.summary;
  log.info(`Reviewed ${s.files} file(s): ${s.examples} examples, ${s.errors} error(s), ${s.warnings} warning(s)`);
  return report;
}

/** Writes the report beside the run's outputs and uploads them all. */
async function keepOutputs(context: TrainContext, plan: TrainingPlan, result: TrainingResult, report: TrainingReport): Promise<ArtifactStatus> {
  if (!result.outputDir) return { uploaded: false, name: plan.artifact.name, reason: "the provider produced no files to keep" };
  await mkdir(result.outputDir, { recursive: true });
  await writeFile(join(result.outputDir, "training-report.md"), renderTrainingMarkdown(report));
  await writeFile(join(result.outputDir, "training-report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const keep = [...result.keep, "training-report.md", "training-report.json"].map((f) => join(result.outputDir!, f));
  return context.artifacts.upload(plan.artifact.name, keep, result.outputDir, plan.artifact.retentionDays !== undefined ? { retentionDays: plan.artifact.retentionDays } : {});
}

function setOutputs(context: TrainContext, report: TrainingReport, result: TrainingResult): void {
  const set = context.outputs.set.bind(context.outputs);
  const cost = report.cost;
  set("provider", result.provider);
  set("model", result.model);
  set("adapter-path", result.adapterPath ?? "");
  set("trained-tokens", String(result.trainedTokens));
  set("train-loss", result.finalTrainLoss === null ? "" : String(result.finalTrainLoss));
  set("eval-loss", result.finalEvalLoss === null ? "" : String(result.finalEvalLoss));
  set("gpu-hours", cost.kind === "gpu" ? String(cost.actual.gpuHours) : "");
  set("estimated-usd", cost.actual.usd === null ? "" : cost.actual.usd.toFixed(4));
  set("job-id", result.hosted?.jobId ?? "");
  set("job-status", result.hosted ? "succeeded" : "");
  set("artifact-name", report.artifact?.name ?? "");
  set("artifact-id", report.artifact?.uploaded ? String(report.artifact.id) : "");
}

/** The report on the merged pull request's thread; a comment that cannot be posted is a warning, not a failed run. */
async function postComment(context: TrainContext, markdown: string): Promise<PullRequestRef | undefined> {
  const { log, runner } = context;
  const [owner, repo] = runner.repository.split("/");
  const sha = runner.sha;
  if (!owner || !repo || !sha) {
    log.info("Not in a GitHub workflow run (GITHUB_REPOSITORY / GITHUB_SHA not set): the report is in the job summary only");
    return undefined;
  }
  // The flow uses GitHub only for this comment, which input comment: false turns off.
  const octokit = context.inputs.comment ? context.github() : undefined;
  if (!octokit) {
    log.info("No GitHub client (input comment is false, or github-token is empty): the report is in the job summary only");
    return undefined;
  }
  try {
    const pull = await mergedPullRequestFor(octokit, { owner, repo }, sha);
    if (!pull) {
      log.info(`No pull request is associated with ${sha.slice(0, 7)} (a direct push?): the report is in the job summary only`);
      return undefined;
    }
    const posted = await upsertStickyComment(octokit, { owner, repo, issueNumber: pull.number, marker: TRAIN_COMMENT_MARKER, body: markdown });
    if (posted.action === "forbidden") log.warning(`Training report not posted on #${pull.number}: ${posted.reason}`);
    else log.info(`Training report ${posted.action} on #${pull.number}: ${posted.url}`);
    return pull;
  } catch (error) {
    log.warning(`Training report not posted on the pull request: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function refusalMarkdown(refusal: TrainingRefusal, review: ReviewReport): string {
  const lines = ["## finetune-ci: training refused", "", inlineText(refusal.summary, 1000), "", ...refusal.lines.map((l) => `- ${inlineText(l, 500)}`), "", "<details><summary>Dataset review</summary>", "", renderReviewMarkdown(review, MARKDOWN_OPTIONS), "", "</details>", ""];
  return lines.join("\n");
}
