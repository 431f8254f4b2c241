// Token counts the way OpenAI's cookbook counts them ("Data preparation and analysis for chat model
// fine-tuning"): 3 per example, 3 per message, the tokens of every string value of a message (role
// included) and 1 more for a name. Values the cookbook never meets (tool_calls, tools) are counted
// as their JSON text, an approximation stated in the docs.
import type { CountTokens } from "./tokenizer.js";

const TOKENS_PER_EXAMPLE = 3;
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;

export interface ExampleTokens {
  total: number;
  assistant: number;
}

/** Caches the counts of repeated strings such as a shared system prompt; bounded so memory is flat. */
export class CachedCounter {
  private cache = new Map<string, number>();
  constructor(
    readonly count: CountTokens,
    private readonly limit = 64,
  ) {}

  repeated(text: string): number {
    const hit = this.cache.get(text);
    if (hit !== undefined) return hit;
    const n = this.count(text);
    if (this.cache.size >= this.limit) this.cache.clear();
    this.cache.set(text, n);
    return n;
  }
}

export function countMessages(messages: readonly Record<string, unknown>[], extras: readonly unknown[], counter: CachedCounter): ExampleTokens {
  let total = TOKENS_PER_EXAMPLE;
  let assistant = 0;
  for (const message of messages) {
    total += TOKENS_PER_MESSAGE;
    const role = message.role;
    for (const key in message) {
      const value = message[key];
      if (typeof value === "string") {
        const n = key === "role" || role === "system" || role === "developer" ? counter.repeated(value) : counter.count(value);
        total += n;
        if (key === "content" && role === "assistant") assistant += n;
      } else if (key !== "weight" && value !== null && value !== undefined && typeof value === "object") {
        const n = counter.count(JSON.stringify(value));
        total += n;
        if (role === "assistant" && key === "content") assistant += n;
      }
      if (key === "name") total += TOKENS_PER_NAME;
    }
  }
  for (const extra of extras) if (extra !== undefined) total += counter.repeated(JSON.stringify(extra));
  return { total, assistant };
}
