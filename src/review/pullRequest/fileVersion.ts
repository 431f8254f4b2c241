// One dataset file at one side of a pull request, as the review must read it: its bytes from GitHub
// at the exact commit; a file kept in Git LFS by its content, never by its pointer; a file too
// large for GitHub's API from the checkout, when the checkout holds that very version. Otherwise
// the run stops with what to change in the workflow.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GitHubClient } from "../../adapters/github/octokit.js";
import { blobAt, FileTooLargeError, readFileAt, type FileAtRef } from "../../adapters/github/pullRequestFiles.js";
import { copyGitBlob, fileDigests } from "../../adapters/files/checkout.js";
import { LfsPointerError, parseLfsPointer, type LfsPointer } from "../../core/dataset/lfsPointer.js";
import { bytes as formatBytes } from "../../report/format.js";

export interface VersionSource {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
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

interface Place {
  file: FileAtRef;
  /** "data/x.jsonl at the pull request's head (abc1234)", for messages. */
  where: string;
  /** Where fetched bytes go. */
  local: string;
  /** The same path in the checkout. */
  inCheckout: string;
}

/** The local file holding `path`'s bytes at `side`, or undefined when the file is not there. */
export async function readVersion(source: VersionSource, side: "head" | "base", path: string): Promise<string | undefined> {
  // Paths come from the pull request; none may lead out of the folder.
  if (path.split("/").some((part) => part === ".." || part === "." || part === "")) throw new Error(`refusing the dataset path "${path}": not a plain repository path`);
  const file = { owner: source.owner, repo: source.repo, path, ref: side === "head" ? source.headSha : source.baseSha };
  const place: Place = {
    file,
    where: `${path} at the pull request's ${side} (${file.ref.slice(0, 7)})`,
    local: join(source.dir, side, ...path.split("/")),
    inCheckout: join(source.workspace, ...path.split("/")),
  };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readFileAt(source.octokit, file);
  } catch (error) {
    if (error instanceof FileTooLargeError) return tooLargeForApi(source, place);
    throw error;
  }
  if (!bytes) return undefined;
  let pointer: LfsPointer | undefined;
  try {
    pointer = parseLfsPointer(bytes);
  } catch (error) {
    if (error instanceof LfsPointerError) throw new Error(`${place.where} starts like a Git LFS pointer, but ${error.message}. ${ENABLE_LFS}`);
    throw error;
  }
  await mkdir(dirname(place.local), { recursive: true });
  if (pointer) return lfsContent(source, place, pointer);
  await writeFile(place.local, bytes);
  return place.local;
}

/** Over the 100 MB GitHub's contents and blob APIs serve: the checkout's copy of that very blob, or its git objects. */
async function tooLargeForApi(source: VersionSource, place: Place): Promise<string> {
  const log = source.log ?? (() => {});
  const [blob, checkout] = await Promise.all([blobAt(source.octokit, place.file), fileDigests(place.inCheckout)]);
  if (blob && checkout?.gitBlob === blob.sha) {
    log(`read ${place.where} from the checkout: ${formatBytes(blob.size)}, over what GitHub's API serves, and the work tree holds the same blob`);
    return place.inCheckout;
  }
  await mkdir(dirname(place.local), { recursive: true });
  if (blob && (await copyGitBlob(source.workspace, blob.sha, place.local))) {
    log(`read ${place.where} from the checkout's git objects: ${formatBytes(blob.size)}, over what GitHub's API serves`);
    return place.local;
  }
  throw new Error(
    `${place.where} is ${blob ? formatBytes(blob.size) : "a file"}, over the 100 MB GitHub's API serves, and the checkout has neither that version in its work tree nor its blob (${blob?.sha ?? "unknown"}) in its git objects. ` +
      "Check out the repository with its history (actions/checkout with fetch-depth: 0) so the review reads every version from git, or keep the dataset in Git LFS.",
  );
}

/** The object a Git LFS pointer names: from an LFS-enabled checkout, else downloaded and checked. */
async function lfsContent(source: VersionSource, place: Place, pointer: LfsPointer): Promise<string> {
  const log = source.log ?? (() => {});
  const object = `Git LFS object sha256:${pointer.oid.slice(0, 12)}… (${formatBytes(pointer.size)})`;
  const checkout = await fileDigests(place.inCheckout);
  if (checkout?.sha256 === pointer.oid && checkout.size === pointer.size) {
    log(`read ${place.where} from the checkout: it holds the ${object} its pointer names`);
    return place.inCheckout;
  }
  if (!source.downloadLfs) throw new Error(`${place.where} is stored in Git LFS (${object}), the checkout does not hold that content, and no LFS download is possible without a token. ${ENABLE_LFS}`);
  try {
    await source.downloadLfs(pointer, place.local);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${place.where} is stored in Git LFS (${object}), the checkout does not hold that content, and the LFS download failed: ${reason}. ${ENABLE_LFS}`);
  }
  log(`downloaded ${place.where} from Git LFS: ${object}, size and SHA-256 checked`);
  return place.local;
}
