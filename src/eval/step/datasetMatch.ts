// The holdout an adapter is evaluated on must be the one it was trained against, and its training
// files the ones at this commit: otherwise the report would compare a model with data it saw, or
// credit this commit's datasets with a model trained on others (and promote it under their hash).
// train.py records every file it read with its SHA-256 and size (run.json `train_files`,
// `eval_files`); each is compared with the file at this commit, and the evaluation's holdout with the
// run's. A difference is an error that names the file, both hashes and what to do.
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { expandPaths } from "../../adapters/files/files.js";
import type { Settings } from "../../settings/settings.js";
import { fileSha256 } from "../../train/providers/hosted/jobIdentity.js";
import type { RunRecord } from "../../train/runRecord.js";
import { EvalSetupError } from "../errors.js";
import type { Candidate } from "./candidate.js";
import type { EvalStepContext } from "./context.js";

/** The files a training run read, as run.json records them. */
export type RecordedDatasets = Pick<RunRecord, "trainFiles" | "evalFiles">;

export interface DatasetMismatch {
  /** The repository path. */
  path: string;
  problem: string;
}

interface FileAtCommit {
  sha256: string;
  bytes: number;
}

/** Compares the run's files with the files at this commit; `current` reads one by repository path (undefined: missing). */
export async function compareDatasets(recorded: RecordedDatasets, holdout: string[], cwd: string, current: (path: string) => Promise<FileAtCommit | undefined>): Promise<DatasetMismatch[]> {
  const mismatches: DatasetMismatch[] = [];
  const inCheckout = (path: string) => {
    const inside = isAbsolute(path) ? relative(cwd, path) : path;
    return inside.split(sep).join("/").replace(/^\.\//, "");
  };
  for (const [role, files] of [["training", recorded.trainFiles], ["holdout", recorded.evalFiles]] as const) {
    for (const file of files) {
      const path = inCheckout(file.path);
      if (path.startsWith("../") || isAbsolute(path)) {
        mismatches.push({ path: file.path, problem: `the run's ${role} file ${file.path} is outside this checkout, so it cannot be compared with this commit's` });
        continue;
      }
      const now = await current(path);
      if (!now) mismatches.push({ path, problem: `the adapter was trained with ${role} file ${path} (sha256 ${file.sha256}, ${file.bytes} bytes), which is missing at this commit` });
      else if (now.sha256 !== file.sha256) mismatches.push({ path, problem: `the adapter was trained with ${role} file ${path} at sha256 ${file.sha256} (${file.bytes} bytes); at this commit it is sha256 ${now.sha256} (${now.bytes} bytes)` });
    }
  }
  const heldOut = new Set(recorded.evalFiles.map((f) => inCheckout(f.path)));
  const trained = new Map(recorded.trainFiles.map((f) => [f.sha256, inCheckout(f.path)]));
  for (const path of holdout) {
    if (heldOut.size > 0 && !heldOut.has(path)) {
      mismatches.push({ path, problem: `the evaluation's holdout includes ${path}, which the training run did not hold out (its holdout: ${[...heldOut].join(", ")})` });
      continue;
    }
    const now = await current(path);
    const same = now ? trained.get(now.sha256) : undefined;
    if (same !== undefined) mismatches.push({ path, problem: `the holdout file ${path} has the same bytes (sha256 ${now!.sha256}) as ${same}, which the adapter was trained on` });
  }
  for (const path of heldOut) if (!holdout.includes(path)) mismatches.push({ path, problem: `the training run held out ${path}, and the evaluation's holdout (${holdout.join(", ") || "none"}) leaves it out` });
  return mismatches;
}

/** Throws EvalSetupError when the adapter's run.json and the datasets at this commit disagree. */
export async function checkTrainingDatasets(context: EvalStepContext, candidate: Candidate, settings: Settings): Promise<void> {
  const { log, runner } = context;
  if (candidate.kind !== "adapter") return;
  if (!candidate.runRecord) {
    log.warning(`The adapter from ${candidate.source} has no run.json beside it: whether it was trained against this holdout cannot be checked`);
    return;
  }
  const recorded: RecordedDatasets = candidate.runRecord.record;
  const cwd = runner.workspace;
  const holdout = await expandPaths(settings.eval.holdout ?? settings.datasets.holdout, cwd, { allowEmpty: true });
  const read = async (path: string): Promise<FileAtCommit | undefined> => {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) return undefined;
    return { sha256: await fileSha256(absolute), bytes: (await stat(absolute)).size };
  };
  const mismatches = await compareDatasets(recorded, holdout, cwd, read);
  if (mismatches.length === 0) {
    log.info(`The datasets at this commit are the ones the adapter was trained against (${recorded.trainFiles.length} training, ${recorded.evalFiles.length} holdout file(s), by SHA-256)`);
    return;
  }
  const commit = context.commit ? ` (${context.commit.slice(0, 7)})` : "";
  throw new EvalSetupError(
    "candidate",
    candidate.runRecord.path,
    `${mismatches[0]!.problem}${mismatches.length > 1 ? ` (and ${mismatches.length - 1} more difference(s), listed below)` : ""}`,
    `The adapter from ${candidate.source} was not trained on the datasets at this commit${commit}: evaluate the adapter that command: train made from this commit (the train job of this workflow run), or run the evaluation on the commit the adapter was trained on`,
    mismatches.slice(1).map((m) => m.problem),
  );
}
