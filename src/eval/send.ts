// Sending the requests: a bounded number in flight PER ENDPOINT (arms that share a baseURL share the
// limit), retries with exponential backoff and full jitter on 429, 5xx, connection resets, timeouts
// and malformed answers, honouring retry-after-ms and retry-after (a 429 that says how long pauses
// the whole endpoint, since every request in flight would get the same answer), a timeout per
// attempt, and a fixed number of attempts. The SDK's own retries are off, so every attempt is
// counted here. Clock, sleep and jitter are passed in, so tests need not wait.
import type { OpenAIClient } from "../adapters/openai/client.js";
import { callApi, type ApiFailure } from "../adapters/openai/failure.js";
import type { Answer, ToolCall } from "../core/eval/types.js";
import type { AnswerCache, CachedAnswer } from "./cache.js";
import type { ChatBody } from "./requests.js";

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1): the jitter. */
  random(): number;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

export interface RetryPolicy {
  maxAttempts: number;
  /** First backoff ceiling; doubles per attempt (default 500 ms). */
  baseDelayMs?: number;
  /** Largest backoff ceiling (default 30 s). */
  maxDelayMs?: number;
  /** A server asking for a longer wait than this ends the request (default 120 s). */
  maxRetryAfterMs?: number;
}

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015): uniform in [0, min(cap, base * 2^retry)). */
export function backoffMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs ?? 30_000, (policy.baseDelayMs ?? 500) * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** One endpoint's limit on requests in flight; slots are handed over in arrival order. */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  pausedUntil = 0;

  constructor(
    readonly limit: number,
    private readonly clock: Clock,
  ) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    for (let wait = this.pausedUntil - this.clock.now(); wait > 0; wait = this.pausedUntil - this.clock.now()) await this.clock.sleep(wait);
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

export class EndpointPool {
  private readonly limiters = new Map<string, Limiter>();

  constructor(limits: Map<string, number>, clock: Clock) {
    for (const [endpoint, limit] of limits) this.limiters.set(endpoint, new Limiter(limit, clock));
  }

  limiter(endpoint: string): Limiter {
    const found = this.limiters.get(endpoint);
    if (!found) throw new RangeError(`no limit set for endpoint ${endpoint}`);
    return found;
  }

  /** Until then, no new request starts on the endpoint. */
  pause(endpoint: string, untilMs: number): void {
    const limiter = this.limiter(endpoint);
    limiter.pausedUntil = Math.max(limiter.pausedUntil, untilMs);
  }
}

export interface SendTarget {
  client: OpenAIClient;
  endpoint: string;
  timeoutMs: number;
  /** Read and write the cache for this arm. */
  cache: boolean;
  /** Write the answer to the cache without looking it up first (the plan found it missing); default: as `cache`. */
  store?: boolean;
}

export interface Outcome {
  answer: Answer;
  finishReason: string | null;
  cached: boolean;
  /** Attempts sent (0 when cached or not sent). */
  attempts: number;
  /** Why each failed attempt failed, oldest first. */
  attemptErrors: string[];
}

/** The budget's hold on one request: asked before each attempt (a reason stops it), told of each answer. */
export interface SendGate {
  allow(): string | undefined;
  /** After every attempt that was allowed; `answer` when it succeeded. */
  settled(answer?: Answer): void;
}

export interface SendContext {
  pool: EndpointPool;
  cache: AnswerCache;
  policy: RetryPolicy;
  clock: Clock;
  /** A cache that cannot be written is reported once and the run goes on. */
  warn(message: string): void;
}

export function describeFailure(f: ApiFailure): string {
  switch (f.kind) {
    case "http":
      return `HTTP ${f.status}${f.code ? ` ${f.code}` : ""}: ${f.message}`;
    case "timeout":
      return "no answer within the request timeout";
    default:
      return f.message;
  }
}

function toolCallsOf(message: { tool_calls?: unknown }): ToolCall[] | undefined {
  if (!Array.isArray(message.tool_calls) || message.tool_calls.length === 0) return undefined;
  return message.tool_calls.flatMap((call) => {
    const fn = (call as { type?: string; function?: { name?: unknown; arguments?: unknown } }).function;
    return fn && typeof fn.name === "string" ? [{ name: fn.name, arguments: typeof fn.arguments === "string" ? fn.arguments : "" }] : [];
  });
}

