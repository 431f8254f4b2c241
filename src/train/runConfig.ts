// The YAML file train.py reads with --config: every key is one of its RunOptions
// (self-hosted-runner/finetune_runner/options.py), so the run is reproducible from this file alone.
import type { SelfHostedPlan } from "./plan.js";

/** The dataset files as train.py is given them (it reads each on its own and names it in what it says). */
export interface RunFiles {
  trainFiles: string[];
  /** Empty: no holdout, no evaluation. */
  evalFiles: string[];
}

export function runOptions(plan: SelfHostedPlan, files: RunFiles): Record<string, unknown> {
  return {
    model_name_or_path: plan.baseModel,
    train_file: files.trainFiles,
    ...(files.evalFiles.length > 0 ? { eval_file: files.evalFiles } : {}),
    output_dir: plan.outputDir,
    method: plan.method,
    quantization: plan.quantization,
    lora_r: plan.lora.r,
    lora_alpha: plan.lora.alpha,
    lora_dropout: plan.lora.dropout,
    lora_target_modules: plan.lora.targetModules,
    max_length: plan.maxLength,
    max_dropped_share: plan.maxDroppedShare,
    num_train_epochs: plan.epochs,
    max_steps: plan.maxSteps ?? -1,
    learning_rate: plan.learningRate,
    per_device_train_batch_size: plan.batchSize,
    per_device_eval_batch_size: plan.batchSize,
    gradient_accumulation_steps: plan.gradientAccumulation,
    seed: plan.seed,
    merge: plan.merge,
  };
}

export function runConfigYaml(plan: SelfHostedPlan, files: RunFiles): string {
  const lines = Object.entries(runOptions(plan, files)).map(([key, value]) => `${key}: ${yamlValue(value)}`);
  return ["# Written by finetune-ci for self-hosted-runner/train.py; rerun from the repository root with: python train.py --config <this file>", ...lines, ""].join("\n");
}

// train.py reads YAML with PyYAML, which follows YAML 1.1: "1e-5" is a string there, and a float
// needs a dot and a signed exponent ("1.0e-05"). Strings are written as JSON, a subset of YAML.
function yamlValue(value: unknown): string {
  if (typeof value === "number") return pythonFloat(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(", ")}]`;
  return JSON.stringify(String(value));
}

function pythonFloat(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to the run config`);
  const text = String(n);
  if (!text.includes("e")) return text;
  const [mantissa, exponent] = text.split("e") as [string, string];
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}e${exponent.startsWith("-") || exponent.startsWith("+") ? exponent : `+${exponent}`}`;
}
