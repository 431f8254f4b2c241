// The Action end to end, as GitHub runs it: the bundled dist/index.js in a child process, a
// pull_request event, and a stand-in GitHub serving a real git repository.
import { readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { Ajv } from "ajv";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { ACTIONS_BOT, GitHubStandIn, LFS_BATCH_ROUTE } from "../support/githubStandIn.js";
import { chat, distinctExamples, jsonl } from "../support/review.js";
import { buildShortWaitsAction, runAction, type ActionRun } from "./actionRun.js";

const OWNER = "acme";
const REPO = "assistant-data";
const PR = 7;
const MARKER = "<!-- finetune-ci:review -->";
const TOKEN = "ghs_stand-in";

const CONFIG = ["datasets:", "  train: ['data/train/*.jsonl']", "  holdout: ['data/holdout.jsonl']", "failOn: error", ""].join("\n");

// Dataset text written to do harm in markdown: ping people, load an image, inject HTML, close the
// comment's <details> and code fence early, and start workflow commands in the log.
const HOSTILE = '{"messages": @octocat @acme/admins </details> ``` <img src=x onerror=alert(1)> ![t](https://evil.example/t.png) [x](javascript:alert(1)) www.evil.example';
const HOSTILE_KEY = JSON.stringify({
  messages: JSON.parse(chat("What is the @octocat policy?", "Ask @octocat.")).messages,
  "</details><img src=x>@octocat": 1,
});
const HOSTILE_LOG = JSON.stringify({ messages: [{ role: "user", content: "hi" }, { role: "assistant", content: "ok" }], "\n::error::forged": 1 });

interface Scenario {
  repository: GitRepository;
  standIn: GitHubStandIn;
  base: string;
  head: string;
}

const scenarios: Scenario[] = [];
/** The Action with GitHub's waits shortened, for the run that injects faults; every other run is dist/index.js as shipped. */
let shortWaits: string;

// dist/ itself is built from src/ by the test run's global setup (test/support/buildDist.ts).
beforeAll(async () => {
  shortWaits = await buildShortWaitsAction();
}, 120_000);

afterAll(() => {
  if (shortWaits) rmSync(dirname(shortWaits), { recursive: true, force: true });
});

afterEach(async () => {
  for (const s of scenarios.splice(0)) {
    // Every request the Action made is one api.github.com would accept.
    expect(s.standIn.violations).toEqual([]);
    await s.standIn.stop();
    s.repository.remove();
  }
});

/**
 * main: 20 training examples in a.jsonl, 6 in b.jsonl, 5 holdout examples.
 * feature: a.jsonl adds 3 examples and 3 hostile lines (one invalid JSON), removes 1, changes the answer of 1;
 * b.jsonl is renamed to c.jsonl unchanged; the holdout gains a copy of a training example (a leak).
 */
async function scenario(options: { fork?: boolean } = {}): Promise<Scenario> {
  const repository = createGitRepository();
  const train = distinctExamples(20);
  const base = repository.commit(
    {
      ".finetune-ci.yml": CONFIG,
      "data/train/a.jsonl": jsonl(train),
      "data/train/b.jsonl": jsonl(distinctExamples(6, 100)),
      "data/holdout.jsonl": jsonl(distinctExamples(5, 200)),
      "README.md": "data\n",
    },
    "datasets",
  );
  repository.checkout("feature", true);
  const changedAnswer = chat(JSON.parse(train[4]!).messages[1].content, "A different answer: escalate to the billing team and reply within two days.");
  const a = [...train.slice(0, 3), ...train.slice(4)];
  a[3] = changedAnswer;
  repository.move("data/train/b.jsonl", "data/train/c.jsonl");
  const head = repository.commit(
    {
      "data/train/a.jsonl": jsonl([...a, ...distinctExamples(1, 300), HOSTILE, HOSTILE_KEY, HOSTILE_LOG]),
      "data/holdout.jsonl": jsonl([...distinctExamples(5, 200), train[10]!]),
    },
    "more data",
  );
  const standIn = await GitHubStandIn.start({
    repository,
    owner: OWNER,
    repo: REPO,
    pulls: { [PR]: { base: "main", head: "feature", ...(options.fork ? { headRepoFullName: `contributor/${REPO}` } : {}) } },
    token: TOKEN,
  });
  const s = { repository, standIn, base, head };
  scenarios.push(s);
  return s;
}

function pullRequestEvent(s: Scenario, head: string, fork = false, base = s.base) {
  const repo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  return {
    name: "pull_request",
    payload: {
      action: "synchronize",
      number: PR,
      pull_request: {
        number: PR,
        state: "open",
        head: { ref: "feature", sha: head, repo: fork ? { ...repo, full_name: `contributor/${REPO}`, owner: { login: "contributor" } } : repo },
        base: { ref: "main", sha: base, repo },
      },
      repository: repo,
    },
  };
}

function run(s: Scenario, head: string, inputs: Record<string, string> = {}, fork = false, base = s.base, entry?: string, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    ...(entry ? { entry } : {}),
    cwd: s.repository.dir,
    inputs: { command: "review", config: ".finetune-ci.yml", "github-token": TOKEN, comment: "true", ...inputs },
    event: pullRequestEvent(s, head, fork, base),
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      // On pull_request, GITHUB_SHA is the merge commit; the Action must use the event's head.
      GITHUB_SHA: s.base,
      GITHUB_API_URL: s.standIn.url,
      ...env,
    },
  });
}

