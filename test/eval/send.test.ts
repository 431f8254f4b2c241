// Sending: retries on what is worth retrying, with the waits the server asks for or full-jitter
// backoff, a limit on requests in flight per endpoint, the cache, and the budget's veto. The real
// openai SDK talks to the OpenAI stand-in; the clock is a fake one, so no test waits for a backoff.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOpenAIClient } from "../../src/adapters/openai/client.js";
import { Budget } from "../../src/eval/budget.js";
import { directoryCache, NO_CACHE } from "../../src/eval/cache.js";
import type { ChatBody } from "../../src/eval/requests.js";
import { backoffMs, EndpointPool, send, type Clock, type SendContext } from "../../src/eval/send.js";
import { OpenAIStandIn } from "../support/openaiStandIn.js";

let standIn: OpenAIStandIn;
let scratch: string;
beforeAll(async () => {
  standIn = await OpenAIStandIn.start({ models: ["m"], respond: ({ messages }) => ({ content: `echo ${String(messages.at(-1)?.content)}` }), latencyMs: 2 });
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-send-"));
});
afterAll(async () => {
  await standIn.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A clock whose sleeps return at once and are recorded; time moves by what was slept. */
function fakeClock(random = () => 0.5): Clock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    random,
  };
}

const body = (text = "hi"): ChatBody => ({ model: "m", messages: [{ role: "user", content: text }], temperature: 0, seed: 1, max_completion_tokens: 16 });

function setup(options: { maxAttempts?: number; limit?: number; clock?: Clock & { slept: number[] }; cache?: SendContext["cache"] } = {}) {
  const clock = options.clock ?? fakeClock();
  const warnings: string[] = [];
  const context: SendContext = {
    pool: new EndpointPool(new Map([[standIn.baseURL, options.limit ?? 8]]), clock),
    cache: options.cache ?? NO_CACHE,
    policy: { maxAttempts: options.maxAttempts ?? 4 },
    clock,
    warn: (m) => warnings.push(m),
  };
  const target = { client: createOpenAIClient({ baseURL: standIn.baseURL, maxRetries: 0 }), endpoint: standIn.baseURL, timeoutMs: 5000, cache: true };
  return { clock, context, target, warnings };
}

beforeEach(() => {
  standIn.requests.length = 0;
});

describe("retries", () => {
  it("wait exactly what retry-after-ms asks, and pause the endpoint meanwhile", async () => {
    const { clock, context, target } = setup();
    standIn.inject({ kind: "rate-limit", retryAfterMs: 1234 });
    const outcome = await send(body(), "k1", target, context);
    expect(outcome).toMatchObject({ answer: { status: "ok", text: "echo hi" }, attempts: 2, cached: false });
    expect(outcome.attemptErrors[0]).toMatch(/^HTTP 429 rate_limit_exceeded: Rate limit reached/);
    expect(clock.slept).toEqual([1234]);
    expect(context.pool.limiter(standIn.baseURL).pausedUntil).toBeGreaterThan(1_000_000);
  });

  it("wait what retry-after asks in seconds", async () => {
    const { clock, context, target } = setup();
    standIn.inject({ kind: "rate-limit", retryAfterSeconds: 3 });
    expect((await send(body(), "k2", target, context)).attempts).toBe(2);
    expect(clock.slept).toEqual([3000]);
  });

  it("back off with full jitter on 500, 502, resets and malformed bodies: uniform below 500 ms x 2^retry", async () => {
    const { clock, context, target } = setup({ maxAttempts: 6, clock: fakeClock(() => 0.999) });
    for (const kind of ["server-error", "bad-gateway", "reset", "malformed"] as const) standIn.inject({ kind });
    const outcome = await send(body(), "k3", target, context);
    expect(outcome.answer.status).toBe("ok");
    expect(outcome.attempts).toBe(5);
    expect(clock.slept).toEqual([499, 999, 1998, 3996]);
    expect(outcome.attemptErrors.map((e) => e.split(":")[0])).toEqual(["HTTP 500", "HTTP 502", "could not connect", "the answer is not valid JSON"]);
    expect(backoffMs(20, { maxAttempts: 1 }, () => 0.999)).toBe(29_970);
    expect(backoffMs(0, { maxAttempts: 1 }, () => 0)).toBe(0);
  });

  it("give up after maxAttempts, saying how many", async () => {
    const { context, target } = setup({ maxAttempts: 3 });
    standIn.inject({ kind: "server-error", times: 3 });
    const outcome = await send(body(), "k4", target, context);
    expect(outcome.answer).toMatchObject({ status: "failed", error: "HTTP 500: The server had an error while processing your request. (after 3 attempts)" });
    expect(outcome.attempts).toBe(3);
    expect(standIn.chatRequests()).toHaveLength(3);
  });

  it("never retry what a retry cannot fix (an unknown model)", async () => {
    const { clock, context, target } = setup();
    const outcome = await send({ ...body(), model: "nope" }, "k5", target, context);
    expect(outcome.answer.error).toMatch(/^HTTP 404 model_not_found: The model 'nope' does not exist/);
    expect(outcome.attempts).toBe(1);
    expect(clock.slept).toEqual([]);
  });

  it("do not wait longer than a request may: a 10-minute retry-after ends the request", async () => {
    const { clock, context, target } = setup();
    standIn.inject({ kind: "rate-limit", retryAfterSeconds: 600 });
    const outcome = await send(body(), "k6", target, context);
    expect(outcome.answer.error).toMatch(/the server asked to wait 600 s, more than the 120 s a request waits/);
    expect(clock.slept).toEqual([]);
  });
});

