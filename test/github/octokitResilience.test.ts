import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { upsertStickyComment } from "../../src/adapters/github/stickyComment.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";
import type { FaultKind } from "../support/githubStandIn.js";

const PR = 7;
const LIST = "/repos/{owner}/{repo}/issues/{issue_number}/comments";
const UPDATE = "/repos/{owner}/{repo}/issues/comments/{comment_id}";

let github: GitHubFixture;
beforeEach(async () => {
  github = await startGitHub();
});
afterEach(async () => {
  expect(github.standIn.violations).toEqual([]);
  await github.close();
});

const post = (body: string) => upsertStickyComment(github.octokit, { owner: OWNER, repo: REPO, issueNumber: PR, marker: "review", body });
const attempts = (method: string, route: string) => github.standIn.requests.filter((r) => r.method === method && r.route === route);

describe("the GitHub client rides out transient failures", () => {
  const faults: FaultKind[] = ["bad-gateway", "secondary-rate-limit", "primary-rate-limit", "connection-reset"];

  for (const kind of faults) {
    it(`still leaves exactly one correct comment after a ${kind} on every kind of call`, async () => {
      github.standIn.inject({ method: "GET", route: LIST, kind });
      github.standIn.inject({ method: "POST", route: LIST, kind });
      expect(await post("first")).toMatchObject({ action: "created" });
      github.standIn.inject({ method: "PATCH", route: UPDATE, kind });
      expect(await post("second")).toMatchObject({ action: "updated" });
      expect(github.standIn.commentsOn(PR).map((c) => c.body)).toEqual(["<!-- finetune-ci:review -->\nsecond"]);
      expect(attempts("POST", LIST).map((r) => r.fault)).toEqual([kind, undefined]);
      expect(attempts("PATCH", UPDATE).map((r) => r.fault)).toEqual([kind, undefined]);
    });
  }

  it("writes a comment whose answer was lost only once: one comment remains after the retry", async () => {
    // GitHub wrote the comment, then the connection dropped before its answer arrived.
    github.standIn.inject({ method: "POST", route: LIST, kind: "lost-response" });
    expect(await post("first")).toMatchObject({ action: "created", url: expect.stringContaining("#issuecomment-") });
    expect(github.standIn.commentsOn(PR).map((c) => c.body)).toEqual(["<!-- finetune-ci:review -->\nfirst"]);
    // Looked again instead of posting again.
    expect(attempts("POST", LIST).map((r) => r.fault)).toEqual(["lost-response"]);
    expect(attempts("GET", LIST)).toHaveLength(2);
  });

  it("writes the comment again when the lost attempt had not landed, still one comment", async () => {
    github.standIn.inject({ method: "POST", route: LIST, kind: "connection-reset" });
    expect(await post("first")).toMatchObject({ action: "created" });
    expect(attempts("POST", LIST).map((r) => r.fault)).toEqual(["connection-reset", undefined]);
    expect(github.standIn.commentsOn(PR)).toHaveLength(1);
  });

  it("repeats an edit whose answer was lost: editing twice leaves the same one comment", async () => {
    await post("first");
    github.standIn.inject({ method: "PATCH", route: UPDATE, kind: "lost-response" });
    expect(await post("second")).toMatchObject({ action: "updated" });
    expect(github.standIn.commentsOn(PR).map((c) => c.body)).toEqual(["<!-- finetune-ci:review -->\nsecond"]);
    expect(attempts("PATCH", UPDATE).map((r) => r.fault)).toEqual(["lost-response", undefined]);
  });

  it("waits for the secondary rate limit's retry-after, and says so", async () => {
    github.standIn.inject({ method: "POST", route: LIST, kind: "secondary-rate-limit" });
    await post("report");
    expect(github.warnings).toEqual([
      "GitHub API secondary rate limit hit by POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retry 1 of 2 after 1 s",
    ]);
  });

  it("gives up after two retries, and a rate limit that outlasts them is thrown, not reported as forbidden", async () => {
    github.standIn.inject({ method: "POST", route: LIST, kind: "secondary-rate-limit", times: 3 });
    await expect(post("report")).rejects.toThrow(/secondary rate limit/);
    expect(attempts("POST", LIST)).toHaveLength(3);
    expect(github.warnings.at(-1)).toMatch(/secondary rate limit .*; giving up after 2 retries$/);
  });

  it("gives up on a server error after two retries", async () => {
    github.standIn.inject({ method: "POST", route: LIST, kind: "bad-gateway", times: 3 });
    await expect(post("report")).rejects.toMatchObject({ status: 502 });
    expect(attempts("POST", LIST)).toHaveLength(3);
  });

  it("does not retry a 403 that is not a rate limit", async () => {
    github.standIn.readOnly = true;
    expect(await post("report")).toMatchObject({ action: "forbidden" });
    expect(attempts("POST", LIST)).toHaveLength(1);
    expect(github.warnings).toEqual([]);
  });

  it("sends the token to the configured API URL", async () => {
    await post("report");
    const [first] = github.standIn.requests;
    expect(first!.headers.authorization).toBe("token ghs_stand-in");
  });
});
