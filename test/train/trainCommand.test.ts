// command: train end to end, the way a self-hosted runner runs it: the bundled Action
// (node dist/index.js, built from src/ by the test run's global setup) in a child process, with
// INPUT_* and GITHUB_* variables and a push event; @actions/core writing the outputs file, the job
// summary and the failed step; the real dataset review; the real self-hosted-runner/train.py
// fine-tuning a tiny Llama built offline (a few seconds on CPU); and a stand-in GitHub, checked
// against GitHub's OpenAPI description, for the merged pull request and its sticky comment.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runAction as runBundledAction } from "../action/actionRun.js";
import { ArtifactStandIn, zipEntries } from "../support/artifactStandIn.js";
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { GitHubStandIn } from "../support/githubStandIn.js";

const PYTHON = join(ROOT, "self-hosted-runner/.venv/bin/python");
const OWNER = "acme";
const REPO = `${OWNER}/assistant-data`;
/** The merge commit the push event names: a commit of the stand-in's repository (set in beforeAll). */
let MERGE_SHA: string;
const TOKEN = "ghs_stand-in-token";

// The tiny tokenizer's words (self-hosted-runner/tests/conftest.py), so the model can learn the task.
const THINGS: Record<string, string> = { sky: "blue", grass: "green", sun: "yellow", snow: "white", coal: "black", rose: "red", sea: "blue", leaf: "green", lemon: "yellow", milk: "white", night: "black", fire: "red" };
const chat = (user: string, answer: string) => JSON.stringify({ messages: [{ role: "system", content: "you answer with colors ." }, { role: "user", content: user }, { role: "assistant", content: answer }] });
const TRAIN = Object.entries(THINGS).map(([thing, color]) => chat(`what color is the ${thing} ?`, `the ${thing} is ${color} .`));
const HOLDOUT = [chat("tell me the color of a ripe banana", "a ripe banana is yellow ."), chat("which color does fresh cream have", "fresh cream is white .")];
const FAKE_KEY = `sk-proj-${"A1b2C3d4E5f6G7h8".repeat(3)}`;

let scratch: string;
let tinyModel: string;
let github: GitHubStandIn;
let repository: GitRepository;

interface Run {
  workspace: string;
  outputs: Record<string, string>;
  summary: string;
  log: string;
}

/** A repository checkout with the datasets and config, and the runner's variables pointing at it. */
function workspace(name: string, files: { train: string[]; holdout?: string[] }, train: Record<string, unknown> = {}): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "data/train.jsonl"), `${files.train.join("\n")}\n`);
  if (files.holdout) writeFileSync(join(dir, "data/holdout.jsonl"), `${files.holdout.join("\n")}\n`);
  const config = {
    datasets: { train: ["data/train.jsonl"], holdout: files.holdout ? ["data/holdout.jsonl"] : [] },
    train: { python: PYTHON, baseModel: tinyModel, epochs: 3, learningRate: 0.01, lora: { r: 8, alpha: 16 }, maxLength: 128, batchSize: 4, outputDir: "out", ...train },
  };
  writeFileSync(join(dir, ".finetune-ci.yml"), JSON.stringify(config, null, 2));
  return dir;
}

/** Runs the bundled Action with command: train, capturing what the runner would see; `artifactEnv` puts it inside a workflow run's artifact service. */
async function runAction(dir: string, artifactEnv: Record<string, string> = {}): Promise<Run & { failure?: string }> {
  const run = await runBundledAction({
    cwd: dir,
    inputs: { command: "train", config: ".finetune-ci.yml", "github-token": TOKEN },
    event: { name: "push", payload: { ref: "refs/heads/main", after: MERGE_SHA, repository: { full_name: REPO, name: "assistant-data", owner: { login: OWNER } } } },
    env: {
      GITHUB_REPOSITORY: REPO,
      GITHUB_SHA: MERGE_SHA,
      GITHUB_API_URL: github.url,
      HF_HUB_OFFLINE: "1",
      TOKENIZERS_PARALLELISM: "false",
      ...artifactEnv,
    },
  });
  // core.setFailed: exit code 1 and an ::error:: command whose newlines are %0A-escaped.
  const error = run.stdout.match(/^::error::(.*)$/m)?.[1]?.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  if (run.stderr) throw new Error(`the Action wrote to stderr:\n${run.stderr}`);
  return {
    workspace: dir,
    outputs: run.outputs,
    summary: run.summary,
    log: run.stdout,
    ...(run.exitCode !== 0 ? { failure: error ?? `(exit code ${run.exitCode}, no error message)` } : {}),
  };
}

