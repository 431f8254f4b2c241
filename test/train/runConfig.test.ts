import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planTraining, type SelfHostedPlan } from "../../src/train/plan.js";
import { runConfigYaml } from "../../src/train/runConfig.js";
import { resolveSettings, SettingsError } from "../../src/settings/settings.js";

const paths = { workspace: "/repo", actionRoot: "/action" };

function plan(train: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): SelfHostedPlan {
  const settings = resolveSettings([{ datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, train, ...extra }], "test");
  const p = planTraining(settings, { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, paths);
  if (p.provider !== "self-hosted") throw new Error(`expected a self-hosted plan, got ${p.provider}`);
  return p;
}

describe("the train section and the run config train.py reads", () => {
  it("defaults give a LoRA SFT run of the self-hosted base model with the bundled train.py", () => {
    const p = plan();
    expect(p).toMatchObject({
      provider: "self-hosted",
      baseModel: "meta-llama/Llama-3.1-8B-Instruct",
      method: "sft",
      quantization: "none",
      lora: { r: 16, alpha: 32, dropout: 0.05, targetModules: ["all-linear"] },
      python: "python3",
      script: "/action/self-hosted-runner/train.py",
      outputDir: "/repo/finetune-ci-output",
      trainFiles: ["/repo/data/train.jsonl"],
      pricing: { gpu: "A100", usdPerHour: 1.8 },
      artifact: { name: "finetune-ci-adapter" },
    });
  });

  it("every setting maps to its train.py option", () => {
    const p = plan({ baseModel: "/models/tiny", method: "dpo", lora: { r: 8, alpha: 16, dropout: 0, targetModules: ["q_proj", "v_proj"] }, maxLength: 512, epochs: 2, maxSteps: 40, learningRate: 1e-5, batchSize: 2, gradientAccumulation: 8, quantization: "4bit", merge: true, seed: 7 });
    const yaml = runConfigYaml(p, { trainFiles: ["data/a.jsonl", "data/b.jsonl"], evalFiles: ["data/holdout.jsonl"] });
    expect(parse(yaml)).toEqual({
      model_name_or_path: "/models/tiny",
      // Every file as it is: train.py reads each on its own and names it in what it says.
      train_file: ["data/a.jsonl", "data/b.jsonl"],
      eval_file: ["data/holdout.jsonl"],
      output_dir: "/repo/finetune-ci-output",
      method: "dpo",
      quantization: "4bit",
      lora_r: 8,
      lora_alpha: 16,
      lora_dropout: 0,
      lora_target_modules: ["q_proj", "v_proj"],
      max_length: 512,
      max_dropped_share: 0.05,
      num_train_epochs: 2,
      max_steps: 40,
      learning_rate: 1e-5,
      per_device_train_batch_size: 2,
      per_device_eval_batch_size: 2,
      gradient_accumulation_steps: 8,
      seed: 7,
      merge: true,
    });
  });

  it("small learning rates are written as floats PyYAML reads as floats (1.0e-05, not the string 1e-5)", () => {
    const yaml = runConfigYaml(plan({ learningRate: 1e-7 }), { trainFiles: ["t.jsonl"], evalFiles: [] });
    expect(yaml).toContain("learning_rate: 1.0e-7\n");
    expect(runConfigYaml(plan({ learningRate: 0.0002 }), { trainFiles: ["t.jsonl"], evalFiles: [] })).toContain("learning_rate: 0.0002\n");
  });

  it("without a holdout there is no eval_file, and max_steps -1 means all epochs", () => {
    const yaml = parse(runConfigYaml(plan(), { trainFiles: ["t.jsonl"], evalFiles: [] })) as Record<string, unknown>;
    expect(yaml).not.toHaveProperty("eval_file");
    expect(yaml.max_steps).toBe(-1);
  });

  it("paths with YAML-significant characters stay strings", () => {
    const yaml = parse(runConfigYaml(plan({ baseModel: "org/model: v2 #1" }), { trainFiles: ["data/a: b.jsonl", "data/#2.jsonl"], evalFiles: [] })) as Record<string, unknown>;
    expect(yaml.model_name_or_path).toBe("org/model: v2 #1");
    expect(yaml.train_file).toEqual(["data/a: b.jsonl", "data/#2.jsonl"]);
  });

  it("the run is priced at train.gpuType, falling back to selfHosted.gpu", () => {
    expect(plan({ gpuType: "H100" }).pricing).toEqual({ gpu: "H100", usdPerHour: 3 });
    expect(plan({}, { selfHosted: { gpu: "L4", gpus: { L4: { peakTflops: 121, usdPerHour: 0.8 } } } }).pricing).toEqual({ gpu: "L4", usdPerHour: 0.8 });
  });

  it("an unknown GPU type fails before anything runs, naming the key to fix", () => {
    expect(() => plan({ gpuType: "B300" })).toThrow(SettingsError);
    expect(() => plan({ gpuType: "B300" })).toThrow(/train\.gpuType: "B300" is not a known GPU type \(known: A100, H100\)/);
  });

  it("the schema rejects a bad method or quantization with the allowed values", () => {
    expect(() => plan({ method: "ppo" })).toThrow(/train\.method must be one of "sft", "dpo"/);
    expect(() => plan({ quantization: "8bit" })).toThrow(/train\.quantization must be one of "none", "4bit"/);
    expect(() => plan({ lora: { rank: 8 } })).toThrow(/train\.lora: unknown key "rank"/);
  });
});
