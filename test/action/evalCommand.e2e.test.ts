// command: eval as a runner runs it: the bundled dist/index.js in a child process with INPUT_* and
// GITHUB_* variables, the event file and the runner's files, against the GitHub stand-in (the merged
// pull request and its comments, check runs, releases, another run's artifacts), a local
// OpenAI-compatible stand-in answering like three models of known quality (test/eval/support), and
// the results service (artifact upload, Actions cache) a runner gives a job.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipEntries, storedZip } from "../support/artifactStandIn.js";
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { ACTIONS_BOT, GitHubStandIn } from "../support/githubStandIn.js";
import { OpenAIStandIn, type ChatAnswer, type ChatRequest } from "../support/openaiStandIn.js";
import { ResultsServiceStandIn } from "../support/resultsServiceStandIn.js";
import { chatLine, LABELS, MODELS, ticketResponder, tickets } from "../eval/support/supportTickets.js";
import { buildShortWaitsAction, ROOT, runAction, type ActionRun } from "./actionRun.js";

const OWNER = "acme";
const REPO = "support-bot";
const KEY = `sk-proj-eval-e2e-${"Qz8v".repeat(10)}`;
const BAD = "ft:gpt-4o-mini-2024-07-18:acme::broken";
const NEXT = "ft:gpt-4o-mini-2024-07-18:acme::tickets-v2";
const MARKER = "<!-- finetune-ci:eval -->";

let repository: GitRepository;
let github: GitHubStandIn;
let openai: OpenAIStandIn;
let results: ResultsServiceStandIn;
let shortWaits: string;
const truth = new Map<string, string>();

/** The base model and the good candidates as the ticket task's models; the broken one never right. */
function respond(request: ChatRequest): ChatAnswer {
  if (request.model === BAD) {
    const label = truth.get(String(request.messages.at(-1)?.content ?? "")) ?? "billing";
    return { content: LABELS[(LABELS.indexOf(label as (typeof LABELS)[number]) + 1) % 4]! };
  }
  return ticketResponder(truth)({ ...request, model: request.model === NEXT ? MODELS.candidate : request.model });
}

/** The config: base, prompted and candidate on the stand-in (its URL filled in later), `arms` added, promoted on a pass unless `promote` says otherwise. */
function config(arms: Record<string, unknown> = {}, promote = "release"): string {
  const endpoint = { baseURL: "OPENAI_URL", apiKeyEnv: "OPENAI_API_KEY" };
  return JSON.stringify(
    {
      datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] },
      eval: { arms: { base: { kind: "base", model: MODELS.base, ...endpoint }, prompted: { kind: "prompted" }, candidate: { kind: "candidate", ...endpoint }, ...arms }, promote },
    },
    null,
    2,
  );
}

/** A commit of the repository (the workspace) that pull request `pull` merged. */
function merged(pull: number, files: Record<string, string> = {}): string {
  const sha = repository.commit({ "notes.txt": `merge of #${pull}\n`, ...files }, `Merge pull request #${pull}`);
  github.associatePulls(sha, [{ number: pull, merged: "as-this-commit" }]);
  return sha;
}

interface EvalRun extends ActionRun {
  sha: string;
}

async function evaluate(sha: string, inputs: Record<string, string>, options: { event?: { name: string; payload: object }; entry?: string; env?: Record<string, string> } = {}): Promise<EvalRun> {
  // A fresh runner: nothing left from the last run but what the Actions cache keeps.
  rmSync(join(repository.dir, ".finetune-ci"), { recursive: true, force: true });
  const run = await runAction({
    cwd: repository.dir,
    ...(options.entry ? { entry: options.entry } : {}),
    inputs: { command: "eval", "github-token": "ghs_stand-in-token", ...inputs },
    event: options.event ?? { name: "push", payload: { ref: "refs/heads/main", after: sha } },
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SHA: sha, GITHUB_API_URL: github.url, GITHUB_RUN_ID: "8100200300", OPENAI_API_KEY: KEY, ...results.env(), ...options.env },
  });
  return { ...run, sha };
}