interface Completion {
  choices?: { message?: { content?: unknown; tool_calls?: unknown }; finish_reason?: unknown }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
}

/** An answer from a completion, or undefined when it has no choice to read. */
export function readCompletion(completion: Completion): CachedAnswer | undefined {
  const choice = completion?.choices?.[0];
  const message = choice?.message;
  if (!message || typeof message !== "object") return undefined;
  const content = message.content;
  if (content !== null && content !== undefined && typeof content !== "string") return undefined;
  const count = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
  const input = count(completion.usage?.prompt_tokens);
  const output = count(completion.usage?.completion_tokens);
  const toolCalls = toolCallsOf(message);
  return {
    text: content ?? "",
    ...(toolCalls ? { toolCalls } : {}),
    finishReason: typeof choice!.finish_reason === "string" ? choice!.finish_reason : null,
    ...(input !== undefined ? { inputTokens: input } : {}),
    ...(output !== undefined ? { outputTokens: output } : {}),
  };
}

function answerOf(cached: CachedAnswer, latencyMs?: number): Answer {
  return {
    status: "ok",
    text: cached.text,
    ...(cached.toolCalls ? { toolCalls: cached.toolCalls } : {}),
    ...(cached.inputTokens !== undefined ? { inputTokens: cached.inputTokens } : {}),
    ...(cached.outputTokens !== undefined ? { outputTokens: cached.outputTokens } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
  };
}

/** Sends one request (or answers it from the cache) and says how it ended; never throws for an API failure. */
export async function send(body: ChatBody, cacheKey: string, target: SendTarget, context: SendContext, gate?: SendGate): Promise<Outcome> {
  if (target.cache) {
    const hit = await context.cache.get(cacheKey);
    if (hit) return { answer: answerOf(hit), finishReason: hit.finishReason, cached: true, attempts: 0, attemptErrors: [] };
  }
  const limiter = context.pool.limiter(target.endpoint);
  const attemptErrors: string[] = [];
  const failed = (error: string, attempts: number): Outcome => ({ answer: { status: "failed", error }, finishReason: null, cached: false, attempts, attemptErrors });
  for (let attempt = 1; ; attempt++) {
    await limiter.acquire();
    // Asked once a slot is free, so that the spend of the requests before it is known.
    const refused = gate?.allow();
    if (refused) {
      limiter.release();
      return failed(refused, attempt - 1);
    }
    const started = context.clock.now();
    let result;
    try {
      result = await callApi(() => target.client.chat.completions.create(body as never, { timeout: target.timeoutMs, maxRetries: 0 }) as Promise<Completion>);
    } finally {
      limiter.release();
    }
    const read = result.ok ? readCompletion(result.value) : undefined;
    const latencyMs = context.clock.now() - started;
    let failure: ApiFailure | undefined;
    if (result.ok) {
      if (read) {
        const answer = answerOf(read, latencyMs);
        gate?.settled(answer);
        if (target.store ?? target.cache) {
          await context.cache.put(cacheKey, read).catch((error: unknown) => context.warn(`the answer cache could not be written (${(error as Error).message}); the run goes on without it`));
        }
        return { answer, finishReason: read.finishReason, cached: false, attempts: attempt, attemptErrors };
      }
      failure = { kind: "invalid-response", status: 200, code: null, type: null, message: "the answer has no choices[0].message to read", retryAfterMs: null, retryable: true, requestId: null };
    } else failure = result.failure;
    gate?.settled();
    const reason = describeFailure(failure);
    attemptErrors.push(reason);
    // A body cut short by a proxy is as transient as a reset connection.
    const retryable = failure.retryable || failure.kind === "invalid-response";
    if (!retryable) return failed(reason, attempt);
    if (attempt >= context.policy.maxAttempts) return failed(`${reason} (after ${attempt} attempts)`, attempt);
    const asked = failure.retryAfterMs;
    if (asked !== null && asked > (context.policy.maxRetryAfterMs ?? 120_000)) {
      return failed(`${reason}; the server asked to wait ${Math.round(asked / 1000)} s, more than the ${Math.round((context.policy.maxRetryAfterMs ?? 120_000) / 1000)} s a request waits`, attempt);
    }
    const wait = asked ?? backoffMs(attempt - 1, context.policy, context.clock.random);
    if (asked !== null && failure.status === 429) context.pool.pause(target.endpoint, context.clock.now() + asked);
    if (wait > 0) await context.clock.sleep(wait);
  }
}
