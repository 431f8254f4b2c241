// After a push to the default branch, the train and eval reports go to the pull request that was
// merged, each in its own sticky comment beside the review's.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergedPullRequestFor } from "../../src/adapters/github/mergedPullRequest.js";
import { upsertStickyComment } from "../../src/adapters/github/stickyComment.js";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";
import { ACTIONS_BOT } from "../support/githubStandIn.js";

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

const lookup = () => mergedPullRequestFor(github.octokit, { owner: OWNER, repo: REPO }, sha);

describe("the pull request a pushed commit came from", () => {
  it("is the one merged as this very commit, even when open pull requests contain it too", async () => {
    github.standIn.associatePulls(sha, [
      { number: 30, merged: false },
      { number: 12, merged: "as-this-commit" },
    ]);
    expect(await lookup()).toEqual({ number: 12, url: `https://github.com/${OWNER}/${REPO}/pull/12` });
    expect(github.standIn.requests.map((r) => `${r.method} ${r.route}`)).toEqual(["GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"]);
  });

  it("is a merged one when a rebase or squash merge recorded another commit", async () => {
    github.standIn.associatePulls(sha, [
      { number: 30, merged: false },
      { number: 14, merged: "elsewhere" },
    ]);
    expect(await lookup()).toMatchObject({ number: 14 });
  });

  it("is none for a direct push", async () => {
    expect(await lookup()).toBeUndefined();
  });
});

describe("the eval comment beside the review's", () => {
  const REVIEW = "<!-- finetune-ci:review -->\n## Dataset review\n0 errors";
  const post = (body: string) => upsertStickyComment(github.octokit, { owner: OWNER, repo: REPO, issueNumber: 12, marker: "eval", body });

  it("two evaluations leave one eval comment, and the review and training comments untouched", async () => {
    github.standIn.associatePulls(sha, [{ number: 12, merged: "as-this-commit" }]);
    const review = github.standIn.seedComment(12, REVIEW, ACTIONS_BOT);
    const train = github.standIn.seedComment(12, "<!-- finetune-ci:train -->\n## Training report", ACTIONS_BOT);

    const pull = (await lookup())!;
    expect(await post("## finetune-ci eval: fail")).toMatchObject({ action: "created" });
    expect(pull.number).toBe(12);
    expect(await post("## finetune-ci eval: pass")).toMatchObject({ action: "updated" });

    const comments = github.standIn.commentsOn(12);
    expect(comments.map((c) => c.body)).toEqual([REVIEW, "<!-- finetune-ci:train -->\n## Training report", "<!-- finetune-ci:eval -->\n## finetune-ci eval: pass"]);
    expect(comments.map((c) => c.id).slice(0, 2)).toEqual([review.id, train.id]);
  });
});
