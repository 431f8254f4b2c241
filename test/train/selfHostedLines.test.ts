// Several training files go to train.py as they are: it reads each on its own, so what it says about
// its examples (a refusal, the examples max_length cut or dropped, run.json's hashes) names the files
// and lines the user wrote, never a temporary file, and the same line numbers as the dataset review.
// Real train.py, tiny model, offline.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planTraining } from "../../src/train/plan.js";
import { selfHostedProvider } from "../../src/train/providers/selfHosted.js";
import { TrainingFailed, type TrainingIO, type TrainingResult } from "../../src/train/providers/provider.js";
import { parseRunJson } from "../../src/train/runRecord.js";
import { resolveSettings } from "../../src/settings/settings.js";
import { review } from "../support/review.js";

const ROOT = resolve(import.meta.dirname, "../..");
const PYTHON = join(ROOT, "self-hosted-runner/.venv/bin/python");
// Words of the tiny tokenizer's vocabulary (self-hosted-runner/tests/conftest.py).
const chat = (user: string, answer: string) => JSON.stringify({ messages: [{ role: "system", content: "you answer with colors ." }, { role: "user", content: user }, { role: "assistant", content: answer }] });
const SHORT = ["sky", "grass", "sun", "snow", "coal", "rose"].map((t) => chat(`what color is the ${t} ?`, `the ${t} is blue .`));
// Its question alone is longer than maxLength 40: nothing of the answer is left to learn from.
const LONG = chat(Array.from({ length: 40 }, () => "what color is the sky ?").join(" "), "the sky is blue .");
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

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

/** A checkout with the files (JSONL lines, or exact bytes) and the provider's plan and IO for it. */
async function setUp(name: string, files: Record<string, string[] | Buffer>, train: Record<string, unknown>) {
  const workspace = join(dir, name);
  const settings = resolveSettings([{ train: { python: PYTHON, baseModel: tinyModel, maxSteps: 2, batchSize: 4, learningRate: 0.01, lora: { r: 4, alpha: 8 }, outputDir: "out", ...train } }], "test");
  const plan = planTraining(settings, { train: Object.keys(files), holdout: [] }, { workspace, actionRoot: ROOT });
  const lines: string[] = [];
  const log = { debug: () => {}, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), error: (m: string) => lines.push(m), group: <T>(_t: string, run: () => Promise<T>) => run() };
  const io: TrainingIO = { log, env: { ...process.env, HF_HUB_OFFLINE: "1" }, tempDir: join(workspace, "tmp"), workspace, source: { repository: "o/r", commit: "c" }, now: () => new Date() };
  await mkdir(join(workspace, "data"), { recursive: true });
  for (const [path, content] of Object.entries(files)) await writeFile(join(workspace, path), Array.isArray(content) ? `${content.join("\n")}\n` : content);
  return { plan, io, lines, workspace };
}

async function failure(run: Promise<TrainingResult | unknown>): Promise<Error> {
  const outcome = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(TrainingFailed);
  return outcome as Error;
}

