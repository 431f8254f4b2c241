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
  eval: EvalSettings;
}

/** The `train` section: how command: train fine-tunes (see schemas/config.schema.json for each key). */
export interface TrainSettings {
  provider: "self-hosted" | "openai" | "azure-openai";
  /** Unset: selfHosted.baseModel (self-hosted), model (openai, azure-openai). */
  baseModel?: string;
  method: "sft" | "dpo";
  lora: { r: number; alpha: number; dropout: number; targetModules: string[] };
  maxLength: number;
  /** Self-hosted: the largest share of a file's examples max_length may drop entirely before train.py refuses. */
  maxDroppedShare: number;
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
  /** provider openai / azure-openai. */
  openai: HostedTrainSettings;
}

/** The `train.openai` section: the fine-tuning job on OpenAI's or Azure OpenAI's API. */
export interface HostedTrainSettings {
  baseURL?: string;
  apiKeyEnv?: string;
  suffix?: string;
  batchSize: number | "auto";
  learningRateMultiplier: number | "auto";
  beta: number | "auto";
  wait: boolean;
  timeoutMinutes: number;
  pollSeconds: number;
  trainingType: "Standard" | "GlobalStandard" | "Developer";
  deployment?: AzureDeploymentSettings;
}

export interface AzureDeploymentSettings {
  name: string;
  resourceId: string;
  tokenEnv: string;
  sku: "standard" | "globalstandard" | "developer";
  capacity: number;
  managementURL: string;
  timeoutMinutes: number;
}

export type EvalArmKind = "base" | "prompted" | "candidate" | "baseline";

/** One arm of the `eval` section, as the config file says it (src/eval/arms.ts fills in the rest). */
export interface EvalArmSettings {
  kind: EvalArmKind;
  model?: string;
  baseURL?: string;
  apiKeyEnv?: string;
  temperature: number;
  seed: number;
  maxTokens?: number;
  shots?: number;
  inputPerMillion?: number;
  outputPerMillion?: number;
  concurrency?: number;
  timeoutSeconds?: number;
  cache: boolean;
  /** baseline only: the newest promoted model, resolved by command: eval (src/eval/step/baselineRelease.ts). */
  release?: "latest";
}

/** A gate rule (metric, vs, kind...) or a floor (metric, floor, arm), as one list in the config file. */
export interface EvalGateRuleSettings {
  metric: string;
  vs?: string;
  kind?: "not-worse" | "better";
  margin?: number;
  severity?: "fail" | "warn";
  floor?: number;
  arm?: string;
}

