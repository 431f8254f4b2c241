// run.json as train.py writes it (self-hosted-runner/README.md, "Outputs"): each dataset file with the
// hash of the bytes trained on, and per file what max_length did to its examples.
import { describe, expect, it } from "vitest";
import { parseRunJson, RunRecordError } from "../../src/train/runRecord.js";

const RUN = {
  base_model: "/models/tiny",
  method: "sft",
  quantization: "none",
  adapter_path: "out/adapter",
  merged_path: null,
  train_files: [
    { path: "data/a.jsonl", sha256: "a".repeat(64), bytes: 1200 },
    { path: "data/b.jsonl", sha256: "b".repeat(64), bytes: 800 },
  ],
  eval_files: [],
  config: { max_length: 24 },
  global_steps: 2,
  trained_tokens: 300,
  train_seconds: 1.5,
  wall_time_seconds: 9.1,
  tokens_per_second: 200,
  peak_gpu_memory_bytes: null,
  final_train_loss: 4.1,
  mean_train_loss: 4.3,
  final_eval_loss: null,
  versions: { torch: "2.15.0" },
  device: { cuda: false, world_size: 1 },
};

const counts = (file: string, over: Record<string, unknown> = {}) => ({
  file,
  max_length: 24,
  examples: 20,
  trained_examples: 10,
  truncated_examples: 10,
  dropped_examples: 10,
  truncated_lines: [2, 4],
  dropped_lines: [1, 3],
  longest_example_tokens: 61,
  ...over,
});
const DATA = { train: [counts("data/a.jsonl"), counts("data/b.jsonl", { examples: 5, trained_examples: 5, dropped_examples: 0, dropped_lines: [] })], eval: null };

describe("run.json's dataset files and their counts", () => {
  it("reads each file's hash and what max_length did to each file, in training order", () => {
    const run = parseRunJson(JSON.stringify({ ...RUN, data: DATA }), "out/run.json");
    expect(run.trainFiles).toEqual([
      { path: "data/a.jsonl", sha256: "a".repeat(64), bytes: 1200 },
      { path: "data/b.jsonl", sha256: "b".repeat(64), bytes: 800 },
    ]);
    expect(run.evalFiles).toEqual([]);
    expect(run.data.train).toEqual([
      { file: "data/a.jsonl", maxLength: 24, examples: 20, trainedExamples: 10, truncatedExamples: 10, droppedExamples: 10, truncatedLines: [2, 4], droppedLines: [1, 3], longestExampleTokens: 61 },
      { file: "data/b.jsonl", maxLength: 24, examples: 5, trainedExamples: 5, truncatedExamples: 10, droppedExamples: 0, truncatedLines: [2, 4], droppedLines: [], longestExampleTokens: 61 },
    ]);
    expect(run.data.eval).toBeNull();
  });

  it("reads the eval files and their counts", () => {
    const run = parseRunJson(JSON.stringify({ ...RUN, eval_files: [{ path: "data/holdout.jsonl", sha256: "c".repeat(64), bytes: 90 }], data: { ...DATA, eval: [counts("data/holdout.jsonl")] } }), "out/run.json");
    expect(run.evalFiles).toEqual([{ path: "data/holdout.jsonl", sha256: "c".repeat(64), bytes: 90 }]);
    expect(run.data.eval?.map((c) => c.file)).toEqual(["data/holdout.jsonl"]);
  });

  it("names the field when a count or a file is malformed", () => {
    const bad = { ...RUN, data: { ...DATA, train: [counts("data/a.jsonl", { dropped_examples: -1 }), DATA.train[1]] } };
    expect(() => parseRunJson(JSON.stringify(bad), "out/run.json")).toThrow(new RunRecordError('out/run.json data.train[0]: "dropped_examples" must be a whole number, found -1'));
    const badHash = { ...RUN, train_files: [{ path: "data/a.jsonl", sha256: "not a hash", bytes: 1 }], data: { train: [counts("data/a.jsonl")], eval: null } };
    expect(() => parseRunJson(JSON.stringify(badHash), "out/run.json")).toThrow(new RunRecordError('out/run.json train_files[0]: "sha256" must be 64 lowercase hex digits, found "not a hash"'));
  });

  it("refuses counts that do not match the files one to one, in order", () => {
    const swapped = { ...RUN, data: { ...DATA, train: [DATA.train[1], DATA.train[0]] } };
    expect(() => parseRunJson(JSON.stringify(swapped), "out/run.json")).toThrow(
      new RunRecordError('out/run.json data.train: expected one entry per file of train_files in the same order (["data/a.jsonl","data/b.jsonl"]), found entries for ["data/b.jsonl","data/a.jsonl"]'),
    );
    const evalMissing = { ...RUN, eval_files: [{ path: "data/holdout.jsonl", sha256: "c".repeat(64), bytes: 90 }], data: DATA };
    expect(() => parseRunJson(JSON.stringify(evalMissing), "out/run.json")).toThrow(/^out\/run\.json data\.eval: expected a list with one entry per file of eval_files \(\["data\/holdout\.jsonl"\]\), found null$/);
  });

  it("says that a run.json with one hash per split comes from an older train.py", () => {
    const { train_files: _files, eval_files: _evalFiles, ...rest } = RUN;
    const older = { ...rest, train_file_sha256: "a".repeat(64), eval_file_sha256: null, data: { train: counts("data/train.jsonl"), eval: null } };
    expect(() => parseRunJson(JSON.stringify(older), "out/run.json")).toThrow(/^out\/run\.json: "train_files" must be a list of one or more \{path, sha256, bytes\} objects, found undefined; this run\.json was written by a train\.py older than finetune-ci's .*: train again with this version$/);
  });
});
