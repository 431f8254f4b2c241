// The merge loop with real parts, offline on CPU, as a runner runs it (node dist/index.js): the tiny
// Llama the runner's tests build (self-hosted-runner/tests/make_tiny_model.py) fine-tuned by
// `command: train` (the real train.py, its adapter uploaded as the workflow artifact), then
// `command: eval` downloading that artifact and serving base + adapter with the runner's serve.py,
// against the GitHub stand-in (merged pull request, comments, check runs, releases). The task: a
// color decided by one keyword among filler words (test/eval/realParts.e2e.test.ts uses the same);
// the random-weight base never answers with a bare color. A second merge trains on shuffled answers
// (the format learned, the task not): that adapter fails, is not promoted, and is compared with the
// first one, downloaded from its release and served beside it.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRng } from "../../src/core/eval/stats/random.js";
import { unpackTarGz } from "../../src/adapters/files/tarGz.js";
import { zipEntries } from "../support/artifactStandIn.js";
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { GitHubStandIn } from "../support/githubStandIn.js";
import { ResultsServiceStandIn } from "../support/resultsServiceStandIn.js";
import { ROOT, runAction, type ActionRun } from "./actionRun.js";

const PYTHON = join(ROOT, "self-hosted-runner/.venv/bin/python");
const OWNER = "acme";
const REPO = "colors";
const MINUTES = 60_000;
const RUN_ID = "8200300400";

// Words of the tiny tokenizer (self-hosted-runner/tests/conftest.py): anything else would be <unk>.
const COLOR_OF: Record<string, string> = { sky: "blue", sea: "blue", grass: "green", leaf: "green", sun: "yellow", lemon: "yellow", rose: "red", fire: "red" };
const FILLER = ["what", "color", "is", "the", "say", "something", "wrong", "you", "answer", "with", "colors"];

function sentences(seed: number, perKeyword: number, fillers: number, end: string): { text: string; color: string }[] {
  const rng = seededRng(seed, "sentences");
  const seen = new Set<string>();
  const out: { text: string; color: string }[] = [];
  for (const [keyword, color] of Object.entries(COLOR_OF)) {
    for (let made = 0; made < perKeyword; ) {
      const words = Array.from({ length: fillers }, () => FILLER[rng.below(FILLER.length)]!);
      words.splice(rng.below(fillers + 1), 0, keyword);
      const text = `${words.join(" ")} ${end}`;
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, color });
      made++;
    }
  }
  return out;
}

const line = (text: string, color: string) => JSON.stringify({ messages: [{ role: "system", content: "you answer with colors ." }, { role: "user", content: text }, { role: "assistant", content: color }] });
const jsonl = (rows: string[]) => `${rows.join("\n")}\n`;

let scratch: string;
let tinyModel: string;
let repository: GitRepository;
let github: GitHubStandIn;
let results: ResultsServiceStandIn;

function step(command: "train" | "eval", sha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: repository.dir,
    inputs: { command, "github-token": "ghs_stand-in-token", ...inputs },
    event: { name: "push", payload: { ref: "refs/heads/main", after: sha } },
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SHA: sha, GITHUB_API_URL: github.url, GITHUB_RUN_ID: RUN_ID, HF_HUB_OFFLINE: "1", HF_HUB_DISABLE_TELEMETRY: "1", TOKENIZERS_PARALLELISM: "false", ...results.env() },
  });
}

function config(gate: Record<string, unknown>[], arms: Record<string, unknown> = {}, artifactName = "finetune-ci-adapter"): string {
  // Four answer tokens are enough for a color and its end; the random base would otherwise ramble.
  const short = { maxTokens: 4 };
  return JSON.stringify({
    datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] },
    // Eleven filler words make any two sentences about one keyword look alike to the review's
    // near-duplicate check; the holdout's are worded apart (other lengths, another ending).
    severities: { "holdout-leak": "warning" },
    // A learning rate of 0.01 and rank 16 learn this task in 72 steps (test/eval/realParts.e2e.test.ts).
    train: { python: PYTHON, baseModel: tinyModel, epochs: 6, learningRate: 0.01, lora: { r: 16, alpha: 32 }, batchSize: 8, maxLength: 64, seed: 42, outputDir: "out", artifactName },
    eval: { arms: { base: { kind: "base", ...short }, candidate: { kind: "candidate", ...short }, ...arms }, gate: { rules: gate }, promote: "release" },
  });
}

function merge(pull: number, files: Record<string, string>): string {
  const sha = repository.commit(files, `Merge pull request #${pull}`);
  github.associatePulls(sha, [{ number: pull, merged: "as-this-commit" }]);
  return sha;
}

const accuracy = (report: { arms: { name: string; estimates: { metric: string; mean: number }[] }[] }, arm: string) => report.arms.find((a) => a.name === arm)!.estimates.find((e) => e.metric === "accuracy")!.mean;
const evalComments = (pull: number) => github.commentsOn(pull).filter((c) => c.body.startsWith("<!-- finetune-ci:eval -->"));