/** The `eval` section: finetune-ci eval (see schemas/config.schema.json for each key). Paths are relative to the working directory once loaded. */
export interface EvalSettings {
  arms: Record<string, EvalArmSettings>;
  /** Unset: datasets.holdout. */
  holdout?: string[];
  scoring: { kind: "auto" | "tool-calls" | "json" | "classification" | "short-answer" | "free-text"; primary?: string; labels?: string[]; jsonSchema?: string };
  gate: { rules?: EvalGateRuleSettings[]; alpha: number; minPairs: number };
  /** command: eval on a pass: record the candidate as a GitHub release. */
  promote: "none" | "release";
  artifactName: string;
  failOnInconclusive: boolean;
  maxUsd?: number;
  maxFailureRate: number;
  maxAttempts: number;
  concurrency: number;
  timeoutSeconds: number;
  probe: { prompts: number };
  cache: { dir: string; enabled: boolean };
  out: string;
  judge?: { model: string; baseURL?: string; apiKeyEnv?: string; prompt?: string; vs?: string; maxTokens: number; concurrency?: number; inputPerMillion?: number; outputPerMillion?: number };
  runRecord?: string;
  /** baseModel and adapter: required by the evaluation (src/eval/serve.ts, serveSettings), filled in by command: eval from an adapter candidate. */
  serve?: { engine: "auto" | "vllm" | "serve.py"; baseModel?: string; adapter?: string; adapterName: string; python: string; port: number; startupTimeoutSeconds: number };
  stats: { seed: number; resamples: number };
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
  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch (error) {
    // The yaml package refuses documents whose aliases (*name) would expand without bound.
    const reason = error instanceof Error ? error.message : String(error);
    throw new SettingsError(`${source}: cannot read the YAML: ${/alias/i.test(reason) ? "its aliases (*name) expand to too much data; write the values out instead of nesting aliases" : reason}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SettingsError(`${source}: the config must be a YAML mapping of keys such as model: and datasets:`);
  return value as Record<string, unknown>;
}

// Names that every JavaScript object answers to: as a key, or as a name looked up in a table (a
// model, a GPU type), they would read the object's machinery instead of a setting.
const RESERVED_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

/** The first key anywhere in the layers, or name used for a lookup, that is a reserved name. */
function reservedName(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = reservedName(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (RESERVED_NAMES.has(key)) return `${at}: "${key}" cannot be used as a key`;
    const found = reservedName(value[key], at);
    if (found) return found;
  }
  return undefined;
}

/** Settings whose value names an entry of a table (the model table, the GPU types). */
const LOOKUP_NAMES: [string, (s: Record<string, unknown>) => unknown][] = [
  ["model", (s) => s.model],
  ["selfHosted.gpu", (s) => (isPlainObject(s.selfHosted) ? s.selfHosted.gpu : undefined)],
  ["train.gpuType", (s) => (isPlainObject(s.train) ? s.train.gpuType : undefined)],
];

/**
 * Paths in a config file (the datasets, and the eval section's files and folders) are relative to
 * the file; the rest of the program sees them relative to the working directory (the repository
 * root in the Action).
 */
export function datasetsRelativeToConfig(config: Record<string, unknown>, configPath: string, cwd: string): Record<string, unknown> {
  const rebaseOne = (p: unknown) => (typeof p === "string" ? relative(cwd, resolve(cwd, dirname(configPath), p)) || "." : p);
  const rebase = (list: unknown) => (Array.isArray(list) ? list.map(rebaseOne) : list);
  let out = config;
  const datasets = config.datasets;
  if (isPlainObject(datasets)) {
    const rebased: Record<string, unknown> = { ...datasets };
    if ("train" in datasets) rebased.train = rebase(datasets.train);
    if ("holdout" in datasets) rebased.holdout = rebase(datasets.holdout);
    out = { ...out, datasets: rebased };
  }
  const evaluation = config.eval;
  if (isPlainObject(evaluation)) {
    const e: Record<string, unknown> = { ...evaluation };
    if ("holdout" in e) e.holdout = rebase(e.holdout);
    for (const key of ["runRecord", "out"]) if (key in e) e[key] = rebaseOne(e[key]);
    const nested: [string, string][] = [["scoring", "jsonSchema"], ["judge", "prompt"], ["cache", "dir"], ["serve", "adapter"]];
    for (const [section, key] of nested) {
      const value = e[section];
      if (isPlainObject(value) && key in value) e[section] = { ...value, [key]: rebaseOne(value[key]) };
    }
    out = { ...out, eval: e };
  }
  return out;
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
  for (const layer of layers) {
    const reserved = reservedName(layer, "");
    if (reserved) throw new SettingsError(`${source}: ${reserved}`);
  }
  const merged = structuredClone(layers.reduce((acc, layer) => merge(acc, layer), {} as Record<string, unknown>));
  for (const [key, pick] of LOOKUP_NAMES) {
    const name = pick(merged);
    if (typeof name === "string" && RESERVED_NAMES.has(name)) throw new SettingsError(`${source}: ${key}: "${name}" is not a usable name; give the real name`);
  }
  if (!validateConfig(merged)) {
    const problems = (validateConfig.errors ?? []).filter((e) => e.keyword !== "if").map(describeError);
    throw new SettingsError(`${source}: ${[...new Set(problems)].join("; ")}`);
  }
  return merged as unknown as Settings;
}
