import { describe, expect, it } from "vitest";
import { defaultEpochs } from "../../src/core/cost/epochs.js";
import { estimateCost, modelFacts } from "../../src/core/cost/estimate.js";
import { lifecycleOn, OPENAI_FINE_TUNING_CUTOFFS } from "../../src/core/cost/openaiModels.js";
import { settingsWith } from "../support/review.js";

describe("OpenAI's default epochs", () => {
  it("follows the auto rule at its edges", () => {
    expect(defaultEpochs(5)).toBe(20);
    expect(defaultEpochs(3)).toBe(25);
    expect(defaultEpochs(33)).toBe(3);
    expect(defaultEpochs(34)).toBe(3);
    expect(defaultEpochs(8333)).toBe(3);
    expect(defaultEpochs(8334)).toBe(2);
    expect(defaultEpochs(100_000)).toBe(1);
  });
});

describe("training cost", () => {
  const selfHosted = settingsWith().selfHosted;
  const input = { examples: 1000, totalTokens: 2_000_000, billedTokens: 1_900_000, meanPromptTokens: 150, meanAnswerTokens: 50 };

  it("prices OpenAI training as billed tokens x epochs x the model's price", () => {
    const cost = estimateCost(input, modelFacts("gpt-4o-mini-2024-07-18", {}, "2026-11-28"), selfHosted);
    expect(cost.epochs).toBe(3);
    expect(cost.chargedTokens).toBe(5_700_000);
    // 5,700,000 tokens at $3.00 per million: $17.10.
    expect(cost.trainingUsd).toBeCloseTo(17.1, 10);
    // 1,000 requests of 150 prompt tokens at $0.30/M and 50 answer tokens at $1.20/M: $0.045 + $0.06.
    expect(cost.inference.usdPer1000Requests).toBeCloseTo(0.105, 12);
  });

  it("prices the self-hosted LoRA run from FLOPs, utilisation and $/hour (worked by hand)", () => {
    // 2,000,000 tokens x 3 epochs = 6,000,000 tokens trained; an 8B model (the default): 6 x 8e9 x 6e6
    // = 2.88e17 FLOPs. A100: 312 TFLOP/s x 35% = 1.092e14 FLOP/s, so 2,637.36 s = 0.73260 h, at
    // $1.80/h $1.3187. H100: 989 TFLOP/s x 35% = 3.4615e14 FLOP/s, so 832.01 s = 0.23111 h, at $3.00/h $0.69334.
    const cost = estimateCost(input, modelFacts("gpt-4o-mini", {}, "2026-11-28"), selfHosted);
    expect(cost.selfHosted.flops).toBe(2.88e17);
    expect(cost.selfHosted.gpuHours).toBeCloseTo(0.7326, 4);
    expect(cost.selfHosted.usd).toBeCloseTo(1.3187, 4);
    expect(cost.selfHosted).toMatchObject({ gpu: "A100", utilisation: 0.35, usdPerHour: 1.8 });
    const h100 = estimateCost(input, modelFacts("gpt-4o-mini", {}, "2026-11-28"), { ...selfHosted, gpu: "H100" });
    expect(h100.selfHosted.gpuHours).toBeCloseTo(0.23111, 5);
    expect(h100.selfHosted.usd).toBeCloseTo(0.69334, 5);
  });

  it("lets the config override prices, and says the price is unknown for an unknown model", () => {
    const overridden = modelFacts("gpt-4.1-mini-2025-04-14", { "gpt-4.1-mini-2025-04-14": { trainingPerMillion: 4 } }, "2026-11-28");
    expect(overridden.price?.trainingPerMillion).toBe(4);
    expect(overridden.priceSource).toMatch(/config/);
    const unknown = modelFacts("my-model", {}, "2026-11-28");
    expect(unknown.priced).toBe(false);
    expect(estimateCost(input, unknown, selfHosted).trainingUsd).toBeNull();
  });
});

