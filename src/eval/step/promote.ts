// eval.promote: release. A candidate that passed is recorded as a GitHub release
// (src/adapters/github/modelRelease.ts): the adapter as adapter.tar.gz (or, for a hosted model, only
// its id in the notes and the marker), run.json, the eval report and the datasets' hashes attached,
// the evaluation as its notes. The datasets' hash is the one a hosted training job carries in its
// metadata (train and holdout files by role, order and content), so one dataset is promoted once
// however often it is trained and evaluated. Never on a pull request's run: what is promoted is a
// commit of the branch the pull requests merge into.
import { copyFile, mkdir, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { expandPaths } from "../../adapters/files/files.js";
import { packTarGz } from "../../adapters/files/tarGz.js";
import { ADAPTER_ARCHIVE_FOLDER, promoteModel, PROMOTION_ASSET_NAMES, RELEASE_BODY_LIMIT, type PromotionResult } from "../../adapters/github/modelRelease.js";
import type { ReleaseAssetFile } from "../../adapters/github/releaseAssets.js";
import { inlineText } from "../../report/escape.js";
import type { Settings } from "../../settings/settings.js";
import { datasetSha256, fileSha256 } from "../../train/providers/hosted/jobIdentity.js";
import type { EvalRun } from "../runEval.js";
import { renderEvalMarkdown } from "../report/markdown.js";
import { serveSettings } from "../serve.js";
import type { EvalStepContext } from "./context.js";

export type Promotion =
  | { kind: "promoted"; url: string; tag: string; action: "created" | "resumed" | "already-promoted"; note: string }
  | { kind: "not-promoted"; note: string };

/** What is promoted: the served adapter on its base model, or the hosted model by id. */
export interface PromotedCandidate {
  model: string;
  adapterPath: string | null;
  runRecordPath: string | null;
}

interface DatasetFileHash {
  role: "train" | "holdout";
  path: string;
  sha256: string;
  bytes: number;
}

/** The model a passing run promotes, from the settings the evaluation ran with. */
export function promotedCandidate(settings: Settings, run: EvalRun, cwd: string, runRecordPath: string | null): PromotedCandidate {
  const arm = run.report.arms.find((a) => a.name === run.report.candidate)!;
  const serve = serveSettings(settings.eval);
  if (arm.served && serve) return { model: serve.baseModel, adapterPath: resolve(cwd, serve.adapter), runRecordPath };
  return { model: arm.model, adapterPath: null, runRecordPath };
}

export async function promote(context: EvalStepContext, settings: Settings, run: EvalRun, candidate: PromotedCandidate, tempDir: string): Promise<Promotion | undefined> {
  if (settings.eval.promote !== "release" || run.report.verdict.status !== "pass") return undefined;
  const { runner, log } = context;
  if (context.pullRequest) {
    return { kind: "not-promoted", note: `Not promoted: this run is about pull request #${context.pullRequest.number}, before its merge; the model is promoted from the evaluation of the merged commit.` };
  }
  const [owner, repo] = runner.repository.split("/");
  const octokit = context.github();
  if (!owner || !repo || !octokit || !/^[0-9a-f]{40}$/.test(context.commit)) {
    return { kind: "not-promoted", note: "Not promoted: there is no GitHub client or commit to release from (input github-token is empty, or not in a workflow run)." };
  }
  if (settings.datasets.train.length === 0) {
    return { kind: "not-promoted", note: "Not promoted: no training files are configured (datasets.train), so there is no dataset hash to promote once per dataset by." };
  }
  const folder = join(tempDir, "release");
  await mkdir(folder, { recursive: true });
  const datasets = await datasetHashes(settings, runner.workspace);
  const assets: ReleaseAssetFile[] = [];
  if (candidate.adapterPath) {
    const archive = join(folder, PROMOTION_ASSET_NAMES.adapter);
    await packTarGz(candidate.adapterPath, archive, { prefix: ADAPTER_ARCHIVE_FOLDER });
    assets.push({ name: PROMOTION_ASSET_NAMES.adapter, path: archive, contentType: "application/gzip" });
  }
  if (candidate.runRecordPath) {
    const copy = join(folder, PROMOTION_ASSET_NAMES.runRecord);
    await copyFile(candidate.runRecordPath, copy);
    assets.push({ name: PROMOTION_ASSET_NAMES.runRecord, path: copy, contentType: "application/json" });
  }
  const report = join(folder, PROMOTION_ASSET_NAMES.evalReport);
  await copyFile(run.reportPath, report);
  assets.push({ name: PROMOTION_ASSET_NAMES.evalReport, path: report, contentType: "application/json" });
  const hashes = join(folder, PROMOTION_ASSET_NAMES.datasetHashes);
  await writeFile(hashes, `${JSON.stringify({ datasetSha256: datasets.hash, files: datasets.files }, null, 2)}\n`);
  assets.push({ name: PROMOTION_ASSET_NAMES.datasetHashes, path: hashes, contentType: "application/json" });

  const notes = renderEvalMarkdown(run.report, { limit: RELEASE_BODY_LIMIT - 2_000, fullReport: `${PROMOTION_ASSET_NAMES.evalReport}, attached to this release`, failuresListed: 10 });
  log.info(`Promoting ${candidate.model}${candidate.adapterPath ? " (adapter)" : ""} for dataset hash ${datasets.hash.slice(0, 12)}`);
  const result: PromotionResult = await promoteModel(octokit, {
    owner,
    repo,
    record: { model: candidate.model, datasetHash: datasets.hash, commit: context.commit, ...(candidate.adapterPath ? { adapterAsset: PROMOTION_ASSET_NAMES.adapter } : {}) },
    notes,
    assets,
  });
  switch (result.action) {
    case "forbidden":
      log.warning(result.reason);
      return { kind: "not-promoted", note: `Not promoted: ${inlineText(result.reason, 600)}` };
    case "already-promoted":
      log.info(`Already promoted for these datasets: ${result.release.url}`);
      return { kind: "promoted", url: result.release.url, tag: result.release.tag, action: result.action, note: `These datasets were promoted before, in [${inlineText(result.release.tag, 200)}](${result.release.url}); nothing was promoted again.` };
    default:
      log.info(`Promoted as ${result.release.tag}: ${result.release.url}`);
      return { kind: "promoted", url: result.release.url, tag: result.release.tag, action: result.action, note: `Promoted ${inlineText(candidate.model, 200)}${candidate.adapterPath ? " with its adapter" : ""} as release [${inlineText(result.release.tag, 200)}](${result.release.url}).` };
  }
}

/** The datasets at this commit (which the training run's record matched), by role, path and content. */
async function datasetHashes(settings: Settings, cwd: string): Promise<{ hash: string; files: DatasetFileHash[] }> {
  const roles = { train: await expandPaths(settings.datasets.train, cwd), holdout: await expandPaths(settings.datasets.holdout, cwd, { allowEmpty: true }) };
  const files: DatasetFileHash[] = [];
  for (const role of ["train", "holdout"] as const) {
    for (const path of roles[role]) {
      const absolute = resolve(cwd, path);
      files.push({ role, path, sha256: await fileSha256(absolute), bytes: (await stat(absolute)).size });
    }
  }
  const hash = await datasetSha256({ trainFiles: roles.train.map((p) => resolve(cwd, p)), holdoutFiles: roles.holdout.map((p) => resolve(cwd, p)) });
  return { hash, files };
}
