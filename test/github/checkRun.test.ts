// The `finetune-ci eval` check on a commit: a check run edited in place by re-runs, within GitHub's
// limits, and a commit status when the token may not write checks. Against the GitHub stand-in,
// which checks every request against GitHub's OpenAPI description.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeCheckResult, EVAL_CHECK_NAME, publishCheck, type CheckAnnotation, type CheckState } from "../../src/adapters/github/checkRun.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";

let github: GitHubFixture;
let sha: string;
beforeEach(async () => {
  github = await startGitHub();
  sha = github.repository.git(["rev-parse", "HEAD"]).toString().trim();
});
afterEach(async () => {
  expect(github.standIn.violations).toEqual([]);
  await github.close();
});

const target = () => ({ owner: OWNER, repo: REPO, headSha: sha, detailsUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/42` });
const publish = (state: CheckState) => publishCheck(github.octokit, target(), state);
const passed: CheckState = { status: "completed", conclusion: "success", title: "pass: accuracy +0.12 vs base", summary: "## finetune-ci eval\n\n| arm | accuracy |\n|---|---|\n| candidate | 0.84 |" };
const runs = () => github.standIn.checks.checkRuns;
const writes = () => github.standIn.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.route}`);

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ path: "data/holdout.jsonl", startLine: i + 1, level: "warning", message: `example ${i + 1} regressed`, title: `line ${i + 1}` }));

describe("the finetune-ci eval check run", () => {
  it("is created on the commit with the verdict, title, summary and a link to the run", async () => {
    const result = await publish(passed);
    expect(result).toMatchObject({ kind: "check-run", action: "created", truncated: false });
    const [run, ...others] = runs();
    expect(others).toEqual([]);
    expect(run).toMatchObject({ name: EVAL_CHECK_NAME, headSha: sha, status: "completed", conclusion: "success", detailsUrl: target().detailsUrl });
    expect(run!.output).toEqual({ title: passed.title, summary: passed.summary, text: null });
  });

  it("goes from in progress to completed in place: one check run for one evaluation", async () => {
    await publish({ status: "in_progress", title: "Evaluating 3 arms on 240 holdout examples", summary: "Started." });
    expect(runs().map((r) => [r.status, r.conclusion])).toEqual([["in_progress", null]]);
    const result = await publish({ ...passed, conclusion: "failure", title: "fail: accuracy -0.08 vs base" });
    expect(result).toMatchObject({ action: "updated" });
    expect(runs().map((r) => [r.status, r.conclusion, r.output.title])).toEqual([["completed", "failure", "fail: accuracy -0.08 vs base"]]);
  });

  it("is updated, not duplicated, when the workflow is re-run for the same commit", async () => {
    const first = await publish(passed);
    const second = await publish({ ...passed, conclusion: "neutral", title: "inconclusive: 24 pairs, 30 needed" });
    expect(second).toMatchObject({ kind: "check-run", action: "updated", id: first.kind === "check-run" ? first.id : -1 });
    expect(runs()).toHaveLength(1);
    expect(runs()[0]).toMatchObject({ conclusion: "neutral" });
    expect(writes()).toEqual(["POST /repos/{owner}/{repo}/check-runs", "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]);
    // Found by listing the commit's check runs of that name (all of them, not only the latest per app).
    const listing = github.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/commits/{ref}/check-runs");
    expect(listing.map((r) => r.query)).toEqual([
      { check_name: EVAL_CHECK_NAME, filter: "all", per_page: "100" },
      { check_name: EVAL_CHECK_NAME, filter: "all", per_page: "100" },
    ]);
  });

  it("leaves another App's check run of the same name alone and makes its own", async () => {
    const foreign = github.standIn.checks.seedCheckRun({ name: EVAL_CHECK_NAME, headSha: sha, app: { id: 99, slug: "some-ci", name: "Some CI" } });
    await publish(passed);
    expect(runs()).toHaveLength(2);
    expect(runs().find((r) => r.id === foreign.id)).toMatchObject({ conclusion: "success", output: { title: null } });
  });

  it("cuts a summary over GitHub's 65,535 characters, visibly, and says so", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `| example ${i} | ${"x".repeat(20)} |`).join("\n");
    const result = await publish({ ...passed, summary: `## Report\n\n| example | answer |\n|---|---|\n${rows}` });
    const summary = runs()[0]!.output.summary!;
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary).toContain("This check's report was cut to fit GitHub's 65,535-character limit");
    expect(result).toMatchObject({ truncated: true });
    expect(describeCheckResult(result).message).toContain("report cut to GitHub's 65,535 characters");
  });

  it("sends annotations 50 per request and keeps them all on the one check run", async () => {
    const result = await publish({ ...passed, conclusion: "failure", annotations: annotations(120) });
    expect(result).toMatchObject({ annotations: 120 });
    expect(runs()).toHaveLength(1);
    expect(runs()[0]!.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const sent = github.standIn.requests.filter((r) => r.method !== "GET").map((r) => (r.body as { output: { annotations?: unknown[] } }).output.annotations?.length);
    expect(sent).toEqual([50, 50, 20]);
  });

  it("keeps an annotation's title within 255 characters and on one line", async () => {
    await publish({ ...passed, annotations: [{ path: "data/holdout.jsonl", startLine: 3, level: "failure", message: "wrong label", title: `a\nvery ${"long ".repeat(100)}title` }] });
    const [annotation] = runs()[0]!.annotations;
    expect(annotation!.title!.length).toBe(255);
    expect(annotation!.title).toMatch(/^a very long long .*…$/);
  });

  it("starts a fresh check run when a re-run brings annotations and the old run has some (they cannot be removed)", async () => {
    await publish({ ...passed, annotations: annotations(2) });
    const result = await publish({ ...passed, annotations: annotations(3) });
    expect(result).toMatchObject({ action: "created", note: expect.stringContaining("whose annotations could not be cleared") });
    expect(runs().map((r) => r.annotations.length)).toEqual([2, 3]);
  });

  it("rides out a 502 from GitHub through the client's retries: still one check run", async () => {
    github.standIn.inject({ method: "POST", route: "/repos/{owner}/{repo}/check-runs", kind: "bad-gateway" });
    github.standIn.inject({ method: "GET", route: "/repos/{owner}/{repo}/commits/{ref}/check-runs", kind: "secondary-rate-limit" });
    await publish(passed);
    expect(runs()).toHaveLength(1);
  });
});

