import { describe, expect, it } from "vitest";
import { duration } from "../../src/report/format.js";
import { describeProgress, parseProgressLine } from "../../src/train/progress.js";

const line = (o: object) => `FINETUNE_CI_PROGRESS ${JSON.stringify(o)}`;

describe("train.py progress lines", () => {
  it("a train line becomes step/total, loss, tokens/s and ETA in the log", () => {
    const event = parseProgressLine(line({ event: "train", step: 7, total_steps: 30, epoch: 2.33, loss: 1.2, learning_rate: 0.006, num_tokens: 744, tokens_per_second: 5373.5, eta_seconds: 12.0 }));
    expect(event).toMatchObject({ event: "train", step: 7, totalSteps: 30, loss: 1.2, numTokens: 744, tokensPerSecond: 5373.5, etaSeconds: 12 });
    expect(describeProgress(event!)).toBe("step 7/30 (23%) · epoch 2.33 · loss 1.2000 · 744 tokens · 5,374 tokens/s · ETA 12 s");
  });

  it("the ETA is unknown before the first step", () => {
    const event = parseProgressLine(line({ event: "train", step: 0, total_steps: 30, loss: null, num_tokens: 0, tokens_per_second: null, eta_seconds: null }));
    expect(describeProgress(event!)).toBe("step 0/30 (0%) · 0 tokens · ETA unknown");
  });

  it("an eval line shows the eval loss and token accuracy", () => {
    const event = parseProgressLine(line({ event: "eval", step: 9, total_steps: 30, epoch: 3.0, eval_loss: 0.9, eval_mean_token_accuracy: 0.71 }));
    expect(describeProgress(event!)).toBe("eval at step 9 (epoch 3.00) · eval loss 0.9000 · token accuracy 71.0%");
  });

  it("the done line carries where run.json and the adapter are", () => {
    const event = parseProgressLine(line({ event: "done", run_json: "out/run.json", adapter_path: "out/adapter", merged_path: null, final_train_loss: 0.4, final_eval_loss: 0.5 }));
    expect(event).toEqual({ event: "done", runJson: "out/run.json", adapterPath: "out/adapter", mergedPath: null, finalTrainLoss: 0.4, finalEvalLoss: 0.5 });
  });

  it("unknown fields are ignored, as the runner's contract asks", () => {
    expect(parseProgressLine(line({ event: "eval", step: 3, total_steps: 9, eval_loss: 1, new_metric: 5 }))).toMatchObject({ event: "eval", step: 3, evalLoss: 1 });
  });

  it("other output, unknown events and broken JSON are not progress", () => {
    expect(parseProgressLine("Truncating train dataset: 100%")).toBeUndefined();
    expect(parseProgressLine(line({ event: "checkpoint", step: 3 }))).toBeUndefined();
    expect(parseProgressLine("FINETUNE_CI_PROGRESS {not json")).toBeUndefined();
    expect(parseProgressLine(line({ event: "train", step: -1 }))).toBeUndefined();
  });

  it("durations read naturally", () => {
    expect([duration(0.4), duration(9.96), duration(59), duration(185), duration(7440)]).toEqual(["0.4 s", "10 s", "59 s", "3 min 5 s", "2 h 4 min"]);
  });
});
