// The evaluation with real parts, offline on CPU: the tiny Llama the runner's tests build
// (self-hosted-runner/tests/make_tiny_model.py), LoRA adapters trained by the runner's own train.py,
// served by the runner's serve.py (through eval.serve, and by hand), and `node dist/cli.js eval`
// (build first: npm run build). The task: a color decided by one keyword among filler words (sky and
// sea are blue, grass and leaf green, sun and lemon yellow, rose and fire red), with holdout
// sentences worded apart from the training ones. The random-weight base never answers with a bare
// color; fine-tuning teaches it the task. The adapters are trained once, in beforeAll.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startProcess, type RunningProcess } from "../../src/adapters/process/runProcess.js";
import { seededRng } from "../../src/core/eval/stats/random.js";
import type { EvalReport } from "../../src/eval/report/model.js";
import { freePort } from "../../src/eval/serve.js";

const ROOT = resolve(import.meta.dirname, "../..");
const PYTHON = join(ROOT, "self-hosted-runner/.venv/bin/python");
const CLI = join(ROOT, "dist/cli.js");
const run = promisify(execFile);
const ENV = { ...process.env, HF_HUB_OFFLINE: "1", HF_HUB_DISABLE_TELEMETRY: "1", TOKENIZERS_PARALLELISM: "false" };
const MINUTES = 60_000;

// Words of the tiny tokenizer (self-hosted-runner/tests/conftest.py): anything else would be <unk>.
const COLOR_OF: Record<string, string> = { sky: "blue", sea: "blue", grass: "green", leaf: "green", sun: "yellow", lemon: "yellow", rose: "red", fire: "red" };
const FILLER = ["what", "color", "is", "the", "say", "something", "wrong", "you", "answer", "with", "colors"];
const SYSTEM = "you answer with colors .";

/** `perKeyword` sentences per keyword: `fillers` random filler words with the keyword among them, then `end`. */
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

const line = (text: string, color: string) => JSON.stringify({ messages: [{ role: "system", content: SYSTEM }, { role: "user", content: text }, { role: "assistant", content: color }] });

let dir: string;
let tinyModel: string;
const servers: RunningProcess[] = [];
/** serve.py by hand: the base model as "tiny-base" with the shuffled adapter, and the base model alone as "candidate". */
let handServed: string;
let noAdapter: string;

