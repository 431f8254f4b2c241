// run.json as train.py writes it (self-hosted-runner/README.md, "Outputs"): the per-file example counts
// are read when present and a run.json from an older train.py, without them, still reads.
import { describe, expect, it } from "vitest";
import { parseRunJson, RunRecordError } from "../../src/train/runRecord.js";

const RUN = {
  base_model: "/models/tiny",
  method: "sft",
  quantization: "none",
  adapter_path: "out/adapter",
  merged_path: null,
  train_file_sha256: "a".repeat(64),
  eval_file_sha256: null,
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

const TRAIN_COUNTS = {
  file: "data/train.jsonl",
  max_length: 24,
  examples: 40,
  trained_examples: 20,
  truncated_examples: 20,
  dropped_examples: 20,
  truncated_lines: [2, 4],
  dropped_lines: [1, 3],
  longest_example_tokens: 61,
};

describe("run.json's data counts", () => {
  it("reads what max_length did to each file", () => {
    const run = parseRunJson(JSON.stringify({ ...RUN, data: { train: TRAIN_COUNTS, eval: null } }), "out/run.json");
    expect(run.data).toEqual({
      train: { file: "data/train.jsonl", maxLength: 24, examples: 40, trainedExamples: 20, truncatedExamples: 20, droppedExamples: 20, truncatedLines: [2, 4], droppedLines: [1, 3], longestExampleTokens: 61 },
      eval: null,
    });
  });

  it("reads a run.json written before the counts existed", () => {
    expect(parseRunJson(JSON.stringify(RUN), "out/run.json").data).toBeUndefined();
  });

  it("names the field when the counts are malformed", () => {
    const bad = { ...RUN, data: { train: { ...TRAIN_COUNTS, dropped_examples: -1 }, eval: null } };
    expect(() => parseRunJson(JSON.stringify(bad), "out/run.json")).toThrow(new RunRecordError('out/run.json data.train: "dropped_examples" must be a whole number, found -1'));
  });
});
