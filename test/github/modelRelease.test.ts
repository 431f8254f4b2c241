// Promotion as a GitHub release, against the GitHub stand-in (OpenAPI-checked API, a separate
// uploads origin, and signed storage that refuses the token): created as a draft, assets attached,
// then published; never twice for one dataset hash; the latest promoted model found again and its
// adapter downloaded and unpacked for `baseline: latest-release`.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { packTarGz } from "../../src/adapters/files/tarGz.js";
import {
  fetchPromotedAdapter,
  findPromotion,
  latestPromotedModel,
  promoteModel,
  promotionMarker,
  promotionTag,
  PROMOTION_ASSET_NAMES,
  readPromotionMarker,
  RELEASE_BODY_LIMIT,
  type PromotionRecord,
} from "../../src/adapters/github/modelRelease.js";
import { downloadReleaseAsset, type ReleaseAssetFile } from "../../src/adapters/github/releaseAssets.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";

const MODEL = "Qwen/Qwen2.5-0.5B-Instruct";
const OTHER_USER = { login: "octocat", id: 1, type: "User" as const };

let scratch: string;
let adapterFiles: Record<string, Buffer>;
let assets: ReleaseAssetFile[];
let github: GitHubFixture;
let sha: string;

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-release-"));
  const adapter = join(scratch, "adapter-out");
  mkdirSync(adapter);
  adapterFiles = { "adapter_model.safetensors": randomBytes(600_000), "adapter_config.json": Buffer.from('{"peft_type":"LORA","r":8}') };
  for (const [name, bytes] of Object.entries(adapterFiles)) writeFileSync(join(adapter, name), bytes);
  await packTarGz(adapter, join(scratch, PROMOTION_ASSET_NAMES.adapter), { prefix: "adapter" });
  writeFileSync(join(scratch, PROMOTION_ASSET_NAMES.runRecord), JSON.stringify({ base_model: MODEL, trained_tokens: 360 }));
  writeFileSync(join(scratch, PROMOTION_ASSET_NAMES.evalReport), JSON.stringify({ schemaVersion: 1, verdict: "pass" }));
  writeFileSync(join(scratch, PROMOTION_ASSET_NAMES.datasetHashes), JSON.stringify({ "data/train.jsonl": "a".repeat(64), "data/holdout.jsonl": "b".repeat(64) }));
  assets = [
    { name: PROMOTION_ASSET_NAMES.adapter, path: join(scratch, PROMOTION_ASSET_NAMES.adapter), contentType: "application/gzip" },
    { name: PROMOTION_ASSET_NAMES.runRecord, path: join(scratch, PROMOTION_ASSET_NAMES.runRecord), contentType: "application/json" },
    { name: PROMOTION_ASSET_NAMES.evalReport, path: join(scratch, PROMOTION_ASSET_NAMES.evalReport), contentType: "application/json" },
    { name: PROMOTION_ASSET_NAMES.datasetHashes, path: join(scratch, PROMOTION_ASSET_NAMES.datasetHashes), contentType: "application/json" },
  ];
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeEach(async () => {
  github = await startGitHub();
  sha = github.repository.git(["rev-parse", "HEAD"]).toString().trim();
});
afterEach(async () => {
  expect(github.standIn.violations).toEqual([]);
  await github.close();
});

