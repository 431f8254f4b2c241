// The answer cache folder kept between runs with the Actions cache: @actions/cache itself (system
// tar and zstd included) against a stand-in of cache service v2 and its blob storage
// (test/support/cacheStandIn.ts). A miss, a missing service or a service error is a result, never
// a failure.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actionsFolderCache, answerCacheKeys } from "../../src/adapters/actions/folderCache.js";
import { CacheStandIn } from "../support/cacheStandIn.js";

const ENV_KEYS = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL", "ACTIONS_CACHE_SERVICE_V2", "ACTIONS_CACHE_URL", "ACTIONS_CACHE_MODE", "GITHUB_WORKSPACE", "RUNNER_TEMP", "GITHUB_SERVER_URL"] as const;
const HOLDOUT = "a1".repeat(32);
const ARMS = "b2".repeat(32);

let scratch: string;
let workspace: string;
let folder: string;
let service: CacheStandIn;
let logged: string[];
const saved: Partial<Record<(typeof ENV_KEYS)[number], string>> = {};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
function filesUnder(root: string): Record<string, string> {
  if (!existsSync(root)) return {};
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(root, join(e.parentPath, e.name)), sha256(readFileSync(join(e.parentPath, e.name)))]),
  );
}

/** The eval engine's cache folder: one file per request, named by the request's hash. */
function fillCache(entries: Record<string, string>): Record<string, string> {
  mkdirSync(folder, { recursive: true });
  for (const [name, answer] of Object.entries(entries)) {
    mkdirSync(join(folder, name.slice(0, 2)), { recursive: true });
    writeFileSync(join(folder, name.slice(0, 2), `${name}.json`), JSON.stringify({ text: answer, usage: { input: 120, output: 8 } }));
  }
  return filesUnder(folder);
}

const cacheFor = (env: Record<string, string | undefined> = process.env) => actionsFolderCache(env);
const operations = () => service.requests.map((r) => `${r.operation} ${r.status}`);

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-cache-"));
  for (const key of ENV_KEYS) saved[key] = process.env[key];
});
afterAll(() => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(async () => {
  service = await CacheStandIn.start();
  workspace = mkdtempSync(join(scratch, "workspace-"));
  folder = join(workspace, ".finetune-ci", "cache");
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, service.env(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(scratch, "temp-")), GITHUB_SERVER_URL: "https://github.com" });
  logged = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  expect(service.violations).toEqual([]);
  await service.stop();
});

describe("the answer cache between runs", () => {
  it("is saved by one run and restored by the next, file for file, through the v2 service and blob storage", async () => {
    const keys = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS });
    const files = fillCache({ "3fa1c9": "Paris", "77be02": "Berlin", "c0ffee": "{\"label\":\"billing\"}" });
    expect(await cacheFor().save(folder, keys)).toEqual({ saved: true, key: keys.primary, id: expect.any(Number) });
    expect(operations()).toEqual(["CreateCacheEntry 200", "PutBlob 201", "FinalizeCacheEntryUpload 200"]);
    // A zstd-compressed tar, made by the system's tar and zstd as on a runner.
    expect(service.entries[0]!.bytes.subarray(0, 4).toString("hex")).toBe("28b52ffd");

    rmSync(folder, { recursive: true });
    const restored = await cacheFor().restore(folder, keys);
    expect(restored).toEqual({ hit: "exact", key: keys.primary });
    expect(filesUnder(folder)).toEqual(files);
    expect(service.requests.find((r) => r.operation === "GetCacheEntryDownloadURL")!.body).toEqual({ key: keys.primary, restore_keys: keys.restore, version: service.entries[0]!.version });
    // The runtime token went to the service only, never to storage.
    for (const r of service.requests) expect(Boolean(r.headers.authorization)).toBe(!r.operation.endsWith("Blob"));
  });

  it("is not saved again after an exact hit: entries are immutable", async () => {
    const keys = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS });
    fillCache({ aa11: "x" });
    await cacheFor().save(folder, keys);
    const restored = await cacheFor().restore(folder, keys);
    const before = service.requests.length;
    expect(await cacheFor().save(folder, keys, restored)).toMatchObject({ saved: false, reason: expect.stringContaining("exists already") });
    expect(service.requests.length).toBe(before);
  });

  it("is restored from the same holdout's newest entry when the arm settings changed, then saved under the new key", async () => {
    const old = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS });
    const files = fillCache({ aa11: "base answer" });
    await cacheFor().save(folder, old);
    rmSync(folder, { recursive: true });

    const changed = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: "c3".repeat(32) });
    const restored = await cacheFor().restore(folder, changed);
    expect(restored).toEqual({ hit: "partial", key: old.primary });
    expect(filesUnder(folder)).toEqual(files);
    fillCache({ bb22: "prompted answer under the new settings" });
    expect(await cacheFor().save(folder, changed, restored)).toMatchObject({ saved: true, key: changed.primary });
    expect(service.entries.map((e) => e.key)).toEqual([old.primary, changed.primary]);
  });

  it("is not restored across holdouts: another holdout's answers are a miss", async () => {
    fillCache({ aa11: "x" });
    await cacheFor().save(folder, answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS }));
    rmSync(folder, { recursive: true });
    const restored = await cacheFor().restore(folder, answerCacheKeys({ holdoutHash: "d4".repeat(32), armSettingsHash: ARMS }));
    expect(restored).toMatchObject({ hit: "miss" });
    expect(existsSync(folder)).toBe(false);
  });

  it("is a miss on the first run", async () => {
    expect(await cacheFor().restore(folder, answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS }))).toMatchObject({ hit: "miss", reason: expect.stringContaining(`no cache entry for finetune-ci-answers-v1-${HOLDOUT}-${ARMS}`) });
  });
});

