// The real artifact upload: src/adapters/github/artifactStore.ts with @actions/artifact's DefaultArtifactClient,
// talking to a local stand-in for GitHub's artifact service (Twirp) and the Azure blob it signs
// (test/support/artifactStandIn.ts), which checks every request against those protocols.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { workflowArtifactStore } from "../../src/adapters/github/artifactStore.js";
import { ArtifactStandIn, zipEntries } from "../support/artifactStandIn.js";

const NAME = "finetune-ci-adapter";
const ENV_KEYS = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID", "GITHUB_RETENTION_DAYS"] as const;

let scratch: string;
let standIn: ArtifactStandIn;
let logged: string[];
const saved: Partial<Record<(typeof ENV_KEYS)[number], string>> = {};

/** A training output folder as train.py and the report leave it; `adapterBytes` sizes the weights. */
function outputDir(name: string, adapterBytes: number): { root: string; files: Record<string, Buffer> } {
  const root = join(scratch, name);
  const files: Record<string, Buffer> = {
    // Random bytes do not deflate: past the client's 8 MiB chunk size this makes a second block.
    "adapter/adapter_model.safetensors": randomBytes(adapterBytes),
    "adapter/adapter_config.json": Buffer.from(JSON.stringify({ peft_type: "LORA", r: 8, lora_alpha: 16, target_modules: ["q_proj", "v_proj"] }, null, 2)),
    "metrics.jsonl": Buffer.from(`${[1, 2, 3].map((step) => JSON.stringify({ step, epoch: step / 3, loss: 2.5 / step, num_tokens: 120 * step })).join("\n")}\n`),
    "run.json": Buffer.from(JSON.stringify({ model: "tiny-llama", trained_tokens: 360, final_train_loss: 0.83 }, null, 2)),
    "training-report.md": Buffer.from("## finetune-ci: training report\n\n| Tokens trained | 360 |\n"),
  };
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return { root, files };
}

const upload = (out: { root: string; files: Record<string, Buffer> }, options: { retentionDays?: number } = {}) =>
  workflowArtifactStore(process.env).upload(NAME, Object.keys(out.files).map((f) => join(out.root, f)), out.root, options);

const operations = () => standIn.requests.map((r) => `${r.operation} ${r.status}`);

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-artifact-"));
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
  standIn = await ArtifactStandIn.start();
  Object.assign(process.env, standIn.env(), { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/assistant-data", GITHUB_RUN_ID: "7012345678" });
  delete process.env.GITHUB_RETENTION_DAYS;
  logged = [];
  // @actions/core's info/debug/warning go to stdout as workflow commands.
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await standIn.stop();
});

