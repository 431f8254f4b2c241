// What training will cost: OpenAI's bill (billed tokens x epochs x price) beside the self-hosted
// LoRA alternative, plus what calling the fine-tuned model costs at the dataset's average lengths.
import { defaultEpochs, EPOCH_RULE } from "./epochs.js";
import { lifecycleOn, OPENAI_MODELS, PRICE_TABLE_DATE, PRICE_TABLE_SOURCE, resolveModelName, tableLifecycle, type HostedProvider, type LifecycleView, type ModelOverride, type ModelPrice } from "./openaiModels.js";
import { DEFAULT_GPUS, estimateSelfHosted, type GpuType, type SelfHostedEstimate } from "./selfHosted.js";
import { ownEntry } from "../ownEntry.js";

export interface ModelFacts {
  name: string;
  /** In finetune-ci's model table (OPENAI_MODELS). */
  known: boolean;
  /** The keys under models.<name> that neither the table nor the config gives: those figures are unknown or assumed. */
  missing: ModelFactKey[];
  /** False when the model is not in the price table and no override priced it. */
  priced: boolean;
  price: ModelPrice | undefined;
  priceSource: string;
  trainingTokenLimit: number;
  lifecycle: LifecycleView;
}

/** The per-example limit assumed for a model whose limit nobody gave. */
export const FALLBACK_TOKEN_LIMIT = 65_536;

export type ModelFactKey = "trainingPerMillion" | "inputPerMillion" | "outputPerMillion" | "trainingTokenLimit";
const FACT_KEYS: ModelFactKey[] = ["trainingPerMillion", "inputPerMillion", "outputPerMillion", "trainingTokenLimit"];

/** `provider` picks whose dates apply (Azure OpenAI's differ from OpenAI's); prices are OpenAI's either way. */
export function modelFacts(model: string, overrides: Record<string, ModelOverride>, today: string, provider: HostedProvider = "openai"): ModelFacts {
  const name = resolveModelName(model);
  const known = ownEntry(OPENAI_MODELS, name);
  const over = ownEntry(overrides, name) ?? ownEntry(overrides, model) ?? {};
  const merged = { ...known, ...over };
  const priced = merged.trainingPerMillion !== undefined && merged.inputPerMillion !== undefined && merged.outputPerMillion !== undefined;
  const table = tableLifecycle(name, provider);
  const lifecycle = table || over.newJobsEnd || over.retires ? { ...table, ...pick(over) } : undefined;
  return {
    name,
    known: known !== undefined,
    missing: FACT_KEYS.filter((key) => merged[key] === undefined),
    priced,
    price: priced ? { trainingPerMillion: merged.trainingPerMillion!, inputPerMillion: merged.inputPerMillion!, outputPerMillion: merged.outputPerMillion! } : undefined,
    priceSource: Object.keys(over).length ? "config file (models)" : `${PRICE_TABLE_SOURCE} (${PRICE_TABLE_DATE})`,
    trainingTokenLimit: merged.trainingTokenLimit ?? FALLBACK_TOKEN_LIMIT,
    lifecycle: lifecycleOn(lifecycle, today),
  };
}

function pick(over: ModelOverride): { newJobsEnd?: string; retires?: string } {
  const out: { newJobsEnd?: string; retires?: string } = {};
  if (over.newJobsEnd) out.newJobsEnd = over.newJobsEnd;
  if (over.retires) out.retires = over.retires;
  return out;
}

export interface CostInput {
  examples: number;
  totalTokens: number;
  billedTokens: number;
  meanPromptTokens: number;
  meanAnswerTokens: number;
}

export interface SelfHostedSettings {
  baseModel: string;
  modelParams: number;
  gpu: string;
  utilisation: number;
  gpus: Record<string, GpuType>;
}

export interface CostEstimate {
  epochs: number;
  epochsRule: string;
  billedTokens: number;
  chargedTokens: number;
  /** Null when the model has no known price. */
  trainingUsd: number | null;
  inference: { promptTokens: number; completionTokens: number; usdPer1000Requests: number | null };
  selfHosted: SelfHostedEstimate & { baseModel: string; trainedTokens: number };
}

export function estimateCost(input: CostInput, model: ModelFacts, selfHosted: SelfHostedSettings): CostEstimate {
  const epochs = defaultEpochs(input.examples);
  const charged = input.billedTokens * epochs;
  const price = model.price;
  const gpus = { ...DEFAULT_GPUS, ...selfHosted.gpus };
  const gpuType = ownEntry(gpus, selfHosted.gpu);
  if (!gpuType) throw new Error(`selfHosted.gpu "${selfHosted.gpu}" is not one of ${Object.keys(gpus).join(", ")}`);
  // Self-hosted trains on every token (no per-example cap) for the same number of epochs.
  const trainedTokens = input.totalTokens * epochs;
  return {
    epochs,
    epochsRule: EPOCH_RULE,
    billedTokens: input.billedTokens,
    chargedTokens: charged,
    trainingUsd: price ? (charged / 1e6) * price.trainingPerMillion : null,
    inference: {
      promptTokens: input.meanPromptTokens,
      completionTokens: input.meanAnswerTokens,
      usdPer1000Requests: price ? (1000 * (input.meanPromptTokens * price.inputPerMillion + input.meanAnswerTokens * price.outputPerMillion)) / 1e6 : null,
    },
    selfHosted: {
      ...estimateSelfHosted({ modelParams: selfHosted.modelParams, tokens: trainedTokens, gpu: selfHosted.gpu, gpuType, utilisation: selfHosted.utilisation }),
      baseModel: selfHosted.baseModel,
      trainedTokens,
    },
  };
}
