// What the evaluation will cost before anything is sent, and the budget that keeps it from costing
// more. Input tokens are counted as OpenAI's cookbook counts a chat request (3 per message, its
// strings, 3 to prime the answer; tools as their JSON) with OpenAI's o200k_base tokenizer, exact for
// gpt-4o and gpt-4.1 and an approximation for other models' tokenizers. Output tokens are the
// reference answer's, capped by the arm's max tokens: a model that answers at length costs more,
// which the budget catches while running. Answers already in the cache cost nothing.
import type { Message } from "../core/dataset/conversation.js";
import { textOf } from "../core/dataset/conversation.js";
import type { Reference } from "../core/eval/types.js";
import type { CountTokens } from "../core/tokens/tokenizer.js";
import type { Prices } from "../core/eval/types.js";
import type { Answer } from "../core/eval/types.js";
import type { ChatBody } from "./requests.js";
import type { SendGate } from "./send.js";

export const ESTIMATE_TOKENIZER = "o200k_base";

export function promptTokens(count: CountTokens, messages: readonly Message[], tools?: readonly unknown[]): number {
  let n = 3;
  for (const m of messages) {
    n += 3 + count(String(m.role ?? "")) + count(textOf(m.content));
    if (typeof m.name === "string") n += 1 + count(m.name);
    if (m.tool_calls) n += count(JSON.stringify(m.tool_calls));
  }
  if (tools?.length) n += count(JSON.stringify(tools));
  return n;
}

export function referenceTokens(count: CountTokens, reference: Reference): number {
  return count(reference.text) + (reference.toolCalls?.length ? count(JSON.stringify(reference.toolCalls)) : 0);
}

/** The default max tokens: twice the longest reference answer, at least 64. */
export function defaultMaxTokens(referenceTokenCounts: readonly number[]): number {
  return Math.max(64, 2 * Math.max(0, ...referenceTokenCounts));
}

export function dollars(prices: Prices | null, inputTokens: number, outputTokens: number): number | null {
  return prices ? (inputTokens * prices.inputPerMillion + outputTokens * prices.outputPerMillion) / 1e6 : null;
}

export interface RequestEstimate {
  inputTokens: number;
  outputTokens: number;
}

export function estimateRequest(count: CountTokens, body: ChatBody, reference: Reference): RequestEstimate {
  return { inputTokens: promptTokens(count, body.messages, body.tools), outputTokens: Math.min(body.max_completion_tokens, referenceTokens(count, reference)) };
}

export interface ArmEstimate {
  arm: string;
  kind: string;
  model: string;
  requests: number;
  /** Already in the cache: not sent, not paid. */
  cached: number;
  /** Tokens of the requests to send. */
  inputTokens: number;
  outputTokens: number;
  /** null when the model has no known price. */
  usd: number | null;
}

export interface Estimate {
  arms: ArmEstimate[];
  /** Dollars of the priced arms' requests to send (and the judge's). */
  totalUsd: number;
  /** Arms (and "judge") whose model has no known price: not in totalUsd. */
  unpriced: string[];
  tokenizer: typeof ESTIMATE_TOKENIZER;
  maxUsd: number | null;
}

/** Spend so far and the holds of requests in flight, against eval.maxUsd. Unpriced requests cost nothing here. */
export class Budget {
  spentUsd = 0;
  private heldUsd = 0;
  /** Why sending stopped, once it has: "the spend would have passed eval.maxUsd ($10)". */
  stopped: string | undefined;

  constructor(readonly maxUsd: number | null) {}

  /**
   * The hold of one request: what it can cost at most (`hold`: its prompt and a full-length answer),
   * held while it is in flight, so that requests in flight together cannot pass the budget; then
   * what its usage says it cost.
   */
  gate(prices: Prices | null, hold: RequestEstimate): SendGate | undefined {
    if (!prices) return undefined;
    const held = dollars(prices, hold.inputTokens, hold.outputTokens)!;
    let holding = false;
    return {
      allow: () => {
        if (this.maxUsd !== null && !this.stopped && this.spentUsd + this.heldUsd + held > this.maxUsd) this.stopped = `the spend would have passed eval.maxUsd ($${this.maxUsd})`;
        if (this.stopped) return `not sent: ${this.stopped}`;
        this.heldUsd += held;
        holding = true;
        return undefined;
      },
      settled: (answer?: Answer) => {
        if (holding) this.heldUsd -= held;
        holding = false;
        // A failed attempt is not billed; an answer without usage is charged what it could have cost.
        if (answer) this.spentUsd += dollars(prices, answer.inputTokens ?? hold.inputTokens, answer.outputTokens ?? hold.outputTokens)!;
      },
    };
  }
}
