// What every format says when the review chose the dataset files itself: which files it took as
// what, by which rule, and the config that pins them. Shared so that the terminal, the markdown
// and the PR comment say the same thing.
import type { DatasetDiscovery } from "./model.js";

const FOUND_IN: Record<DatasetDiscovery["foundIn"], string> = {
  git: "among the files git tracks here (or would add)",
  folder: "in this folder (node_modules and .git skipped)",
  "pull-request": "in the pull request's head commit (the files it changes and the checkout's)",
};

/** Paths listed in the pin snippet; a longer list ends with a count, and the JSON report has all. */
const PIN_LIMIT = 50;

export function discoverySummary(d: DatasetDiscovery): string {
  const found = d.train.length + d.holdout.length;
  if (found === 0) {
    return `No datasets are configured, and no JSONL file was found ${FOUND_IN[d.foundIn]}: nothing was reviewed. Name the files under datasets: in .finetune-ci.yml (train and holdout), or give them on the command line.`;
  }
  const quoted = d.holdoutWords.map((w) => `"${w}"`);
  const words = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : (quoted[0] ?? "");
  return (
    `No datasets are configured, so the review took the ${found} JSONL file(s) found ${FOUND_IN[d.foundIn]}: ` +
    `${d.train.length} as training data and ${d.holdout.length} as holdout data (a file or folder name with one of the words ${words}). ` +
    "Pin them in .finetune-ci.yml at the repository root to choose what is reviewed and trained on:"
  );
}

/** The config that reviews exactly these files again, as YAML (each path a quoted string). */
export function pinSnippet(d: DatasetDiscovery): string {
  const list = (paths: string[]) => {
    if (paths.length === 0) return [" []"];
    const shown = paths.slice(0, PIN_LIMIT).map((p) => `\n    - ${JSON.stringify(p)}`);
    if (paths.length > PIN_LIMIT) shown.push(`\n    # ... and ${paths.length - PIN_LIMIT} more: the JSON report lists them all`);
    return shown;
  };
  return `datasets:\n  train:${list(d.train).join("")}\n  holdout:${list(d.holdout).join("")}`;
}
