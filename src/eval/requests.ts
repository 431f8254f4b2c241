// One chat request per (arm, holdout example): the example's prompt (with the prompted arm's shots),
// the arm's model and generation parameters, the example's tools. The cache key is the SHA-256 of
// what identifies the answer: the endpoint (or the served base model), the model, the messages and
// every parameter; never the key.
import { createHash } from "node:crypto";
import type { Message } from "../core/dataset/conversation.js";
import type { ArmSpec } from "./arms.js";
import { withShots, type Shot } from "./fewShot.js";
import type { HoldoutExample } from "./holdout.js";

/** The body of POST /chat/completions (non-streaming). */
export interface ChatBody {
  model: string;
  messages: Message[];
  temperature: number;
  seed: number;
  max_completion_tokens: number;
  tools?: unknown[];
  parallel_tool_calls?: boolean;
}

export interface PlannedRequest {
  arm: string;
  /** Index of the example in holdout order. */
  example: number;
  body: ChatBody;
  cacheKey: string;
  /** Whether the plan found the answer in the cache (a miss is not read again when sending). */
  inCache?: boolean;
}

const CACHE_FORMAT = "finetune-ci-eval-cache-1";

export function chatBody(arm: Pick<ArmSpec, "model" | "temperature" | "seed" | "maxTokens">, example: Pick<HoldoutExample, "messages" | "tools" | "parallelToolCalls">, shots: readonly Shot[]): ChatBody {
  return {
    model: arm.model,
    messages: shots.length > 0 ? withShots(example.messages, shots) : [...example.messages],
    temperature: arm.temperature,
    seed: arm.seed,
    max_completion_tokens: arm.maxTokens!,
    ...(example.tools ? { tools: example.tools } : {}),
    ...(example.tools && example.parallelToolCalls !== undefined ? { parallel_tool_calls: example.parallelToolCalls } : {}),
  };
}

export function cacheKey(identity: string, body: ChatBody): string {
  return createHash("sha256").update(JSON.stringify([CACHE_FORMAT, identity, body])).digest("hex");
}

export function planRequests(arm: ArmSpec, examples: readonly HoldoutExample[], shots: readonly Shot[]): PlannedRequest[] {
  return examples.map((example, i) => {
    const body = chatBody(arm, example, arm.kind === "prompted" ? shots : []);
    return { arm: arm.name, example: i, body, cacheKey: cacheKey(arm.cacheIdentity, body) };
  });
}
