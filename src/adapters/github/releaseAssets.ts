// Release assets: uploaded through the `upload_url` template a release carries (uploads.github.com,
// or a GHES host's uploads path), and downloaded with the token from the API, which redirects to
// short-lived signed storage that must be fetched without it.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile, rename, rm, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { GitHubClient } from "./octokit.js";
import { httpStatus, withoutQuery } from "./requestErrors.js";

export interface ReleaseAssetFile {
  /** The asset's name on the release; letters, digits, ".", "_" and "-" (GitHub rewrites others). */
  name: string;
  path: string;
  contentType: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  state: string;
}

interface ReleaseForUpload {
  id: number;
  upload_url: string;
  assets: ReleaseAsset[];
}

/**
 * Uploads each file unless the release already holds it whole (same name and size, state
 * "uploaded"); a partial or stale asset of that name is deleted first. A 502 during an upload can
 * leave a "starter" asset holding the name, so that the client's retry gets 422 already_exists:
 * that asset is cleared and the upload made once more.
 */
export async function uploadReleaseAssets(octokit: GitHubClient, repo: { owner: string; repo: string }, release: ReleaseForUpload, files: ReleaseAssetFile[]): Promise<ReleaseAsset[]> {
  const uploaded: ReleaseAsset[] = [];
  for (const file of files) {
    if (!/^[\w.-]+$/.test(file.name)) throw new Error(`release asset name ${JSON.stringify(file.name)}: use letters, digits, ".", "_" and "-" only`);
    const size = (await stat(file.path)).size;
    const present = release.assets.find((a) => a.name === file.name);
    if (present && present.state === "uploaded" && present.size === size) {
      uploaded.push(present);
      continue;
    }
    if (present) await deleteAsset(octokit, repo, present.id);
    const bytes = await readFile(file.path);
    try {
      uploaded.push(await uploadOne(octokit, release.upload_url, file, bytes));
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      const { data } = await octokit.rest.repos.listReleaseAssets({ ...repo, release_id: release.id, per_page: 100 });
      const leftover = data.find((a) => a.name === file.name);
      if (!leftover) throw error;
      await deleteAsset(octokit, repo, leftover.id);
      uploaded.push(await uploadOne(octokit, release.upload_url, file, bytes));
    }
  }
  return uploaded;
}

async function uploadOne(octokit: GitHubClient, uploadUrl: string, file: ReleaseAssetFile, bytes: Buffer): Promise<ReleaseAsset> {
  // The whole file as a Buffer: a stream could not be sent again by the client's retries.
  const { data } = await octokit.request({
    method: "POST",
    url: uploadUrl,
    name: file.name,
    data: bytes,
    headers: { "content-type": file.contentType, "content-length": bytes.length },
  });
  const asset = data as ReleaseAsset;
  return { id: asset.id, name: asset.name, size: asset.size, state: asset.state };
}

async function deleteAsset(octokit: GitHubClient, repo: { owner: string; repo: string }, assetId: number): Promise<void> {
  await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
}

export interface AssetDownload {
  path: string;
  bytes: number;
}

/** Attempts at the signed storage URL, which the API client's retries do not cover. */
const STORAGE_ATTEMPTS = 3;

/**
 * Downloads a release asset to `destination` (written under a temporary name, then renamed, so a
 * failed download leaves nothing that looks whole). The API answers Accept: application/octet-stream
 * with a redirect to signed storage; the token goes to the API only, never to that host.
 */
export async function downloadReleaseAsset(
  octokit: GitHubClient,
  asset: { owner: string; repo: string; assetId: number },
  destination: string,
  options: { fetch?: typeof fetch; retryDelayMs?: number } = {},
): Promise<AssetDownload> {
  const response = await octokit.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    owner: asset.owner,
    repo: asset.repo,
    asset_id: asset.assetId,
    headers: { accept: "application/octet-stream" },
    request: { redirect: "manual" },
  });
  const partial = `${destination}.${randomBytes(4).toString("hex")}.part`;
  try {
    if (response.status === 200) {
      // Some hosts (GHES with local storage) answer with the bytes themselves.
      const bytes = Buffer.from(response.data as unknown as ArrayBuffer);
      await pipeline(Readable.from([bytes]), createWriteStream(partial));
    } else {
      const location = response.headers.location;
      if ((response.status as number) !== 302 || !location) throw new Error(`GitHub answered the asset download with HTTP ${response.status} and no redirect`);
      await fetchSigned(location, partial, options);
    }
    await rename(partial, destination);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { path: destination, bytes: (await stat(destination)).size };
}

async function fetchSigned(url: string, file: string, options: { fetch?: typeof fetch; retryDelayMs?: number }): Promise<void> {
  const fetchImpl = options.fetch ?? fetch;
  let lastError: unknown;
  for (let attempt = 1; attempt <= STORAGE_ATTEMPTS; attempt++) {
    try {
      // No Authorization header: the URL carries its own signature.
      const response = await fetchImpl(url, { redirect: "follow" });
      if (!response.ok || !response.body) {
        const error = new Error(`storage answered HTTP ${response.status} for ${withoutQuery(url)}`);
        if (response.status < 500 && response.status !== 429) throw Object.assign(error, { final: true });
        throw error;
      }
      await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), createWriteStream(file));
      const expected = Number(response.headers.get("content-length") ?? NaN);
      const got = (await stat(file)).size;
      if (Number.isFinite(expected) && expected !== got) throw new Error(`the download from ${withoutQuery(url)} stopped after ${got} of ${expected} bytes`);
      return;
    } catch (error) {
      lastError = error;
      if ((error as { final?: boolean }).final) break;
      if (attempt < STORAGE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 1000) * attempt));
    }
  }
  throw lastError;
}