describe("model lifecycle on a given day", () => {
  it("shows the end of new jobs and retirement dates", () => {
    const mini = modelFacts("gpt-4o-mini-2024-07-18", {}, "2026-11-28").lifecycle;
    expect(mini).toMatchObject({ status: "jobs-ending", newJobsEnd: "2027-01-06", retires: "2027-01-14", daysLeft: 39 });
    expect(modelFacts("gpt-4o-mini-2024-07-18", {}, "2027-01-10").lifecycle.status).toBe("no-new-jobs");
    expect(modelFacts("gpt-4o-mini-2024-07-18", {}, "2027-02-01").lifecycle.status).toBe("retired");
    expect(modelFacts("gpt-4.1-nano-2025-04-14", {}, "2026-11-28").lifecycle.status).toBe("retired");
    expect(lifecycleOn(undefined, "2026-11-28").status).toBe("unknown");
  });

  it("Azure OpenAI's dates where they differ (Microsoft's fine-tuned models table), OpenAI's per-organisation cut-offs", () => {
    expect(modelFacts("gpt-4.1-nano-2025-04-14", {}, "2026-12-01", "azure-openai").lifecycle).toMatchObject({ status: "available", newJobsEnd: "2027-04-14", retires: "2027-10-14" });
    expect(modelFacts("gpt-4o-mini", {}, "2027-01-10", "azure-openai").lifecycle).toMatchObject({ status: "jobs-ending", newJobsEnd: "2027-04-01" });
    expect(modelFacts("gpt-4o-mini", {}, "2027-01-10", "openai").lifecycle.status).toBe("no-new-jobs");
    // A config override wins for either provider.
    expect(modelFacts("gpt-4o-mini", { "gpt-4o-mini-2024-07-18": { newJobsEnd: "2027-06-30" } }, "2027-01-10", "azure-openai").lifecycle.newJobsEnd).toBe("2027-06-30");
    expect(OPENAI_FINE_TUNING_CUTOFFS.map((c) => c.date)).toEqual(["2026-05-07", "2026-07-02", "2027-01-06"]);
    expect(modelFacts("gpt-3.5-turbo-0125", {}, "2026-12-01").lifecycle).toMatchObject({ status: "retired", retires: "2026-10-23" });
  });
});

describe("inference prices (what an evaluation's requests cost)", () => {
  it("price every fine-tunable snapshot as a base model too: a snapshot added to one table must be added to the other", async () => {
    const { BASE_INFERENCE_PRICES } = await import("../../src/core/cost/inference.js");
    const { OPENAI_MODELS } = await import("../../src/core/cost/openaiModels.js");
    expect(Object.keys(BASE_INFERENCE_PRICES).sort()).toEqual(Object.keys(OPENAI_MODELS).sort());
  });

  it("price a fine-tuned model at its snapshot's fine-tuned price, with the config's overrides; a base model at its list price; others not at all", async () => {
    const { inferencePrice } = await import("../../src/core/cost/inference.js");
    // OpenAI's pricing page, June 2025: gpt-4o-mini $0.15 / $0.60 per million; fine-tuned $0.30 / $1.20.
    expect(inferencePrice("gpt-4o-mini")).toMatchObject({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
    expect(inferencePrice("ft:gpt-4o-mini-2024-07-18:acme::abc")).toMatchObject({ inputPerMillion: 0.3, outputPerMillion: 1.2 });
    expect(inferencePrice("ft:gpt-4o-mini:acme::abc", { "gpt-4o-mini-2024-07-18": { inputPerMillion: 0.5 } })).toMatchObject({ inputPerMillion: 0.5, outputPerMillion: 1.2, source: expect.stringMatching(/models: in the config/) });
    expect(inferencePrice("Qwen/Qwen2.5-0.5B-Instruct")).toBeNull();
    expect(inferencePrice("constructor")).toBeNull();
    expect(inferencePrice("ft:constructor:acme::x")).toBeNull();
  });
});