describe("the review Action on a pull request", () => {
  it("posts one sticky comment that the next push updates, with outputs, summary, annotations and a failing verdict", async () => {
    const s = await scenario();
    const first = await run(s, s.head);
    expect(first.stderr).toBe("");
    // The holdout leak and the hostile lines are errors, and fail-on is error.
    expect(first.exitCode).toBe(1);
    expect(first.stdout).toContain("::error::finetune-ci:");
    // 3 training examples (the hostile JSON line is no example) and the leaked copy in the holdout.
    expect(first.outputs).toMatchObject({ "examples-added": "4", "examples-removed": "1", "examples-changed": "1" });
    expect(Number(first.outputs.errors)).toBeGreaterThan(0);
    expect(Number(first.outputs["estimated-training-usd"])).toBeGreaterThan(0);
    const json = JSON.parse(readFileSync(first.outputs["report-json"]!, "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(reportSchema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.pullRequest).toMatchObject({ number: PR, headSha: s.head, baseSha: s.base, examples: { added: 4, removed: 1, changed: 1, byRole: { train: { added: 3 }, holdout: { added: 1 } } } });
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(["data/train/a.jsonl", "data/train/c.jsonl", "data/holdout.jsonl"]);
    expect(first.annotations.some((a) => a.startsWith("::error file=data/holdout.jsonl,line=6,title=finetune-ci holdout-leak::"))).toBe(true);
    expect(first.summary).toContain("finetune-ci dataset review");

    const [comment, ...others] = s.standIn.commentsOn(PR);
    expect(others).toEqual([]);
    expect(comment!.user.login).toBe(ACTIONS_BOT.login);
    expect(comment!.body.startsWith(MARKER)).toBe(true);
    expect(comment!.body).toContain(`(https://github.com/${OWNER}/${REPO}/blob/${s.head}/data/holdout.jsonl#L6)`);
    expect(comment!.body).toContain("```mermaid\nxychart-beta");

    // A second push: same pull request, new head commit.
    s.repository.checkout("feature");
    const second = s.repository.commit({ "data/train/a.jsonl": jsonl(distinctExamples(25)) }, "rewrite");
    s.standIn.inject({ method: "GET", route: "/repos/{owner}/{repo}/pulls/{pull_number}/files", kind: "bad-gateway" });
    s.standIn.inject({ method: "GET", route: "/repos/{owner}/{repo}/issues/{issue_number}/comments", kind: "secondary-rate-limit" });
    s.standIn.inject({ method: "GET", route: "/repos/{owner}/{repo}/contents/{path}", kind: "connection-reset" });
    const again = await run(s, second, {}, false, s.base, shortWaits);
    expect(again.stderr).toBe("");
    expect(s.standIn.requests.filter((r) => r.fault).map((r) => r.fault).sort()).toEqual(["bad-gateway", "connection-reset", "secondary-rate-limit"]);
    expect(again.stdout).toContain("review comment updated");
    const comments = s.standIn.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(comment!.id);
    expect(comments[0]!.body).toContain(`/blob/${second}/`);
    expect(comments[0]!.body).not.toContain(`/blob/${s.head}/`);
    expect(again.outputs["examples-added"]).toBe("6");
  });

  it("makes hostile dataset text inert in the comment, the summary and the log", async () => {
    const s = await scenario();
    const result = await run(s, s.head);
    const [comment] = s.standIn.commentsOn(PR);
    for (const body of [comment!.body, result.summary]) {
      expect(body).toContain("octocat"); // still readable...
      expect(body).not.toMatch(/(^|[^\w\u200d])@octocat/); // ...but no mention that pings
      expect(body).not.toMatch(/@acme\/admins/);
      expect(body).not.toMatch(/<img|<b>|javascript:alert\(1\)\)|!\[|https:\/\/evil|www\.evil/);
      expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
      // Code fences only open and close the chart: an even number of them, all ours.
      expect(body.split("\n").filter((l) => l.startsWith("```")).length % 2).toBe(0);
    }
    // The forged command arrives inside stop-commands, never as a runner command of its own.
    const stop = /::stop-commands::(\S+)/.exec(result.stdout)![1]!;
    const during = result.stdout.slice(result.stdout.indexOf(`::stop-commands::${stop}`), result.stdout.indexOf(`::${stop}::`));
    expect(during).toContain("::error::forged");
    const after = result.stdout.slice(result.stdout.indexOf(`::${stop}::`)).split("\n");
    expect(after.filter((line) => /^\s*::error::forged/.test(line))).toEqual([]);
    expect(result.annotations.every((a) => !a.includes("\n"))).toBe(true);
  });

  it("on a fork's read-only token: still reviews, writes summary and annotations, explains the missing comment, and does not fail for it", async () => {
    const s = await scenario({ fork: true });
    s.standIn.readOnly = true;
    const result = await run(s, s.head, { "fail-on": "never" }, true);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(s.standIn.commentsOn(PR)).toEqual([]);
    expect(result.stdout).toMatch(/could not comment on pull request #7: .*HTTP 403.*comes from a fork.*read-only token/);
    expect(result.summary).toContain("finetune-ci dataset review");
    expect(result.annotations.length).toBeGreaterThan(0);
    expect(result.outputs).toMatchObject({ "examples-added": "4", "examples-removed": "1" });
    // A refused write is final: tried once, not retried.
    expect(s.standIn.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("compares with the merge base, not the base branch's tip, when the base branch moved on after the pull request branched off", async () => {
    const s = await scenario();
    // main edits the same dataset after feature branched off: drops one example, changes an
    // answer, adds two. None of it is the pull request's doing.
    s.repository.checkout("main");
    const train = distinctExamples(20);
    const mainA = [...train.slice(0, 15), ...train.slice(16)];
    mainA[7] = chat(JSON.parse(train[7]!).messages[1].content, "Main's own new answer: see the refund policy page.");
    const movedBase = s.repository.commit({ "data/train/a.jsonl": jsonl([...mainA, ...distinctExamples(2, 900)]) }, "main edits the data");
    const result = await run(s, s.head, { "fail-on": "never" }, false, movedBase);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    // Only the pull request's own changes, exactly as when main had not moved (the first case).
    expect(result.outputs).toMatchObject({ "examples-added": "4", "examples-removed": "1", "examples-changed": "1" });
    const json = JSON.parse(readFileSync(result.outputs["report-json"]!, "utf8"));
    expect(json.pullRequest).toMatchObject({
      baseSha: s.base,
      headSha: s.head,
      links: { base: `https://github.com/${OWNER}/${REPO}/blob/${s.base}/` },
      notes: [],
      examples: { added: 4, removed: 1, changed: 1, byRole: { train: { added: 3, removed: 1, changed: 1 }, holdout: { added: 1 } } },
    });
    // The base versions were read at the merge base, never at main's new tip.
    const compares = s.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/compare/{basehead}");
    expect(compares.map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/compare/${movedBase}...${s.head}`]);
    const refs = s.standIn.requests.filter((r) => r.route === "/repos/{owner}/{repo}/contents/{path}").map((r) => r.query.ref);
    expect(refs).toContain(s.base);
    expect(refs).not.toContain(movedBase);
    expect(result.stdout).toContain(`comparing with the merge base ${s.base.slice(0, 7)}`);
    const [comment] = s.standIn.commentsOn(PR);
    expect(comment!.body).toContain(`base \`${s.base.slice(0, 7)}\``);
    expect(comment!.body).not.toContain(movedBase.slice(0, 7));
    expect(comment!.body).not.toContain("Could not find where this pull request branched off");
  });

  it("reviews datasets kept in Git LFS by their content, fetched through the LFS batch API with the workflow's token", async () => {
    const repository = createGitRepository();
    const base = repository.commit({ ".finetune-ci.yml": CONFIG, ".gitattributes": "*.jsonl filter=lfs diff=lfs merge=lfs -text\n", "README.md": "data\n" }, "config");
    const standIn = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: { [PR]: { base: "main", head: "feature" } }, token: TOKEN });
    const s = { repository, standIn, base, head: "" };
    scenarios.push(s);
    s.base = repository.commit({ "data/train/a.jsonl": standIn.lfsPointer(jsonl(distinctExamples(20))), "data/holdout.jsonl": standIn.lfsPointer(jsonl(distinctExamples(5, 200))) }, "datasets in LFS");
    repository.checkout("feature", true);
    s.head = repository.commit({ "data/train/a.jsonl": standIn.lfsPointer(jsonl(distinctExamples(23))) }, "three more");
    // The checkout (actions/checkout without lfs: true) holds the pointers; the LFS server is on the GitHub host.
    const result = await run(s, s.head, {}, false, s.base, undefined, { GITHUB_SERVER_URL: standIn.url });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ examples: "28", "examples-added": "3", "examples-removed": "0", errors: "0" });
    const batches = standIn.requests.filter((r) => r.route === LFS_BATCH_ROUTE);
    // Head: both files; base: the changed training file (the holdout is the same object).
    expect(batches).toHaveLength(3);
    expect(batches.every((r) => r.headers.authorization === `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString("base64")}`)).toBe(true);
    expect(result.stdout).toMatch(/downloaded data\/train\/a\.jsonl at the pull request's head \([0-9a-f]{7}\) from Git LFS: Git LFS object sha256:[0-9a-f]{12}… \(.+\), size and SHA-256 checked/);
    const [comment] = standIn.commentsOn(PR);
    expect(comment!.body).not.toContain("git-lfs.github.com/spec");
  });

  it("stops, saying how to enable LFS, when the LFS content cannot be had, and never reviews a pointer", async () => {
    const repository = createGitRepository();
    const base = repository.commit({ ".finetune-ci.yml": CONFIG, "data/holdout.jsonl": jsonl(distinctExamples(5, 200)), "data/train/a.jsonl": jsonl(distinctExamples(20)) }, "datasets");
    const standIn = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: { [PR]: { base: "main", head: "feature" } }, token: TOKEN });
    const s = { repository, standIn, base, head: "" };
    scenarios.push(s);
    repository.checkout("feature", true);
    // Committed as a pointer whose object never reached the LFS server.
    s.head = repository.commit({ "data/train/a.jsonl": standIn.lfsPointer(jsonl(distinctExamples(23)), { store: false }) }, "moved to LFS");
    const result = await run(s, s.head, {}, false, s.base, undefined, { GITHUB_SERVER_URL: standIn.url });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error::data\/train\/a\.jsonl at the pull request's head \([0-9a-f]{7}\) is stored in Git LFS .*Object does not exist.*actions\/checkout with `lfs: true`/m);
    expect(standIn.commentsOn(PR)).toEqual([]);
    expect(result.outputs).toEqual({});
  });

  it("fails with the list of known commands for an unknown one", async () => {
    const s = await scenario();
    const result = await run(s, s.head, { command: "deploy" });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::input command: unknown command "deploy" (known: review');
    expect(s.standIn.requests).toEqual([]);
  });
});