const record = (datasetHash = "d".repeat(64)): PromotionRecord => ({ model: MODEL, datasetHash, commit: sha, adapterAsset: PROMOTION_ASSET_NAMES.adapter });
const NOTES = "## finetune-ci eval: pass\n\n| metric | candidate | base | delta |\n|---|---|---|---|\n| accuracy | 0.84 | 0.72 | +0.12 |";
const promote = (overrides: Partial<Parameters<typeof promoteModel>[1]> = {}) => promoteModel(github.octokit, { owner: OWNER, repo: REPO, record: record(), notes: NOTES, assets, ...overrides });
const releases = () => github.standIn.releases.releases;
const apiWrites = () => github.standIn.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.route}`);

describe("promoting a model", () => {
  it("creates a draft, attaches the four files, then publishes it, not as the repository's latest release", async () => {
    const result = await promote();
    expect(result).toMatchObject({ action: "created", truncated: false, release: { tag: `model/Qwen-Qwen2.5-0.5B-Instruct-${sha.slice(0, 7)}`, draft: false } });
    const [release, ...others] = releases();
    expect(others).toEqual([]);
    expect(release).toMatchObject({ tagName: `model/Qwen-Qwen2.5-0.5B-Instruct-${sha.slice(0, 7)}`, targetCommitish: sha, name: `${MODEL} (${sha.slice(0, 7)})`, draft: false, makeLatest: "false" });
    expect(release!.assets.map((a) => [a.name, a.state, a.contentType, sha256(a.bytes)])).toEqual(assets.map((a) => [a.name, "uploaded", a.contentType, sha256(readFileSync(a.path))]));
    expect(apiWrites()).toEqual(["POST /repos/{owner}/{repo}/releases", "PATCH /repos/{owner}/{repo}/releases/{release_id}"]);
    // The tag was checked free first (a 404), encoded as one path segment.
    expect(github.standIn.requests.find((r) => r.route === "/repos/{owner}/{repo}/releases/tags/{tag}")!.path).toBe(`/repos/${OWNER}/${REPO}/releases/tags/model/Qwen-Qwen2.5-0.5B-Instruct-${sha.slice(0, 7)}`);
    expect(github.standIn.requests.find((r) => r.method === "POST")!.body).toMatchObject({ draft: true });
    // The uploads went to the upload_url's origin, as on GitHub (uploads.github.com).
    expect(github.standIn.storageRequests.map((r) => `${r.method} ${r.query.name}`)).toEqual(assets.map((a) => `POST ${a.name}`));
  });

  it("writes the eval summary as the notes, with the hidden marker first and a visible footer", async () => {
    await promote();
    const body = releases()[0]!.body!;
    expect(body.split("\n")[0]).toBe(promotionMarker(record()));
    expect(body).toContain(NOTES);
    expect(body).toMatch(/Promoted by finetune-ci: `Qwen\/Qwen2\.5-0\.5B-Instruct`, dataset hash `d{64}`, commit [0-9a-f]{40}\.$/);
    expect(readPromotionMarker(body)).toEqual(record());
  });

  it("promotes nothing twice for the same dataset hash", async () => {
    const first = await promote();
    const before = github.standIn.requests.length;
    const second = await promote();
    expect(second).toEqual({ action: "already-promoted", release: expect.objectContaining({ id: first.action === "created" ? first.release.id : -1 }) });
    expect(github.standIn.requests.slice(before).map((r) => r.method)).toEqual(["GET"]);
    expect(releases()).toHaveLength(1);
  });

  it("promotes again when the dataset hash changed", async () => {
    await promote();
    github.repository.commit({ "data/train.jsonl": "{}\n" }, "more data");
    sha = github.repository.git(["rev-parse", "HEAD"]).toString().trim();
    const result = await promote({ record: record("e".repeat(64)) });
    expect(result.action).toBe("created");
    expect(releases()).toHaveLength(2);
  });

  it("resumes a draft an interrupted run left: keeps the whole asset, replaces the starter one, publishes", async () => {
    const draft = github.standIn.releases.seedRelease({ tagName: promotionTag(MODEL, sha), draft: true, body: `${promotionMarker(record())}\nold notes` });
    const whole = github.standIn.releases.seedAsset(draft, { name: PROMOTION_ASSET_NAMES.runRecord, bytes: readFileSync(assets[1]!.path), contentType: "application/json" });
    github.standIn.releases.seedAsset(draft, { name: PROMOTION_ASSET_NAMES.adapter, bytes: Buffer.alloc(0), state: "starter" });
    const result = await promote();
    expect(result).toMatchObject({ action: "resumed", release: { id: draft.id, draft: false } });
    expect(releases()).toHaveLength(1);
    expect(draft.assets.map((a) => a.name).sort()).toEqual(assets.map((a) => a.name).sort());
    expect(draft.assets.every((a) => a.state === "uploaded")).toBe(true);
    expect(draft.assets.find((a) => a.name === PROMOTION_ASSET_NAMES.runRecord)!.id).toBe(whole.id);
    expect(draft.body).toContain(NOTES);
  });

  it("survives an upload that failed with a 502 and left a starter asset holding the name", async () => {
    github.standIn.releases.failUpload("bad-gateway-after-starter");
    const result = await promote();
    expect(result.action).toBe("created");
    const adapter = releases()[0]!.assets.filter((a) => a.name === PROMOTION_ASSET_NAMES.adapter);
    expect(adapter.map((a) => [a.state, sha256(a.bytes)])).toEqual([["uploaded", sha256(readFileSync(assets[0]!.path))]]);
  });

  it("cuts notes over GitHub's 125,000 characters visibly and keeps the marker", async () => {
    const long = `${NOTES}\n\n${Array.from({ length: 9000 }, (_, i) => `| example ${i} | regressed | ${"x".repeat(5)} |`).join("\n")}`;
    const result = await promote({ notes: long });
    expect(result).toMatchObject({ action: "created", truncated: true });
    const body = releases()[0]!.body!;
    expect(body.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT);
    expect(body).toContain("These notes were cut to fit GitHub's 125,000-character limit");
    expect(readPromotionMarker(body)).toEqual(record());
  });

  it("comes back as forbidden, with the permissions line, when the token may not write contents", async () => {
    github.standIn.deny("contents: write");
    const result = await promote();
    expect(result).toMatchObject({ action: "forbidden" });
    expect(result.action === "forbidden" && result.reason).toMatch(/HTTP 403.*nothing was promoted.*permissions:\n    contents: write/s);
    expect(releases()).toEqual([]);
  });

  it("says which tag is in the way when a release without the marker already holds it", async () => {
    github.standIn.releases.seedRelease({ tagName: promotionTag(MODEL, sha), author: OTHER_USER, body: "hand-made" });
    await expect(promote()).rejects.toThrow(`a release tagged model/Qwen-Qwen2.5-0.5B-Instruct-${sha.slice(0, 7)} (https://github.com/${OWNER}/${REPO}/releases/tag/model/Qwen-Qwen2.5-0.5B-Instruct-${sha.slice(0, 7)}) already exists without finetune-ci's marker`);
    // Refused before anything was created or uploaded.
    expect(apiWrites()).toEqual([]);
    expect(github.standIn.storageRequests).toEqual([]);
  });

  it("does not count a marker someone else wrote into their own release", async () => {
    github.standIn.releases.seedRelease({ tagName: "v1.0.0", author: OTHER_USER, body: promotionMarker(record()) });
    expect(await findPromotion(github.octokit, { owner: OWNER, repo: REPO }, record().datasetHash)).toBeUndefined();
    expect((await promote()).action).toBe("created");
  });
});