describe("train.py's lines are the user's lines", () => {
  it("a refused example in the second of two files is named by that file and its own line", async () => {
    const { plan, io, lines, workspace } = await setUp("refused", { "data/a.jsonl": SHORT, "data/b.jsonl": [SHORT[0]!, '{"messages": [', SHORT[1]!] }, {});
    const e = await failure(selfHostedProvider.train(plan, io));
    expect(e.message).toMatch(/^train\.py failed with exit code 3 \(dataset problem\): finetune-ci: error: data\/b\.jsonl line 2: invalid JSON/);
    expect(lines.join("\n")).not.toContain("data/a.jsonl");
    // run.yaml gives train.py the files as they are, relative to the checkout it runs in.
    expect(await readFile(join(workspace, "out/run.yaml"), "utf8")).toContain('train_file: ["data/a.jsonl", "data/b.jsonl"]\n');
  }, 120_000);

  it("an example max_length drops is counted and located in its own file, and run.json hashes each file as read", async () => {
    // data/c.jsonl is empty: the review passes it beside other files, and it adds nothing.
    const files = { "data/a.jsonl": SHORT, "data/b.jsonl": [SHORT[2]!, LONG, SHORT[3]!, SHORT[4]!, SHORT[5]!], "data/c.jsonl": Buffer.alloc(0) };
    const { plan, io, lines, workspace } = await setUp("dropped", files, { maxLength: 40, maxDroppedShare: 0.25 });
    const result = (await selfHostedProvider.train(plan, io)) as TrainingResult;
    expect(result.data?.train).toMatchObject({ maxLength: 40, examples: 11, droppedExamples: 1, trainedExamples: 10 });
    expect(result.data?.train.droppedAt).toEqual([{ file: "data/b.jsonl", line: 2 }]);
    expect(result.data?.eval).toBeNull();
    expect(lines).toContain("finetune-ci: warning: data/b.jsonl: 1 of 5 examples lose every token they would be trained on at max_length 40 and are left out (line 2)");
    const run = parseRunJson(await readFile(join(workspace, "out/run.json"), "utf8"), "run.json");
    const asRead = async (path: string) => {
      const bytes = await readFile(join(workspace, path));
      return { path, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
    };
    expect(run.trainFiles).toEqual([await asRead("data/a.jsonl"), await asRead("data/b.jsonl"), await asRead("data/c.jsonl")]);
    expect(run.data.train.map((c) => [c.file, c.examples])).toEqual([["data/a.jsonl", 6], ["data/b.jsonl", 5], ["data/c.jsonl", 0]]);
    expect(lines).toContain("finetune-ci: warning: data/c.jsonl: no examples (the file is empty or blank); it adds nothing");
    expect(run.evalFiles).toEqual([]);
    expect(result.keep).toEqual(expect.arrayContaining(["run.json", "run.yaml", "metrics.jsonl"]));
  }, 120_000);

  it("more dropped than train.maxDroppedShare allows in one file: train.py refuses before training, naming the file and line", async () => {
    // 1 of all 11 examples (9%), but 1 of data/b.jsonl's 5 (20%).
    const { plan, io } = await setUp("too-many", { "data/a.jsonl": SHORT, "data/b.jsonl": [SHORT[2]!, LONG, SHORT[3]!, SHORT[4]!, SHORT[5]!] }, { maxLength: 40, maxDroppedShare: 0.1 });
    const e = await failure(selfHostedProvider.train(plan, io));
    expect(e.message).toMatch(/exit code 3 \(dataset problem\): finetune-ci: error: data\/b\.jsonl: 1 of 5 examples \(20\.0%\) would lose every token they are trained on at max_length 40 and be left out, more than max_dropped_share 0\.1 allows \(line 2\)/);
  }, 120_000);

  it("the review and train.py name the same line in a file with a byte-order mark, blank lines and CRLF endings", async () => {
    // Line 1 after the BOM, 2 blank, 3 ends in CRLF, 4 spaces and a tab, 5 broken, 6 without a final newline.
    const bytes = Buffer.concat([BOM, Buffer.from(`${SHORT[0]}\n\n${SHORT[1]}\r\n \t\n{"messages": [\n${SHORT[2]}`)]);
    const reviewed = await review({ train: { "data/a.jsonl": bytes } }, { train: { provider: "self-hosted", baseModel: tinyModel } });
    const at = (code: string) => reviewed.findings.filter((f) => f.code === code).map((f) => f.line);
    expect([at("invalid-json"), at("blank-line"), reviewed.summary.lines]).toEqual([[5], [2, 4], 6]);
    const { plan, io } = await setUp("bom", { "data/a.jsonl": bytes }, {});
    const e = await failure(selfHostedProvider.train(plan, io));
    expect(e.message).toMatch(/finetune-ci: error: data\/a\.jsonl line 5: invalid JSON/);
  }, 120_000);
});
