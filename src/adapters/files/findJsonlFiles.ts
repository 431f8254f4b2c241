// Finds the JSONL files of a checkout when no config names the datasets: the files git knows
// (tracked, and new ones it does not ignore) in a git repository, else a walk of the folder that
// skips node_modules and .git.
import { execFile } from "node:child_process";
import { glob } from "tinyglobby";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { isDatasetCandidate } from "../../core/dataset/fileNames.js";

export type FoundBy = "git" | "folder";

export interface FoundFiles {
  foundBy: FoundBy;
  /** Relative to the folder searched, with forward slashes, sorted. */
  paths: string[];
}

export async function findJsonlFiles(cwd: string): Promise<FoundFiles> {
  const listed = await gitFiles(cwd);
  // A tracked file deleted from the checkout is still listed by git: only files that are there count.
  if (listed) return { foundBy: "git", paths: (await onlyFiles(listed.filter(isDatasetCandidate), cwd)).sort() };
  const walked = await glob("**/*.[jJ][sS][oO][nN][lL]", { cwd, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false, ignore: ["**/node_modules/**", "**/.git/**"] });
  return { foundBy: "folder", paths: walked.filter(isDatasetCandidate).sort() };
}

/** Files under `cwd` that git tracks or would add; undefined outside a repository or without git. */
function gitFiles(cwd: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd, maxBuffer: 1 << 28, encoding: "buffer" }, (error, stdout) => {
      if (error) return resolve(undefined);
      resolve([...new Set(stdout.toString("utf8").split("\0").filter(Boolean))]);
    });
  });
}

async function onlyFiles(paths: string[], cwd: string): Promise<string[]> {
  const kept = await Promise.all(paths.map(async (p) => ((await stat(resolve(cwd, p)).catch(() => undefined))?.isFile() ? p : undefined)));
  return kept.filter((p): p is string => p !== undefined);
}
