// The stand-in's checks, run and releases are only worth trusting if they refuse what GitHub
// refuses: its OpenAPI limits, the rules its description leaves out, and credentials sent to
// signed storage. Each case here makes the request a careless client would.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";

let github: GitHubFixture;
let sha: string;
beforeEach(async () => {
  github = await startGitHub();
  sha = github.repository.git(["rev-parse", "HEAD"]).toString().trim();
});
afterEach(async () => {
  await github.close();
});

const repo = { owner: OWNER, repo: REPO };
const annotation = (line: number) => ({ path: "data/holdout.jsonl", start_line: line, end_line: line, annotation_level: "warning" as const, message: "regressed" });

describe("the GitHub stand-in refuses", () => {
  it("more than 50 annotations in one check run request", async () => {
    const create = github.octokit.rest.checks.create({ ...repo, name: "x", head_sha: sha, output: { title: "t", summary: "s", annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)) } });
    await expect(create).rejects.toMatchObject({ status: 422 });
    expect(github.standIn.violations).toEqual(["POST /repos/{owner}/{repo}/check-runs body/output/annotations: must NOT have more than 50 items"]);
  });

  it("a check run summary over 65,535 characters", async () => {
    await expect(github.octokit.rest.checks.create({ ...repo, name: "x", head_sha: sha, output: { title: "t", summary: "x".repeat(65_536) } })).rejects.toMatchObject({ status: 422 });
    expect(github.standIn.violations).toEqual(["POST /repos/{owner}/{repo}/check-runs body/output/summary: must NOT have more than 65535 characters"]);
  });

  it("a check run on a commit the repository does not have", async () => {
    await expect(github.octokit.rest.checks.create({ ...repo, name: "x", head_sha: "0".repeat(40) })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("No commit found for SHA") });
  });

  it("a commit status description over 140 characters, as GitHub does", async () => {
    await expect(github.octokit.rest.repos.createCommitStatus({ ...repo, sha, state: "success", description: "x".repeat(141) })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("description is too long (maximum is 140 characters)"),
    });
    expect(github.standIn.violations).toEqual(["POST /repos/{owner}/{repo}/statuses/{sha}: description of 141 characters, over GitHub's 140"]);
  });

  it("release notes over 125,000 characters, as GitHub does", async () => {
    await expect(github.octokit.rest.repos.createRelease({ ...repo, tag_name: "v1", body: "x".repeat(125_001) })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("body is too long (maximum is 125000 characters)"),
    });
    expect(github.standIn.releases.releases).toEqual([]);
  });

  it("a second asset with the same name", async () => {
    const { data: release } = await github.octokit.rest.repos.createRelease({ ...repo, tag_name: "v1" });
    const upload = () => github.octokit.request({ method: "POST", url: release.upload_url, name: "a.json", data: "{}", headers: { "content-type": "application/json" } });
    await upload();
    await expect(upload()).rejects.toMatchObject({ status: 422, message: expect.stringContaining("already_exists") });
    expect(github.standIn.violations).toEqual([]);
  });

  it("an asset upload without its media type", async () => {
    const { data: release } = await github.octokit.rest.repos.createRelease({ ...repo, tag_name: "v1" });
    const response = await fetch(release.upload_url.replace("{?name,label}", "?name=a.bin"), { method: "POST", body: new Uint8Array([120]), headers: { authorization: "token ghs_stand-in" } });
    expect(response.status).toBe(400);
    expect(github.standIn.violations).toEqual([expect.stringContaining("without a Content-Type header")]);
  });

  it("the token sent along to signed storage", async () => {
    const { data: release } = await github.octokit.rest.repos.createRelease({ ...repo, tag_name: "v1" });
    const { data: asset } = await github.octokit.request({ method: "POST", url: release.upload_url, name: "a.json", data: "{}", headers: { "content-type": "application/json" } });
    // Following the redirect with the token, as a client that lets fetch carry it would.
    const response = await fetch(`${github.standIn.url}/repos/${OWNER}/${REPO}/releases/assets/${(asset as { id: number }).id}`, { headers: { accept: "application/octet-stream", authorization: "token ghs_stand-in" }, redirect: "manual" });
    expect(response.status).toBe(302);
    const stored = await fetch(response.headers.get("location")!, { headers: { authorization: "token ghs_stand-in" } });
    expect(stored.status).toBe(400);
    expect(github.standIn.violations).toEqual([expect.stringContaining("an Authorization header sent to signed storage")]);
  });

  it("a check run write, a status and a release when the workflow's permissions leave them out", async () => {
    github.standIn.deny("checks: write");
    github.standIn.deny("statuses: write");
    github.standIn.deny("contents: write");
    await expect(github.octokit.rest.checks.create({ ...repo, name: "x", head_sha: sha })).rejects.toMatchObject({ status: 403 });
    await expect(github.octokit.rest.repos.createCommitStatus({ ...repo, sha, state: "success" })).rejects.toMatchObject({ status: 403 });
    await expect(github.octokit.rest.repos.createRelease({ ...repo, tag_name: "v1" })).rejects.toMatchObject({ status: 403, message: expect.stringContaining("Resource not accessible by integration") });
  });
});
