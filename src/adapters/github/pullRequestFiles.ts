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
 * The file's bytes at `ref`, or undefined when it does not exist there. Uses the contents API's
 * raw media type, which serves files up to 100 MB; GitHub refuses larger ones (an error is
 * thrown), and Git LFS files come back as their pointer text.
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
    throw error;
  }
}

async function readAll(stream: ReadableStream<Uint8Array> | null): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