describe("workflow artifact upload through @actions/artifact", () => {
  it("uploads the adapter, metrics.jsonl, run.json and the report as one zip, byte for byte", async () => {
    const out = outputDir("two-blocks", 9 * 1024 * 1024);
    const status = await upload(out, { retentionDays: 5 });

    expect(standIn.violations).toEqual([]);
    const artifact = standIn.artifact(NAME);
    expect(status).toEqual({ uploaded: true, name: NAME, id: artifact.id, bytes: artifact.bytes.length, url: `https://github.com/acme/assistant-data/actions/runs/7012345678/artifacts/${artifact.id}` });

    const entries = zipEntries(artifact.bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(out.files).sort());
    for (const entry of entries) expect(entry.bytes.equals(out.files[entry.name]!), entry.name).toBe(true);

    // What the client told the service, as the stand-in recorded it.
    expect(artifact).toMatchObject({ workflowRunBackendId: standIn.workflowRunBackendId, workflowJobRunBackendId: standIn.workflowJobRunBackendId, version: 7, mimeType: "application/zip", contentType: "application/zip", size: artifact.bytes.length });
    expect(artifact.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const days = (Date.parse(artifact.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThanOrEqual(5);
    // 9 MiB of weights in 8 MiB chunks: two Put Block calls, then the block list, in that order.
    expect(artifact.blocks).toBe(2);
    expect(operations()).toEqual(["CreateArtifact 200", "PutBlock 201", "PutBlock 201", "PutBlockList 201", "FinalizeArtifact 200"]);
    const create = standIn.requests[0]!;
    expect(create.headers["user-agent"]).toMatch(/@actions\/artifact-\d+\.\d+\.\d+/);
    expect(Object.keys(create.body as object).sort()).toEqual(["expires_at", "mime_type", "name", "version", "workflow_job_run_backend_id", "workflow_run_backend_id"]);
    expect(logged.join("")).toContain(`Artifact ${NAME} successfully finalized. Artifact ID ${artifact.id}`);
  });

  it("without a retention the request carries no expires_at", async () => {
    await upload(outputDir("no-retention", 1024));
    expect(standIn.violations).toEqual([]);
    expect(standIn.artifact(NAME).expiresAt).toBeUndefined();
    expect(standIn.requests[0]!.body).not.toHaveProperty("expires_at");
  });

  it("a 500 on the first Put Block is retried at once by the storage client, and the artifact is whole", async () => {
    const out = outputDir("block-fault", 4096);
    standIn.fail({ operation: "PutBlock", status: 500 });
    const started = Date.now();
    const status = await upload(out);
    expect(Date.now() - started).toBeLessThan(3000);

    expect(standIn.violations).toEqual([]);
    expect(operations()).toEqual(["CreateArtifact 200", "PutBlock 500", "PutBlock 201", "PutBlockList 201", "FinalizeArtifact 200"]);
    // The retry puts the same block id again.
    const [failed, retried] = standIn.requests.filter((r) => r.operation === "PutBlock");
    expect(failed!.fault).toBe(true);
    expect(retried!.headers["x-ms-client-request-id"]).toBeTruthy();
    const artifact = standIn.artifact(NAME);
    expect(status).toMatchObject({ uploaded: true, id: artifact.id, bytes: artifact.bytes.length });
    const entries = zipEntries(artifact.bytes);
    expect(Object.fromEntries(entries.map((e) => [e.name, e.bytes.equals(out.files[e.name]!)]))).toEqual(Object.fromEntries(Object.keys(out.files).map((f) => [f, true])));
  });

  it("a 500 on CreateArtifact is retried after the Twirp client's 3 s back-off, and says so in the log", async () => {
    standIn.fail({ operation: "CreateArtifact", status: 500, msg: "results service hiccup" });
    const status = await upload(outputDir("create-fault", 2048));

    expect(standIn.violations).toEqual([]);
    expect(operations()).toEqual(["CreateArtifact 500", "CreateArtifact 200", "PutBlock 201", "PutBlockList 201", "FinalizeArtifact 200"]);
    expect(logged.join("")).toContain("Attempt 1 of 5 failed with error: Failed request: (500) Internal Server Error: results service hiccup. Retrying request in 3000 ms...");
    expect(status).toMatchObject({ uploaded: true, id: standIn.artifact(NAME).id });
  }, 15_000);

  it("a 4xx from CreateArtifact is not retried: the upload rejects with the service's message and no blob is written", async () => {
    standIn.fail({ operation: "CreateArtifact", status: 403, msg: "artifact storage quota has been hit" });
    await expect(upload(outputDir("create-refused", 2048))).rejects.toThrow("Failed to CreateArtifact: Received non-retryable error: Failed request: (403) Forbidden: artifact storage quota has been hit");
    expect(operations()).toEqual(["CreateArtifact 403"]);
    expect(standIn.artifacts).toEqual([]);
    // DefaultArtifactClient.uploadArtifact returns the upload's promise un-awaited inside its try, so
    // its "Artifact upload failed" warning never fires for a failure from the service.
    expect(logged.join("")).not.toContain("Artifact upload failed");
  });

  it("a second artifact of the same name in the run is refused (409), as the service does", async () => {
    await upload(outputDir("first", 1024));
    await expect(upload(outputDir("second", 1024))).rejects.toThrow("Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run: finetune-ci-adapter");
    expect(standIn.artifacts).toHaveLength(1);
    expect(standIn.violations).toEqual([]);
  });

  it("on a GHES server URL the client refuses before any request", async () => {
    process.env.GITHUB_SERVER_URL = "https://github.acme.example";
    await expect(upload(outputDir("ghes", 1024))).rejects.toThrow("@actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported on GHES.");
    expect(standIn.requests).toEqual([]);
    // Only this synchronous refusal gets the client's own "Artifact upload failed" warning (see the 4xx case).
    expect(logged.join("")).toContain("::warning::Artifact upload failed with error: GHESNotSupportedError");
  });
});

describe("the stand-in holds a client to the protocol", () => {
  const twirp = (method: string, body: object, token = standIn.token) =>
    fetch(new URL(`/twirp/github.actions.results.api.v1.ArtifactService/${method}`, standIn.url), { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const ids = () => ({ workflow_run_backend_id: standIn.workflowRunBackendId, workflow_job_run_backend_id: standIn.workflowJobRunBackendId });

  it("refuses camelCase fields, a wrong token and foreign backend ids", async () => {
    const camel = await twirp("CreateArtifact", { workflowRunBackendId: standIn.workflowRunBackendId, name: "x", version: 7 });
    expect(camel.status).toBe(400);
    expect(await camel.json()).toMatchObject({ code: "invalid_argument" });
    expect((await twirp("CreateArtifact", { ...ids(), name: "x", version: 7 }, "not-the-token")).status).toBe(401);
    expect((await twirp("CreateArtifact", { ...ids(), workflow_job_run_backend_id: "someone-else", name: "x", version: 7 })).status).toBe(400);
    expect(standIn.violations.join("\n")).toMatch(/unknown field workflowRunBackendId[\s\S]*Authorization[\s\S]*workflow_job_run_backend_id "someone-else"/);
  });

  it("refuses a Finalize whose size or hash does not match the committed blob", async () => {
    const created = (await (await twirp("CreateArtifact", { ...ids(), name: "x", version: 7 })).json()) as { signed_upload_url: string };
    const blob = new URL(created.signed_upload_url);
    const block = Buffer.from("0000").toString("base64");
    const put = (query: string, body: string) => fetch(`${blob.href}&${query}`, { method: "PUT", headers: { "x-ms-version": "2025-01-05", "x-ms-client-request-id": "t" }, body });
    expect((await put(`comp=block&blockid=${encodeURIComponent(block)}`, "hello")).status).toBe(201);
    expect((await put("comp=blocklist", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><BlockList><Latest>${block}</Latest></BlockList>`)).status).toBe(201);
    const wrong = await twirp("FinalizeArtifact", { ...ids(), name: "x", size: "6", hash: `sha256:${"0".repeat(64)}` });
    expect(wrong.status).toBe(400);
    expect(standIn.violations.join("\n")).toMatch(/size 6 but the blob holds 5 bytes/);
    standIn.violations.length = 0;
    const right = await twirp("FinalizeArtifact", { ...ids(), name: "x", size: "5", hash: "sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824" });
    expect(await right.json()).toEqual({ ok: true, artifact_id: String(standIn.artifact("x").id) });
    expect(standIn.artifact("x").bytes.toString()).toBe("hello");
    expect(standIn.violations).toEqual([]);
  });
});