describe("when the cache service fails, the evaluation goes on", () => {
  it("a rate-limited lookup is a miss, with the toolkit's warning in the log", async () => {
    service.fail("GetCacheEntryDownloadURL", 429);
    const restored = await cacheFor().restore(folder, answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS }));
    expect(restored).toMatchObject({ hit: "miss" });
    expect(operations()).toEqual(["GetCacheEntryDownloadURL 429"]);
    expect(logged.join("")).toMatch(/::warning::Failed to restore: .*Rate limited/);
  });

  it("storage refusing the download is a miss", async () => {
    const keys = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS });
    fillCache({ aa11: "x" });
    await cacheFor().save(folder, keys);
    rmSync(folder, { recursive: true });
    service.fail("GetBlob", 403);
    expect(await cacheFor().restore(folder, keys)).toMatchObject({ hit: "miss" });
    expect(operations().slice(-2)).toEqual(["GetCacheEntryDownloadURL 200", "GetBlob 403"]);
    expect(logged.join("")).toMatch(/::warning::Failed to restore/);
  });

  it("a key another job saved first is not saved, and says so", async () => {
    const keys = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS });
    fillCache({ aa11: "x" });
    await cacheFor().save(folder, keys);
    expect(await cacheFor().save(folder, keys)).toMatchObject({ saved: false, reason: expect.stringContaining("another job may have saved it first") });
    // The second reservation is refused (409 already_exists) and nothing is uploaded.
    expect(operations().at(-1)).toBe("CreateCacheEntry 409");
    expect(operations().filter((o) => o.startsWith("PutBlob"))).toHaveLength(1);
    expect(service.entries).toHaveLength(1);
  });

  it("storage refusing the upload leaves nothing saved and no error", async () => {
    service.fail("PutBlob", 403);
    fillCache({ aa11: "x" });
    expect(await cacheFor().save(folder, answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS }))).toMatchObject({ saved: false });
    expect(service.entries.filter((e) => e.finalized)).toEqual([]);
    expect(operations()).toEqual(["CreateCacheEntry 200", "PutBlob 403"]);
  });

  it("a folder that was never written is not saved, and says why", async () => {
    expect(await cacheFor().save(folder, answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS }))).toMatchObject({ saved: false, reason: expect.stringContaining("do(es) not exist") });
  });
});

describe("where there is no cache to use", () => {
  it("outside a GitHub Actions job nothing is sent and the reason is given", async () => {
    const keys = answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS });
    expect(await cacheFor({}).restore(folder, keys)).toEqual({ hit: "unavailable", reason: expect.stringContaining("not running inside a GitHub Actions job") });
    fillCache({ aa11: "x" });
    expect(await cacheFor({}).save(folder, keys)).toMatchObject({ saved: false, reason: expect.stringContaining("not running inside a GitHub Actions job") });
    expect(service.requests).toEqual([]);
  });

  it("a job the runner lets read the cache only (ACTIONS_CACHE_MODE=read) restores but does not save", async () => {
    process.env.ACTIONS_CACHE_MODE = "read";
    fillCache({ aa11: "x" });
    expect(await cacheFor().save(folder, answerCacheKeys({ holdoutHash: HOLDOUT, armSettingsHash: ARMS }))).toMatchObject({ saved: false, reason: expect.stringContaining("ACTIONS_CACHE_MODE=read") });
    expect(service.requests).toEqual([]);
  });
});

describe("cache keys", () => {
  it("name the holdout and the arm settings, within the service's 512 characters and without commas", () => {
    const keys = answerCacheKeys({ holdoutHash: "f".repeat(128), armSettingsHash: "e".repeat(128) });
    expect(keys).toEqual({ primary: `finetune-ci-answers-v1-${"f".repeat(128)}-${"e".repeat(128)}`, restore: [`finetune-ci-answers-v1-${"f".repeat(128)}-`] });
    expect(keys.primary.length).toBeLessThanOrEqual(512);
  });

  it.each([["abc,def1234"], ["short"], ["has space 12345"]])("refuse a hash like %j", (bad) => {
    expect(() => answerCacheKeys({ holdoutHash: bad, armSettingsHash: ARMS })).toThrow(/must be 8 to 128 letters or digits/);
  });
});