const comments = (pull: number) => github.commentsOn(pull).filter((c) => c.body.startsWith(MARKER));
const checksOn = (sha: string) => github.checks.checkRuns.filter((c) => c.headSha === sha && c.name === "finetune-ci eval");
const promotions = () => github.releases.releases.filter((r) => r.body?.includes("finetune-ci:promoted"));

beforeAll(async () => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  shortWaits = await buildShortWaitsAction();
  openai = await OpenAIStandIn.start({ apiKey: KEY, models: [MODELS.base, MODELS.candidate, BAD, NEXT], respond, latencyMs: 2 });
  results = await ResultsServiceStandIn.start();
  repository = createGitRepository();
  const holdout = tickets(60, "holdout");
  for (const t of holdout) truth.set(t.text, t.label);
  repository.commit(
    {
      ".finetune-ci.yml": config().replaceAll("OPENAI_URL", openai.baseURL),
      // What a run leaves in the checkout is not committed by the next merge.
      ".gitignore": ".finetune-ci/\n.fake/\n",
      "data/train.jsonl": `${tickets(40, "train").map(chatLine).join("\n")}\n`,
      "data/holdout.jsonl": `${holdout.map(chatLine).join("\n")}\n`,
    },
    "datasets",
  );
  github = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: {} });
}, 180_000);

afterAll(async () => {
  await github?.stop();
  await openai?.close();
  await results?.stop();
  repository?.remove();
  if (shortWaits) rmSync(dirname(shortWaits), { recursive: true, force: true });
});

