// command: train with provider: openai as a runner runs it: the bundled dist/index.js (built from
// src/ by the test run's global setup) in a child process, INPUT_* and GITHUB_* variables, against
// the GitHub stand-in (the merged pull request and its comments, checked against GitHub's OpenAPI
// description) and the fine-tuning stand-in (through the real openai SDK inside the bundle).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionRun } from "../action/actionRun.js";
import { FineTuningStandIn } from "../support/fineTuningStandIn.js";
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { GitHubStandIn } from "../support/githubStandIn.js";

const KEY = `sk-proj-e2e-${"Kw7x".repeat(10)}`;
const REPO = "acme/assistant-data";
const TOKEN = "ghs_stand-in-token";
/** The merge commit the push names: a commit of the stand-in's repository (set in beforeAll). */
let SHA: string;
const chat = (q: string, a: string) => JSON.stringify({ messages: [{ role: "system", content: "You answer support questions briefly." }, { role: "user", content: q }, { role: "assistant", content: a }] });
const TRAIN = Array.from({ length: 14 }, (_, i) => chat(`How do I reset device ${i}?`, `Hold the button on device ${i} for ten seconds.`));
const HOLDOUT = [chat("How do I pair my phone?", "Open Bluetooth settings and pick the device.")];

let scratch: string;
let github: GitHubStandIn;
let repository: GitRepository;
let openai: FineTuningStandIn;
let first: ActionRun;
let dir: string;

function run(): Promise<ActionRun> {
  return runAction({
    cwd: dir,
    inputs: { command: "train", config: ".finetune-ci.yml", "github-token": TOKEN },
    event: { name: "push", payload: { ref: "refs/heads/main", after: SHA } },
    env: { GITHUB_REPOSITORY: REPO, GITHUB_SHA: SHA, GITHUB_API_URL: github.url, OPENAI_API_KEY: KEY },
  });
}

/** Every file the run left in the workspace, as text. */
function workspaceText(): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => {
    try {
      return readFileSync(join(dir, f), "utf8");
    } catch {
      return "";
    }
  }).join("\n");
}

describe("command: train with provider: openai, node dist/index.js end to end", () => {
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "finetune-ci-hosted-e2e-"));
    dir = join(scratch, "repo");
    mkdirSync(join(dir, "data"), { recursive: true });
    writeFileSync(join(dir, "data/train.jsonl"), `${TRAIN.join("\n")}\n`);
    writeFileSync(join(dir, "data/holdout.jsonl"), `${HOLDOUT.join("\n")}\n`);
    repository = createGitRepository();
    SHA = repository.commit({ "README.md": "data\n" }, "Merge pull request #31");
    github = await GitHubStandIn.start({ repository, owner: "acme", repo: "assistant-data", pulls: {}, token: TOKEN });
    github.associatePulls(SHA, [{ number: 31, merged: "as-this-commit" }]);
    openai = await FineTuningStandIn.start({ apiKey: KEY, models: [{ id: "gpt-4o-mini-2024-07-18", shutdownDate: "2027-01-14" }] });
    const config = { datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, model: "gpt-4o-mini-2024-07-18", train: { provider: "openai", epochs: 3, outputDir: "out", openai: { baseURL: openai.baseURL, pollSeconds: 0.05, suffix: "support" } } };
    writeFileSync(join(dir, ".finetune-ci.yml"), JSON.stringify(config, null, 2));
    first = await run();
  }, 180_000);

  afterEach(() => {
    // Every request the Action made is one api.github.com would accept.
    expect(github.violations).toEqual([]);
  });

  afterAll(async () => {
    await github?.stop();
    repository?.remove();
    await openai?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("trains once, sets the outputs from the job, and the model output is the ft: id", () => {
    expect(first.stderr).toBe("");
    expect(first.exitCode, first.stdout).toBe(0);
    expect(openai.violations).toEqual([]);
    expect(openai.jobCreations).toBe(1);
    const job = [...openai.jobs.values()][0]!;
    const o = first.outputs;
    expect(o.provider).toBe("openai");
    expect(o.model).toBe(job.fine_tuned_model);
    expect(o.model).toMatch(/^ft:gpt-4o-mini-2024-07-18:acme:support:/);
    expect(o["job-id"]).toBe(job.id);
    expect(o["job-status"]).toBe("succeeded");
    expect(Number(o["trained-tokens"])).toBe(job.trained_tokens);
    // $3 per million trained tokens (the table's gpt-4o-mini price).
    expect(o["estimated-usd"]).toBe(((job.trained_tokens! / 1e6) * 3).toFixed(4));
    expect(o["gpu-hours"]).toBe("");
    expect(Number(o["eval-loss"])).toBe(openai.loss(6) + 0.1);
    expect(job.body.metadata).toMatchObject({ repository: REPO, commit: SHA });
  });

  it("posts the training report on the merged pull request, naming OpenAI, the job and the new model", () => {
    const comments = github.commentsOn(31);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith("<!-- finetune-ci:train -->\n## finetune-ci: training report")).toBe(true);
    expect(body).toContain("on OpenAI: the new model is **ft:gpt\\-4o\\-mini");
    expect(body).toContain(`| Job | ${[...openai.jobs.keys()][0]!.replace("-", "\\-")} |`);
    expect(body).toContain("| Serves until | 2027-01-14");
    expect(body).toContain("xychart-beta");
    expect(body).toMatch(/\| This job \(trained tokens × \$3\.00 per million tokens\) \| [\d,]+ \| \$\d+\.\d+ \|/);
    expect(first.summary).toContain("## finetune-ci: training report");
  });

  it("a second run of the workflow picks the job up: no upload, no job, the comment edited in place", async () => {
    const again = await run();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.stdout).toMatch(/Resuming job ftjob-\w+ \(succeeded\)/);
    expect(openai.jobCreations).toBe(1);
    expect(openai.uploads).toBe(2);
    expect(again.outputs.model).toBe(first.outputs.model);
    expect(github.commentsOn(31)).toHaveLength(1);
    expect(github.commentsOn(31)[0]!.body).toContain("started by an earlier run and picked up by this one");
  });

  it("the API key appears in no log, summary, output, comment, request record or file the run wrote", () => {
    const everything = [first.stdout, first.stderr, first.summary, JSON.stringify(first.outputs), ...github.commentsOn(31).map((c) => c.body), JSON.stringify(openai.api.requests), workspaceText()].join("\n");
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(KEY.slice(8, 30));
  });
});
