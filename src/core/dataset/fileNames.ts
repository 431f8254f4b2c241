// What a file's name says when no config names the datasets: a .jsonl file is a candidate, and a
// name with a holdout word in it (as a word of the path, so "interval" is not "val") is holdout.
import type { FileRole } from "./exampleStore.js";

/** The words that make a file holdout data, as they are said in the report. */
export const HOLDOUT_WORDS = ["holdout", "eval", "valid", "val", "test"] as const;
// Their spellings in file names: plurals and long forms mean the same.
const HOLDOUT_TOKENS = new Set(["holdout", "heldout", "eval", "evals", "evaluation", "valid", "validation", "val", "test", "tests"]);

/** A JSONL file outside node_modules and .git. */
export function isDatasetCandidate(path: string): boolean {
  if (!/\.jsonl$/i.test(path)) return false;
  return !path.split("/").some((part) => part === "node_modules" || part === ".git");
}

/** The words of a path: folders and the file name, split at punctuation, case changes and digits. */
export function pathWords(path: string): string[] {
  return path
    .replace(/\.jsonl$/i, "")
    .split(/[^A-Za-z0-9]+/)
    .flatMap((part) => part.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/))
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}

export function roleByName(path: string): FileRole {
  return pathWords(path).some((word) => HOLDOUT_TOKENS.has(word)) ? "holdout" : "train";
}