// A missing runner environment fails the suite, never skips it: npm test creates it first.
if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run bash self-hosted-runner/setup-test-env.sh (npm test does it) before these tests`);

beforeAll(async () => {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-loop-"));
  tinyModel = join(scratch, "tiny-llama");
  execFileSync(PYTHON, [join(ROOT, "self-hosted-runner/tests/make_tiny_model.py"), tinyModel], { env: { ...process.env, HF_HUB_OFFLINE: "1" }, stdio: "pipe" });
  results = await ResultsServiceStandIn.start();
  repository = createGitRepository();
  repository.commit({ "README.md": "colors\n", ".gitignore": "out/\n.finetune-ci/\n" }, "initial");
  github = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: {} });
}, 5 * MINUTES);

afterAll(async () => {
  await github?.stop();
  await results?.stop();
  repository?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const trainSet = sentences(1, 12, 3, "?");
const holdout = sentences(2, 5, 4, ".");
const GATE = [
  { metric: "accuracy", vs: "base", kind: "better" },
  { metric: "accuracy", floor: 0.6 },
];

describe("train, then evaluate the artifact: a working adapter", () => {
  let sha: string;
  let train: ActionRun;
  let evaluation: ActionRun;

  beforeAll(async () => {
    sha = merge(21, { ".finetune-ci.yml": config(GATE), "data/train.jsonl": jsonl(trainSet.map((s) => line(s.text, s.color))), "data/holdout.jsonl": jsonl(holdout.map((s) => line(s.text, s.color))) });
    train = await step("train", sha);
    if (train.exitCode !== 0) throw new Error(`command: train failed:\n${train.stdout}`);
    evaluation = await step("eval", sha, { "training-artifact": train.outputs["artifact-name"]! });
  }, 30 * MINUTES);

  it("serves base + adapter from the downloaded artifact with serve.py: the candidate passes", () => {
    // @actions/artifact unzips a download with unzip-stream, which still calls new Buffer(): Node prints its deprecation once.
    expect(evaluation.stderr.replace(/^\(node:\d+\) \[DEP0005\] DeprecationWarning: Buffer\(\) is deprecated.*\n\(Use `node --trace-deprecation .*\n/, "")).toBe("");
    expect(evaluation.exitCode, evaluation.stdout).toBe(0);
    expect(evaluation.stdout).toContain(`Candidate: the adapter from artifact finetune-ci-adapter (adapter/), served on ${tinyModel}`);
    expect(evaluation.stdout).toContain("The datasets at this commit are the ones the adapter was trained against (1 training, 1 holdout file(s), by SHA-256)");
    expect(evaluation.stdout).toMatch(/eval\.serve: serve\.py serves .* and candidate at http:\/\/127\.0\.0\.1:\d+\/v1/);
    expect(evaluation.outputs.verdict).toBe("pass");
    const report = JSON.parse(readFileSync(evaluation.outputs["report-json"]!, "utf8"));
    expect(accuracy(report, "candidate")).toBeGreaterThanOrEqual(0.6);
    expect(accuracy(report, "base")).toBeLessThan(0.1);
    expect(report.arms.find((a: { name: string }) => a.name === "candidate")).toMatchObject({ served: true, requests: { total: 40, ok: 40 } });
    // The training run's losses, from the run.json that came with the adapter.
    expect(report.training.finalEvalLoss).toEqual(expect.any(Number));
    expect(evalComments(21)).toHaveLength(1);
    expect(github.commentsOn(21).map((c) => c.body.split("\n")[0])).toEqual(["<!-- finetune-ci:train -->", "<!-- finetune-ci:eval -->"]);
    expect(github.checks.checkRuns.filter((c) => c.headSha === sha)).toMatchObject([{ name: "finetune-ci eval", conclusion: "success" }]);
    expect(results.violations).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it("promotes it: a release with the adapter archive, run.json, the eval report and the dataset hashes", async () => {
    const [release, ...more] = github.releases.releases;
    expect(more).toEqual([]);
    expect(release!.tagName).toMatch(new RegExp(`^model/.*tiny-llama-${sha.slice(0, 7)}$`));
    expect(release!.assets.map((a) => a.name).sort()).toEqual(["adapter.tar.gz", "dataset-hashes.json", "eval-report.json", "run.json"]);
    expect(evaluation.outputs["release-url"]).toContain(release!.tagName);
    // The archive holds the adapter train.py wrote, byte for byte.
    const archive = join(scratch, "promoted.tar.gz");
    writeFileSync(archive, release!.assets.find((a) => a.name === "adapter.tar.gz")!.bytes);
    const unpacked = join(scratch, "promoted");
    await unpackTarGz(archive, unpacked);
    const adapter = join(repository.dir, "out/adapter");
    const files = (root: string) => readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(root, f)).isFile()).sort();
    expect(files(join(unpacked, "adapter"))).toEqual(files(adapter));
    for (const f of files(adapter)) expect(readFileSync(join(unpacked, "adapter", f)).equals(readFileSync(join(adapter, f))), f).toBe(true);
    expect(release!.assets.find((a) => a.name === "run.json")!.bytes.equals(readFileSync(join(repository.dir, "out/run.json")))).toBe(true);
    // The artifact the evaluation uploaded.
    expect(zipEntries(results.artifacts.artifact("finetune-ci-eval").bytes).map((e) => e.name)).toEqual(expect.arrayContaining(["answers.jsonl", "report.json"]));
    expect(relative(repository.dir, evaluation.outputs["report-json"]!)).toBe(".finetune-ci/eval/report.json");
  });
});

