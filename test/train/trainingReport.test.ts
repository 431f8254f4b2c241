import { describe, expect, it } from "vitest";
import { actualCost, compareWithEstimate } from "../../src/train/cost.js";
import { renderTrainingMarkdown } from "../../src/train/report/markdown.js";
import { lossChart, MAX_POINTS, type TrainingReport } from "../../src/train/report/trainingReport.js";
import type { MetricsLine } from "../../src/train/runRecord.js";
import type { ExampleAccount } from "../../src/train/providers/provider.js";

const step = (s: number, loss: number | null, evalLoss?: number): MetricsLine => ({ step: s, epoch: s / 3, loss, learningRate: 0.01, numTokens: s * 100, ...(evalLoss !== undefined ? { evalLoss } : {}) });

describe("cost against the review's estimate", () => {
  it("a self-hosted run costs its wall time on every GPU it held, at the configured price", () => {
    const cost = actualCost({ wallSeconds: 5400, gpus: 2, gpu: "H100", usdPerHour: 3 });
    expect(cost.gpuHours).toBe(3);
    expect(cost.usd).toBe(9);
  });

  it("a CPU-only run held no GPU and costs no GPU-hours", () => {
    expect(actualCost({ wallSeconds: 30, gpus: 0, gpu: "A100", usdPerHour: 1.8 })).toMatchObject({ gpuHours: 0, usd: 0 });
  });

  it("the comparison gives actual over estimated GPU-hours and tokens", () => {
    const actual = actualCost({ wallSeconds: 3600, gpus: 1, gpu: "A100", usdPerHour: 1.8 });
    const estimate = { modelParams: 8e9, gpu: "A100", utilisation: 0.35, flops: 1, gpuHours: 0.5, usd: 0.9, usdPerHour: 1.8, priceDate: "2026-11", baseModel: "m", trainedTokens: 2000 };
    const c = compareWithEstimate(actual, 3000, estimate, { review: 3, train: 3 });
    expect(c.estimate).toMatchObject({ gpuHours: 0.5, usd: 0.9, gpuHoursRatio: 2, tokensRatio: 1.5, epochs: 3 });
    expect(compareWithEstimate(actualCost({ wallSeconds: 1, gpus: 0, gpu: "A100", usdPerHour: 1 }), 0, estimate, { review: 3, train: 3 }).estimate?.gpuHoursRatio).toBeNull();
    expect(compareWithEstimate(actual, 1, undefined, { review: 3, train: 3 }).estimate).toBeNull();
  });

  it("the estimate is scaled from the epochs the review priced to the epochs that were trained", () => {
    const estimate = { modelParams: 8e9, gpu: "A100", utilisation: 0.35, flops: 1, gpuHours: 0.8, usd: 1.44, usdPerHour: 1.8, priceDate: "2026-11", baseModel: "m", trainedTokens: 8000 };
    const actual = actualCost({ wallSeconds: 3600, gpus: 1, gpu: "A100", usdPerHour: 1.8 });
    expect(compareWithEstimate(actual, 3000, estimate, { review: 8, train: 4 }).estimate).toMatchObject({ gpuHours: 0.4, trainedTokens: 4000, epochs: 4, reviewEpochs: 8, tokensRatio: 0.75 });
    // max_steps: the epochs that ran are not known in advance, so the estimate stays as given.
    expect(compareWithEstimate(actual, 3000, estimate, { review: 8, train: null }).estimate).toMatchObject({ gpuHours: 0.8, epochs: 8 });
  });
});

describe("the loss chart", () => {
  it("with evaluations, both series are measured at each evaluation: eval loss beside the mean train loss since the previous one", () => {
    const metrics = [step(1, 4), step(2, 3), step(3, 2, 2.5), step(4, 1.5), step(5, 1.25), step(6, 1, 1.2)];
    expect(lossChart(metrics)).toEqual({ axis: "evaluation", xLabel: "step", x: [3, 6], train: [3, 1.25], eval: [2.5, 1.2], trainSeries: "train loss (mean since the previous evaluation)", evalSeries: "eval loss (holdout)", skipped: 0 });
  });

  it("without a second evaluation it is the train loss per step", () => {
    const chart = lossChart([step(1, 4), step(2, 3), step(3, 2, 2.5)]);
    expect(chart).toMatchObject({ axis: "step", x: [1, 2, 3], train: [4, 3, 2], eval: null, evalSeries: null });
  });

  it("a long run keeps at most MAX_POINTS steps, first and last included, and says how many it left out", () => {
    const metrics = Array.from({ length: 500 }, (_, i) => step(i + 1, 10 - i / 100));
    const chart = lossChart(metrics)!;
    expect(chart.x).toHaveLength(MAX_POINTS);
    expect(chart.x[0]).toBe(1);
    expect(chart.x.at(-1)).toBe(500);
    expect(chart.skipped).toBe(500 - MAX_POINTS);
  });

  it("no logged loss, no chart", () => {
    expect(lossChart([])).toBeNull();
  });
});

