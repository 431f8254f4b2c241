// The dataset files a run reviews: the config's train and holdout globs, expanded once under the
// working directory. A file matched by both is training data: reviewing it twice would report
// each of its examples as leaking into the holdout.
import { expandPaths } from "../adapters/files/files.js";
import type { Settings } from "../settings/settings.js";
import type { DatasetFile } from "./reviewDatasets.js";

export interface DatasetPaths {
  train: string[];
  holdout: string[];
}

export async function configuredDatasets(settings: Settings, cwd: string): Promise<DatasetPaths> {
  const train = await expandPaths(settings.datasets.train, cwd);
  const holdout = (await expandPaths(settings.datasets.holdout, cwd)).filter((p) => !train.includes(p));
  return { train, holdout };
}

export function asDatasetFiles(paths: DatasetPaths): DatasetFile[] {
  return [...paths.train.map((path) => ({ path, role: "train" as const })), ...paths.holdout.map((path) => ({ path, role: "holdout" as const }))];
}
