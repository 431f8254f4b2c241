// The dataset files on either side of a pull request: which paths exist at head and at base, with
// which role, and their bytes fetched from GitHub at the exact commits into a local folder. A file
// kept in Git LFS is read by its content, never by its pointer; a file too large for GitHub's API is
// read from the checkout when the checkout holds that very version.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { FileRole } from "../../core/dataset/exampleStore.js";
import type { DatasetFile } from "../reviewDatasets.js";
import type { GitHubClient } from "../../adapters/github/octokit.js";
import { blobAt, FileTooLargeError, readFileAt, type ChangedFile } from "../../adapters/github/pullRequestFiles.js";
import { LfsPointerError, parseLfsPointer, type LfsPointer } from "../../core/dataset/lfsPointer.js";
import { copyGitBlob, fileDigests } from "../../adapters/files/checkout.js";
import { bytes as formatBytes } from "../../report/format.js";

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

export interface FetchVersionsInput {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
  roleOf: RoleOf;
  /** Dataset paths found in the checked-out workspace (which may be the base, head or merge commit). */
  workspaceFiles: string[];
  changed: ChangedFile[];
  /** Where fetched bytes are written: <dir>/head/<path> and <dir>/base/<path>. */
  dir: string;
  /** The checkout's root folder: a version found there (same blob, or same LFS object) is read from it. */
  workspace: string;
  /** Fetches a Git LFS object into a file, checked against the pointer (the LFS batch API in the Action). */
  downloadLfs?: (pointer: LfsPointer, destination: string) => Promise<void>;
  log?: (message: string) => void;
}

/** How to give the review a file's content when GitHub's API cannot. */
const ENABLE_LFS =
  "The review never reads a pointer as data: check out the LFS content (actions/checkout with `lfs: true`), " +
  "or give the workflow's token read access to the repository (permissions: contents: read) so that the LFS batch API serves it.";

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
  const log = input.log ?? (() => {});
  const fetch = async (side: "head" | "base", path: string): Promise<string | undefined> => {
    // Paths come from the pull request; none may lead out of the folder.
    if (path.split("/").some((part) => part === ".." || part === "." || part === "")) throw new Error(`refusing the dataset path "${path}": not a plain repository path`);
    const file = { owner: input.owner, repo: input.repo, path, ref: side === "head" ? input.headSha : input.baseSha };
    const where = `${path} at the pull request's ${side} (${file.ref.slice(0, 7)})`;
    const local = join(input.dir, side, ...path.split("/"));
    const inCheckout = join(input.workspace, ...path.split("/"));
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readFileAt(input.octokit, file);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      const [blob, checkout] = await Promise.all([blobAt(input.octokit, file), fileDigests(inCheckout)]);
      if (blob && checkout?.gitBlob === blob.sha) {
        log(`read ${where} from the checkout: ${formatBytes(blob.size)}, over what GitHub's API serves, and the work tree holds the same blob`);
        return inCheckout;
      }
      await mkdir(dirname(local), { recursive: true });
      if (blob && (await copyGitBlob(input.workspace, blob.sha, local))) {
        log(`read ${where} from the checkout's git objects: ${formatBytes(blob.size)}, over what GitHub's API serves`);
        return local;
      }
      throw new Error(
        `${where} is ${blob ? formatBytes(blob.size) : "a file"}, over the 100 MB GitHub's API serves, and the checkout has neither that version in its work tree nor its blob (${blob?.sha ?? "unknown"}) in its git objects. ` +
          "Check out the repository with its history (actions/checkout with fetch-depth: 0) so the review reads every version from git, or keep the dataset in Git LFS.",
      );
    }
    if (!bytes) return undefined;
    let pointer: LfsPointer | undefined;
    try {
      pointer = parseLfsPointer(bytes);
    } catch (error) {
      if (error instanceof LfsPointerError) throw new Error(`${where} starts like a Git LFS pointer, but ${error.message}. ${ENABLE_LFS}`);
      throw error;
    }
    await mkdir(dirname(local), { recursive: true });
    if (!pointer) {
      await writeFile(local, bytes);
      return local;
    }
    const object = `Git LFS object sha256:${pointer.oid.slice(0, 12)}… (${formatBytes(pointer.size)})`;
    const checkout = await fileDigests(inCheckout);
    if (checkout?.sha256 === pointer.oid && checkout.size === pointer.size) {
      log(`read ${where} from the checkout: it holds the ${object} its pointer names`);
      return inCheckout;
    }
    if (!input.downloadLfs) throw new Error(`${where} is stored in Git LFS (${object}), the checkout does not hold that content, and no LFS download is possible without a token. ${ENABLE_LFS}`);
    try {
      await input.downloadLfs(pointer, local);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${where} is stored in Git LFS (${object}), the checkout does not hold that content, and the LFS download failed: ${reason}. ${ENABLE_LFS}`);
    }
    log(`downloaded ${where} from Git LFS: ${object}, size and SHA-256 checked`);
    return local;
  };

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