function report(overrides: Partial<TrainingReport> = {}): TrainingReport {
  const metrics = [step(1, 4), step(2, 3), step(3, 2, 2.5), step(4, 1.5), step(5, 1.25), step(6, 1, 1.2)];
  const actual = actualCost({ wallSeconds: 7200, gpus: 1, gpu: "A100", usdPerHour: 1.8 });
  return {
    schemaVersion: 1,
    tool: { name: "finetune-ci", version: "0.1.0" },
    generatedAt: "2026-11-28T12:00:00.000Z",
    provider: "self-hosted",
    commit: "0123456789abcdef",
    model: { name: "meta-llama/Llama-3.1-8B-Instruct", base: "meta-llama/Llama-3.1-8B-Instruct", method: "sft", quantization: "none", lora: { r: 16, alpha: 32, dropout: 0.05, targetModules: ["all-linear"] }, adapterPath: "/w/out/adapter", mergedPath: null },
    dataset: { trainFiles: ["data/train.jsonl"], holdoutFiles: ["data/holdout.jsonl"], trainExamples: 1200, holdoutExamples: 150, warnings: 0 },
    run: { steps: 6, epochs: 2, trainedTokens: 2_400_000, tokensPerSecond: 350, trainSeconds: 6900, wallSeconds: 7200, gpus: 1, gpuName: "NVIDIA A100-SXM4-80GB", peakGpuMemoryBytes: 20 * 2 ** 30 },
    loss: { finalTrain: 1, meanTrain: 2.1, finalEval: 1.2, chart: lossChart(metrics) },
    cost: compareWithEstimate(actual, 2_400_000, { modelParams: 8e9, gpu: "A100", utilisation: 0.35, flops: 1, gpuHours: 1.6, usd: 2.88, usdPerHour: 1.8, priceDate: "2026-11", baseModel: "m", trainedTokens: 3_000_000 }, { review: 3, train: 2 }),
    examples: null,
    hosted: null,
    artifact: { uploaded: true, name: "finetune-ci-adapter", id: 42, bytes: 167_772_160, url: "https://github.com/acme/data/actions/runs/1/artifacts/42" },
    ...overrides,
  };
}

describe("the training report in markdown", () => {
  it("draws train and eval loss as a Mermaid xychart and names the lines in text", () => {
    const md = renderTrainingMarkdown(report());
    expect(md).toContain(["```mermaid", "xychart-beta", '  title "Loss by evaluation"', '  x-axis "step" [3, 6]', '  y-axis "loss"', "  line [3, 1.25]", "  line [2.5, 1.2]", "```"].join("\n"));
    expect(md).toContain("Lines: first line: **train loss (mean since the previous evaluation)**; second line: **eval loss (holdout)**.");
  });

  it("states tokens, time, hardware and final losses", () => {
    const md = renderTrainingMarkdown(report());
    expect(md).toContain("| Tokens trained | 2,400,000 (350 tokens/s) |");
    expect(md).toContain("| Time | 1 h 55 min training, 2 h 0 min in all (loading included) |");
    expect(md).toContain("| Hardware | 1 × NVIDIA A100\\-SXM4\\-80GB, peak 20.0 GiB |");
    expect(md).toContain("| Final loss | train 1.0000 · eval 1.2000 |");
  });

  it("puts the run's GPU-hours and dollars beside the review's estimate", () => {
    const md = renderTrainingMarkdown(report());
    expect(md).toContain("| This run (1 × A100 at $1.80/h for 2 h 0 min) | 2.00 | $3.60 | 2,400,000 |");
    expect(md).toContain("| Review's estimate (A100 at $1.80/h, 35% utilisation, 2 epochs; scaled from the 3 epochs it priced) | 1.07 | $1.92 | 2,000,000 |");
    expect(md).toContain("Actual against estimate: GPU-hours ×1.88 the estimate, tokens ×1.20.");
  });

  it("links the uploaded artifact, and warns visibly when there is none", () => {
    expect(renderTrainingMarkdown(report())).toContain("artifact [finetune\\-ci\\-adapter](https://github.com/acme/data/actions/runs/1/artifacts/42) (id 42, 160.0 MiB)");
    const md = renderTrainingMarkdown(report({ artifact: { uploaded: false, name: "finetune-ci-adapter", reason: "the workflow artifact service is not available" } }));
    expect(md).toContain("> [!WARNING]\n> The adapter was not uploaded as an artifact: the workflow artifact service is not available");
  });

  it("accounts for every example max_length touched, at the lines the user wrote, and warns when some were left out", () => {
    const account = (over: Partial<ExampleAccount>): ExampleAccount => ({ maxLength: 512, examples: 40, trainedExamples: 40, truncatedExamples: 0, droppedExamples: 0, truncatedAt: [], droppedAt: [], longestExampleTokens: 300, ...over });
    const clean = renderTrainingMarkdown(report({ examples: { train: account({}), eval: null } }));
    expect(clean).toContain("| Examples trained | train: 40 of 40, none cut by maxLength |");
    expect(clean).not.toContain("[!WARNING]");
    const cut = renderTrainingMarkdown(
      report({
        examples: {
          train: account({ trainedExamples: 38, truncatedExamples: 3, droppedExamples: 2, longestExampleTokens: 901, truncatedAt: [{ file: "data/a.jsonl", line: 4 }, { file: "data/b.jsonl", line: 1 }, { file: "data/b.jsonl", line: 9 }, { file: "data/b.jsonl", line: 12 }], droppedAt: [{ file: "data/b.jsonl", line: 7 }, { file: "data/b.jsonl", line: 8 }] }),
          eval: account({ examples: 5, trainedExamples: 5 }),
        },
      }),
    );
    expect(cut).toContain("| Examples trained | train: 38 of 40, 3 truncated to 512 tokens (first at data/a\\.jsonl:4, data/b\\.jsonl:1, data/b\\.jsonl:9…), 2 dropped; holdout: 5 of 5, none cut by maxLength |");
    expect(cut).toContain("> [!WARNING]\n> 2 of 40 examples were left out: every assistant token lies past maxLength 512 (first at data/b\\.jsonl:7, data/b\\.jsonl:8). Raise train.maxLength (the longest example has 901 tokens) or shorten them.");
  });

  it("names from the config cannot ping people or inject markup", () => {
    const md = renderTrainingMarkdown(report({ model: { ...report().model, base: "@octocat <img src=x>" } }));
    expect(md).not.toContain("@octocat");
    expect(md).not.toContain("<img");
  });
});
