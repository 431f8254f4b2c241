// command: eval. The candidate from what command: train left (or a hosted model's id), checked
// against the datasets at this commit; the settings filled in with it (and with the promoted
// baseline); keys masked and refused on a fork's pull request; the answer cache restored; the
// evaluation (src/eval/runEval.ts, which serves an adapter with eval.serve and stops the server on
// every way out); then the verdict published: the artifact, the promotion on a pass, the sticky
// comment, the check, the job summary and the outputs, and only then the step fails on a failed
// verdict. When the evaluation cannot run at all, the reason goes to the same places before the
// step fails with it.
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { inGroup } from "../../flow/log.js";
import { inlineText } from "../../report/escape.js";
import { int, usd } from "../../report/format.js";
import type { Settings } from "../../settings/settings.js";
import type { EvalContext, EvalOptions, EvalProgress } from "../context.js";
import { EvalSetupError } from "../errors.js";
import type { EvalReport } from "../report/model.js";
import { runEval, type EvalRun } from "../runEval.js";
import { restoreAnswers, saveAnswers } from "./answerCache.js";
import { resolveReleasedBaselines } from "./baselineRelease.js";
import { resolveCandidate, type Candidate } from "./candidate.js";
import { settingsForCandidate } from "./candidateSettings.js";
import type { EvalOutput, EvalStepContext } from "./context.js";
import { checkTrainingDatasets } from "./datasetMatch.js";
import { guardKeys, keyVariables } from "./keys.js";
import { promote, promotedCandidate, type Promotion } from "./promote.js";
import { artifactFiles, artifactNote, checkTitle, conclusionOf, githubTarget, postCheck, postComment, renderings, uploadAnswers } from "./publish.js";

/** The verdict failed the step (fail, or inconclusive with eval.failOnInconclusive); everything was reported first. */
export class EvalVerdictFailed extends Error {
  constructor(readonly report: EvalReport) {
    super(`finetune-ci eval: ${report.verdict.status}: ${report.verdict.summary}`);
    this.name = "EvalVerdictFailed";
  }
}

export interface EvalStepResult {
  run: EvalRun;
  candidate: Candidate;
  promotion?: Promotion;
}