describe("train on shuffled answers, then evaluate the adapter of the same job beside the promoted one", () => {
  let sha: string;
  let evaluation: ActionRun;

  beforeAll(async () => {
    const rng = seededRng(3, "shuffle");
    const colors = trainSet.map((s) => s.color);
    for (let i = colors.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [colors[i], colors[j]] = [colors[j]!, colors[i]!];
    }
    const production = { production: { kind: "baseline", release: "latest", maxTokens: 4 } };
    // Another merge is another workflow run; the stand-in's artifact service is one run, so the artifact is named apart.
    sha = merge(22, { ".finetune-ci.yml": config([...GATE, { metric: "accuracy", vs: "production", kind: "not-worse" }], production, "finetune-ci-adapter-shuffled"), "data/train.jsonl": jsonl(trainSet.map((s, i) => line(s.text, colors[i]!))) });
    rmSync(join(repository.dir, "out"), { recursive: true, force: true });
    const train = await step("train", sha);
    if (train.exitCode !== 0) throw new Error(`command: train failed:\n${train.stdout}`);
    evaluation = await step("eval", sha, { "adapter-path": train.outputs["adapter-path"]!, "candidate-model": train.outputs.model! });
  }, 30 * MINUTES);

  it("fails the gate after reporting it, and promotes nothing", () => {
    expect(evaluation.exitCode).toBe(1);
    expect(evaluation.outputs.verdict).toBe("fail");
    expect(evaluation.stdout).toMatch(/::error::finetune-ci eval: fail: /);
    expect(evalComments(22)).toHaveLength(1);
    expect(evalComments(22)[0]!.body).toContain("FAIL");
    expect(github.checks.checkRuns.filter((c) => c.headSha === sha)).toMatchObject([{ name: "finetune-ci eval", conclusion: "failure" }]);
    expect(github.releases.releases).toHaveLength(1);
    expect(evaluation.outputs["release-url"]).toBe("");
  });

  it("serves the promoted adapter, downloaded from its release, beside the candidate: it is the one that knows the colors", () => {
    const report = JSON.parse(readFileSync(evaluation.outputs["report-json"]!, "utf8"));
    expect(report.arms.find((a: { name: string }) => a.name === "production")).toMatchObject({ kind: "baseline", model: "production", served: true });
    expect(accuracy(report, "production")).toBeGreaterThanOrEqual(0.6);
    expect(accuracy(report, "candidate")).toBeLessThan(0.6);
    expect(report.gate.rules.find((r: { rule: { vs?: string } }) => r.rule.vs === "production").outcome).toBe("fail");
    expect(evalComments(22)[0]!.body).toMatch(/Baseline \*\*production\*\* is the adapter promoted in \[model\//);
  });
});

describe("an adapter evaluated on a commit whose datasets it was not trained on", () => {
  it("is refused before anything is served, naming the file, both hashes and what to do", async () => {
    // The datasets as the shuffled merge left them; the first adapter was trained on the others.
    const sha = merge(23, { "notes.txt": "a later merge\n" });
    const trained = JSON.parse(github.releases.releases[0]!.assets.find((a) => a.name === "run.json")!.bytes.toString("utf8")) as { train_files: { path: string; sha256: string; bytes: number }[] };
    const now = createHash("sha256").update(readFileSync(join(repository.dir, "data/train.jsonl"))).digest("hex");
    const run = await step("eval", sha, { "training-artifact": "finetune-ci-adapter" });
    expect(run.exitCode).toBe(1);
    const [file] = trained.train_files;
    expect(file!.path).toBe("data/train.jsonl");
    expect(run.stdout).toContain(`the adapter was trained with training file data/train.jsonl at sha256 ${file!.sha256} (${file!.bytes} bytes); at this commit it is sha256 ${now} (`);
    expect(run.stdout).toContain("evaluate the adapter that command: train made from this commit");
    expect(run.stdout).not.toContain("eval.serve: starting");
    expect(run.summary).toContain("finetune-ci evaluation could not run");
    expect(github.checks.checkRuns.filter((c) => c.headSha === sha)).toMatchObject([{ name: "finetune-ci eval", conclusion: "failure" }]);
  }, 5 * MINUTES);
});
