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

describe("model facts: the table, the config's models: overrides, and what nobody gave", () => {
  it("a snapshot in the table is known, priced and complete; an alias resolves to it", () => {
    const facts = modelFacts("gpt-4o-mini", {}, "2026-11-28");
    expect(facts).toMatchObject({ name: "gpt-4o-mini-2024-07-18", known: true, missing: [], priced: true, trainingTokenLimit: 65_536 });
    // OpenAI's pricing page (June 2025): gpt-4o-mini fine-tuning $3 per million training tokens; $0.30 / $1.20 per million to use.
    expect(facts.price).toEqual({ trainingPerMillion: 3, inputPerMillion: 0.3, outputPerMillion: 1.2 });
    expect(facts.priceSource).toBe("OpenAI pricing page (fine-tuning section), as published at that date (2025-06-01)");
  });

  it("an unknown model is priced only when the config gives all three prices; what is missing is named", () => {
    const none = modelFacts("acme-7b", {}, "2026-11-28");
    expect(none).toMatchObject({ known: false, priced: false, price: undefined, trainingTokenLimit: 65_536, missing: ["trainingPerMillion", "inputPerMillion", "outputPerMillion", "trainingTokenLimit"] });
    expect(none.lifecycle).toEqual({ status: "unknown" });
    for (const [key, partial] of [["outputPerMillion", { trainingPerMillion: 2, inputPerMillion: 1 }], ["inputPerMillion", { trainingPerMillion: 2, outputPerMillion: 1 }], ["trainingPerMillion", { inputPerMillion: 1, outputPerMillion: 1 }]] as const) {
      const facts = modelFacts("acme-7b", { "acme-7b": partial }, "2026-11-28");
      expect(facts.priced).toBe(false);
      expect(facts.price).toBeUndefined();
      expect(facts.missing).toEqual([key, "trainingTokenLimit"]);
      expect(facts.priceSource).toBe("config file (models)");
    }
    const full = modelFacts("acme-7b", { "acme-7b": { trainingPerMillion: 2, inputPerMillion: 1, outputPerMillion: 4, trainingTokenLimit: 8192 } }, "2026-11-28");
    expect(full).toMatchObject({ known: false, priced: true, missing: [], trainingTokenLimit: 8192, price: { trainingPerMillion: 2, inputPerMillion: 1, outputPerMillion: 4 } });
  });

  it("an override under the alias or the snapshot name applies, field by field over the table", () => {
    for (const key of ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"]) {
      const facts = modelFacts("gpt-4o-mini", { [key]: { outputPerMillion: 2 } }, "2026-11-28");
      expect(facts.price).toEqual({ trainingPerMillion: 3, inputPerMillion: 0.3, outputPerMillion: 2 });
      expect(facts.known).toBe(true);
    }
  });

  it("dates from the config give an unknown model a lifecycle, each date on its own", () => {
    expect(modelFacts("acme-7b", { "acme-7b": { retires: "2026-12-31" } }, "2026-12-01").lifecycle).toEqual({ retires: "2026-12-31", status: "available" });
    expect(modelFacts("acme-7b", { "acme-7b": { retires: "2026-11-30" } }, "2026-12-01").lifecycle).toMatchObject({ status: "retired" });
    expect(modelFacts("acme-7b", { "acme-7b": { newJobsEnd: "2026-12-11" } }, "2026-12-01").lifecycle).toEqual({ newJobsEnd: "2026-12-11", status: "jobs-ending", daysLeft: 10 });
    // A price alone gives no dates.
    expect(modelFacts("acme-7b", { "acme-7b": { inputPerMillion: 1 } }, "2026-12-01").lifecycle).toEqual({ status: "unknown" });
    // A retirement date from the config keeps the table's end of new jobs.
    expect(modelFacts("gpt-4o-mini", { "gpt-4o-mini": { retires: "2027-03-01" } }, "2026-12-01").lifecycle).toMatchObject({ newJobsEnd: "2027-01-06", retires: "2027-03-01" });
  });

  it("refuses a self-hosted GPU that is neither built in nor in the config, naming the ones there are", () => {
    const selfHosted = settingsWith().selfHosted;
    const input = { examples: 10, totalTokens: 1000, billedTokens: 1000, meanPromptTokens: 50, meanAnswerTokens: 50 };
    expect(() => estimateCost(input, modelFacts("gpt-4o-mini", {}, "2026-11-28"), { ...selfHosted, gpu: "TPU" })).toThrow('selfHosted.gpu "TPU" is not one of A100, H100');
    expect(() => estimateCost(input, modelFacts("gpt-4o-mini", {}, "2026-11-28"), { ...selfHosted, gpu: "constructor" })).toThrow(/is not one of/);
  });
});

describe("inference prices of every snapshot", () => {
  it("base models at OpenAI's list prices (pricing page, June 2025), fine-tuned ones at the fine-tuned prices", async () => {
    const { inferencePrice, fineTunedFrom } = await import("../../src/core/cost/inference.js");
    const list: [string, number, number][] = [
      ["gpt-4o-2024-08-06", 2.5, 10], ["gpt-4o-mini-2024-07-18", 0.15, 0.6], ["gpt-4.1-2025-04-14", 2, 8],
      ["gpt-4.1-mini-2025-04-14", 0.4, 1.6], ["gpt-4.1-nano-2025-04-14", 0.1, 0.4], ["gpt-3.5-turbo-0125", 0.5, 1.5],
    ];
    for (const [snapshot, input, output] of list) {
      expect(inferencePrice(snapshot)).toEqual({ inputPerMillion: input, outputPerMillion: output, source: `${snapshot} (OpenAI price table of 2025-06-01)` });
    }
    expect(inferencePrice("ft:gpt-4.1-2025-04-14:acme::x")).toEqual({ inputPerMillion: 3, outputPerMillion: 12, source: "fine-tuned gpt-4.1-2025-04-14 (OpenAI price table of 2025-06-01)" });
    // Only an input or output price in the config counts as overriding what inference costs.
    expect(inferencePrice("ft:gpt-4.1-2025-04-14:acme::x", { "gpt-4.1-2025-04-14": { trainingPerMillion: 1 } })?.source).toBe("fine-tuned gpt-4.1-2025-04-14 (OpenAI price table of 2025-06-01)");
    expect(inferencePrice("ft:gpt-4.1-2025-04-14:acme::x", { "gpt-4.1-2025-04-14": { outputPerMillion: 20 } })).toEqual({ inputPerMillion: 3, outputPerMillion: 20, source: "fine-tuned gpt-4.1-2025-04-14 (models: in the config)" });
    // A fine-tuned model of a snapshot nobody priced: both prices are needed.
    expect(inferencePrice("ft:acme-7b:acme::x", { "acme-7b": { inputPerMillion: 1 } })).toBeNull();
    expect(inferencePrice("ft:acme-7b:acme::x", { "acme-7b": { outputPerMillion: 1 } })).toBeNull();
    expect(inferencePrice("ft:acme-7b:acme::x", { "acme-7b": { inputPerMillion: 1, outputPerMillion: 2 } })).toMatchObject({ inputPerMillion: 1, outputPerMillion: 2 });
    // Only an id that starts with ft: is a fine-tuned model.
    expect(fineTunedFrom("ft:gpt-4o-mini:acme::x")).toBe("gpt-4o-mini-2024-07-18");
    expect(fineTunedFrom("my-ft:gpt-4o-mini:acme::x")).toBeUndefined();
  });
});
