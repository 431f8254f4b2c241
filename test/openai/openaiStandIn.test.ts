// The OpenAI stand-in is only worth trusting if it refuses what the SDK's types refuse, answers in
// the shape the SDK expects, and its faults reach the SDK as the real API's would.
import OpenAI from "openai";
import { get_encoding } from "tiktoken";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OpenAIStandIn, promptTokens } from "../support/openaiStandIn.js";

const KEY = "sk-test-standin-0123456789";
let standIn: OpenAIStandIn;
beforeEach(async () => {
  standIn = await OpenAIStandIn.start({ apiKey: KEY, models: ["base-model", "ft:gpt-4o-mini:org::abc"], respond: ({ messages }) => ({ content: `echo: ${String(messages.at(-1)?.content)}` }) });
});
afterEach(async () => {
  await standIn.close();
});
const client = (options: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) => new OpenAI({ apiKey: KEY, baseURL: standIn.baseURL, maxRetries: 0, ...options });

describe("the OpenAI stand-in", () => {
  it("answers the real SDK in the SDK's own shape, with usage counted by tiktoken as the cookbook does", async () => {
    const messages = [
      { role: "system" as const, content: "Be brief." },
      { role: "user" as const, content: "Where is my parcel?" },
    ];
    const completion = await client().chat.completions.create({ model: "base-model", messages, temperature: 0, seed: 7, max_tokens: 20 });
    expect(completion.choices[0]!.message.content).toBe("echo: Where is my parcel?");
    // Independent count: tiktoken (OpenAI's own WASM tokenizer), 3 per message + role + content, 3 to prime.
    const enc = get_encoding("o200k_base");
    const expected = 3 + messages.reduce((n, m) => n + 3 + enc.encode_ordinary(m.role).length + enc.encode_ordinary(m.content).length, 0);
    enc.free();
    expect(completion.usage?.prompt_tokens).toBe(expected);
    expect(promptTokens(messages)).toBe(expected);
    expect(standIn.violations).toEqual([]);
    expect(standIn.served.get("base-model")).toBe(1);
    const [request] = standIn.chatRequests();
    expect(request!.headers.authorization).toBe("(the expected key)");
    expect(JSON.stringify(standIn.requests)).not.toContain(KEY);
  });

  it("records a request the SDK's types would not allow", async () => {
    const bad = { model: "base-model", messages: [{ role: "user", text: "hi" }] } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming;
    await client().chat.completions.create(bad);
    expect(standIn.violations.length).toBeGreaterThan(0);
    expect(standIn.violations.join("\n")).toMatch(/messages\/0/);
  });

  it("refuses a wrong key with OpenAI's 401 and an unknown model with its 404", async () => {
    await expect(new OpenAI({ apiKey: "sk-wrong", baseURL: standIn.baseURL, maxRetries: 0 }).chat.completions.create({ model: "base-model", messages: [{ role: "user", content: "x" }] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(client().chat.completions.create({ model: "nope", messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 404, code: "model_not_found" });
    expect(standIn.served.size).toBe(0);
  });

  it("lists its models as the SDK's Model objects", async () => {
    const ids: string[] = [];
    for await (const m of client().models.list()) ids.push(m.id);
    expect(ids).toEqual(["base-model", "ft:gpt-4o-mini:org::abc"]);
    expect((await client().models.retrieve("base-model")).id).toBe("base-model");
  });

  it("injects a 429 with retry-after-ms that the SDK waits out and retries", async () => {
    standIn.inject({ kind: "rate-limit", retryAfterMs: 50 });
    const completion = await client({ maxRetries: 1 }).chat.completions.create({ model: "base-model", messages: [{ role: "user", content: "x" }] });
    expect(completion.choices[0]!.message.content).toBe("echo: x");
    expect(standIn.chatRequests().map((r) => r.status)).toEqual([429, 200]);
    expect(standIn.served.get("base-model")).toBe(1);
  });

  it("injects 500, 502, a reset connection, a malformed body and a lost response", async () => {
    const ask = () => client().chat.completions.create({ model: "base-model", messages: [{ role: "user", content: "x" }] });
    standIn.inject({ kind: "server-error" });
    await expect(ask()).rejects.toMatchObject({ status: 500 });
    standIn.inject({ kind: "bad-gateway" });
    await expect(ask()).rejects.toMatchObject({ status: 502 });
    standIn.inject({ kind: "reset" });
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    standIn.inject({ kind: "malformed" });
    await expect(ask()).rejects.toThrow();
    expect(standIn.served.get("base-model") ?? 0).toBe(0);
    standIn.inject({ kind: "lost-response" });
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    // The work was done: a client that retries a lost response pays twice.
    expect(standIn.served.get("base-model")).toBe(1);
    expect(standIn.chatRequests().map((r) => r.fault)).toEqual(["server-error", "bad-gateway", "reset", "malformed", "lost-response"]);
  });

  it("takes faults for one model only, and extra routes", async () => {
    standIn.inject({ kind: "server-error", model: "ft:gpt-4o-mini:org::abc", times: 2 });
    await expect(client().chat.completions.create({ model: "base-model", messages: [{ role: "user", content: "x" }] })).resolves.toBeTruthy();
    standIn.route("GET", "/v1/things/{id}", ({ params }) => ({ body: { id: params.id } }));
    const res = await fetch(`${standIn.baseURL}/things/t1`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(await res.json()).toEqual({ id: "t1" });
    await fetch(`${standIn.baseURL}/unknown`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(standIn.violations).toEqual(["GET /v1/unknown: not a route of OpenAI's API known to this stand-in"]);
  });
});
