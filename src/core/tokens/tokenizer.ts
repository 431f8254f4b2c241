// OpenAI's tokenizers (gpt-tokenizer: the official BPE ranks, checked against tiktoken by a test),
// chosen by the target model and loaded lazily so that only the one in use costs memory. Text with
// very long runs is counted in pieces (longRuns.ts), so that no line can make counting quadratic.
import { countInPieces } from "./longRuns.js";

export type EncodingName = "o200k_base" | "cl100k_base";
export type CountTokens = (text: string) => number;

/** gpt-4o, gpt-4.1, o-series and later use o200k_base; gpt-3.5, gpt-4 and the base models cl100k_base. */
export function encodingForModel(model: string): EncodingName {
  const name = model.replace(/^ft:/, "").toLowerCase();
  if (/^(gpt-3\.5|gpt-35|gpt-4(?!o|\.|-?o)|gpt-4-|davinci|babbage|text-embedding)/.test(name)) return "cl100k_base";
  return "o200k_base";
}

interface EncodingApi {
  countStringTokens(text: string): number;
  setMergeCacheSize(size: number): void;
}

// The tokenizer caches merges of text chunks it has seen; its default of 100,000 entries holds tens
// of megabytes and measured no faster than this on realistic data.
const MERGE_CACHE_ENTRIES = 5_000;

const loaded = new Map<EncodingName, Promise<CountTokens>>();

/**
 * Counts tokens as ordinary text: special-token strings are counted, never interpreted. Exact,
 * except in runs of over a thousand characters with no break (longRuns.ts says by how much).
 */
export function loadTokenCounter(encoding: EncodingName): Promise<CountTokens> {
  let counter = loaded.get(encoding);
  if (!counter) {
    const module = encoding === "o200k_base" ? import("gpt-tokenizer/encoding/o200k_base") : import("gpt-tokenizer/encoding/cl100k_base");
    counter = module.then((m) => {
      const api = m.default as unknown as EncodingApi;
      api.setMergeCacheSize(MERGE_CACHE_ENTRIES);
      const count = (text: string) => api.countStringTokens(text);
      return (text: string) => countInPieces(text, count);
    });
    loaded.set(encoding, counter);
  }
  return counter;
}
