// The stand-in is only worth trusting if it refuses what GitHub would refuse.
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OWNER, REPO, startGitHub, type GitHubFixture } from "../support/githubFixture.js";
import { GitHubStandIn, LFS_BATCH_ROUTE } from "../support/githubStandIn.js";
import { createGitRepository } from "../support/gitRepository.js";

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

  it("rejects per_page above GitHub's stated maximum of 100, and a page that is not a number", async () => {
    await expect(github.octokit.rest.pulls.listFiles({ owner: OWNER, repo: REPO, pull_number: 3, per_page: 250 })).rejects.toMatchObject({ status: 422 });
    await expect(github.octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { owner: OWNER, repo: REPO, pull_number: 3, page: "two" as never })).rejects.toMatchObject({
      status: 422,
    });
    expect(github.standIn.violations).toEqual([
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files query per_page: 250 is above the maximum 100 GitHub's description states",
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files query page: "two" is not an integer',
    ]);
  });

  it("rejects a write with no body at all", async () => {
    await expect(github.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner: OWNER, repo: REPO, issue_number: 3 } as never)).rejects.toMatchObject({
      status: 422,
    });
    expect(github.standIn.violations).toEqual(["POST /repos/{owner}/{repo}/issues/{issue_number}/comments requires a request body, and none was sent"]);
  });

  it("refuses a comment over 65,536 characters as GitHub does, and keeps none of it", async () => {
    const create = (body: string) => github.octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 3, body });
    await expect(create("x".repeat(65_536))).resolves.toMatchObject({ status: 201 });
    await expect(create("x".repeat(65_537))).rejects.toMatchObject({ status: 422, message: expect.stringContaining("body is too long (maximum is 65536 characters)") });
    expect(github.standIn.commentsOn(3)).toHaveLength(1);
    expect(github.standIn.violations).toEqual(["POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body is 65537 characters, over GitHub's 65536"]);
  });

  it("answers 401 to a call without a token", async () => {
    const response = await fetch(`${github.standIn.url}/repos/${OWNER}/${REPO}/pulls/3`);
    expect(response.status).toBe(401);
    expect(github.standIn.violations).toEqual([`GET /repos/${OWNER}/${REPO}/pulls/3: no valid token in the Authorization header (got none)`]);
  });
});

describe("the stand-in's contents API limits", () => {
  it("carries content in JSON only up to its limit, serves raw bytes up to the next, and refuses larger files with too_large", async () => {
    const repository = createGitRepository();
    const standIn = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: {}, token: "t", contentLimits: { jsonBytes: 10, rawBytes: 20 } });
    try {
      repository.commit({ "small.jsonl": "0123456789", "medium.jsonl": "0123456789abcdef", "large.jsonl": "x".repeat(21) });
      const get = (path: string, accept: string) => fetch(`${standIn.url}/repos/${OWNER}/${REPO}/contents/${path}?ref=main`, { headers: { authorization: "token t", accept } });
      const json = "application/vnd.github+json";
      expect(await (await get("small.jsonl", json)).json()).toMatchObject({ encoding: "base64", content: Buffer.from("0123456789").toString("base64"), size: 10 });
      expect(await (await get("medium.jsonl", json)).json()).toMatchObject({ encoding: "none", content: "", size: 16 });
      expect(await (await get("medium.jsonl", "application/vnd.github.raw")).text()).toBe("0123456789abcdef");
      for (const accept of [json, "application/vnd.github.raw"]) {
        const refused = await get("large.jsonl", accept);
        expect(refused.status).toBe(403);
        expect(await refused.json()).toMatchObject({ errors: [{ resource: "Blob", field: "data", code: "too_large" }] });
      }
      // A folder's listing still names every file's blob and size.
      const listing = (await (await get("", json)).json()) as { path: string; sha: string; size: number }[];
      const large = listing.find((e) => e.path === "large.jsonl")!;
      expect(large.size).toBe(21);
      expect(large.sha).toBe(repository.git(["rev-parse", "main:large.jsonl"]).toString().trim());
      expect(standIn.violations).toEqual([]);
    } finally {
      await standIn.stop();
      repository.remove();
    }
  });
});

describe("the stand-in's Git LFS batch API (git-lfs docs/api/batch.md)", () => {
  const batch = (url: string, init: { headers?: Record<string, string>; body?: unknown } = {}) =>
    fetch(`${url}/${OWNER}/${REPO}.git/info/lfs/objects/batch`, {
      method: "POST",
      headers: init.headers ?? { accept: "application/vnd.git-lfs+json", "content-type": "application/vnd.git-lfs+json", authorization: `Basic ${Buffer.from("x-access-token:ghs_stand-in").toString("base64")}` },
      body: JSON.stringify(init.body ?? { operation: "download", transfers: ["basic"], objects: [] }),
    });

  it("answers a download with an href and the header to send there, and serves the object only with that header", async () => {
    const content = '{"messages": []}\n';
    const pointer = github.standIn.lfsPointer(content);
    const oid = createHash("sha256").update(content).digest("hex");
    expect(pointer).toBe(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${content.length}\n`);
    const response = await batch(github.standIn.url, { body: { operation: "download", transfers: ["basic"], objects: [{ oid, size: content.length }, { oid: "0".repeat(64), size: 1 }] } });
    expect(response.headers.get("content-type")).toBe("application/vnd.git-lfs+json");
    const answer = (await response.json()) as { objects: { actions?: { download: { href: string; header: Record<string, string> } }; error?: unknown }[] };
    expect(answer.objects[1]).toMatchObject({ error: { code: 404, message: "Object does not exist" } });
    const download = answer.objects[0]!.actions!.download;
    expect(await (await fetch(download.href, { headers: download.header })).text()).toBe(content);
    expect((await fetch(download.href)).status).toBe(403);
    expect(github.standIn.violations).toEqual([`${"/lfs-objects/{oid}"}: not the header the batch answer gave`]);
  });

  it("refuses what the spec refuses: another Accept, no credentials, a body without objects", async () => {
    const headers = { accept: "application/vnd.git-lfs+json", "content-type": "application/vnd.git-lfs+json" };
    expect((await batch(github.standIn.url, { headers: { ...headers, accept: "application/json", authorization: "Basic eDpnaHNfc3RhbmQtaW4=" } })).status).toBe(406);
    const anonymous = await batch(github.standIn.url, { headers });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("lfs-authenticate")).toBe('Basic realm="GitHub"');
    expect((await batch(github.standIn.url, { headers: { ...headers, authorization: "Basic eDpnaHNfc3RhbmQtaW4=" }, body: { operation: "download" } })).status).toBe(422);
    expect(github.standIn.violations).toEqual([
      `${LFS_BATCH_ROUTE}: Accept must be application/vnd.git-lfs+json (got application/json)`,
      `${LFS_BATCH_ROUTE}: no Basic authorization with the token`,
      "LFS batch request: must have required property 'objects'",
    ]);
  });
});
