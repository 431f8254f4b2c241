import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { upsertStickyComment } from "../../src/adapters/github/stickyComment.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";
import { ACTIONS_BOT } from "../support/githubStandIn.js";

const PR = 7;
const MARKER = "<!-- finetune-ci:review -->";
const OTHER_USER = { login: "octocat", id: 1, type: "User" as const };

let github: GitHubFixture;
beforeEach(async () => {
  github = await startGitHub();
});
afterEach(async () => {
  expect(github.standIn.violations).toEqual([]);
  await github.close();
});

const post = (body: string) => upsertStickyComment(github.octokit, { owner: OWNER, repo: REPO, issueNumber: PR, marker: "review", body });
const writes = () => github.standIn.requests.filter((r) => r.method !== "GET");

describe("the sticky review comment", () => {
  it("is created on the first run, with the hidden marker", async () => {
    const result = await post("## Dataset review\n3 errors");
    expect(result.action).toBe("created");
    const [comment, ...others] = github.standIn.commentsOn(PR);
    expect(others).toEqual([]);
    expect(comment!.body).toBe(`${MARKER}\n## Dataset review\n3 errors`);
    expect(result).toMatchObject({ url: expect.stringContaining(`#issuecomment-${comment!.id}`) });
  });

  it("is edited in place on the next run: one comment after two runs", async () => {
    await post("first report");
    const result = await post("second report");
    expect(result.action).toBe("updated");
    expect(github.standIn.commentsOn(PR).map((c) => c.body)).toEqual([`${MARKER}\nsecond report`]);
    expect(writes().map((r) => `${r.method} ${r.route}`)).toEqual([
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
    ]);
  });

  it("is not re-sent when the report did not change", async () => {
    await post("same report");
    const result = await post("same report");
    expect(result.action).toBe("unchanged");
    expect(writes()).toHaveLength(1);
  });

  it("leaves another user's comment alone even when it quotes the marker", async () => {
    const quoted = github.standIn.seedComment(PR, `> ${MARKER}\n> old report\nWhy did this fail?`, OTHER_USER);
    const result = await post("report");
    expect(result.action).toBe("created");
    expect(github.standIn.commentsOn(PR).find((c) => c.id === quoted.id)!.body).toBe(quoted.body);
    expect(github.standIn.commentsOn(PR)).toHaveLength(2);
  });

  it("is found past the first page of a long discussion (over 100 comments)", async () => {
    for (let i = 0; i < 150; i++) github.standIn.seedComment(PR, `comment ${i}`, OTHER_USER);
    github.standIn.seedComment(PR, `${MARKER}\nold report`, ACTIONS_BOT);
    const result = await post("new report");
    expect(result.action).toBe("updated");
    expect(github.standIn.commentsOn(PR)).toHaveLength(151);
    const listings = github.standIn.requests.filter((r) => r.method === "GET");
    expect(listings.map((r) => r.query)).toEqual([{ per_page: "100" }, { per_page: "100", page: "2" }]);
  });

  it("leaves the bot's other comments, those without the marker, alone", async () => {
    const unrelated = github.standIn.seedComment(PR, "Deployed preview", ACTIONS_BOT);
    await post("report");
    expect(github.standIn.commentsOn(PR).map((c) => c.id)).toContain(unrelated.id);
    expect(github.standIn.commentsOn(PR).find((c) => c.id === unrelated.id)!.body).toBe("Deployed preview");
  });

  it("comes back as forbidden, not thrown, when the token is read-only (a pull request from a fork)", async () => {
    github.standIn.readOnly = true;
    const result = await post("report");
    expect(result).toEqual({ action: "forbidden", reason: expect.stringContaining("Resource not accessible by integration") });
    expect(result).toMatchObject({ reason: expect.stringContaining("HTTP 403") });
    // A permission answer is final: one attempt, no retries.
    expect(writes()).toHaveLength(1);
    expect(github.standIn.commentsOn(PR)).toEqual([]);
  });

  it("is cut visibly, marker kept, when the report is over GitHub's 65,536 characters", async () => {
    const long = Array.from({ length: 2000 }, (_, i) => `| row ${i} | ${"x".repeat(40)} |`).join("\n");
    await post(long);
    const [comment] = github.standIn.commentsOn(PR);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body.startsWith(MARKER)).toBe(true);
    expect(comment!.body).toContain("job summary");
  });

  it("rejects a marker that could break out of the HTML comment", async () => {
    await expect(upsertStickyComment(github.octokit, { owner: OWNER, repo: REPO, issueNumber: PR, marker: "a -->", body: "x" })).rejects.toThrow(
      /marker/,
    );
  });
});