describe("without checks: write", () => {
  beforeEach(() => github.standIn.deny("checks: write"));

  it.each([
    ["success", "success"],
    ["failure", "failure"],
    // No neutral state for a commit status: inconclusive passes, as a neutral check run does.
    ["neutral", "success"],
  ] as const)("a %s verdict becomes a commit status named finetune-ci eval, state %s", async (conclusion, state) => {
    const result = await publish({ ...passed, conclusion });
    expect(result).toMatchObject({ kind: "commit-status", state });
    expect(github.standIn.checks.statuses).toEqual([expect.objectContaining({ sha, state, context: EVAL_CHECK_NAME, description: passed.title, targetUrl: target().detailsUrl })]);
  });

  it("marks a running evaluation pending", async () => {
    await publish({ status: "in_progress", title: "Evaluating", summary: "" });
    expect(github.standIn.checks.statuses.map((s) => s.state)).toEqual(["pending"]);
  });

  it("keeps the status description within GitHub's 140 characters", async () => {
    await publish({ ...passed, title: `fail: ${"accuracy regressed on many labels ".repeat(10)}` });
    const [status] = github.standIn.checks.statuses;
    expect(status!.description!.length).toBe(140);
    expect(status!.description!.endsWith("…")).toBe(true);
  });

  it("says in the log that it fell back, why, and the permissions line that fixes it", async () => {
    const line = describeCheckResult(await publish(passed));
    expect(line.level).toBe("warning");
    expect(line.message).toMatch(/^GitHub refused the check run \(HTTP 403: Resource not accessible by integration\b/);
    expect(line.message).toContain('posted a commit status "finetune-ci eval" (success: pass: accuracy +0.12 vs base) instead');
    expect(line.message).toContain("permissions:\n    checks: write");
    // A permission refusal is final: the check run was tried once.
    expect(github.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/check-runs")).toHaveLength(1);
  });

  it("comes back as forbidden, not thrown, when statuses are refused too (a fork's read-only token)", async () => {
    github.standIn.deny("statuses: write");
    const result = await publish(passed);
    expect(result).toMatchObject({ kind: "forbidden" });
    const line = describeCheckResult(result);
    expect(line.level).toBe("warning");
    expect(line.message).toMatch(/refused the check run .* and the commit status fallback too .*checks: write.*statuses: write/s);
    expect(github.standIn.checks.statuses).toEqual([]);
  });
});
