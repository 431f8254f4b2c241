// The dataset files on either side of a pull request: which paths exist at head and at base, with
// which role, and their bytes at the exact commits (fileVersion.ts reads each one).
import type { FileRole } from "../../core/dataset/exampleStore.js";
import type { DatasetFile } from "../reviewDatasets.js";
import type { ChangedFile } from "../../adapters/github/pullRequestFiles.js";
import { readVersion, type VersionSource } from "./fileVersion.js";

export interface DatasetSide {
  files: DatasetFile[];
  /** Repository path → the local file holding its bytes at that side's commit. */
  sources: Record<string, string>;
}

export interface DatasetVersions {
  head: DatasetSide;
  base: DatasetSide;
  /** Paths that were expected at head but are not in the head commit. */
  missingAtHead: string[];
}

export type RoleOf = (path: string) => FileRole | null;

export interface FetchVersionsInput extends VersionSource {
  roleOf: RoleOf;
  /** Dataset paths found in the checked-out workspace (which may be the base, head or merge commit). */
  workspaceFiles: string[];
  changed: ChangedFile[];
}

/**
 * Every dataset file is read from GitHub at the head commit, changed or not, so the review sees
 * exactly the pull request's data whatever the workflow checked out. The base side differs only in
 * the files the pull request changes; the others are the same bytes and are not fetched twice.
 */
export async function fetchDatasetVersions(input: FetchVersionsInput): Promise<DatasetVersions> {
  const { roleOf, changed } = input;
  const byPath = new Map(changed.map((c) => [c.path, c]));
  const goneAtHead = new Set(changed.flatMap((c) => (c.status === "removed" ? [c.path] : c.status === "renamed" && c.previousPath ? [c.previousPath] : [])));
  const headPaths = [...new Set([...input.workspaceFiles, ...changed.filter((c) => c.status !== "removed").map((c) => c.path)])]
    .filter((path) => roleOf(path) !== null && !goneAtHead.has(path))
    .sort(byRoleThenPath(roleOf));

  const head: DatasetSide = { files: [], sources: {} };
  const base: DatasetSide = { files: [], sources: {} };
  const missingAtHead: string[] = [];
  const fetch = (side: "head" | "base", path: string) => readVersion(input, side, path);

  for (const path of headPaths) {
    const local = await fetch("head", path);
    if (!local) {
      missingAtHead.push(path);
      continue;
    }
    head.files.push({ path, role: roleOf(path)! });
    head.sources[path] = local;
    const change = byPath.get(path);
    if (!change) {
      base.files.push({ path, role: roleOf(path)! });
      base.sources[path] = local;
    }
  }
  // The base versions of what the pull request changed: modified in place, renamed away, removed.
  for (const change of changed) {
    const basePath = change.status === "renamed" ? change.previousPath : change.status === "added" || change.status === "copied" ? undefined : change.path;
    if (!basePath || roleOf(basePath) === null || base.sources[basePath]) continue;
    const local = await fetch("base", basePath);
    if (!local) continue;
    base.files.push({ path: basePath, role: roleOf(basePath)! });
    base.sources[basePath] = local;
  }
  base.files.sort((a, b) => byRoleThenPath(roleOf)(a.path, b.path));
  return { head, base, missingAtHead };
}

function byRoleThenPath(roleOf: RoleOf): (a: string, b: string) => number {
  const rank = (p: string) => (roleOf(p) === "train" ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
