// One settings object for the whole run: the config file (YAML) merged with command-line or action
// inputs, validated once against schemas/config.schema.json, with defaults filled in. Nothing
// else in the program reads raw options.
import { Ajv, type ErrorObject } from "ajv";
import { dirname, relative, resolve } from "node:path";
import { parseDocument } from "yaml";
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import type { FailOn, FindingCode, SeverityOverride } from "../core/findings.js";
import type { FormatChoice } from "../core/dataset/formats.js";
import type { ModelOverride } from "../core/cost/openaiModels.js";
import type { GpuType } from "../core/cost/selfHosted.js";

// The types of settings values are the core's own: the core takes plain values and never imports settings.
export type { FailOn, ModelOverride };

export interface Settings {
  datasets: { train: string[]; holdout: string[] };
  format: FormatChoice;
  model: string;
  failOn: FailOn;
  review: {
    minExamples: number;
    nearDuplicateThreshold: number;
    maxLineBytes: number;
    maxFindingsPerCode: number;
    systemPromptDominance: number;
    jsonAnswerShare: number;
    commonKeyShare: number;
    maxLabels: number;
    labelMaxChars: number;
    imbalanceRatio: number;
    trainingTokenLimit?: number;
    workers: number;
    maxHeapMb: number;
    scratchMemoryMb: number;
  };
  severities: Partial<Record<FindingCode, SeverityOverride>>;
  models: Record<string, ModelOverride>;
  selfHosted: { baseModel: string; modelParams: number; gpu: string; utilisation: number; gpus: Record<string, GpuType> };
  split: { holdoutFraction: number; seed: string };
  train: TrainSettings;
}

/** The `train` section: how command: train fine-tunes (see schemas/config.schema.json for each key). */
export interface TrainSettings {
  provider: "self-hosted" | "openai";
  /** Unset: selfHosted.baseModel. */
  baseModel?: string;
  method: "sft" | "dpo";
  lora: { r: number; alpha: number; dropout: number; targetModules: string[] };
  maxLength: number;
  epochs: number;
  maxSteps?: number;
  learningRate: number;
  batchSize: number;
  gradientAccumulation: number;
  quantization: "none" | "4bit";
  merge: boolean;
  seed: number;
  python: string;
  /** Unset: the train.py bundled with the action. */
  script?: string;
  outputDir: string;
  /** Unset: selfHosted.gpu. */
  gpuType?: string;
  artifactName: string;
  artifactRetentionDays?: number;
}

/** A configuration problem a user can fix: which file, where, and what is wrong. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true });
const validateConfig = ajv.compile(configSchema);

/** Deep partial of Settings: what a config file or a set of flags may say. */
export type SettingsInput = { [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> | Settings[K] : Settings[K] };

/** Parses the YAML text of a config file; `source` names it in errors. */
export function parseConfigText(text: string, source: string): Record<string, unknown> {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0];
    throw new SettingsError(`${source}${at ? `:${at.line}:${at.col}` : ""}: invalid YAML: ${e.message.split("\n")[0]}`);
  }
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== "object" || Array.isArray(value)) throw new SettingsError(`${source}: the config must be a YAML mapping of keys such as model: and datasets:`);
  return value as Record<string, unknown>;
}

/**
 * Dataset paths in a config file are relative to the file; the rest of the program sees them
 * relative to the working directory (the repository root in the Action).
 */
export function datasetsRelativeToConfig(config: Record<string, unknown>, configPath: string, cwd: string): Record<string, unknown> {
  const datasets = config.datasets;
  if (!isPlainObject(datasets)) return config;
  const rebase = (list: unknown) => (Array.isArray(list) ? list.map((p) => (typeof p === "string" ? relative(cwd, resolve(cwd, dirname(configPath), p)) || "." : p)) : list);
  const out: Record<string, unknown> = { ...datasets };
  if ("train" in datasets) out.train = rebase(datasets.train);
  if ("holdout" in datasets) out.holdout = rebase(datasets.holdout);
  return { ...config, datasets: out };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Later layers win; nested sections merge key by key; arrays are replaced, not concatenated. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? merge(out[key] as Record<string, unknown>, value) : value;
  }
  return out;
}

function describeError(error: ErrorObject): string {
  const path = error.instancePath.slice(1).replace(/\//g, ".");
  const key = path === "" ? "the config" : path;
  switch (error.keyword) {
    case "additionalProperties":
      return `${key === "the config" ? "" : `${key}: `}unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case "enum":
      return `${key} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "propertyNames":
      return `${key}: "${(error.params as { propertyName: string }).propertyName}" is not a finding code`;
    default:
      return `${key} ${error.message ?? "is invalid"}`;
  }
}

/**
 * Merges the layers (config file first, then inputs/flags) and validates the result once.
 * `source` names the layers for error messages.
 */
export function resolveSettings(layers: Record<string, unknown>[], source: string): Settings {
  const merged = structuredClone(layers.reduce((acc, layer) => merge(acc, layer), {} as Record<string, unknown>));
  if (!validateConfig(merged)) {
    const problems = (validateConfig.errors ?? []).filter((e) => e.keyword !== "if").map(describeError);
    throw new SettingsError(`${source}: ${[...new Set(problems)].join("; ")}`);
  }
  return merged as unknown as Settings;
}
