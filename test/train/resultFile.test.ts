// The result file of a fine-tuning job, as OpenAI serves it (base64 of the CSV) and as Azure does
// (the CSV itself), read into the metrics lines train.py writes. The expected rows are written out
// by hand from the CSV below, not computed by the code under test.
import { describe, expect, it } from "vitest";
import { metricsJsonl, parseResultCsv } from "../../src/train/providers/hosted/resultFile.js";

// Column order as OpenAI's step_metrics.csv has it; empty cells where a step has no value.
const CSV = [
  "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy,train_mean_token_accuracy,full_valid_loss,full_valid_mean_token_accuracy",
  "1,2.5,0.4,2.6,0.41,0.4,,",
  "2,1.75,0.5,,,0.5,1.9,0.55",
  "3,1.25,0.6,1.4,0.58,0.6,,",
  "4,1.0,0.7,,,0.7,1.2,0.66",
].join("\n");

describe("the result file", () => {
  it("base64 (OpenAI) and plain (Azure) read the same; the whole-file validation loss is the eval loss", () => {
    const plain = parseResultCsv(CSV, "r.csv");
    expect(parseResultCsv(Buffer.from(CSV).toString("base64"), "r.csv")).toEqual(plain);
    expect(parseResultCsv(`\uFEFF${CSV}\r\n`, "r.csv")).toEqual(plain);
    expect(plain.evalSource).toBe("full_valid_loss");
    expect(plain.lines).toEqual([
      { step: 1, epoch: null, loss: 2.5, learningRate: null, numTokens: null },
      { step: 2, epoch: null, loss: 1.75, learningRate: null, numTokens: null, evalLoss: 1.9, evalTokenAccuracy: 0.55 },
      { step: 3, epoch: null, loss: 1.25, learningRate: null, numTokens: null },
      { step: 4, epoch: null, loss: 1.0, learningRate: null, numTokens: null, evalLoss: 1.2, evalTokenAccuracy: 0.66 },
    ]);
    expect(metricsJsonl(plain.lines).split("\n")[1]).toBe('{"step":2,"epoch":null,"loss":1.75,"learning_rate":null,"num_tokens":null,"eval_loss":1.9,"eval_mean_token_accuracy":0.55}');
  });

  it("without whole-file validation, a batch's validation loss is used, and said to be", () => {
    const batchOnly = CSV.split("\n").map((l) => l.split(",").slice(0, 6).join(",")).join("\n");
    const r = parseResultCsv(batchOnly, "r.csv");
    expect(r.evalSource).toBe("valid_loss");
    expect(r.lines.filter((m) => m.evalLoss !== undefined).map((m) => [m.step, m.evalLoss])).toEqual([[1, 2.6], [3, 1.4]]);
  });

  it("anything else is an error naming the file, line and column", () => {
    expect(() => parseResultCsv("<html>502 Bad Gateway</html>", "result file file-1")).toThrow(/^result file file-1: not a fine-tuning result file .*starts with "<html>502/);
    expect(() => parseResultCsv("step,train_loss\n1,abc", "r.csv")).toThrow(/^r\.csv:2: "train_loss" must be a number, found "abc"/);
    expect(() => parseResultCsv("step,loss\n1,2", "r.csv")).toThrow(/^r\.csv:1: the header has no train_loss column/);
    expect(() => parseResultCsv("step,train_loss\n1.5,2", "r.csv")).toThrow(/^r\.csv:2: "step" must be a whole number/);
  });
});
