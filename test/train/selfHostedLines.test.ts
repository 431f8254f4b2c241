// Several training files are joined into the one file train.py reads. What train.py says about
// its examples (a refusal, the examples max_length cut or dropped) must reach the user as the files
// and lines they wrote, never as lines of a temporary file. Real train.py, tiny model, offline.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planTraining } from "../../src/train/plan.js";
import { selfHostedProvider } from "../../src/train/providers/selfHosted.js";
import { TrainingFailed, type TrainingIO } from "../../src/train/providers/provider.js";
import { resolveSettings } from "../../src/settings/settings.js";

const ROOT = resolve(import.meta.dirname, "../..");
const PYTHON = join(ROOT, "self-hosted-runner/.venv/bin/python");
// Words of the tiny tokenizer's vocabulary (self-hosted-runner/tests/conftest.py).
const chat = (user: string, answer: string) => JSON.stringify({ messages: [{ role: "system", content: "you answer with colors ." }, { role: "user", content: user }, { role: "assistant", content: answer }] });
const SHORT = ["sky", "grass", "sun", "snow", "coal", "rose"].map((t) => chat(`what color is the ${t} ?`, `the ${t} is blue .`));
const LONG = chat(Array.from({ length: 40 }, () => "what color is the sky ?").join(" "), "the sky is blue .");

let dir: string;
let tinyModel: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "finetune-ci-lines-"));
  tinyModel = join(dir, "tiny");
  execFileSync(PYTHON, [join(ROOT, "self-hosted-runner/tests/make_tiny_model.py"), tinyModel], { env: { ...process.env, HF_HUB_OFFLINE: "1" }, stdio: "pipe" });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setUp(name: string, files: Record<string, string[]>, train: Record<string, unknown>) {
  const workspace = join(dir, name);
  const settings = resolveSettings([{ train: { python: PYTHON, baseModel: tinyModel, maxSteps: 2, batchSize: 4, learningRate: 0.01, lora: { r: 4, alpha: 8 }, outputDir: "out", ...train } }], "test");
  const plan = planTraining(settings, { train: Object.keys(files), holdout: [] }, { workspace, actionRoot: ROOT });
  const lines: string[] = [];
  const log = { debug: () => {}, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), error: (m: string) => lines.push(m), group: <T>(_t: string, run: () => Promise<T>) => run() };
  const io: TrainingIO = { log, env: { ...process.env, HF_HUB_OFFLINE: "1" }, tempDir: join(workspace, "tmp"), workspace, source: { repository: "o/r", commit: "c" }, now: () => new Date() };
  const write = async () => {
    await mkdir(join(workspace, "data"), { recursive: true });
    for (const [path, rows] of Object.entries(files)) await writeFile(join(workspace, path), `${rows.join("\n")}\n`);
  };
  return { plan, io, lines, write };
}

describe("train.py's lines are the user's lines", () => {
  it("a refused example in the second of two files is named by that file and its own line", async () => {
    const { plan, io, lines, write } = setUp("refused", { "data/a.jsonl": SHORT, "data/b.jsonl": [SHORT[0]!, '{"messages": [', SHORT[1]!] }, {});
    await write();
    const failure = await selfHostedProvider.train(plan, io).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(TrainingFailed);
    expect((failure as Error).message).toMatch(/data\/b\.jsonl:2\b/);
    expect((failure as Error).message).not.toContain("finetune-ci-train.jsonl");
    expect(lines.join("\n")).not.toContain("finetune-ci-train.jsonl:");
  }, 120_000);

  it("an example max_length drops is counted and located in its own file", async () => {
    const { plan, io, write } = setUp("dropped", { "data/a.jsonl": SHORT, "data/b.jsonl": [SHORT[2]!, LONG, SHORT[3]!] }, { maxLength: 40, maxDroppedShare: 0.2 });
    await write();
    const result = await selfHostedProvider.train(plan, io);
    expect(result.data?.train).toMatchObject({ maxLength: 40, examples: 9, droppedExamples: 1, trainedExamples: 8 });
    expect(result.data?.train.droppedAt).toEqual([{ file: join(io.workspace!, "data/b.jsonl"), line: 2 }]);
    expect(result.data?.eval).toBeNull();
  }, 120_000);

  it("more dropped than train.maxDroppedShare allows: train.py refuses before training, naming the file and line", async () => {
    const { plan, io, write } = setUp("too-many", { "data/a.jsonl": SHORT, "data/b.jsonl": [SHORT[2]!, LONG, SHORT[3]!] }, { maxLength: 40, maxDroppedShare: 0.05 });
    await write();
    await expect(selfHostedProvider.train(plan, io)).rejects.toThrow(/exit code 3[\s\S]*data\/b\.jsonl/);
  }, 120_000);
});
