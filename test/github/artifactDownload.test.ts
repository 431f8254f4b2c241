// The training artifact downloaded for the evaluation with @actions/artifact's own client: from an
// earlier job of this run (the artifact service stand-in: Twirp ListArtifacts and
// GetSignedArtifactURL, then the signed blob) or from another run (the GitHub stand-in: the REST
// listing through our client, the zip download's 302 to signed storage through the toolkit's).
//
// @actions/github reads GITHUB_API_URL once, when it is first imported, and @actions/artifact
// uses it for other runs' downloads: so the stand-ins start first, the environment is set, and only
// then are the modules that import the toolkit loaded. One GitHub stand-in serves the whole file.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ArtifactSource, ArtifactUnavailable } from "../../src/adapters/github/artifactDownload.js";
import { ArtifactStandIn } from "../support/artifactStandIn.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";

const NAME = "finetune-ci-adapter";
const THIS_RUN = "7012345678";
const TRAIN_RUN = 7012340000;
const ENV_KEYS = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL", "GITHUB_API_URL", "GITHUB_SERVER_URL", "GITHUB_WORKSPACE", "GITHUB_RUN_ID", "GITHUB_REPOSITORY"] as const;

let scratch: string;
let service: ArtifactStandIn;
let github: GitHubFixture;
let source: (env?: Record<string, string | undefined>) => ArtifactSource;
let trainingOutput: Record<string, Buffer>;
let logged: string[];
const saved: Partial<Record<(typeof ENV_KEYS)[number], string>> = {};
let n = 0;

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const hashed = (files: Record<string, Buffer>) => Object.fromEntries(Object.entries(files).map(([p, b]) => [p, sha256(b)]));
const filesUnder = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(root, join(e.parentPath, e.name)), sha256(readFileSync(join(e.parentPath, e.name)))]),
  );
const destination = () => join(scratch, `download-${++n}`);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-artifact-download-"));
  for (const key of ENV_KEYS) saved[key] = process.env[key];
  service = await ArtifactStandIn.start();
  github = await startGitHub();
  Object.assign(process.env, service.env(), { GITHUB_API_URL: github.standIn.url, GITHUB_SERVER_URL: "https://github.com", GITHUB_WORKSPACE: scratch, GITHUB_RUN_ID: THIS_RUN, GITHUB_REPOSITORY: `${OWNER}/${REPO}` });
  const { workflowArtifactSource } = await import("../../src/adapters/github/artifactDownload.js");
  const { workflowArtifactStore } = await import("../../src/adapters/github/artifactStore.js");
  source = (env = process.env) => workflowArtifactSource(env, { repository: `${OWNER}/${REPO}`, runId: THIS_RUN, token: "ghs_stand-in", octokit: github.octokit });

  // What the train job of this run left: the adapter and run records, uploaded by the real client.
  const out = join(scratch, "train-out");
  trainingOutput = {
    "adapter/adapter_model.safetensors": randomBytes(2 * 1024 * 1024),
    "adapter/adapter_config.json": Buffer.from('{"peft_type":"LORA","r":8}'),
    "run.json": Buffer.from(JSON.stringify({ base_model: "tiny-llama", train_file_sha256: "a".repeat(64) })),
    "metrics.jsonl": Buffer.from('{"step":1,"loss":2.5}\n'),
  };
  for (const [path, bytes] of Object.entries(trainingOutput)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
  }
  muteToolkit();
  const uploaded = await workflowArtifactStore(process.env).upload(NAME, Object.keys(trainingOutput).map((p) => join(out, p)), out, {});
  vi.restoreAllMocks();
  expect(uploaded.uploaded).toBe(true);
});