export async function evalStep(context: EvalStepContext): Promise<EvalStepResult> {
  const { runner, log } = context;
  const tempDir = await mkdtemp(join(runner.temp, "finetune-ci-eval-"));
  try {
    let prepared: Awaited<ReturnType<typeof prepare>>;
    let run: EvalRun;
    try {
      prepared = await prepare(context, tempDir);
      const evalContext: EvalContext = {
        settings: prepared.settings,
        log,
        env: context.env,
        actionRoot: context.actionRoot,
        now: () => context.now(),
        version: context.version,
        cwd: runner.workspace,
        options: prepared.options,
        progress: progressInLog(context),
      };
      run = await inGroup(log, "Evaluating", () => runEval(evalContext));
      if (prepared.cached) await saveAnswers(context, prepared.cached, run.report);
    } catch (error) {
      await reportFailure(context, error);
      throw error;
    }
    return await publish(context, prepared, run, tempDir);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

async function prepare(context: EvalStepContext, tempDir: string) {
  const { log } = context;
  const candidate = await inGroup(log, "Candidate", async () => {
    const found = await resolveCandidate(context, tempDir);
    log.info(describeCandidate(found));
    return found;
  });
  const candidateSettings = settingsForCandidate(context.settings, candidate, log);
  await checkTrainingDatasets(context, candidate, candidateSettings);
  const baselines = await resolveReleasedBaselines(context, candidateSettings, tempDir);
  const settings: Settings = baselines.settings;
  const names = Object.keys(settings.eval.arms);
  const servedBaselines = Object.keys(baselines.served);
  const options: EvalOptions = {
    ...(baselines.leftOut.length > 0 ? { arms: names.filter((name) => !baselines.leftOut.includes(name)) } : {}),
    ...(servedBaselines.length > 0 ? { servedBaselines: baselines.served } : {}),
  };
  guardKeys(context, keyVariables(settings, { ...(options.arms ? { arms: options.arms } : {}), servedBaselines }));
  const cached = await restoreAnswers(context, settings, { ...(options.arms ? { arms: options.arms } : {}), servedBaselines });
  return { candidate, settings, options, notes: baselines.notes, cached };
}

async function publish(context: EvalStepContext, prepared: Awaited<ReturnType<typeof prepare>>, run: EvalRun, tempDir: string): Promise<EvalStepResult> {
  const { report } = run;
  const { log } = context;
  log.info(`Verdict: ${report.verdict.status}: ${report.verdict.summary}`);
  const artifact = await uploadAnswers(context, run, prepared.settings.eval.artifactName);

  let promotion: Promotion | undefined;
  let promotionError: Error | undefined;
  try {
    const runRecord = prepared.candidate.kind === "adapter" ? (prepared.candidate.runRecord?.path ?? null) : null;
    promotion = await promote(context, prepared.settings, run, promotedCandidate(prepared.settings, run, context.runner.workspace, runRecord), tempDir);
  } catch (error) {
    promotionError = error instanceof Error ? error : new Error(String(error));
    log.warning(`Promotion failed: ${promotionError.message}`);
  }

  const notes = [
    artifactNote(artifact, artifactFiles()),
    ...prepared.notes,
    ...(promotion ? [promotion.note] : []),
    ...(promotionError ? [`> [!CAUTION]\n> The candidate passed but was not promoted: ${inlineText(promotionError.message, 1000)}`] : []),
  ];
  const { comment, summary } = renderings(run, notes);
  const target = await githubTarget(context);
  const commentUrl = await postComment(context, target, comment);
  await postCheck(context, target, { conclusion: conclusionOf(report), title: checkTitle(`${report.verdict.status.toUpperCase()}: ${report.verdict.summary}`), summary: comment });
  await context.summary.append(summary);
  setOutputs(context, run, { artifact: artifact.uploaded ? artifact.name : "", commentUrl: commentUrl ?? "", releaseUrl: promotion?.kind === "promoted" ? promotion.url : "" });

  if (promotionError) throw new Error(`finetune-ci eval: the candidate passed and was reported, but promoting it failed: ${promotionError.message}`);
  if (run.exitCode !== 0) throw new EvalVerdictFailed(report);
  return { run, candidate: prepared.candidate, ...(promotion ? { promotion } : {}) };
}

function describeCandidate(candidate: Candidate): string {
  switch (candidate.kind) {
    case "adapter":
      return `Candidate: the adapter from ${candidate.source}, served on ${candidate.baseModel}${candidate.runRecord ? ` (run record ${candidate.runRecord.path})` : " (no run.json beside it)"}`;
    case "hosted":
      return `Candidate: ${candidate.model}, from ${candidate.source}`;
    case "config":
      return "Candidate: as the config's eval section names it (no candidate-model, adapter-path or training-artifact input)";
  }
}

function setOutputs(context: EvalStepContext, run: EvalRun, published: { artifact: string; commentUrl: string; releaseUrl: string }): void {
  const { report } = run;
  const set = (name: EvalOutput, value: string) => context.outputs.set(name, value);
  const primary = report.scorer?.primary;
  const meanOf = (arm: string | undefined) => (primary && arm ? report.arms.find((a) => a.name === arm)?.estimates.find((e) => e.metric === primary)?.mean : undefined);
  const base = report.arms.find((a) => a.kind === "base");
  const vsBase = primary && base ? report.comparisons.find((c) => c.metric === primary && c.vs === base.name) : undefined;
  const number = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? "" : String(v));
  const priced = report.arms.filter((a) => a.spentUsd !== null);
  set("verdict", report.verdict.status);
  set("primary-metric", primary ?? "");
  set("candidate-score", number(meanOf(report.candidate)));
  set("base-score", number(meanOf(base?.name)));
  set("delta", number(vsBase?.delta));
  set("delta-low", number(vsBase?.interval?.lower));
  set("delta-high", number(vsBase?.interval?.upper));
  set("p-value", number(vsBase?.p));
  set("eval-usd", priced.length > 0 ? priced.reduce((s, a) => s + a.spentUsd!, 0).toFixed(6) : "");
  set("report-json", run.reportPath);
  set("answers-artifact", published.artifact);
  set("comment-url", published.commentUrl);
  set("release-url", published.releaseUrl);
}

/** Requests settled, in the log every tenth of the way (a log is not a terminal to redraw). */
function progressInLog(context: EvalStepContext): EvalProgress {
  let shown = -1;
  return {
    stage: (text) => context.log.info(text),
    tick(done, total, spentUsd) {
      const tenth = Math.floor((10 * done) / Math.max(total, 1));
      if (tenth === shown && done !== total) return;
      shown = tenth;
      context.log.info(`${int(done)} of ${int(total)} requests settled, ${usd(spentUsd)} spent`);
    },
    done: () => undefined,
  };
}

/** The evaluation could not run: say why in the summary, on the check and on the pull request. */
async function reportFailure(context: EvalStepContext, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof EvalSetupError ? error.details : [];
  for (const line of details) context.log.info(line);
  const body = [`### ❌ finetune-ci evaluation could not run`, "", inlineText(message, 4000), ...(details.length ? ["", ...details.slice(0, 30).map((d) => `- ${inlineText(d, 500)}`)] : [])].join("\n");
  try {
    await context.summary.append(body);
    const target = await githubTarget(context);
    await postComment(context, target, body);
    await postCheck(context, target, { conclusion: "failure", title: checkTitle(`Could not run: ${message}`), summary: body });
  } catch (reportError) {
    context.log.warning(`The failure could not be reported: ${reportError instanceof Error ? reportError.message : String(reportError)}`);
  }
}
