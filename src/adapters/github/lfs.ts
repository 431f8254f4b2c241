// Git LFS: fetching the object a pointer (core/dataset/lfsPointer.ts) names through the LFS batch
// API (https://github.com/git-lfs/git-lfs/blob/main/docs/api/batch.md), checked against the
// pointer's size and SHA-256 before anyone reads it. A repository that keeps its datasets in LFS
// stores only these pointers in git; GitHub's contents API serves the pointer, not the data.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable, Transform } from "node:stream";
import type { LfsPointer } from "../../core/dataset/lfsPointer.js";

export interface LfsRemote {
  /** GITHUB_SERVER_URL: https://github.com or a GitHub Enterprise Server host. */
  serverUrl: string;
  owner: string;
  repo: string;
  /** The workflow's token; sent to the LFS server only, never to the storage a download points at. */
  token: string;
  /** Milliseconds between attempts times the attempt number; 1000 in production. */
  retryUnitMs?: number;
  fetch?: typeof globalThis.fetch;
}

/** Why an object could not be fetched, in words a user can act on. */
export class LfsDownloadError extends Error {
  constructor(
    message: string,
    /** The HTTP status that decided it, when one did. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "LfsDownloadError";
  }
}

const LFS_MEDIA_TYPE = "application/vnd.git-lfs+json";
const ATTEMPTS = 3;

interface BatchAction {
  href: string;
  header?: Record<string, string>;
}

interface BatchObject {
  oid: string;
  size: number;
  authenticated?: boolean;
  actions?: { download?: BatchAction };
  error?: { code: number; message: string };
}

/** The LFS server of a GitHub repository: {server}/{owner}/{repo}.git/info/lfs (git-lfs's server discovery). */
export function lfsServerUrl(remote: Pick<LfsRemote, "serverUrl" | "owner" | "repo">): string {
  return `${remote.serverUrl.replace(/\/+$/, "")}/${encodeURIComponent(remote.owner)}/${encodeURIComponent(remote.repo)}.git/info/lfs`;
}

/**
 * Downloads the object `pointer` names into `destination`, and checks its size and SHA-256 as it
 * streams; on any mismatch the file is removed and an error thrown. Server errors and dropped
 * connections are tried again (three attempts in all); refusals (401, 403, 404) are not.
 */
export async function downloadLfsObject(remote: LfsRemote, pointer: LfsPointer, destination: string): Promise<void> {
  const action = await retried(remote, () => requestDownload(remote, pointer));
  await retried(remote, () => fetchObject(remote, pointer, action, destination));
}

async function requestDownload(remote: LfsRemote, pointer: LfsPointer): Promise<BatchAction> {
  const fetch = remote.fetch ?? globalThis.fetch;
  const url = `${lfsServerUrl(remote)}/objects/batch`;
  const response = await fetch(url, {
    method: "POST",
    headers: { accept: LFS_MEDIA_TYPE, "content-type": LFS_MEDIA_TYPE, authorization: basicAuth(remote.token) },
    body: JSON.stringify({ operation: "download", transfers: ["basic"], objects: [{ oid: pointer.oid, size: pointer.size }] }),
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) {
    const message = await errorMessage(response);
    throw new LfsDownloadError(`the LFS batch API (${url}) answered HTTP ${response.status}${message ? `: ${message}` : ""}`, response.status);
  }
  const body = (await response.json()) as { transfer?: string; objects?: BatchObject[] };
  if (body.transfer !== undefined && body.transfer !== "basic") throw new LfsDownloadError(`the LFS server offered the "${body.transfer}" transfer, and only "basic" was asked for`);
  const object = body.objects?.find((o) => o.oid === pointer.oid);
  if (!object) throw new LfsDownloadError(`the LFS batch API did not answer for object ${pointer.oid}`);
  if (object.error) throw new LfsDownloadError(`the LFS server cannot serve object ${pointer.oid}: ${object.error.message} (code ${object.error.code})`, object.error.code);
  const download = object.actions?.download;
  if (!download?.href) throw new LfsDownloadError(`the LFS batch API gave no download for object ${pointer.oid}`);
  // Our token goes to the LFS server, never to another host: the batch answer carries whatever
  // the storage needs in `header`.
  const sameOrigin = new URL(download.href).origin === new URL(url).origin;
  const header = { ...(object.authenticated !== true && sameOrigin ? { authorization: basicAuth(remote.token) } : {}), ...download.header };
  return { href: download.href, header };
}

async function fetchObject(remote: LfsRemote, pointer: LfsPointer, action: BatchAction, destination: string): Promise<void> {
  const fetch = remote.fetch ?? globalThis.fetch;
  const response = await fetch(action.href, { headers: action.header ?? {} });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new LfsDownloadError(`downloading LFS object ${pointer.oid} answered HTTP ${response.status}`, response.status);
  }
  const hash = createHash("sha256");
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      // A server sending more than the pointer says is wrong already: stop before the disk fills.
      if (size > pointer.size) return done(new LfsDownloadError(`LFS object ${pointer.oid} is larger than the ${pointer.size} bytes its pointer gives`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>), check, createWriteStream(destination));
    if (size !== pointer.size) throw new LfsDownloadError(`LFS object ${pointer.oid} arrived with ${size} bytes, and its pointer gives ${pointer.size}`);
    const oid = hash.digest("hex");
    if (oid !== pointer.oid) throw new LfsDownloadError(`LFS object ${pointer.oid} arrived with other content (its SHA-256 is ${oid})`);
  } catch (error) {
    await rm(destination, { force: true });
    throw error;
  }
}

async function retried<T>(remote: LfsRemote, attempt: () => Promise<T>): Promise<T> {
  const unit = remote.retryUnitMs ?? 1000;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= ATTEMPTS || !transient(error)) throw error;
      await new Promise((done) => setTimeout(done, unit * n));
    }
  }
}

/** Dropped connections, timeouts and 5xx/429 answers may pass; a refusal or a wrong object will not. */
function transient(error: unknown): boolean {
  if (error instanceof LfsDownloadError) return error.status !== undefined && (error.status >= 500 || error.status === 429);
  return true;
}

function basicAuth(token: string): string {
  // What actions/checkout configures for git and git-lfs: user x-access-token, the token as password.
  return `Basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    return typeof body.message === "string" ? body.message : "";
  } catch {
    return "";
  }
}