// A missing runner environment fails the suite, never skips it: npm test creates it first.
if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run bash self-hosted-runner/setup-test-env.sh (npm test does it) before these tests`);

describe("command: train with provider: self-hosted (real train.py, tiny model)", () => {
  let success: Run;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "finetune-ci-train-"));
    tinyModel = join(scratch, "tiny-llama");
    execFileSync(PYTHON, [join(ROOT, "self-hosted-runner/tests/make_tiny_model.py"), tinyModel], { env: { ...process.env, HF_HUB_OFFLINE: "1" }, stdio: "pipe" });
    repository = createGitRepository();
    MERGE_SHA = repository.commit({ "README.md": "data\n" }, "Merge pull request #12");
    github = await GitHubStandIn.start({ repository, owner: OWNER, repo: "assistant-data", pulls: {}, token: TOKEN });
    github.associatePulls(MERGE_SHA, [{ number: 12, merged: "as-this-commit" }]);
    const result = await runAction(workspace("clean", { train: TRAIN, holdout: HOLDOUT }));
    if (result.failure) throw new Error(`command: train failed: ${result.failure}`);
    success = result;
  }, 120_000);

  afterEach(() => {
    // Every request the Action made is one api.github.com would accept.
    expect(github.violations).toEqual([]);
  });

  afterAll(async () => {
    await github?.stop();
    repository?.remove();
    if (scratch && !process.env.KEEP_TRAIN_SCRATCH) rmSync(scratch, { recursive: true, force: true });
    else if (scratch) console.log(`kept ${scratch}`);
  });

  it("sets the step outputs from run.json", () => {
    const run = JSON.parse(readFileSync(join(success.workspace, "out/run.json"), "utf8")) as Record<string, unknown>;
    const o = success.outputs;
    expect(o.model).toBe(tinyModel);
    expect(o["adapter-path"]).toBe(join(success.workspace, "out/adapter"));
    expect(existsSync(join(o["adapter-path"]!, "adapter_model.safetensors"))).toBe(true);
    expect(Number(o["trained-tokens"])).toBe(run.trained_tokens);
    expect(Number(o["train-loss"])).toBe(run.final_train_loss);
    expect(Number(o["eval-loss"])).toBe(run.final_eval_loss);
    // CPU: no GPU was held, so no GPU-hours and no dollars.
    expect(o["gpu-hours"]).toBe("0");
    expect(o["estimated-usd"]).toBe("0.0000");
    expect(o["artifact-name"]).toBe("finetune-ci-adapter");
    expect(o["artifact-id"]).toBe("");
  });

  it("writes the run config train.py ran with", () => {
    const yaml = readFileSync(join(success.workspace, "out/run.yaml"), "utf8");
    expect(yaml).toContain(`model_name_or_path: ${JSON.stringify(tinyModel)}`);
    expect(yaml).toContain("lora_r: 8\n");
    // The dataset files as the config names them, relative to the checkout train.py runs in.
    expect(yaml).toContain('train_file: ["data/train.jsonl"]\n');
    expect(yaml).toContain('eval_file: ["data/holdout.jsonl"]\n');
  });

  it("streams progress into the log: step/total, loss, tokens/s and ETA, and evaluations", () => {
    expect(success.log).toMatch(/step 1\/9 \(11%\) · epoch 0\.33 · loss \d+\.\d{4} · [\d,]+ tokens · [\d,]+ tokens\/s · ETA [\d.]+ s/);
    expect(success.log).toMatch(/step 9\/9 \(100%\)/);
    expect(success.log).toMatch(/eval at step 3 \(epoch 1\.00\) · eval loss \d+\.\d{4} · token accuracy/);
    expect(success.log).toContain("training done · adapter");
    expect(success.log).not.toContain("FINETUNE_CI_PROGRESS");
  });

  it("reads metrics.jsonl and run.json into the report: loss chart, tokens, time", () => {
    const report = JSON.parse(readFileSync(join(success.workspace, "out/training-report.json"), "utf8"));
    const metrics = readFileSync(join(success.workspace, "out/metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(report.run.steps).toBe(9);
    expect(report.loss.chart.axis).toBe("evaluation");
    expect(report.loss.chart.x).toEqual([3, 6, 9]);
    expect(report.loss.chart.eval).toEqual(metrics.filter((m) => "eval_loss" in m).map((m) => m.eval_loss));
    const firstEpoch = metrics.slice(0, 3).map((m) => m.loss);
    expect(report.loss.chart.train[0]).toBeCloseTo(firstEpoch.reduce((a: number, b: number) => a + b, 0) / 3, 10);
    expect(report.run.trainedTokens).toBe(metrics.at(-1).num_tokens);
    expect(report.dataset).toMatchObject({ trainFiles: ["data/train.jsonl"], trainExamples: 12, holdoutExamples: 2 });
    // Every example accounted for, from run.json's per-file counts.
    const none = { maxLength: 128, truncatedExamples: 0, droppedExamples: 0, truncatedAt: [], droppedAt: [] };
    expect(report.examples).toEqual({ train: { ...none, examples: 12, trainedExamples: 12, longestExampleTokens: expect.any(Number) }, eval: { ...none, examples: 2, trainedExamples: 2, longestExampleTokens: expect.any(Number) } });

    const s = success.summary;
    expect(s).toContain("## finetune-ci: training report");
    expect(s).toContain("xychart-beta");
    expect(s).toContain('x-axis "step" [3, 6, 9]');
    expect(s).toContain("second line: **eval loss (holdout)**");
    expect(s).toMatch(/\| Tokens trained \| [\d,]+ \([\d,]+ tokens\/s\) \|/);
    expect(s).toMatch(/\| Time \| [\d.]+ s training, [\d.]+ s in all/);
    expect(s).toContain("| Hardware | CPU only");
    expect(s).toContain("| Examples trained | train: 12 of 12, none cut by maxLength; holdout: 2 of 2, none cut by maxLength |");
    expect(s).toMatch(/\| Review's estimate \(A100 at \$1\.80\/h, 35% utilisation, 3 epochs; scaled from the \d+ epochs it priced\) \|/);
  });

  it("skips the artifact upload visibly outside a workflow run", () => {
    expect(success.log).toContain("::warning::Artifact finetune-ci-adapter not uploaded: the workflow artifact service is not available (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set");
    expect(success.summary).toContain("> [!WARNING]\n> The adapter was not uploaded as an artifact");
    expect(existsSync(join(success.workspace, "out/training-report.md"))).toBe(true);
  });

  it("inside a workflow run, uploads the adapter, metrics.jsonl, run.json, run.yaml and the report as the artifact", async () => {
    const artifacts = await ArtifactStandIn.start();
    try {
      const runId = "7012345678";
      const run = await runAction(workspace("artifact", { train: TRAIN }, { epochs: 1 }), { ...artifacts.env(), GITHUB_SERVER_URL: "https://github.com", GITHUB_RUN_ID: runId });
      if (run.failure) throw new Error(`command: train failed: ${run.failure}`);
      expect(artifacts.violations).toEqual([]);
      const artifact = artifacts.artifact("finetune-ci-adapter");
      const out = join(run.workspace, "out");
      const adapter = readdirSync(join(out, "adapter"), { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(out, "adapter", f)).isFile()).map((f) => `adapter/${f}`);
      expect(adapter).toContain("adapter/adapter_model.safetensors");
      const entries = zipEntries(artifact.bytes);
      expect(entries.map((e) => e.name).sort()).toEqual([...adapter, "metrics.jsonl", "run.json", "run.yaml", "training-report.json", "training-report.md"].sort());
      for (const entry of entries) expect(entry.bytes.equals(readFileSync(join(out, entry.name))), entry.name).toBe(true);
      // The copy of the report inside the artifact says where it is; the step's copy links the artifact.
      expect(entries.find((e) => e.name === "training-report.md")!.bytes.toString("utf8")).toContain("This report is part of the run's artifact");
      // The name goes through inlineText, which backslash-escapes its hyphens.
      const link = `[finetune\\-ci\\-adapter](https://github.com/${REPO}/actions/runs/${runId}/artifacts/${artifact.id})`;
      expect(run.summary).toContain(`Adapter and run records: artifact ${link} (id ${artifact.id}, `);
      expect(run.summary).not.toContain("The adapter was not uploaded");
      expect(run.log).toContain(`Uploaded artifact finetune-ci-adapter (id ${artifact.id}, ${artifact.bytes.length} bytes)`);
      expect(run.outputs["artifact-name"]).toBe("finetune-ci-adapter");
      expect(run.outputs["artifact-id"]).toBe(String(artifact.id));
    } finally {
      await artifacts.stop();
    }
  }, 60_000);

  it("when the artifact service refuses the upload, still publishes the report, then fails the step", async () => {
    const artifacts = await ArtifactStandIn.start();
    artifacts.fail({ operation: "CreateArtifact", status: 403, msg: "artifact storage quota exceeded" });
    try {
      const run = await runAction(workspace("artifact-refused", { train: TRAIN }, { epochs: 1 }), { ...artifacts.env(), GITHUB_SERVER_URL: "https://github.com", GITHUB_RUN_ID: "7012345679" });
      expect(run.failure).toMatch(/training finished and was reported, but the adapter could not be uploaded as artifact finetune-ci-adapter: .*403/);
      expect(run.summary).toContain("> [!WARNING]\n> The adapter was not uploaded as an artifact: the upload failed");
      expect(run.summary).toMatch(/xychart-beta/);
      expect(run.outputs["train-loss"]).not.toBe("");
      expect(run.outputs["artifact-id"]).toBe("");
    } finally {
      await artifacts.stop();
    }
  }, 60_000);

  it("posts the report as a sticky comment on the pull request the commit merged", () => {
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toContain(`GET /repos/${REPO}/commits/${MERGE_SHA}/pulls`);
    const comments = github.commentsOn(12);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith("<!-- finetune-ci:train -->\n## finetune-ci: training report")).toBe(true);
    expect(comments[0]!.body).toContain("xychart-beta");
    expect(success.log).toContain("Training report created on #12");
  });

  it("refuses to train on a dataset with a secret, naming it, and never starts train.py", async () => {
    const lines = [...TRAIN];
    lines[5] = chat("what color is the rose ?", `the rose is red . my key is ${FAKE_KEY}`);
    const run = await runAction(workspace("secret", { train: lines, holdout: HOLDOUT }));
    expect(run.failure).toMatch(/^training refused: the dataset review found 1 secret\. .*rotate every credential/);
    expect(run.failure).toContain("data/train.jsonl:6 secret: contains what looks like a credential: OpenAI API key");
    expect(run.log).not.toContain(FAKE_KEY);
    expect(existsSync(join(run.workspace, "out"))).toBe(false);
    expect(run.summary).toContain("## finetune-ci: training refused");
    expect(run.summary).not.toContain(FAKE_KEY);
    expect(run.outputs).toEqual({});
  });

  it("refuses to train on a dataset with errors", async () => {
    const lines = [...TRAIN];
    lines[3] = '{"messages": [{"role": "user", "content": "what color is the snow ?"}]}';
    const run = await runAction(workspace("errors", { train: lines }));
    expect(run.failure).toMatch(/^training refused: the dataset review found 1 error\./);
    expect(run.failure).toContain("data/train.jsonl:4 missing-assistant-message");
    expect(existsSync(join(run.workspace, "out"))).toBe(false);
  });

  it("with no datasets in the config, reviews the JSONL files it finds (refusing a secret in them), and never trains on files chosen by name", async () => {
    const unconfigured = (name: string, train: string[]) => {
      const dir = workspace(name, { train, holdout: HOLDOUT });
      const config = JSON.parse(readFileSync(join(dir, ".finetune-ci.yml"), "utf8"));
      delete config.datasets;
      writeFileSync(join(dir, ".finetune-ci.yml"), JSON.stringify(config));
      mkdirSync(join(dir, ".data"));
      writeFileSync(join(dir, ".data/extra.jsonl"), `${TRAIN.slice(0, 2).join("\n")}\n`);
      return dir;
    };
    const lines = [...TRAIN];
    lines[2] = chat("what color is the sun ?", `the sun is yellow . key ${FAKE_KEY}`);
    const secret = await runAction(unconfigured("found-secret", lines));
    expect(secret.failure).toMatch(/^training refused: the dataset review found 1 secret\./);
    expect(secret.failure).toContain("data/train.jsonl:3 secret");
    expect(secret.summary).toContain("No datasets are configured, so the review took the 3 JSONL file");

    const clean = await runAction(unconfigured("found-clean", TRAIN));
    expect(clean.failure).toMatch(/^train: no datasets are configured, and training runs only on files the config names\. No datasets are configured, so the review took the 3 JSONL file\(s\) found in this folder/);
    expect(clean.failure).toContain('datasets:\n  train:\n    - ".data/extra.jsonl"\n    - "data/train.jsonl"\n  holdout:\n    - "data/holdout.jsonl"');
    expect(clean.summary).toContain("## finetune-ci: nothing trained");
    for (const run of [secret, clean]) {
      expect(existsSync(join(run.workspace, "out"))).toBe(false);
      expect(run.outputs).toEqual({});
    }
  });

  it("a failing train.py fails the step with its error line and exit code", async () => {
    const run = await runAction(workspace("missing-model", { train: TRAIN, holdout: HOLDOUT }, { baseModel: join(scratch, "no-such-model") }));
    expect(run.failure).toMatch(/^train\.py failed with exit code 4 \(model not found\): finetune-ci: error: model '.*no-such-model' not found/);
    expect(run.summary).toContain("## finetune-ci: training failed");
    expect(run.outputs).toEqual({});
  }, 60_000);
});
