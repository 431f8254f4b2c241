// Datasets kept in Git LFS and datasets too large for GitHub's contents API: a pull request's review
// reads them by their content (from the checkout when it holds that very version, else through the
// LFS batch API, checked against the pointer), or stops with a message that says how to enable it.
// A pointer is never judged as data.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { downloadLfsObject, type LfsRemote } from "../../src/adapters/github/lfs.js";
import { LfsPointerError, parseLfsPointer, type LfsPointer } from "../../src/core/dataset/lfsPointer.js";
import { InputError } from "../../src/adapters/files/files.js";
import { selectDatasets } from "../../src/review/datasetFiles.js";
import { reviewPullRequest } from "../../src/review/pullRequest/reviewPullRequest.js";
import { reviewInWorkerWithExamples } from "../../src/review/worker/reviewInWorker.js";
import { OWNER, REPO, startGitHub, TOKEN, type GitHubFixture } from "../support/githubFixture.js";
import { GitHubStandIn, LFS_BATCH_ROUTE, LFS_DOWNLOAD_ROUTE } from "../support/githubStandIn.js";
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { distinctExamples, jsonl, settingsWith } from "../support/review.js";

// git-lfs's docs/spec.md, "Example of a v1 text pointer".
const SPEC_POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("telling a Git LFS pointer from data (git-lfs docs/spec.md)", () => {
  it("reads the spec's own example pointer, and its pre-release 'hawser' form", () => {
    const expected = { oid: "4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393", size: 12345 };
    expect(parseLfsPointer(bytes(SPEC_POINTER))).toEqual(expected);
    expect(parseLfsPointer(bytes(SPEC_POINTER.replace("git-lfs.github.com", "hawser.github.com")))).toEqual(expected);
  });

  it("keeps keys it does not know, in order (an extension line before oid)", () => {
    const withExtension = SPEC_POINTER.replace("oid ", `ext-0-foo sha256:${"a".repeat(64)}\noid `);
    expect(parseLfsPointer(bytes(withExtension))).toMatchObject({ size: 12345 });
  });

  it("takes a dataset for a dataset, even one that mentions the pointer format", () => {
    expect(parseLfsPointer(bytes(jsonl(distinctExamples(2))))).toBeUndefined();
    expect(parseLfsPointer(bytes(`{"text": "${SPEC_POINTER.replace(/\n/g, "\\n")}"}\n`))).toBeUndefined();
    // git-lfs looks at no blob of 1,024 bytes or more.
    expect(parseLfsPointer(bytes(SPEC_POINTER + " ".repeat(1024)))).toBeUndefined();
  });

  it("refuses a file that starts as a pointer but is not a valid one, rather than reading it as data", () => {
    const bad = [
      SPEC_POINTER.replace("sha256:4d7a", "sha1:4d7a"),
      SPEC_POINTER.replace("size 12345", "size -1"),
      SPEC_POINTER.replace("\noid", "\nzzz 1\noid"),
      SPEC_POINTER.slice(0, -1),
      SPEC_POINTER.replace("size 12345\n", ""),
    ];
    for (const text of bad) expect(() => parseLfsPointer(bytes(text)), JSON.stringify(text)).toThrow(LfsPointerError);
  });
});

