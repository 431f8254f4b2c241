// finetune-ci train as a user runs it from a laptop: node dist/cli.js in a checkout, the report on
// stdout, the outputs and log on stderr, exit codes 0 / 1 / 2. Hosted providers against the
// fine-tuning stand-in; self-hosted with the real train.py on a tiny model built offline.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FineTuningStandIn } from "../support/fineTuningStandIn.js";

const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const PYTHON = join(ROOT, "self-hosted-runner/.venv/bin/python");
const KEY = `sk-proj-cli-${"Qm4".repeat(12)}`;
const chat = (q: string, a: string) => JSON.stringify({ messages: [{ role: "system", content: "you answer with colors ." }, { role: "user", content: q }, { role: "assistant", content: a }] });
const THINGS: Record<string, string> = { sky: "blue", grass: "green", sun: "yellow", snow: "white", coal: "black", rose: "red", sea: "blue", leaf: "green", lemon: "yellow", milk: "white", night: "black", fire: "red" };
const TRAIN = Object.entries(THINGS).map(([thing, color]) => chat(`what color is the ${thing} ?`, `the ${thing} is ${color} .`));

let scratch: string;
let standIn: FineTuningStandIn;

function checkout(name: string, train: Record<string, unknown>, lines = TRAIN): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "data/train.jsonl"), `${lines.join("\n")}\n`);
  writeFileSync(join(dir, ".finetune-ci.yml"), JSON.stringify({ datasets: { train: ["data/train.jsonl"] }, model: "gpt-4o-mini-2024-07-18", train: { outputDir: "out", ...train } }));
  return dir;
}

function cli(dir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, "train", ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, HF_HUB_OFFLINE: "1", TOKENIZERS_PARALLELISM: "false", ...env } }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first (npm test does it)`);
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-cli-train-"));
  standIn = await FineTuningStandIn.start({ apiKey: KEY, models: [{ id: "gpt-4o-mini-2024-07-18", shutdownDate: "2027-01-14" }] });
});
afterAll(async () => {
  expect(standIn.violations).toEqual([]);
  await standIn.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("finetune-ci train", () => {
  it("provider: openai: trains, prints the report and the outputs, and --resume later finds the same job", async () => {
    const dir = checkout("openai", { provider: "openai", openai: { baseURL: standIn.baseURL, pollSeconds: 0.05 } });
    const run = await cli(dir, [], { OPENAI_API_KEY: KEY });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("## finetune-ci: training report");
    expect(run.stdout).toContain("on OpenAI: the new model is **ft:");
    expect(run.stderr).toMatch(/^model: ft:gpt-4o-mini-2024-07-18:acme::\w+$/m);
    expect(run.stderr).toMatch(/^job-id: ftjob-\w+$/m);
    expect(run.stderr).toContain("warning: Artifact finetune-ci-adapter not uploaded: run from the command line");
    const resumed = await cli(dir, ["--resume"], { OPENAI_API_KEY: KEY });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/Resuming job ftjob-\w+ \(succeeded\)/);
    expect(standIn.jobCreations).toBe(1);
    expect(run.stdout + run.stderr + resumed.stdout + resumed.stderr).not.toContain(KEY);
  });

  it("--resume with no job for the dataset, and an organisation refused by OpenAI, exit 1 with one sentence each", async () => {
    const dir = checkout("nothing", { provider: "openai", openai: { baseURL: standIn.baseURL, pollSeconds: 0.05 } }, TRAIN.slice(1));
    const none = await cli(dir, ["--resume"], { OPENAI_API_KEY: KEY });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/finetune-ci: no openai fine-tuning job exists for this dataset and these settings/);
    const refused = await FineTuningStandIn.start({ apiKey: KEY, models: [{ id: "gpt-4o-mini-2024-07-18" }], refuseTraining: true });
    try {
      const run = await cli(checkout("refused", { provider: "openai", openai: { baseURL: refused.baseURL, pollSeconds: 0.05 } }), [], { OPENAI_API_KEY: KEY });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/finetune-ci: OpenAI refused to create a fine-tuning job for gpt-4o-mini-2024-07-18 \(403 training_not_available.*Train on your own GPU instead/);
      expect(run.stderr).toContain("  provider: self-hosted");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await refused.close();
    }
  });

  it("--no-wait starts the job and returns with its id", async () => {
    const run = await cli(checkout("nowait", { provider: "openai", openai: { baseURL: standIn.baseURL } }, TRAIN.slice(2)), ["--no-wait"], { OPENAI_API_KEY: KEY });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("## finetune-ci: training started");
    expect(run.stderr).toMatch(/^job-status: validating_files$/m);
  });

  it("provider: self-hosted runs train.py on this machine", async () => {
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run bash self-hosted-runner/setup-test-env.sh (npm test does it)`);
    const tiny = join(scratch, "tiny-llama");
    execFileSync(PYTHON, [join(ROOT, "self-hosted-runner/tests/make_tiny_model.py"), tiny], { env: { ...process.env, HF_HUB_OFFLINE: "1" }, stdio: "pipe" });
    const dir = checkout("self-hosted", { provider: "self-hosted", python: PYTHON, baseModel: tiny, epochs: 1, maxLength: 64, batchSize: 4, lora: { r: 4, alpha: 8 } });
    const run = await cli(dir, []);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/step 3\/3 \(100%\)/);
    expect(run.stdout).toContain("on a self-hosted runner");
    expect(run.stderr).toContain(`adapter-path: ${join(dir, "out/adapter")}`);
  }, 120_000);

  it("a bad provider is a usage error (exit 2) naming the allowed values", async () => {
    const run = await cli(checkout("bad", {}), ["--provider", "bedrock"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/train\.provider must be one of "self-hosted", "openai", "azure-openai"/);
  });
});
