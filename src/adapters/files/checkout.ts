// The checkout as a source of a file's exact version: whether a file in the work tree is the very
// version a commit holds, by git's blob id (what the GitHub API lists for a file) or by the SHA-256
// a Git LFS pointer names; or the version itself, from the checkout's git objects. Streamed:
// datasets can be gigabytes.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";

export interface FileDigests {
  size: number;
  /** SHA-256 of the bytes, hex: a Git LFS object id. */
  sha256: string;
  /** SHA-1 of "blob <size>\0" and the bytes, hex: git's object id for the file (SHA-1 repositories). */
  gitBlob: string;
}

/** The digests of a regular file, or undefined when there is no such file. */
export async function fileDigests(path: string): Promise<FileDigests | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const sha256 = createHash("sha256");
  const gitBlob = createHash("sha1").update(`blob ${info.size}\0`);
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    sha256.update(chunk);
    gitBlob.update(chunk);
    size += chunk.length;
  }
  // Changed while being read: it cannot be trusted to be either version.
  if (size !== info.size) return undefined;
  return { size, sha256: sha256.digest("hex"), gitBlob: gitBlob.digest("hex") };
}

/**
 * Copies blob `sha` out of the git repository checked out at `workspace` (actions/checkout leaves
 * one; with fetch-depth: 0 it holds every version) into `destination`. False when the folder is no
 * git repository or lacks the object: nothing is written then.
 */
export async function copyGitBlob(workspace: string, sha: string, destination: string): Promise<boolean> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return false;
  const git = (args: string[]) => spawn("git", ["-C", workspace, ...args], { stdio: ["ignore", "pipe", "ignore"] });
  const exists = await new Promise<boolean>((done) => {
    const check = git(["cat-file", "-e", `${sha}^{blob}`]);
    check.on("error", () => done(false));
    check.on("close", (code) => done(code === 0));
  });
  if (!exists) return false;
  const cat = git(["cat-file", "blob", sha]);
  const exited = new Promise<number | null>((done, fail) => {
    cat.on("error", fail);
    cat.on("close", done);
  });
  try {
    await pipeline(cat.stdout, createWriteStream(destination));
    if ((await exited) !== 0) throw new Error(`git cat-file blob ${sha} failed in ${workspace}`);
  } catch (error) {
    await rm(destination, { force: true });
    throw error;
  }
  return true;
}

/** The whole file when it is shorter than `limit` bytes (a Git LFS pointer is), else undefined. */
export async function smallFileBytes(path: string, limit: number): Promise<Uint8Array | undefined> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await file.read(buffer, 0, limit, 0);
    return bytesRead < limit ? buffer.subarray(0, bytesRead) : undefined;
  } finally {
    await file.close();
  }
}