afterAll(async () => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await service.stop();
  await github.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** @actions/core writes its log lines (info, debug, warning) to stdout as workflow commands. */
function muteToolkit(): void {
  logged = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
}

beforeEach(() => {
  // The evaluation runs in a job of its own: its runtime token is not the train job's.
  process.env.ACTIONS_RUNTIME_TOKEN = service.jobToken();
  muteToolkit();
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(service.violations).toEqual([]);
  expect(github.standIn.violations).toEqual([]);
});

const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the download should fail"), (error: ArtifactUnavailable) => error);

describe("the training artifact of this workflow run", () => {
  it("is found by name and extracted file for file, through the artifact service and its signed blob", async () => {
    const before = service.requests.length;
    const folder = destination();
    const got = await source().download({ name: NAME }, folder);
    expect(got).toEqual({ name: NAME, id: service.artifact(NAME).id, path: folder, files: 4, bytes: Object.values(trainingOutput).reduce((s, b) => s + b.length, 0) });
    expect(filesUnder(folder)).toEqual(hashed(trainingOutput));
    expect(service.requests.slice(before).map((r) => `${r.operation} ${r.status}`)).toEqual(["ListArtifacts 200", "ListArtifacts 200", "GetSignedArtifactURL 200", "GetBlob 200"]);
    expect(service.requests.slice(before, before + 2).map((r) => r.body)).toEqual([
      expect.objectContaining({ name_filter: NAME }),
      expect.objectContaining({ id_filter: String(service.artifact(NAME).id) }),
    ]);
  });

  it("never prints the runtime token, and masks the blob's signature before the toolkit's debug lines show it", async () => {
    await source().download({ name: NAME }, destination());
    const log = logged.join("");
    expect(log).not.toContain(process.env.ACTIONS_RUNTIME_TOKEN);
    // The runner replaces a value registered with ::add-mask:: by *** wherever it is printed later.
    const signatures = [...log.matchAll(/[?&]sig=([0-9a-f]+)/g)].map((m) => m[1]!);
    expect(signatures.length).toBeGreaterThan(0);
    for (const sig of signatures) expect(log.indexOf(`::add-mask::${sig}`)).toBeGreaterThanOrEqual(0);
    for (const sig of signatures) expect(log.indexOf(`::add-mask::${sig}`)).toBeLessThan(log.indexOf(`sig=${sig}`));
  });

  it("that is not there names the artifact and the run, and says to wait for the train job", async () => {
    const error = await failure(source().download({ name: "finetune-ci-adaptor" }, destination()));
    expect(error).toMatchObject({ name: "ArtifactUnavailable", problem: "not-found" });
    expect(error.message).toBe(
      `artifact finetune-ci-adaptor is not in this workflow run (${THIS_RUN}): it was not uploaded by an earlier job of this run, or it has expired. ` +
        "The job that trains must finish before this one (`needs: train`), and the name must be its `artifact-name` output; to evaluate an artifact of another run, give that run's id too",
    );
  });

  it("is not looked for outside a GitHub Actions job, and the error says so", async () => {
    const error = await failure(source({}).download({ name: NAME }, destination()));
    expect(error).toMatchObject({ problem: "no-service", message: expect.stringContaining("ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set") });
  });

  it("is not extracted over files already in the destination", async () => {
    const folder = destination();
    mkdirSync(folder);
    writeFileSync(join(folder, "old.txt"), "old");
    await expect(source().download({ name: NAME }, folder)).rejects.toThrow(/the folder is not empty/);
  });
});

describe("the training artifact of another run", () => {
  let zip: Buffer;
  beforeAll(() => {
    zip = service.artifact(NAME).bytes;
  });

  it("is listed through the REST API and downloaded through its redirect to signed storage, file for file", async () => {
    const added = github.standIn.artifacts.addRunArtifact({ runId: TRAIN_RUN, name: NAME, zip, digest: `sha256:${sha256(zip)}` });
    const folder = destination();
    const got = await source().download({ name: NAME, runId: TRAIN_RUN }, folder);
    expect(got).toMatchObject({ name: NAME, id: added.id, runId: TRAIN_RUN, files: 4 });
    expect(filesUnder(folder)).toEqual(hashed(trainingOutput));
    const routes = github.standIn.requests.filter((r) => r.route?.includes("/actions/")).map((r) => `${r.method} ${r.route} ${JSON.stringify(r.query)}`);
    expect(routes.slice(-2)).toEqual([
      `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts {"name":"${NAME}","per_page":"100"}`,
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format} {}",
    ]);
    expect(github.standIn.requests.at(-1)!.headers.authorization).toBe("token ghs_stand-in");
    // The storage request carried no token (the stand-in records a violation otherwise).
    expect(github.standIn.storageRequests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it("takes the newest of two uploads with the same name (a re-run job)", async () => {
    const runId = TRAIN_RUN + 1;
    github.standIn.artifacts.addRunArtifact({ runId, name: NAME, zip: Buffer.from("not a zip") });
    const newer = github.standIn.artifacts.addRunArtifact({ runId, name: NAME, zip });
    expect(await source().download({ name: NAME, runId }, destination())).toMatchObject({ id: newer.id });
  });

  it("that expired says when, and what to do", async () => {
    const runId = TRAIN_RUN + 2;
    const old = github.standIn.artifacts.addRunArtifact({ runId, name: NAME, zip, expired: true });
    const error = await failure(source().download({ name: NAME, runId }, destination()));
    expect(error).toMatchObject({ problem: "expired" });
    expect(error.message).toBe(`artifact ${NAME} of workflow run ${runId} of ${OWNER}/${REPO} expired on ${old.expiresAt} and can no longer be downloaded: train again, or keep artifacts longer (train.artifactRetentionDays)`);
  });

  it("that is not there lists what the run has", async () => {
    const runId = TRAIN_RUN + 3;
    github.standIn.artifacts.addRunArtifact({ runId, name: "coverage", zip });
    const error = await failure(source().download({ name: NAME, runId }, destination()));
    expect(error).toMatchObject({ problem: "not-found", message: `artifact ${NAME} is not in workflow run ${runId} of ${OWNER}/${REPO} (it has: coverage): check the name (the train step's artifact-name output) and the run id` });
  });

  it("of a run that does not exist says to check the run id", async () => {
    const error = await failure(source().download({ name: NAME, runId: 1 }, destination()));
    expect(error).toMatchObject({ problem: "not-found", message: expect.stringContaining(`workflow run 1 was not found in ${OWNER}/${REPO}: check the run id`) });
  });

  it("that does not match its recorded digest is refused", async () => {
    const runId = TRAIN_RUN + 4;
    github.standIn.artifacts.addRunArtifact({ runId, name: NAME, zip, digest: `sha256:${"0".repeat(64)}` });
    const error = await failure(source().download({ name: NAME, runId }, destination()));
    expect(error).toMatchObject({ problem: "digest-mismatch", message: expect.stringContaining("does not match the digest recorded when it was uploaded") });
  });

  it("without actions: read says which permission to add", async () => {
    github.standIn.artifacts.addRunArtifact({ runId: TRAIN_RUN + 5, name: NAME, zip });
    github.standIn.deny("actions: read");
    try {
      const error = await failure(source().download({ name: NAME, runId: TRAIN_RUN + 5 }, destination()));
      expect(error).toMatchObject({ problem: "forbidden" });
      expect(error.message).toMatch(/HTTP 403: Resource not accessible by integration.*permissions:\n {4}actions: read/s);
    } finally {
      github.standIn.allow("actions: read");
    }
  });
});
