// The stand-in is only worth trusting if it refuses what GitHub would refuse.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";

let github: GitHubFixture;
beforeEach(async () => {
  github = await startGitHub((repository) => {
    const base = repository.commit({ "a.jsonl": "1\n", "b.jsonl": "2\n", "c.jsonl": "3\n" });
    repository.checkout("feature", true);
    const head = repository.commit({ "a.jsonl": "1\n1\n", "b.jsonl": "2\n2\n", "c.jsonl": null, "d.jsonl": "4\n", "e.jsonl": "5\n" });
    return { 3: { base, head, headRepoFullName: "contributor/assistant-data" } };
  });
});
afterEach(async () => {
  await github.close();
});

describe("the GitHub stand-in", () => {
  it("rejects a comment body that GitHub's OpenAPI description does not allow, and records why", async () => {
    const invalid = github.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: OWNER,
      repo: REPO,
      issue_number: 3,
      body: 42 as unknown as string,
    });
    await expect(invalid).rejects.toMatchObject({ status: 422 });
    expect(github.standIn.violations).toEqual(["POST /repos/{owner}/{repo}/issues/{issue_number}/comments body/body: must be string"]);
    expect(github.standIn.commentsOn(3)).toEqual([]);
  });

  it("rejects a body missing a required property", async () => {
    // A plain string route: Octokit's types would refuse this call before it reached the stand-in.
    const route: string = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
    const invalid = github.octokit.request(route, { owner: OWNER, repo: REPO, comment_id: 1, text: "x" });
    await expect(invalid).rejects.toMatchObject({ status: 422 });
    expect(github.standIn.violations).toEqual(["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} body: must have required property 'body'"]);
  });

  it("rejects a route that is not part of GitHub's REST API", async () => {
    await expect(github.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/datasets", { owner: OWNER, repo: REPO, pull_number: 3 })).rejects.toMatchObject({
      status: 404,
    });
    expect(github.standIn.violations).toEqual(["GET /repos/acme/assistant-data/pulls/3/datasets is not an endpoint of GitHub's REST API"]);
  });

  it("rejects a query parameter the operation does not take", async () => {
    await expect(github.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: OWNER, repo: REPO, pull_number: 3, sort: "name" })).rejects.toMatchObject({
      status: 422,
    });
    expect(github.standIn.violations).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/files has no query parameter "sort"']);
  });

  it("serves the pull request's head and base commits and whether it comes from a fork", async () => {
    const { data } = await github.octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 3 });
    expect(data.head.sha).toBe(github.repository.git(["rev-parse", "feature"]).toString().trim());
    expect(data.base.sha).toBe(github.repository.git(["rev-parse", "main"]).toString().trim());
    expect(data.head.repo?.full_name).toBe("contributor/assistant-data");
    expect(data.base.repo.full_name).toBe(`${OWNER}/${REPO}`);
    expect(github.standIn.violations).toEqual([]);
  });

  it("pages like GitHub: per_page and page honoured, with a Link header to the next and last pages", async () => {
    const response = await github.octokit.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 3, per_page: 2, page: 2 });
    expect(response.data.map((f) => `${f.status} ${f.filename}`)).toEqual(["removed c.jsonl", "added d.jsonl"]);
    expect(response.headers.link).toContain('page=3>; rel="next"');
    expect(response.headers.link).toContain('page=1>; rel="first"');
    expect(github.standIn.violations).toEqual([]);
  });
});
