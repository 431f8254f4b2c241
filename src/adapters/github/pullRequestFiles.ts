// Which dataset files a pull request touches, and their bytes on either side of it.
import type { GitHubClient } from "./octokit.js";

/** GitHub lists at most this many files of a pull request (pulls.listFiles). */
export const PULL_FILES_LISTING_CAP = 3000;

export type ChangedFileStatus = "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";

export interface ChangedFile {
  path: string;
  /** The path in the base commit, for a rename or copy. */
  previousPath?: string;
  status: ChangedFileStatus;
}

export interface ChangedDatasetFiles {
  files: ChangedFile[];
  /** Set when GitHub's listing stopped at its cap, so dataset files past it were not seen. */
  incompleteListing?: string;
}

export interface PullRequestQuery {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Whether a repository path is a dataset file (the config's globs, or JSONL by name without a config). */
  isDataset: (path: string) => boolean;
}

/** The pull request's files whose path, or path before a rename, matches a dataset pattern. */
export async function changedDatasetFiles(octokit: GitHubClient, query: PullRequestQuery): Promise<ChangedDatasetFiles> {
  const { isDataset } = query;
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: query.owner,
    repo: query.repo,
    pull_number: query.pullNumber,
    per_page: 100,
  });
  const files: ChangedFile[] = [];
  for (const file of listed) {
    // A dataset renamed out of the patterns still changed: its old examples left the dataset.
    if (!isDataset(file.filename) && !(file.previous_filename && isDataset(file.previous_filename))) continue;
    files.push({
      path: file.filename,
      ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
      status: file.status,
    });
  }
  if (listed.length < PULL_FILES_LISTING_CAP) return { files };
  return {
    files,
    incompleteListing:
      `GitHub lists only the first ${PULL_FILES_LISTING_CAP.toLocaleString("en-US")} files of a pull request, and this one reaches that limit: ` +
      "dataset files past it were not reviewed. Split the pull request, or run `finetune-ci validate` on the datasets in a workflow step.",
  };
}

export interface FileAtRef {
  owner: string;
  repo: string;
  path: string;
  /** A commit SHA (preferred: a branch can move while the review runs), branch or tag. */
  ref: string;
}

/**
 * GitHub's contents API serves a file's bytes up to 100 MB (the raw media type; its JSON form
 * carries content only up to 1 MB) and refuses larger ones: "Greater than 100 MB: This endpoint is
 * not supported" (docs.github.com/rest/repos/contents, "Get repository content"). Its git blobs
 * API stops at the same 100 MB, so such a file can only be read from a checkout.
 */
export class FileTooLargeError extends Error {
  constructor(
    readonly file: FileAtRef,
    reason: string,
  ) {
    super(`${file.path} at ${file.ref} is too large for GitHub's API (over 100 MB): ${reason}`);
    this.name = "FileTooLargeError";
  }
}

/**
 * The file's bytes at `ref`, or undefined when it does not exist there. Uses the contents API's
 * raw media type, which serves files up to 100 MB; for a larger one FileTooLargeError is thrown,
 * and Git LFS files come back as their pointer text (see lfs.ts).
 */
export async function readFileAt(octokit: GitHubClient, file: FileAtRef): Promise<Uint8Array | undefined> {
  try {
    const response = await octokit.rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: "raw" },
      // GitHub labels raw content "charset=utf-8", which would make Octokit decode it as text
      // and replace invalid bytes; a dataset's exact bytes matter (invalid-utf8, BOM findings).
      request: { parseSuccessResponseBody: false },
    });
    const body = response.data as unknown as ReadableStream<Uint8Array> | null;
    if (String(response.headers["content-type"]).startsWith("application/json")) {
      await body?.cancel();
      throw new Error(`${file.path} at ${file.ref} is a directory, not a file`);
    }
    return await readAll(body);
  } catch (error) {
    if (error instanceof Error && "status" in error && error.status === 404) return undefined;
    if (isTooLarge(error)) throw new FileTooLargeError(file, error.message);
    throw error;
  }
}

export interface BlobEntry {
  /** git's object id of the file's content at that ref. */
  sha: string;
  size: number;
}

/**
 * The blob id and size of a file at `ref`, from its folder's listing: GitHub lists a folder's
 * files with their blob ids whatever their size, where the file itself may be too large to serve.
 */
export async function blobAt(octokit: GitHubClient, file: FileAtRef): Promise<BlobEntry | undefined> {
  const slash = file.path.lastIndexOf("/");
  const folder = slash < 0 ? "" : file.path.slice(0, slash);
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: file.owner, repo: file.repo, path: folder, ref: file.ref });
    const entries = (Array.isArray(data) ? data : []) as { type: string; path: string; sha: string; size: number }[];
    const entry = entries.find((e) => e.path === file.path && e.type === "file");
    return entry ? { sha: entry.sha, size: entry.size } : undefined;
  } catch (error) {
    if (error instanceof Error && "status" in error && error.status === 404) return undefined;
    throw error;
  }
}

// GitHub's refusal of a blob over a limit: 403 with errors [{ resource: "Blob", field: "data",
// code: "too_large" }]. Octokit's RequestError is not a declared dependency, so it is read by shape.
function isTooLarge(error: unknown): error is Error {
  if (!(error instanceof Error) || !("status" in error) || error.status !== 403) return false;
  const data = (error as { response?: { data?: { errors?: { code?: string }[] } } }).response?.data;
  return (data?.errors ?? []).some((e) => e.code === "too_large") || /too large/i.test(error.message);
}

async function readAll(stream: ReadableStream<Uint8Array> | null): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