describe("the endpoint limit", () => {
  it("keeps at most `limit` requests in flight on one endpoint, and uses all of them", async () => {
    const slow = await OpenAIStandIn.start({ models: ["m"], latencyMs: 30 });
    try {
      const clock = fakeClock();
      const context: SendContext = { pool: new EndpointPool(new Map([[slow.baseURL, 3]]), clock), cache: NO_CACHE, policy: { maxAttempts: 1 }, clock, warn: () => undefined };
      const target = { client: createOpenAIClient({ baseURL: slow.baseURL, maxRetries: 0 }), endpoint: slow.baseURL, timeoutMs: 5000, cache: false };
      const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => send(body(`q${i}`), `c${i}`, target, context)));
      expect(outcomes.every((o) => o.answer.status === "ok")).toBe(true);
      expect(slow.maxInFlight.get("m")).toBe(3);
    } finally {
      await slow.close();
    }
  });
});

describe("the cache", () => {
  it("answers a repeated request without sending it, and never keeps a failure", async () => {
    const dir = join(scratch, "cache");
    const { context, target } = setup({ maxAttempts: 1, cache: directoryCache(dir, () => undefined) });
    standIn.inject({ kind: "server-error" });
    expect((await send(body("cached?"), "a1b2", target, context)).answer.status).toBe("failed");
    expect(existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".json")) : []).toEqual([]);
    const sent = await send(body("cached?"), "a1b2", target, context);
    expect(sent).toMatchObject({ cached: false, attempts: 1, answer: { status: "ok", text: "echo cached?" } });
    const again = await send(body("cached?"), "a1b2", target, context);
    expect(again).toMatchObject({ cached: true, attempts: 0, answer: { status: "ok", text: "echo cached?", inputTokens: sent.answer.inputTokens } });
    expect(again.answer.latencyMs).toBeUndefined();
    expect(standIn.chatRequests()).toHaveLength(2);
  });

  it("is neither read nor written for an arm that does not cache", async () => {
    const dir = join(scratch, "nocache");
    const { context, target } = setup({ cache: directoryCache(dir, () => undefined) });
    await send(body(), "ffee", { ...target, cache: false }, context);
    await send(body(), "ffee", { ...target, cache: false }, context);
    expect(standIn.chatRequests()).toHaveLength(2);
  });
});

describe("the budget", () => {
  it("refuses a request that would take the spend past maxUsd, and every one after it", async () => {
    const { context, target } = setup();
    const budget = new Budget(0.001);
    const prices = { inputPerMillion: 100, outputPerMillion: 100 };
    // A hold of 4 + 1 tokens at $100 per million is $0.0005: the first fits; its real usage (more
    // tokens than that) leaves too little for the next.
    const estimate = { inputTokens: 4, outputTokens: 1 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await send(body(), `b${i}`, target, context, budget.gate(prices, estimate)));
    expect(results.map((r) => r.answer.status)).toEqual(["ok", "failed", "failed", "failed"]);
    // The first answer's real usage (more prompt tokens than estimated) is what was spent.
    expect(budget.spentUsd).toBeCloseTo(((results[0]!.answer.inputTokens! + results[0]!.answer.outputTokens!) * 100) / 1e6, 12);
    expect(results[1]!.answer.error).toBe("not sent: the spend would have passed eval.maxUsd ($0.001)");
    expect(results[3]!.attempts).toBe(0);
    expect(standIn.chatRequests()).toHaveLength(1);
  });
});