describe("downloading an LFS object through the batch API", () => {
  let github: GitHubFixture;
  let dir: string;
  afterEach(async () => {
    expect(github.standIn.violations).toEqual([]);
    await github.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function setUp(content: string, store = true) {
    github = await startGitHub();
    dir = await mkdtemp(join(tmpdir(), "finetune-ci-lfs-"));
    const pointer = parseLfsPointer(bytes(github.standIn.lfsPointer(content, { store })))!;
    const remote: LfsRemote = { serverUrl: github.standIn.url, owner: OWNER, repo: REPO, token: TOKEN, retryUnitMs: 1 };
    return { pointer, remote, destination: join(dir, "object") };
  }

  it("writes the object, having checked its size and SHA-256, and never sends the token to the storage", async () => {
    const content = jsonl(distinctExamples(3));
    const { pointer, remote, destination } = await setUp(content);
    await downloadLfsObject(remote, pointer, destination);
    expect(await readFile(destination, "utf8")).toBe(content);
    const [request] = github.standIn.requests.filter((r) => r.route === LFS_BATCH_ROUTE);
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`);
    expect(request!.headers.accept).toBe("application/vnd.git-lfs+json");
    const [download] = github.standIn.requests.filter((r) => r.route === LFS_DOWNLOAD_ROUTE);
    expect(download!.headers.authorization).toMatch(/^RemoteAuth /);
  });

  it("refuses an object whose bytes do not match the pointer, and leaves no file behind", async () => {
    const { pointer, remote, destination } = await setUp(jsonl(distinctExamples(3)));
    github.standIn.inject({ method: "GET", route: LFS_DOWNLOAD_ROUTE, kind: "corrupt-body" });
    await expect(downloadLfsObject(remote, pointer, destination)).rejects.toThrow(/arrived with other content \(its SHA-256 is [0-9a-f]{64}\)/);
    await expect(readFile(destination)).rejects.toMatchObject({ code: "ENOENT" });
    // A wrong object is not a passing fault: not tried again.
    expect(github.standIn.requests.filter((r) => r.route === LFS_DOWNLOAD_ROUTE)).toHaveLength(1);
  });

  it("refuses an object longer than its pointer says", async () => {
    const { pointer, remote, destination } = await setUp("0123456789");
    const short: LfsPointer = { ...pointer, size: 4 };
    await expect(downloadLfsObject(remote, short, destination)).rejects.toThrow(/cannot serve object .*Object size does not match \(code 422\)/);
  });

  it("says the server has no such object", async () => {
    const { pointer, remote, destination } = await setUp("never uploaded\n", false);
    await expect(downloadLfsObject(remote, pointer, destination)).rejects.toThrow(`the LFS server cannot serve object ${pointer.oid}: Object does not exist (code 404)`);
  });

  it("tries a 502 and a dropped download again", async () => {
    const content = jsonl(distinctExamples(2));
    const { pointer, remote, destination } = await setUp(content);
    github.standIn.inject({ method: "POST", route: LFS_BATCH_ROUTE, kind: "bad-gateway" });
    github.standIn.inject({ method: "GET", route: LFS_DOWNLOAD_ROUTE, kind: "connection-reset" });
    await downloadLfsObject(remote, pointer, destination);
    expect(await readFile(destination, "utf8")).toBe(content);
    expect(github.standIn.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual(["bad-gateway", "connection-reset"]);
  });

  it("does not retry a refusal: a wrong token gets 401 once", async () => {
    const { pointer, remote, destination } = await setUp("x\n");
    await expect(downloadLfsObject({ ...remote, token: "ghs_wrong" }, pointer, destination)).rejects.toMatchObject({ status: 401 });
    expect(github.standIn.requests.filter((r) => r.route === LFS_BATCH_ROUTE)).toHaveLength(1);
    github.standIn.violations.splice(0);
  });
});

describe("a pull request's datasets in Git LFS, or over the contents API's 100 MB", () => {
  const PR = 5;
  const TRAIN = jsonl(distinctExamples(14));
  const HEAD_TRAIN = jsonl(distinctExamples(17));
  let repository: GitRepository;
  let standIn: GitHubStandIn;
  let github: GitHubFixture;
  let tempDir: string;

  afterEach(async () => {
    await github?.close();
    await rm(tempDir, { recursive: true, force: true });
  });

  /** main has 14 examples in data/train.jsonl, the pull request 17; both stored as LFS pointers. */
  async function lfsRepository(options: { store?: boolean } = {}) {
    github = await startGitHub((repo) => {
      repository = repo;
      repo.commit({ "README.md": "data\n", ".gitattributes": "*.jsonl filter=lfs diff=lfs merge=lfs -text\n" }, "init");
      return { [PR]: { base: "main", head: "feature" } };
    });
    standIn = github.standIn;
    const base = repository.commit({ "data/train.jsonl": standIn.lfsPointer(TRAIN, options) }, "datasets in LFS");
    repository.checkout("feature", true);
    const head = repository.commit({ "data/train.jsonl": standIn.lfsPointer(HEAD_TRAIN, options) }, "more data");
    return { base, head };
  }

  async function review(shas: { base: string; head: string }, workspace: string, downloadLfs = true) {
    tempDir = await mkdtemp(join(tmpdir(), "finetune-ci-lfs-review-"));
    const log: string[] = [];
    const remote: LfsRemote = { serverUrl: standIn.url, owner: OWNER, repo: REPO, token: TOKEN, retryUnitMs: 1 };
    const report = await reviewPullRequest({
      octokit: github.octokit,
      pull: { owner: OWNER, repo: REPO, number: PR, baseSha: shas.base, headSha: shas.head, fromFork: false },
      settings: settingsWith({ datasets: { train: ["data/*.jsonl"], holdout: [] } }),
      workspaceFiles: ["data/train.jsonl"],
      workspace,
      ...(downloadLfs ? { downloadLfs: (pointer: LfsPointer, destination: string) => downloadLfsObject(remote, pointer, destination) } : {}),
      tempDir,
      review: (job) => reviewInWorkerWithExamples(job, undefined),
      serverUrl: "https://github.com",
      today: "2026-11-28",
      generatedAt: "2026-11-28T12:00:00.000Z",
      version: "test",
      log: (message) => log.push(message),
    });
    return { report, log };
  }

  it("reviews the content the pointers name, fetched through the LFS batch API, when the checkout has only pointers", async () => {
    const shas = await lfsRepository();
    // The checkout (repository.dir) holds the head's pointer, as actions/checkout without lfs: true leaves it.
    const { report, log } = await review(shas, repository.dir);
    expect(report.summary).toMatchObject({ examples: 17, invalidLines: 0, lines: 17 });
    expect(report.pullRequest!.examples).toMatchObject({ added: 3, removed: 0, changed: 0 });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(log.filter((l) => l.startsWith("downloaded data/train.jsonl"))).toHaveLength(2);
    expect(standIn.requests.filter((r) => r.route === LFS_DOWNLOAD_ROUTE)).toHaveLength(2);
    expect(standIn.violations).toEqual([]);
  });

  it("reads an LFS dataset from the checkout when the checkout holds its content (actions/checkout with lfs: true)", async () => {
    const shas = await lfsRepository();
    const checkout = await mkdtemp(join(tmpdir(), "finetune-ci-lfs-checkout-"));
    try {
      // What git-lfs's smudge filter leaves in the work tree: the content itself.
      const { mkdir, writeFile } = await import("node:fs/promises");
      await mkdir(join(checkout, "data"));
      await writeFile(join(checkout, "data/train.jsonl"), HEAD_TRAIN);
      const { report, log } = await review(shas, checkout);
      expect(report.summary.examples).toBe(17);
      const [fromCheckout, ...others] = log.filter((l) => l.includes("from the checkout"));
      expect(others).toEqual([]);
      expect(fromCheckout).toMatch(`read data/train.jsonl at the pull request's head (${shas.head.slice(0, 7)}) from the checkout: it holds the Git LFS object sha256:${sha256(HEAD_TRAIN).slice(0, 12)}… (`);
      expect(fromCheckout).toMatch(/ KiB\) its pointer names$/);
      // Only the base side, which the checkout does not hold, was downloaded.
      expect(standIn.requests.filter((r) => r.route === LFS_DOWNLOAD_ROUTE)).toHaveLength(1);
      expect(report.pullRequest!.examples).toMatchObject({ added: 3 });
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it("stops, saying how to enable LFS, when neither the checkout nor the LFS server has the content", async () => {
    const shas = await lfsRepository({ store: false });
    const failure = review(shas, repository.dir);
    await expect(failure).rejects.toThrow(/^data\/train\.jsonl at the pull request's head \([0-9a-f]{7}\) is stored in Git LFS \(Git LFS object sha256:[0-9a-f]{12}… \(.+\)\), the checkout does not hold that content, and the LFS download failed: .*Object does not exist/);
    await expect(failure).rejects.toThrow(/actions\/checkout with `lfs: true`/);
    expect(standIn.violations).toEqual([]);
  });

  it("stops as well when no LFS download is possible (no token), and never reviews the pointer", async () => {
    const shas = await lfsRepository();
    await expect(review(shas, repository.dir, false)).rejects.toThrow(/is stored in Git LFS .*no LFS download is possible without a token\. The review never reads a pointer as data/);
  });

  it("stops on a broken pointer instead of reviewing its text", async () => {
    github = await startGitHub((repo) => {
      repository = repo;
      const base = repo.commit({ "data/train.jsonl": TRAIN });
      repo.checkout("feature", true);
      repo.commit({ "data/train.jsonl": SPEC_POINTER.replace("size 12345\n", "size lots\n") });
      return { [PR]: { base, head: "feature" } };
    });
    standIn = github.standIn;
    const head = repository.git(["rev-parse", "feature"]).toString().trim();
    const base = repository.git(["rev-parse", "main"]).toString().trim();
    await expect(review({ base, head }, repository.dir)).rejects.toThrow(/data\/train\.jsonl at the pull request's head .* starts like a Git LFS pointer, but the Git LFS pointer has no valid "size <bytes>" line/);
  });

  describe("a file over the contents API's limit (the stand-in's limit lowered to 2 KB for 100 MB)", () => {
    async function largeRepository() {
      repository = createGitRepository();
      const base = repository.commit({ "data/train.jsonl": TRAIN }, "datasets");
      repository.checkout("feature", true);
      const head = repository.commit({ "data/train.jsonl": HEAD_TRAIN }, "more data");
      standIn = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: { [PR]: { base, head } }, token: TOKEN, contentLimits: { jsonBytes: 1024, rawBytes: 2048 } });
      const { createOctokit } = await import("../../src/adapters/github/octokit.js");
      const octokit = createOctokit({ token: TOKEN, baseUrl: standIn.url, log: { debug() {}, info() {}, warn() {}, error() {} }, retryUnitMs: 1, paceWrites: false });
      github = { repository, standIn, octokit, warnings: [], close: async () => (await standIn.stop(), repository.remove()) };
      expect(Buffer.byteLength(TRAIN)).toBeGreaterThan(2048);
      return { base, head };
    }

    it("is read from the checkout: the head from its work tree (same blob), the base from its git objects", async () => {
      const shas = await largeRepository();
      // repository.dir is a checkout of the head with full history (fetch-depth: 0).
      const { report, log } = await review(shas, repository.dir);
      expect(report.summary.examples).toBe(17);
      expect(report.pullRequest!.examples).toMatchObject({ added: 3, removed: 0 });
      expect(log.some((l) => /^read data\/train\.jsonl at the pull request's head .* from the checkout: .* the work tree holds the same blob$/.test(l))).toBe(true);
      expect(log.some((l) => /^read data\/train\.jsonl at the pull request's base .* from the checkout's git objects/.test(l))).toBe(true);
      // GitHub was asked, refused (403 too_large), and the folder listing named the blobs.
      expect(standIn.violations).toEqual([]);
    });

    it("stops, naming the commit and the fix, when the checkout has neither the version nor git's objects", async () => {
      const shas = await largeRepository();
      const checkout = await mkdtemp(join(tmpdir(), "finetune-ci-plain-checkout-"));
      try {
        const { mkdir, writeFile } = await import("node:fs/promises");
        await mkdir(join(checkout, "data"));
        await writeFile(join(checkout, "data/train.jsonl"), HEAD_TRAIN);
        const failure = review(shas, checkout);
        await expect(failure).rejects.toThrow(
          new RegExp(`^data/train\\.jsonl at the pull request's base \\(${shas.base.slice(0, 7)}\\) is [\\d.]+ KiB, over the 100 MB GitHub's API serves, and the checkout has neither that version in its work tree nor its blob \\([0-9a-f]{40}\\) in its git objects`),
        );
        await expect(failure).rejects.toThrow(/actions\/checkout with fetch-depth: 0/);
      } finally {
        await rm(checkout, { recursive: true, force: true });
      }
    });
  });
});

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

describe("a pointer in the checkout itself (a checkout without its LFS content)", () => {
  it("stops the CLI, the Action and training before any review, saying how to fetch the content", async () => {
    const dir = await mkdtemp(join(tmpdir(), "finetune-ci-pointer-checkout-"));
    try {
      const { mkdir, writeFile } = await import("node:fs/promises");
      await mkdir(join(dir, "data"));
      await writeFile(join(dir, "data/train.jsonl"), SPEC_POINTER);
      await writeFile(join(dir, "data/holdout.jsonl"), jsonl(distinctExamples(3)));
      const settings = settingsWith({ datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] } });
      const failure = selectDatasets(settings, dir);
      await expect(failure).rejects.toBeInstanceOf(InputError);
      await expect(failure).rejects.toThrow(
        "data/train.jsonl: this is a Git LFS pointer (object sha256:4d7a214614ab…, 12345 bytes), not the dataset it stands for. Fetch the content first: in a workflow, actions/checkout with `lfs: true`; in a clone, `git lfs pull`.",
      );
      // Found by name, with no datasets configured, all the same.
      await expect(selectDatasets(settingsWith({}), dir)).rejects.toThrow(/data\/train\.jsonl: this is a Git LFS pointer/);
      await writeFile(join(dir, "data/train.jsonl"), SPEC_POINTER.replace("size 12345", "size twelve"));
      await expect(selectDatasets(settings, dir)).rejects.toThrow(/^data\/train\.jsonl: starts like a Git LFS pointer, but .*; it is not a dataset$/);
      await writeFile(join(dir, "data/train.jsonl"), jsonl(distinctExamples(12)));
      await expect(selectDatasets(settings, dir)).resolves.toMatchObject({ train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
