import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import { mergeBaseOf } from "../../src/adapters/github/mergeBase.js";
import { reviewInWorkerWithExamples } from "../../src/review/worker/reviewInWorker.js";
import { reviewPullRequest } from "../../src/review/pullRequest/reviewPullRequest.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";
import type { GitRepository } from "../support/gitRepository.js";
import { distinctExamples, jsonl, settingsWith } from "../support/review.js";

const PR = 9;
const COMPARE = "/repos/{owner}/{repo}/compare/{basehead}";

let github: GitHubFixture;
let tempDir: string | undefined;
afterEach(async () => {
  expect(github.standIn.violations).toEqual([]);
  await github.close();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
});

/**
 * main: 10 examples. feature branches off and adds 2; main then gains its own commit that adds 3
 * other examples after feature branched off.
 */
function diverged(repository: GitRepository) {
  const fork = repository.commit({ "data/train.jsonl": jsonl(distinctExamples(10)) }, "datasets");
  repository.checkout("feature", true);
  const head = repository.commit({ "data/train.jsonl": jsonl([...distinctExamples(10), ...distinctExamples(2, 500)]) }, "pr");
  repository.checkout("main");
  const base = repository.commit({ "data/train.jsonl": jsonl([...distinctExamples(10), ...distinctExamples(3, 700)]) }, "later on main");
  return { shas: { fork, head, base }, pulls: { [PR]: { base: "main", head: "feature" } } };
}

function startDiverged(): Promise<{ fork: string; head: string; base: string }> {
  let shas!: { fork: string; head: string; base: string };
  return startGitHub((repository) => {
    const built = diverged(repository);
    shas = built.shas;
    return built.pulls;
  }).then((fixture) => {
    github = fixture;
    return shas;
  });
}

function commitComparisonValidator() {
  const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json"), "utf8"));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ components: nullableWithoutType(spec.components) }, "spec");
  return ajv.compile({ $ref: "spec#/components/schemas/commit-comparison" });
}

/** OpenAPI 3.0 puts `nullable` beside a oneOf too, which Ajv accepts only next to a `type`. */
function nullableWithoutType(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableWithoutType);
  if (typeof schema !== "object" || schema === null) return schema;
  const entries = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, nullableWithoutType(value)]));
  if (entries.nullable !== true || "type" in entries) return entries;
  const { nullable: _nullable, ...rest } = entries;
  return { anyOf: [rest, { type: "null" }] };
}

describe("mergeBaseOf", () => {
  it("finds where the head branched off the base, with one small compare request", async () => {
    const { fork, head, base } = await startDiverged();
    expect(await mergeBaseOf(github.octokit, { owner: OWNER, repo: REPO, base, head })).toBe(fork);
    const compares = github.standIn.requests.filter((r) => r.route === COMPARE);
    expect(compares).toHaveLength(1);
    expect(compares[0]!.query).toEqual({ per_page: "1" });
  });

  it("gets an answer from the stand-in that GitHub's description of a commit comparison accepts", async () => {
    const { fork, head, base } = await startDiverged();
    const { data } = await github.octokit.rest.repos.compareCommitsWithBasehead({ owner: OWNER, repo: REPO, basehead: `${base}...${head}`, per_page: 1 });
    const validate = commitComparisonValidator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...data, merge_base_commit: { sha: fork } })).toBe(false);
    expect(data).toMatchObject({ status: "diverged", ahead_by: 1, behind_by: 1, total_commits: 1, merge_base_commit: { sha: fork }, base_commit: { sha: base } });
    expect(data.commits.map((c) => c.sha)).toEqual([head]);
  });

  it("throws when the commits share no history", async () => {
    let lonely!: string;
    github = await startGitHub((repository) => {
      const built = diverged(repository);
      repository.git(["checkout", "--quiet", "--orphan", "lonely"]);
      lonely = repository.commit({ "data/train.jsonl": jsonl(distinctExamples(1)) }, "unrelated");
      return built.pulls;
    });
    await expect(mergeBaseOf(github.octokit, { owner: OWNER, repo: REPO, base: "main", head: lonely })).rejects.toMatchObject({ status: 404 });
  });
});

describe("reviewPullRequest's base side", () => {
  async function reviewPull(shas: { head: string; base: string }) {
    tempDir = await mkdtemp(join(tmpdir(), "finetune-ci-merge-base-"));
    const log: string[] = [];
    const report = await reviewPullRequest({
      octokit: github.octokit,
      pull: { owner: OWNER, repo: REPO, number: PR, baseSha: shas.base, headSha: shas.head, fromFork: false },
      settings: settingsWith({ datasets: { train: ["data/*.jsonl"], holdout: [] } }),
      workspaceFiles: [],
      // The stand-in's repository is the checkout a workflow would have.
      workspace: github.repository.dir,
      tempDir,
      review: (job) => reviewInWorkerWithExamples(job, undefined),
      serverUrl: "https://github.com",
      today: "2026-11-28",
      generatedAt: "2026-11-28T12:00:00.000Z",
      version: "test",
      log: (message) => log.push(message),
    });
    return { pullRequest: report.pullRequest!, log };
  }

  it("is read at the merge base, so the base branch's later edits are not counted as the pull request's", async () => {
    const shas = await startDiverged();
    const { pullRequest } = await reviewPull(shas);
    expect(pullRequest.examples).toMatchObject({ added: 2, removed: 0, changed: 0, unchanged: 10 });
    expect(pullRequest.baseSha).toBe(shas.fork);
    expect(pullRequest.links.base).toBe(`https://github.com/${OWNER}/${REPO}/blob/${shas.fork}/`);
    expect(pullRequest.notes).toEqual([]);
    const contentRefs = github.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/contents/{path}").map((r) => r.query.ref);
    expect(contentRefs).not.toContain(shas.base);
    expect(contentRefs).toContain(shas.fork);
  });

  it("falls back to the base commit, with a note saying so, when the compare API fails", async () => {
    const shas = await startDiverged();
    // Three 502s: the first request and both of the client's retries.
    github.standIn.inject({ method: "GET", route: COMPARE, kind: "bad-gateway", times: 3 });
    const { pullRequest, log } = await reviewPull(shas);
    expect(github.standIn.requests.filter((r) => r.route === COMPARE).map((r) => r.fault)).toEqual(["bad-gateway", "bad-gateway", "bad-gateway"]);
    expect(pullRequest.baseSha).toBe(shas.base);
    expect(pullRequest.links.base).toBe(`https://github.com/${OWNER}/${REPO}/blob/${shas.base}/`);
    expect(pullRequest.notes).toHaveLength(1);
    expect(pullRequest.notes[0]).toMatch(/^Could not find where this pull request branched off \(GitHub's compare API failed: .+\), so its head is compared with the base branch's commit [0-9a-f]{7}\./);
    expect(pullRequest.notes[0]).toContain(shas.base.slice(0, 7));
    expect(pullRequest.notes[0]).toContain("show up reversed");
    expect(log.some((line) => line.startsWith("could not find the merge base"))).toBe(true);
    // Read at the base branch's tip: its 3 later examples look removed, as the note warns.
    expect(pullRequest.examples).toMatchObject({ added: 2, removed: 3 });
  });
});
