// Promotion: a model that passed its evaluation recorded as a GitHub release, with the adapter
// archive (or only the hosted model id), run.json, the eval report and the dataset hashes as
// assets, and the eval summary as its notes. A hidden marker in the notes says what was promoted,
// so that nothing is promoted twice for the same dataset hash and the next evaluation can find the
// latest promoted model (`baseline: latest-release`) without a second place to keep it.
//
// Naming: tag `model/<model>-<short sha>` (the model id with anything a git tag may not hold
// replaced by "-"), title `<model> (<short sha>)`. Not marked as the repository's latest release
// by default: the repository may publish software releases that a model must not displace.
import { mkdir, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { unpackTarGz } from "../files/tarGz.js";
import type { GitHubClient } from "./octokit.js";
import { downloadReleaseAsset, uploadReleaseAssets, type ReleaseAsset, type ReleaseAssetFile } from "./releaseAssets.js";
import { httpStatus, isPermissionDenied, permissionFix } from "./requestErrors.js";
import { ACTIONS_BOT_LOGIN } from "./stickyComment.js";
import { truncateBody } from "./truncateBody.js";

/** GitHub refuses longer release notes (422 "body is too long (maximum is 125000 characters)"); undocumented, measured. */
export const RELEASE_BODY_LIMIT = 125_000;

export const RELEASE_TRUNCATION_NOTICE =
  "> [!WARNING]\n> These notes were cut to fit GitHub's 125,000-character limit for a release. The full evaluation report is attached (eval-report.json).";

const MARKER = "finetune-ci:promoted";

/** What a promotion records, in the release's hidden marker. */
export interface PromotionRecord {
  /** The model the evaluation called the candidate: a base model served with the adapter, or an `ft:` id. */
  model: string;
  /** The datasets' hash (training and holdout files): one promotion per hash. */
  datasetHash: string;
  /** The commit evaluated (full SHA). */
  commit: string;
  /** The release asset holding the adapter archive; absent for a hosted model. */
  adapterAsset?: string;
}

export interface PromotedRelease {
  id: number;
  tag: string;
  name: string;
  url: string;
  draft: boolean;
  record: PromotionRecord;
  assets: ReleaseAsset[];
}

export interface PromotionRequest {
  owner: string;
  repo: string;
  record: PromotionRecord;
  /** Markdown: the evaluation summary. */
  notes: string;
  assets: ReleaseAssetFile[];
  /** Mark it the repository's latest release. Default false. */
  makeLatest?: boolean;
  /** The identity whose releases count as promotions; default the GITHUB_TOKEN's bot. */
  authorLogin?: string;
}

export type PromotionResult =
  | { action: "created" | "resumed"; release: PromotedRelease; truncated: boolean }
  | { action: "already-promoted"; release: PromotedRelease }
  | { action: "forbidden"; reason: string };

export function promotionTag(model: string, commit: string): string {
  const slug =
    model
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/\.{2,}/g, ".")
      .replace(/-{2,}/g, "-")
      .replace(/^[.-]+|[.-]+$/g, "")
      .slice(0, 80)
      .replace(/[.-]+$/, "") || "model";
  return `model/${slug}-${shortSha(commit)}`;
}

export function promotionMarker(record: PromotionRecord): string {
  // JSON with <, > and & escaped cannot end the HTML comment it sits in.
  const json = JSON.stringify({ model: record.model, datasetHash: record.datasetHash, commit: record.commit, ...(record.adapterAsset ? { adapterAsset: record.adapterAsset } : {}) }).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `<!-- ${MARKER} ${json} -->`;
}