describe("command: eval, node dist/index.js end to end", () => {
  let first: EvalRun;
  const PR = 7;

  beforeAll(async () => {
    const sha = merged(PR);
    github.seedComment(PR, "<!-- finetune-ci:review -->\nthe review", ACTIONS_BOT);
    github.seedComment(PR, "<!-- finetune-ci:train -->\nthe training report", ACTIONS_BOT);
    first = await evaluate(sha, { "candidate-model": MODELS.candidate });
  }, 120_000);

  it("passes the fine-tuned candidate and sets the outputs from the report", () => {
    expect(first.stderr).toBe("");
    expect(first.exitCode, first.stdout).toBe(0);
    const o = first.outputs;
    expect(o.verdict).toBe("pass");
    expect(o["primary-metric"]).toBe("accuracy");
    const report = JSON.parse(readFileSync(o["report-json"]!, "utf8"));
    const accuracy = (arm: string) => report.arms.find((a: { name: string }) => a.name === arm).estimates.find((e: { metric: string }) => e.metric === "accuracy").mean;
    expect(Number(o["candidate-score"])).toBe(accuracy("candidate"));
    expect(Number(o["base-score"])).toBe(accuracy("base"));
    const vsBase = report.comparisons.find((c: { metric: string; vs: string }) => c.metric === "accuracy" && c.vs === "base");
    expect(Number(o.delta)).toBe(vsBase.delta);
    expect(Number(o["delta-low"])).toBe(vsBase.interval.lower);
    expect(Number(o["delta-high"])).toBe(vsBase.interval.upper);
    expect(Number(o["p-value"])).toBe(vsBase.p);
    expect(Number(o["delta-low"])).toBeGreaterThan(0);
    // Only the candidate has a known price (the ft: model's table price): 60 requests of it.
    expect(Number(o["eval-usd"])).toBeGreaterThan(0);
    expect(o["answers-artifact"]).toBe("finetune-ci-eval");
    expect(o["comment-url"]).toMatch(new RegExp(`/pull/${PR}#issuecomment-\\d+$`));
  });

  it("masks the key before any request, and the key appears nowhere else", () => {
    const masked = first.stdout.indexOf(`::add-mask::${KEY}`);
    expect(masked).toBeGreaterThanOrEqual(0);
    expect(first.stdout.indexOf("first 8 prompt(s) of every arm")).toBeGreaterThan(masked);
    const elsewhere = [
      first.stdout.replace(`::add-mask::${KEY}`, ""),
      first.summary,
      JSON.stringify(first.outputs),
      ...github.commentsOn(PR).map((c) => c.body),
      JSON.stringify(github.checks.checkRuns),
      JSON.stringify(github.releases.releases.map((r) => ({ ...r, assets: r.assets.map((a) => a.bytes.toString("latin1")) }))),
      ...results.artifacts.artifacts.map((a) => a.bytes.toString("latin1")),
      ...results.cache.entries.map((e) => e.bytes.toString("latin1")),
    ].join("\n");
    expect(elsewhere).not.toContain(KEY);
    expect(elsewhere).not.toContain(KEY.slice(10, 40));
  });

  it("posts one eval comment on the merged pull request beside the review's and the training's, linking the artifact", () => {
    const all = github.commentsOn(PR);
    expect(all.map((c) => c.body.split("\n")[0])).toEqual(["<!-- finetune-ci:review -->", "<!-- finetune-ci:train -->", MARKER]);
    expect(all[0]!.body).toBe("<!-- finetune-ci:review -->\nthe review");
    expect(all[1]!.body).toBe("<!-- finetune-ci:train -->\nthe training report");
    const body = comments(PR)[0]!.body;
    expect(body).toContain("PASS");
    const artifact = results.artifacts.artifact("finetune-ci-eval");
    expect(body).toContain(`[artifact finetune\\-ci\\-eval](https://github.com/${OWNER}/${REPO}/actions/runs/8100200300/artifacts/${artifact.id}) (answers.jsonl, report.json, report.html)`);
    expect(first.summary).toContain("finetune-ci evaluation");
    expect(first.summary).toContain("#### Metrics");
  });

  it("uploads answers.jsonl, report.json and the self-contained report.html as the artifact", () => {
    const entries = zipEntries(results.artifacts.artifact("finetune-ci-eval").bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(["answers.jsonl", "report.html", "report.json"]);
    const html = entries.find((e) => e.name === "report.html")!.bytes.toString("utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Content-Security-Policy");
    const report = JSON.parse(entries.find((e) => e.name === "report.json")!.bytes.toString("utf8"));
    expect(report.verdict.status).toBe("pass");
    // One line per arm and holdout example.
    expect(entries.find((e) => e.name === "answers.jsonl")!.bytes.toString("utf8").trim().split("\n")).toHaveLength(3 * 60);
    expect(results.violations).toEqual([]);
  });

  it("leaves a successful check run named finetune-ci eval on the merged commit, linking the workflow run", () => {
    const [check, ...more] = checksOn(first.sha);
    expect(more).toEqual([]);
    expect(check).toMatchObject({ status: "completed", conclusion: "success", detailsUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/8100200300` });
    expect(check!.output.title).toMatch(/^PASS: /);
    expect(check!.output.summary).toContain("#### Gate");
  });

  it("promotes the hosted model to a release with the report and the dataset hashes, its notes the evaluation", () => {
    const [release, ...more] = promotions();
    expect(more).toEqual([]);
    expect(release).toMatchObject({ draft: false, targetCommitish: first.sha });
    expect(release!.tagName).toBe(`model/ft-gpt-4o-mini-2024-07-18-acme-tickets-${first.sha.slice(0, 7)}`);
    expect(release!.assets.map((a) => a.name).sort()).toEqual(["dataset-hashes.json", "eval-report.json"]);
    const hashes = JSON.parse(release!.assets.find((a) => a.name === "dataset-hashes.json")!.bytes.toString("utf8"));
    expect(hashes.files.map((f: { role: string; path: string }) => `${f.role} ${f.path}`)).toEqual(["train data/train.jsonl", "holdout data/holdout.jsonl"]);
    expect(release!.body).toContain("PASS");
    expect(first.outputs["release-url"]).toMatch(/\/releases\/tag\/model/);
  });

  it("saves the base and prompted answers in the Actions cache", () => {
    const saved = results.cache.entries.filter((e) => e.finalized);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.key).toMatch(/^finetune-ci-answers-v1-[0-9a-f]{64}-[0-9a-f]{64}$/);
  });

  it("a second run on a fresh runner sends no base or prompted request, edits the one comment and check, and promotes nothing twice", async () => {
    const baseRequests = openai.chatRequests(MODELS.base).length;
    const candidateRequests = openai.chatRequests(MODELS.candidate).length;
    const again = await evaluate(first.sha, { "candidate-model": MODELS.candidate });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toContain("Answer cache restored from finetune-ci-answers-v1-");
    expect(openai.chatRequests(MODELS.base).length).toBe(baseRequests);
    expect(openai.chatRequests(MODELS.candidate).length).toBe(candidateRequests + 60);
    expect(comments(PR)).toHaveLength(1);
    expect(github.commentsOn(PR)).toHaveLength(3);
    expect(checksOn(first.sha)).toHaveLength(1);
    expect(promotions()).toHaveLength(1);
    expect(again.outputs["release-url"]).toBe(first.outputs["release-url"]);
    expect(comments(PR)[0]!.body).toContain("were promoted before");
    // An exact hit is not saved again.
    expect(results.cache.entries.filter((e) => e.finalized)).toHaveLength(1);
    expect(openai.violations).toEqual([]);
    expect(github.violations).toEqual([]);
  }, 120_000);
});

describe("a failing candidate", () => {
  it("fails the step after the comment and the check are posted, and is not promoted", async () => {
    const sha = merged(8);
    const releases = promotions().length;
    const run = await evaluate(sha, { "candidate-model": BAD });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    const error = run.stdout.indexOf("::error::finetune-ci eval: fail:");
    expect(error).toBeGreaterThan(0);
    expect(run.stdout.indexOf("Evaluation report created on #8")).toBeGreaterThan(0);
    expect(run.stdout.indexOf("Evaluation report created on #8")).toBeLessThan(error);
    expect(run.stdout.indexOf('Check run "finetune-ci eval" created')).toBeLessThan(error);
    expect(comments(8)).toHaveLength(1);
    expect(comments(8)[0]!.body).toContain("FAIL");
    expect(checksOn(sha)).toMatchObject([{ status: "completed", conclusion: "failure" }]);
    expect(promotions()).toHaveLength(releases);
    expect(run.outputs["release-url"]).toBe("");
  }, 120_000);
});

describe("with GitHub and the model endpoint failing now and then", () => {
  it("injected 502s and rate limits still end in one comment and one check", async () => {
    const sha = merged(9);
    for (const fault of [
      { method: "GET", route: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls", kind: "bad-gateway" },
      { method: "GET", route: "/repos/{owner}/{repo}/issues/{issue_number}/comments", kind: "secondary-rate-limit" },
      { method: "POST", route: "/repos/{owner}/{repo}/issues/{issue_number}/comments", kind: "bad-gateway" },
      { method: "GET", route: "/repos/{owner}/{repo}/commits/{ref}/check-runs", kind: "primary-rate-limit" },
      { method: "POST", route: "/repos/{owner}/{repo}/check-runs", kind: "bad-gateway" },
    ] as const) {
      github.inject(fault);
    }
    openai.inject({ kind: "rate-limit", model: MODELS.candidate, times: 4, retryAfterMs: 20 });
    openai.inject({ kind: "bad-gateway", model: MODELS.candidate, times: 3 });
    openai.inject({ kind: "server-error", model: MODELS.base, times: 2 });
    const run = await evaluate(sha, { "candidate-model": MODELS.candidate }, { entry: shortWaits });
    expect(run.stderr).toBe("");
    expect(run.exitCode, run.stdout).toBe(0);
    expect(github.requests.filter((r) => r.fault).map((r) => r.fault).sort()).toEqual(["bad-gateway", "bad-gateway", "bad-gateway", "primary-rate-limit", "secondary-rate-limit"]);
    expect(openai.requests.filter((r) => r.fault).length).toBeGreaterThanOrEqual(7);
    expect(comments(9)).toHaveLength(1);
    expect(checksOn(sha)).toHaveLength(1);
    expect(checksOn(sha)[0]!.conclusion).toBe("success");
    expect(github.violations).toEqual([]);
  }, 120_000);
});

describe("a token that may not write checks", () => {
  it("leaves a commit status of the same name, which branch protection can require as well", async () => {
    const sha = merged(14);
    github.deny("checks: write");
    let run: EvalRun;
    try {
      run = await evaluate(sha, { "candidate-model": MODELS.candidate });
    } finally {
      github.allow("checks: write");
    }
    expect(run.exitCode, run.stdout).toBe(0);
    expect(checksOn(sha)).toEqual([]);
    expect(github.checks.statuses.filter((s) => s.sha === sha)).toMatchObject([{ context: "finetune-ci eval", state: "success" }]);
    expect(run.stdout).toMatch(/::warning::GitHub refused the check run \(HTTP 403/);
    expect(comments(14)).toHaveLength(1);
  }, 120_000);
});

describe("the latest promoted model as the baseline arm, and a hosted candidate from another run's artifact", () => {
  it("compares the new candidate with the promoted ft: model and reads the candidate's id from job.json", async () => {
    const sha = merged(10, { "baseline.yml": config({ production: { kind: "baseline", release: "latest", baseURL: "OPENAI_URL", apiKeyEnv: "OPENAI_API_KEY" } }).replaceAll("OPENAI_URL", openai.baseURL) });
    github.artifacts.addRunArtifact({ runId: 8100100100, name: "finetune-ci-adapter", zip: storedZip({ "job.json": JSON.stringify({ id: "ftjob-abc", status: "succeeded", fine_tuned_model: NEXT }), "metrics.jsonl": "" }) });
    const promoted = openai.chatRequests(MODELS.candidate).length;
    const run = await evaluate(sha, { config: "baseline.yml", "training-artifact": "finetune-ci-adapter", "training-run-id": "8100100100" });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(`Candidate: ${NEXT}, from artifact finetune-ci-adapter of run 8100100100 (job.json)`);
    // The production arm is the model promoted by the first run: it answered every holdout example.
    expect(openai.chatRequests(MODELS.candidate).length).toBe(promoted + 60);
    expect(openai.chatRequests(NEXT)).toHaveLength(60);
    const report = JSON.parse(readFileSync(run.outputs["report-json"]!, "utf8"));
    expect(report.arms.find((a: { name: string }) => a.name === "production")).toMatchObject({ kind: "baseline", model: MODELS.candidate });
    expect(comments(10)[0]!.body).toMatch(/Baseline \*\*production\*\* is ft:gpt\\-4o\\-mini.*promoted in \[model\/ft/);
  }, 120_000);

  it("leaves the baseline out, and says so, when nothing has been promoted", async () => {
    const sha = merged(11, { "baseline.yml": config({ production: { kind: "baseline", release: "latest" } }, "none").replaceAll("OPENAI_URL", openai.baseURL) });
    const saved = github.releases.releases.splice(0);
    try {
      const run = await evaluate(sha, { config: "baseline.yml", "candidate-model": MODELS.candidate });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toContain("::warning::eval.arms.production (release: latest) left out: no model has been promoted yet");
      expect(comments(11)[0]!.body).toContain("Baseline **production** (`release: latest`) was left out: no model has been promoted yet");
    } finally {
      github.releases.releases.push(...saved.filter((r) => !github.releases.releases.includes(r)));
    }
  }, 120_000);
});

describe("a pull request from a fork", () => {
  it("is refused before any request when an arm needs a key, with the reason on the summary", async () => {
    const sha = merged(12);
    const sent = openai.requests.length;
    const repo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
    const event = {
      name: "pull_request",
      payload: { number: 12, pull_request: { number: 12, head: { sha, repo: { ...repo, full_name: `outsider/${REPO}` } }, base: { sha, repo } }, repository: repo },
    };
    const run = await evaluate(sha, { "candidate-model": MODELS.candidate }, { event });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::pull request #12: it comes from a fork, and this evaluation would send API keys: eval.arms.base, eval.arms.prompted, eval.arms.candidate (OPENAI_API_KEY)");
    expect(openai.requests.length).toBe(sent);
    expect(run.stdout).not.toContain("::add-mask::");
    expect(run.summary).toContain("finetune-ci evaluation could not run");
    expect(checksOn(sha)).toMatchObject([{ conclusion: "failure" }]);
  }, 60_000);
});

describe("cancelled while the model server runs", () => {
  it("stops the server it started when the step gets SIGTERM, and gives the server none of the runner's tokens", async () => {
    const dir = join(repository.dir, ".fake");
    mkdirSync(join(dir, "adapter"), { recursive: true });
    writeFileSync(join(dir, "adapter/adapter_config.json"), JSON.stringify({ r: 8, base_model_name_or_path: "fake-base" }));
    const pidFile = join(dir, "server.pid");
    // A "python" that ignores serve.py and serves the two names, never answering a chat request.
    const python = join(dir, "python");
    writeFileSync(
      python,
      `#!/usr/bin/env node
const fs = require("node:fs");
const args = process.argv.slice(2);
const port = Number(args[args.indexOf("--port") + 1]);
fs.writeFileSync(process.env.FAKE_SERVER_PID, JSON.stringify({ pid: process.pid, env: Object.keys(process.env) }));
require("node:http").createServer((req, res) => {
  if (req.url === "/v1/models") return res.end(JSON.stringify({ object: "list", data: [{ id: "fake-base" }, { id: "candidate" }] }));
}).listen(port, "127.0.0.1");
`,
    );
    chmodSync(python, 0o755);
    const sha = merged(13, { "serve.yml": JSON.stringify({ datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, eval: { serve: { engine: "serve.py", python, baseModel: "fake-base", adapter: ".fake/adapter", startupTimeoutSeconds: 60 } } }) });
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "");
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "push",
      GITHUB_WORKSPACE: repository.dir,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: sha,
      GITHUB_API_URL: github.url,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: dir,
      FAKE_SERVER_PID: pidFile,
      INPUT_COMMAND: "eval",
      INPUT_CONFIG: "serve.yml",
      "INPUT_GITHUB-TOKEN": "ghs_stand-in-token",
      "INPUT_ADAPTER-PATH": ".fake/adapter",
      ...results.env(),
    };
    const step = spawn(process.execPath, [join(ROOT, "dist/index.js")], { cwd: repository.dir, env });
    let log = "";
    step.stdout.on("data", (d) => (log += d));
    step.stderr.on("data", (d) => (log += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => step.on("exit", (code, signal) => done({ code, signal })));
    for (const deadline = Date.now() + 60_000; !log.includes("eval.serve: serve.py serves"); ) {
      if (Date.now() > deadline) throw new Error(`the server never came up:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const server = JSON.parse(readFileSync(pidFile, "utf8")) as { pid: number; env: string[] };
    expect(server.env.filter((name) => /^INPUT_|^ACTIONS_RUNTIME_TOKEN$|^ACTIONS_RESULTS_URL$/.test(name))).toEqual([]);
    step.kill("SIGTERM");
    expect(await exited).toEqual({ code: null, signal: "SIGTERM" });
    const alive = () => {
      try {
        process.kill(server.pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (const deadline = Date.now() + 15_000; alive() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
    expect(existsSync(pidFile)).toBe(true);
  }, 90_000);
});
