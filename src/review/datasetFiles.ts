// The dataset files a run reviews, and with which role: the config's train and holdout globs
// expanded once under the working directory, or, when the config names none, the JSONL files
// found there, holdout by name. The same rules decide a pull request's files (datasetRoles).
//
// A file named as both training and holdout data is training data (reviewing it twice would
// report each of its examples as leaking into itself), with a finding on it that says so.
import { resolve } from "node:path";
import { smallFileBytes } from "../adapters/files/checkout.js";
import { expandPaths, fileIdentity, InputError, pathMatcher } from "../adapters/files/files.js";
import { LFS_POINTER_MAX_BYTES, LfsPointerError, parseLfsPointer, type LfsPointer } from "../core/dataset/lfsPointer.js";
import { findJsonlFiles } from "../adapters/files/findJsonlFiles.js";
import { HOLDOUT_WORDS, isDatasetCandidate, roleByName } from "../core/dataset/fileNames.js";
import type { FileRole } from "../core/dataset/exampleStore.js";
import type { DatasetDiscovery } from "./report/model.js";
import type { Settings } from "../settings/settings.js";
import type { DatasetFile, FileNote } from "./reviewDatasets.js";

export interface DatasetPaths {
  train: string[];
  holdout: string[];
}

export interface DatasetSelection extends DatasetPaths {
  /** Findings about how the files were chosen, for the review to report. */
  notes: FileNote[];
  /** Set when the config names no dataset and the files were found instead. */
  discovery?: DatasetDiscovery;
}

/** Whether the settings name any dataset file (config file, flags or inputs). */
export function datasetsConfigured(datasets: Settings["datasets"]): boolean {
  return datasets.train.length > 0 || datasets.holdout.length > 0;
}

export const ALSO_TRAIN_MESSAGE =
  "named as holdout data, and also as training data (datasets.train, or the files given to validate): it is reviewed, and would be trained on, as training data, so the holdout set does not include it";

/** The files to review under `cwd`: configured, or found when none are. */
export async function selectDatasets(settings: Settings, cwd: string): Promise<DatasetSelection> {
  if (!datasetsConfigured(settings.datasets)) {
    const found = await findJsonlFiles(cwd);
    const paths: DatasetPaths = { train: found.paths.filter((p) => roleByName(p) === "train"), holdout: found.paths.filter((p) => roleByName(p) === "holdout") };
    const selection = await oneRolePerFile(paths, cwd);
    await refuseLfsPointers(selection, cwd);
    return { ...selection, discovery: { foundIn: found.foundBy, train: selection.train, holdout: selection.holdout, holdoutWords: [...HOLDOUT_WORDS] } };
  }
  const paths = { train: await expandPaths(settings.datasets.train, cwd), holdout: await expandPaths(settings.datasets.holdout, cwd) };
  const selection = await oneRolePerFile(paths, cwd);
  await refuseLfsPointers(selection, cwd);
  return selection;
}

/**
 * A Git LFS pointer in place of a dataset (a checkout without its LFS content) is never reviewed,
 * let alone trained on, as if it were the data: the run stops and says how to get the content.
 */
async function refuseLfsPointers(paths: DatasetPaths, cwd: string): Promise<void> {
  for (const path of [...paths.train, ...paths.holdout]) {
    const bytes = await smallFileBytes(resolve(cwd, path), LFS_POINTER_MAX_BYTES);
    let pointer: LfsPointer | undefined;
    try {
      pointer = bytes && parseLfsPointer(bytes);
    } catch (error) {
      if (error instanceof LfsPointerError) throw new InputError(`${path}: starts like a Git LFS pointer, but ${error.message}; it is not a dataset`);
      throw error;
    }
    if (pointer) {
      throw new InputError(
        `${path}: this is a Git LFS pointer (object sha256:${pointer.oid.slice(0, 12)}…, ${pointer.size} bytes), not the dataset it stands for. ` +
          "Fetch the content first: in a workflow, actions/checkout with `lfs: true`; in a clone, `git lfs pull`.",
      );
    }
  }
}

/**
 * Each file once, by what it is on disk (a symlink or hard link to a file already listed is that
 * file): first as training data, then as holdout data, with a finding on a holdout file dropped
 * because it is training data too.
 */
async function oneRolePerFile(paths: DatasetPaths, cwd: string): Promise<DatasetSelection> {
  const seen = new Map<string, string>();
  const keep = async (path: string): Promise<string | undefined> => {
    const id = (await fileIdentity(path, cwd)) ?? `path:${path}`;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    return first;
  };
  const train: string[] = [];
  for (const path of paths.train) if ((await keep(path)) === undefined) train.push(path);
  const holdout: string[] = [];
  const notes: FileNote[] = [];
  for (const path of paths.holdout) {
    const first = await keep(path);
    if (first === undefined) holdout.push(path);
    else if (train.includes(first)) notes.push({ code: "holdout-also-train", file: first, message: first === path ? ALSO_TRAIN_MESSAGE : `${path} (the same file as ${first}) is ${ALSO_TRAIN_MESSAGE}` });
  }
  return { train, holdout, notes };
}

export function asDatasetFiles(paths: DatasetPaths): DatasetFile[] {
  return [...paths.train.map((path) => ({ path, role: "train" as const })), ...paths.holdout.map((path) => ({ path, role: "holdout" as const }))];
}

/** Which repository paths are datasets, and their roles: by the config's globs, or by name when it has none. */
export interface DatasetRoles {
  discovered: boolean;
  isDataset(path: string): boolean;
  roleOf(path: string): FileRole | null;
  /** Matched by a holdout pattern too, but reviewed as training data. */
  alsoHoldout(path: string): boolean;
}

export function datasetRoles(datasets: Settings["datasets"]): DatasetRoles {
  if (!datasetsConfigured(datasets)) {
    return { discovered: true, isDataset: isDatasetCandidate, roleOf: (p) => (isDatasetCandidate(p) ? roleByName(p) : null), alsoHoldout: () => false };
  }
  const train = pathMatcher(datasets.train);
  const holdout = pathMatcher(datasets.holdout);
  return {
    discovered: false,
    isDataset: (p) => train(p) || holdout(p),
    roleOf: (p) => (train(p) ? "train" : holdout(p) ? "holdout" : null),
    alsoHoldout: (p) => train(p) && holdout(p),
  };
}