export function readPromotionMarker(body: string | null | undefined): PromotionRecord | undefined {
  const match = body?.match(new RegExp(`<!-- ${MARKER} (\\{.*?\\}) -->`));
  if (!match) return undefined;
  try {
    const o = JSON.parse(match[1]!) as Record<string, unknown>;
    if (typeof o.model !== "string" || typeof o.datasetHash !== "string" || typeof o.commit !== "string") return undefined;
    return { model: o.model, datasetHash: o.datasetHash, commit: o.commit, ...(typeof o.adapterAsset === "string" ? { adapterAsset: o.adapterAsset } : {}) };
  } catch {
    return undefined;
  }
}

interface ListedRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  html_url: string;
  upload_url: string;
  author: { login: string } | null;
  assets: ReleaseAsset[];
}

/** This identity's release for the dataset hash, drafts included (a promotion that stopped half-way). */
export async function findPromotion(octokit: GitHubClient, repo: { owner: string; repo: string }, datasetHash: string, authorLogin = ACTIONS_BOT_LOGIN): Promise<PromotedRelease | undefined> {
  return findRelease(octokit, repo, authorLogin, (record) => record.datasetHash === datasetHash);
}

/** The newest published promotion: the model `baseline: latest-release` compares against. */
export async function latestPromotedModel(octokit: GitHubClient, repo: { owner: string; repo: string }, authorLogin = ACTIONS_BOT_LOGIN): Promise<PromotedRelease | undefined> {
  return findRelease(octokit, repo, authorLogin, (_record, release) => !release.draft);
}

async function findRelease(
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  authorLogin: string,
  wanted: (record: PromotionRecord, release: ListedRelease) => boolean,
): Promise<PromotedRelease | undefined> {
  // Newest first, as GitHub lists them; stop at the first match rather than reading every page.
  for await (const { data } of octokit.paginate.iterator(octokit.rest.repos.listReleases, { ...repo, per_page: 100 })) {
    for (const release of data as ListedRelease[]) {
      // Only this identity's releases: anyone may write a marker into a release of their own.
      if (release.author?.login !== authorLogin) continue;
      const record = readPromotionMarker(release.body);
      if (record && wanted(record, release)) return promoted(release, record);
    }
  }
  return undefined;
}

/**
 * Creates the release as a draft, attaches the assets, then publishes it, so that a release is
 * never public without its files. A draft left by an interrupted run is resumed; a published
 * release for the same dataset hash means there is nothing to do.
 */
export async function promoteModel(octokit: GitHubClient, request: PromotionRequest): Promise<PromotionResult> {
  const repo = { owner: request.owner, repo: request.repo };
  const { record } = request;
  if (!/^[\w.:-]{8,200}$/.test(record.datasetHash)) throw new Error(`dataset hash ${JSON.stringify(record.datasetHash)}: expected 8 to 200 letters, digits, ".", ":", "_" or "-"`);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(record.commit)) throw new Error(`commit ${JSON.stringify(record.commit)}: expected a full commit SHA`);
  const marker = promotionMarker(record);
  const footer = `\n\n---\nPromoted by finetune-ci: \`${record.model.replace(/`/g, "'")}\`, dataset hash \`${record.datasetHash}\`, commit ${record.commit}.`;
  const notes = truncateBody(request.notes, RELEASE_BODY_LIMIT - marker.length - 1 - footer.length, RELEASE_TRUNCATION_NOTICE);
  const body = `${marker}\n${notes}${footer}`;
  try {
    const existing = await findPromotion(octokit, repo, record.datasetHash, request.authorLogin);
    if (existing && !existing.draft) return { action: "already-promoted", release: existing };
    const tag = promotionTag(record.model, record.commit);
    // Before any upload: a published release that is not this promotion may already hold the tag.
    if (!existing) await refuseTakenTag(octokit, repo, tag, record);
    const draft = existing
      ? await refreshDraft(octokit, repo, existing.id, body)
      : (await octokit.rest.repos.createRelease({ ...repo, tag_name: tag, target_commitish: record.commit, name: `${record.model} (${shortSha(record.commit)})`, body, draft: true })).data;
    const assets = await uploadReleaseAssets(octokit, repo, draft as ListedRelease, request.assets);
    const { data: published } = await octokit.rest.repos.updateRelease({ ...repo, release_id: draft.id, draft: false, make_latest: request.makeLatest ? "true" : "false" });
    return { action: existing ? "resumed" : "created", release: { ...promoted(published as ListedRelease, record), assets }, truncated: notes !== request.notes };
  } catch (error) {
    if (isPermissionDenied(error)) {
      return { action: "forbidden", reason: `GitHub refused the release (HTTP ${error.status}: ${error.message}); nothing was promoted. To promote, ${permissionFix("contents: write")}` };
    }
    if (error instanceof Error && /already_exists/.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ""))) {
      throw tagTaken(promotionTag(record.model, record.commit), record);
    }
    throw error;
  }
}