describe("the latest promoted model (baseline: latest-release)", () => {
  it("is the newest published promotion, found past the first page of releases; drafts and software releases do not count", async () => {
    const older = github.standIn.releases.seedRelease({ tagName: "model/older", body: promotionMarker({ ...record("1".repeat(64)), model: "older" }) });
    const newer = github.standIn.releases.seedRelease({ tagName: "model/newer", body: promotionMarker({ ...record("2".repeat(64)), model: "newer" }) });
    github.standIn.releases.seedRelease({ tagName: "model/draft", draft: true, body: promotionMarker({ ...record("3".repeat(64)), model: "draft" }) });
    for (let i = 0; i < 150; i++) github.standIn.releases.seedRelease({ tagName: `v1.${i}.0`, body: "software release" });
    const latest = await latestPromotedModel(github.octokit, { owner: OWNER, repo: REPO });
    expect(latest).toMatchObject({ id: newer.id, tag: "model/newer", record: { model: "newer" } });
    expect(latest!.id).not.toBe(older.id);
    const pages = github.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/releases").map((r) => r.query.page ?? "1");
    expect(pages).toEqual(["1", "2"]);
  });

  it("is none in a repository that promoted nothing yet", async () => {
    expect(await latestPromotedModel(github.octokit, { owner: OWNER, repo: REPO })).toBeUndefined();
  });

  it("comes with its adapter: downloaded through the API's redirect to storage, without the token there, and unpacked", async () => {
    await promote();
    const latest = (await latestPromotedModel(github.octokit, { owner: OWNER, repo: REPO }))!;
    const folder = join(scratch, `baseline-${Date.now()}`);
    const { adapterPath, archiveBytes } = await fetchPromotedAdapter(github.octokit, { owner: OWNER, repo: REPO }, latest, folder);
    expect(adapterPath).toBe(join(folder, "adapter"));
    expect(archiveBytes).toBe(readFileSync(assets[0]!.path).length);
    for (const [name, bytes] of Object.entries(adapterFiles)) expect(sha256(readFileSync(join(adapterPath, name)))).toBe(sha256(bytes));
    const apiCall = github.standIn.requests.find((r) => r.route === "/repos/{owner}/{repo}/releases/assets/{asset_id}")!;
    expect(apiCall.headers).toMatchObject({ accept: "application/octet-stream", authorization: "token ghs_stand-in" });
    const storageCall = github.standIn.storageRequests.find((r) => r.path.startsWith("/blobs/"))!;
    expect(storageCall.headers.authorization).toBeUndefined();
  });

  it("of a hosted model has no adapter to download, and says so", async () => {
    await promote({ record: { model: "ft:gpt-4o-mini-2024-07-18:acme::abc123", datasetHash: "f".repeat(64), commit: sha }, assets: assets.slice(1) });
    const latest = (await latestPromotedModel(github.octokit, { owner: OWNER, repo: REPO }))!;
    expect(latest.record).toEqual({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc123", datasetHash: "f".repeat(64), commit: sha });
    await expect(fetchPromotedAdapter(github.octokit, { owner: OWNER, repo: REPO }, latest, join(scratch, "hosted"))).rejects.toThrow(/promoted the hosted model ft:gpt-4o-mini.*no adapter to download; use the model id/);
  });

  it("downloads again after storage answers 503 once, and leaves no partial file when it keeps failing", async () => {
    await promote();
    const asset = releases()[0]!.assets[1]!;
    let calls = 0;
    const flaky: typeof fetch = (input, init) => (++calls === 1 ? Promise.resolve(new Response("busy", { status: 503 })) : fetch(input, init));
    const target = join(scratch, `run-${Date.now()}.json`);
    const got = await downloadReleaseAsset(github.octokit, { owner: OWNER, repo: REPO, assetId: asset.id }, target, { fetch: flaky, retryDelayMs: 1 });
    expect(got.bytes).toBe(asset.bytes.length);
    expect(calls).toBe(2);

    const broken: typeof fetch = () => Promise.resolve(new Response("gone", { status: 403 }));
    const missing = join(scratch, `never-${Date.now()}.json`);
    await expect(downloadReleaseAsset(github.octokit, { owner: OWNER, repo: REPO, assetId: asset.id }, missing, { fetch: broken, retryDelayMs: 1 })).rejects.toThrow(/storage answered HTTP 403 for http:\/\/127\.0\.0\.1:\d+\/blobs\/[0-9a-f]+$/);
    expect(execFileSync("ls", [scratch]).toString()).not.toMatch(/never-.*part/);
  });
});

describe("release naming", () => {
  it.each([
    [MODEL, "model/Qwen-Qwen2.5-0.5B-Instruct-"],
    ["ft:gpt-4o-mini-2024-07-18:acme::abc123", "model/ft-gpt-4o-mini-2024-07-18-acme-abc123-"],
    ["../..lock/@{x}~^:?*[\\ name.", "model/lock-x-name-"],
    ["", "model/model-"],
  ])("%j gives a tag git accepts: %s<sha7>", (model, prefix) => {
    const tag = promotionTag(model, "0123456789abcdef0123456789abcdef01234567");
    expect(tag).toBe(`${prefix}0123456`);
    // git's own rules for a ref name, not ours.
    execFileSync("git", ["check-ref-format", `refs/tags/${tag}`]);
  });

  it("keeps the marker readable whatever the model id holds, and it cannot close its HTML comment", () => {
    const hostile = { model: "x --> <script>alert(1)</script> & more", datasetHash: "a".repeat(64), commit: "b".repeat(40) };
    const marker = promotionMarker(hostile);
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(readPromotionMarker(`notes\n${marker}\nmore`)).toEqual(hostile);
  });
});