async function serve(args: string[]): Promise<string> {
  const port = await freePort();
  const log: string[] = [];
  const server = await startProcess({ command: PYTHON, args: [join(ROOT, "self-hosted-runner/serve.py"), "--model", tinyModel, ...args, "--port", String(port)], env: ENV, onStdout: (l) => log.push(l), onStderr: (l) => log.push(l) });
  servers.push(server);
  const url = `http://127.0.0.1:${port}/v1`;
  for (const deadline = Date.now() + 10 * MINUTES; ; ) {
    const up = await fetch(`${url}/models`).then((r) => r.ok, () => false);
    if (up) return url;
    if (Date.now() > deadline) throw new Error(`serve.py did not start:\n${log.join("\n")}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function train(trainFile: string, out: string, extra: string[] = []): Promise<void> {
  // A learning rate of 0.01 and rank 16 learn this task in 72 steps; 0.03 collapses to one color.
  await run(PYTHON, [join(ROOT, "self-hosted-runner/train.py"), "--model_name_or_path", tinyModel, "--train_file", trainFile, "--output_dir", out, "--num_train_epochs", "6", "--learning_rate", "0.01", "--lora_r", "16", "--lora_alpha", "32", "--per_device_train_batch_size", "8", "--max_length", "64", "--logging_steps", "12", "--seed", "42", ...extra], { cwd: dir, env: ENV, maxBuffer: 1 << 26 });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "finetune-ci-eval-real-"));
  tinyModel = join(dir, "tiny-llama");
  await run(PYTHON, [join(ROOT, "self-hosted-runner/tests/make_tiny_model.py"), tinyModel], { env: ENV });
  mkdirSync(join(dir, "data"));
  const trainSet = sentences(1, 12, 3, "?");
  const holdout = sentences(2, 8, 4, ".");
  writeFileSync(join(dir, "data/train.jsonl"), `${trainSet.map((s) => line(s.text, s.color)).join("\n")}\n`);
  writeFileSync(join(dir, "data/holdout.jsonl"), `${holdout.map((s) => line(s.text, s.color)).join("\n")}\n`);
  // The same prompts with the answers shuffled among them: the format is learned, the task is not.
  const rng = seededRng(3, "shuffle");
  const colors = trainSet.map((s) => s.color);
  for (let i = colors.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [colors[i], colors[j]] = [colors[j]!, colors[i]!];
  }
  writeFileSync(join(dir, "data/shuffled.jsonl"), `${trainSet.map((s, i) => line(s.text, colors[i]!)).join("\n")}\n`);
  await train("data/train.jsonl", "out/good", ["--eval_file", "data/holdout.jsonl"]);
  await train("data/shuffled.jsonl", "out/shuffled");
  [handServed, noAdapter] = await Promise.all([serve(["--served-model-name", "tiny-base", "--lora-modules", `shuffled=${join(dir, "out/shuffled/adapter")}`]), serve(["--served-model-name", "candidate"])]);
}, 40 * MINUTES);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function evaluate(name: string, evalSection: Record<string, unknown>): Promise<{ code: number; report: EvalReport; stderr: string }> {
  const config = join(dir, `${name}.yml`);
  writeFileSync(config, JSON.stringify({ datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, eval: { out: `out/eval-${name}`, cache: { dir: `out/cache-${name}` }, ...evalSection } }));
  const result = await run(process.execPath, [CLI, "eval", "--config", config, "--format", "json"], { cwd: dir, env: ENV, maxBuffer: 1 << 26 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  expect(result.stdout, result.stderr).not.toBe("");
  return { code: result.code, report: JSON.parse(result.stdout) as EvalReport, stderr: result.stderr };
}

// Four answer tokens are enough for a color and its end; the random base would otherwise ramble.
const SHORT = { maxTokens: 4 };
// Not worse than base cannot catch an adapter that learned only the answer format: the random-weight
// base never answers with a bare color (accuracy 0), so any adapter that says colors beats it. What
// "works" means for this task is said by a floor well above chance (1 in 4), and `better` makes the
// passing run show that the gain over base is significant, not just not a loss.
const GATE = { rules: [{ metric: "accuracy", vs: "base", kind: "better" }, { metric: "accuracy", floor: 0.6 }] };

describe("finetune-ci eval with real parts", () => {
  it("serves base + adapter with serve.py (eval.serve): the fine-tuned candidate beats base significantly and the gate passes", async () => {
    const { code, report, stderr } = await evaluate("good", {
      arms: { base: { kind: "base", ...SHORT }, prompted: { kind: "prompted", ...SHORT }, candidate: { kind: "candidate", ...SHORT } },
      serve: { engine: "serve.py", baseModel: tinyModel, adapter: "out/good/adapter", python: PYTHON, startupTimeoutSeconds: 600 },
      runRecord: "out/good/run.json",
      gate: GATE,
    });
    expect(code, stderr).toBe(0);
    expect(report.verdict.status).toBe("pass");
    const candidate = report.arms.find((a) => a.name === "candidate")!;
    expect(candidate).toMatchObject({ model: "candidate", served: true, requests: { total: 64, ok: 64, failed: 0 } });
    const accuracy = (arm: string) => report.arms.find((a) => a.name === arm)!.estimates.find((e) => e.metric === "accuracy")!.mean;
    expect(accuracy("candidate")).toBeGreaterThanOrEqual(0.6);
    expect(accuracy("base")).toBeLessThan(0.1);
    const vsBase = report.comparisons.find((c) => c.metric === "accuracy" && c.vs === "base")!;
    expect(vsBase.significant).toBe(true);
    expect(vsBase.interval!.lower).toBeGreaterThan(0.3);
    expect(report.gate!.rules[0]).toMatchObject({ outcome: "pass", rule: { kind: "better", vs: "base" } });
    expect(report.probe).toMatchObject({ tripped: false, against: "base" });
    // The training run's eval loss, from its run.json, beside the metrics.
    expect(report.training?.finalEvalLoss).toEqual(expect.any(Number));
    // The server's log is kept, and the server is gone.
    expect(readFileSync(join(dir, report.files.serverLog!), "utf8")).toMatch(/serve\.py: listening on http:\/\/127\.0\.0\.1:\d+ models=/);
    await expect(fetch(`${candidate.baseURL}/models`)).rejects.toThrow();
  }, 20 * MINUTES);

  it("fails the gate with an adapter trained on shuffled answers", async () => {
    const { code, report } = await evaluate("shuffled", {
      arms: { base: { kind: "base", model: "tiny-base", baseURL: handServed, ...SHORT }, candidate: { kind: "candidate", model: "shuffled", baseURL: handServed, ...SHORT } },
      gate: GATE,
    });
    expect(code).toBe(1);
    expect(report.verdict.status).toBe("fail");
    expect(report.probe.tripped).toBe(false);
    expect(report.gate!.floors[0]!.outcome).toBe("fail");
    expect(report.verdict.summary).toMatch(/^Accuracy of candidate is 0?\.\d+ over 64 examples, below the floor of 0\.6\.$/);
  }, 20 * MINUTES);

  it("stops at the sanity probe when the candidate's name is served without its adapter", async () => {
    const { code, report } = await evaluate("no-adapter", {
      arms: { base: { kind: "base", model: "tiny-base", baseURL: handServed, ...SHORT }, candidate: { kind: "candidate", model: "candidate", baseURL: noAdapter, ...SHORT } },
      gate: GATE,
    });
    expect(code).toBe(1);
    expect(report.stopped?.stage).toBe("probe");
    expect(report.verdict.summary).toMatch(/^The adapter is probably not loaded: candidate \(candidate\) answered the first 8 prompt\(s\) exactly as base did/);
    expect(report.probe).toMatchObject({ prompts: 8, identical: 8, tripped: true });
    expect(existsSync(join(dir, report.files.answers))).toBe(true);
  }, 20 * MINUTES);
});