async function refuseTakenTag(octokit: GitHubClient, repo: { owner: string; repo: string }, tag: string, record: PromotionRecord): Promise<void> {
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag });
    throw tagTaken(tag, record, data.html_url);
  } catch (error) {
    if (httpStatus(error) === 404) return;
    throw error;
  }
}

function tagTaken(tag: string, record: PromotionRecord, url?: string): Error {
  return new Error(`a release tagged ${tag}${url ? ` (${url})` : ""} already exists without finetune-ci's marker for dataset hash ${record.datasetHash}; delete that release (and its tag) or promote from another commit`);
}

async function refreshDraft(octokit: GitHubClient, repo: { owner: string; repo: string }, id: number, body: string) {
  return (await octokit.rest.repos.updateRelease({ ...repo, release_id: id, body })).data;
}

function promoted(release: ListedRelease, record: PromotionRecord): PromotedRelease {
  return {
    id: release.id,
    tag: release.tag_name,
    name: release.name ?? release.tag_name,
    url: release.html_url,
    draft: release.draft,
    record,
    assets: release.assets.map((a) => ({ id: a.id, name: a.name, size: a.size, state: a.state })),
  };
}

function shortSha(commit: string): string {
  return commit.slice(0, 7);
}

/** The asset names a promotion attaches (the adapter archive only for a self-hosted adapter). */
export const PROMOTION_ASSET_NAMES = { adapter: "adapter.tar.gz", runRecord: "run.json", evalReport: "eval-report.json", datasetHashes: "dataset-hashes.json" } as const;

/** The folder name every entry of the adapter archive sits in (packTarGz's prefix). */
export const ADAPTER_ARCHIVE_FOLDER = "adapter";

/**
 * The promoted adapter, downloaded and unpacked into `folder` (new or empty): the adapter files
 * end up in `<folder>/adapter`. A promotion of a hosted model has no adapter to download.
 */
export async function fetchPromotedAdapter(octokit: GitHubClient, repo: { owner: string; repo: string }, release: PromotedRelease, folder: string): Promise<{ adapterPath: string; archiveBytes: number }> {
  const name = release.record.adapterAsset;
  if (!name) throw new Error(`release ${release.tag} promoted the hosted model ${release.record.model}: it has no adapter to download; use the model id`);
  const asset = release.assets.find((a) => a.name === name && a.state === "uploaded");
  if (!asset) throw new Error(`release ${release.tag} (${release.url}) has no uploaded asset ${name}; was it deleted? Promote again or choose another baseline`);
  await mkdir(folder, { recursive: true });
  const archive = join(folder, "..", `${basename(folder)}-${asset.id}.tar.gz`);
  try {
    const download = await downloadReleaseAsset(octokit, { ...repo, assetId: asset.id }, archive);
    if (download.bytes !== asset.size) throw new Error(`release ${release.tag}: ${name} downloaded as ${download.bytes} bytes, GitHub lists ${asset.size}`);
    await unpackTarGz(archive, folder);
    return { adapterPath: join(folder, ADAPTER_ARCHIVE_FOLDER), archiveBytes: download.bytes };
  } finally {
    await rm(archive, { force: true });
  }
}
