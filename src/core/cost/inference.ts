// What answering costs on OpenAI's API, per million input and output tokens: a fine-tuned model
// (ft:SNAPSHOT:org::id) at the snapshot's fine-tuned inference price (openaiModels.ts, with the
// config's `models:` overrides), a snapshot or alias itself at its list price below. Any other
// model has no known price: the caller says so rather than guess.
import { OPENAI_MODELS, PRICE_TABLE_DATE, resolveModelName, type ModelOverride } from "./openaiModels.js";

/** List prices of the fine-tunable snapshots as base models (same source and date as OPENAI_MODELS). */
export const BASE_INFERENCE_PRICES: Record<string, { inputPerMillion: number; outputPerMillion: number }> = {
  "gpt-4o-2024-08-06": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "gpt-4o-mini-2024-07-18": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "gpt-4.1-2025-04-14": { inputPerMillion: 2, outputPerMillion: 8 },
  "gpt-4.1-mini-2025-04-14": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  "gpt-4.1-nano-2025-04-14": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "gpt-3.5-turbo-0125": { inputPerMillion: 0.5, outputPerMillion: 1.5 },
};

export interface InferencePrice {
  inputPerMillion: number;
  outputPerMillion: number;
  /** Where the figures come from, for the report. */
  source: string;
}

/** The snapshot a fine-tuned model id was trained from: ft:gpt-4o-mini-2024-07-18:org::abc -> gpt-4o-mini-2024-07-18. */
export function fineTunedFrom(model: string): string | undefined {
  const match = /^ft:([^:]+):/.exec(model);
  return match ? resolveModelName(match[1]!) : undefined;
}

/** Own entries only: a model named "constructor" is not in any table. */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export function inferencePrice(model: string, overrides: Record<string, ModelOverride> = {}): InferencePrice | null {
  const snapshot = fineTunedFrom(model);
  if (snapshot) {
    const known = own(OPENAI_MODELS, snapshot);
    const override = own(overrides, snapshot);
    const input = override?.inputPerMillion ?? known?.inputPerMillion;
    const output = override?.outputPerMillion ?? known?.outputPerMillion;
    if (input === undefined || output === undefined) return null;
    const overridden = override?.inputPerMillion !== undefined || override?.outputPerMillion !== undefined;
    return { inputPerMillion: input, outputPerMillion: output, source: `fine-tuned ${snapshot} ${overridden ? "(models: in the config)" : `(OpenAI price table of ${PRICE_TABLE_DATE})`}` };
  }
  const name = resolveModelName(model);
  const base = own(BASE_INFERENCE_PRICES, name);
  return base ? { ...base, source: `${name} (OpenAI price table of ${PRICE_TABLE_DATE})` } : null;
}
