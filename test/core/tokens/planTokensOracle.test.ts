// planTokens and finishTokens (the split token count) against the cookbook's counting rule written
// out here in one function: 3 per example; per message 3, the tokens of every string value (role
// and name included), 1 more for a name, and an object value other than weight as its JSON text;
// the tools and functions sent with the example as JSON text. assistant: the content of assistant
// messages; answer: the answer's content. Each string is counted by OpenAI's tiktoken, over 600
// seeded random examples of every shape (content strings, parts, null, numbers, tool calls, names,
// weights, developer messages, preference pairs), through one small cache of repeated strings that
// fills, empties and is read again, as it is across a review's batches.
import { get_encoding } from "tiktoken";
import { afterAll, describe, expect, it } from "vitest";
import { textOf, toConversation, type Message } from "../../../src/core/dataset/conversation.js";
import { COUNT_NOTHING, finishTokens, KnownCounts, planTokens } from "../../../src/core/tokens/countExample.js";
import { seededRandom } from "../../support/seededRandom.js";

const encoder = get_encoding("o200k_base");
afterAll(() => encoder.free());
const tok = (text: string) => encoder.encode_ordinary(text).length;

const contentTokens = (v: unknown) => (typeof v === "string" ? tok(v) : v !== null && typeof v === "object" ? tok(JSON.stringify(v)) : 0);

function cookbook(messages: Message[], answer: Message | undefined, extras: unknown[]) {
  let total = 3;
  let assistant = 0;
  for (const m of messages) {
    total += 3;
    for (const [key, value] of Object.entries(m)) {
      if (key === "name") total += 1;
      if (typeof value === "string") total += tok(value);
      else if (key !== "weight" && value !== null && typeof value === "object") total += tok(JSON.stringify(value));
    }
    if (m.role === "assistant") assistant += contentTokens(m.content);
  }
  for (const extra of extras) if (extra !== undefined) total += tok(JSON.stringify(extra));
  return { total, assistant, answer: answer ? contentTokens(answer.content) : 0 };
}

function randomRecord(random: () => number): { record: Record<string, unknown>; format: "chat" | "preference" } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const systems = ["You are terse.", "You are a support agent for TechCo.", "Answer in JSON."];
  const content = (): unknown => pick<() => unknown>([
    () => pick(["Hi", "What is the refund policy for order 42?", "", "émoji 😀 text", "Sure: step 1, then step 2."]),
    () => [{ type: "text", text: "part one" }, { type: "image_url", image_url: { url: "https://x/y.png" } }, { type: "text", text: "part two" }],
    () => null,
    // Not valid content, but a line that breaks the schema is still counted: only strings and
    // objects have tokens.
    () => pick([42, true]),
  ])();
  const message = (role: string): Message => {
    const m: Message = { role };
    if (random() < 0.9) m.content = role === "system" || role === "developer" ? pick(systems) : content();
    if (random() < 0.15) m.name = pick(["alice", "bob_the_builder"]);
    if (role === "assistant" && random() < 0.2) m.weight = pick<unknown>([0, 1, { bad: "weight" }]);
    if (role === "assistant" && random() < 0.2) m.tool_calls = [{ id: "c1", type: "function", function: { name: "lookup", arguments: '{"id": 42}' } }];
    return m;
  };
  const turns = (): Message[] => {
    const out: Message[] = [];
    if (random() < 0.8) out.push(message(pick(["system", "system", "developer"])));
    const n = 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) {
      out.push(message("user"));
      if (random() < 0.2) out.push(message("tool"));
      out.push(message("assistant"));
    }
    return out;
  };
  const tools = random() < 0.3 ? [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }] : undefined;
  if (random() < 0.25) {
    const input: Record<string, unknown> = { messages: turns().filter((m) => m.role !== "assistant") };
    if (tools) input.tools = tools;
    return { format: "preference", record: { input, preferred_output: [message("assistant")], non_preferred_output: [message("assistant")] } };
  }
  const record: Record<string, unknown> = { messages: turns() };
  if (tools) record.tools = tools;
  if (random() < 0.1) record.functions = [{ name: "old_style" }];
  return { format: "chat", record };
}

/** What analyzeLine hands to planTokens, from the same record. */
function planned(record: Record<string, unknown>, format: "chat" | "preference") {
  const { prompt, answer, rejected, extras } = toConversation(record, format);
  const all = answer ? [...prompt, answer] : prompt;
  const messages = rejected ? [...all, rejected] : all;
  return { messages, answer, system: all.find((m) => m.role === "system" || m.role === "developer"), extras };
}

describe("planTokens + finishTokens against the cookbook's rule and tiktoken", () => {
  it("600 random examples through one small cache that fills, empties and is read", () => {
    const random = seededRandom(20241);
    const known = new KnownCounts(5);
    let cachedStrings = 0;
    for (let n = 0; n < 600; n++) {
      const { record, format } = randomRecord(random);
      const c = planned(record, format);
      const plan = planTokens(c, known);
      const strings = [...plan.strings];
      const counts = strings.map(tok);
      // Counts from the middle of a larger array, as a batch passes them.
      const padded = [7, 7, ...counts, 7];
      const got = finishTokens(plan, padded, 2, known);
      const expected = cookbook(c.messages, c.answer, c.extras);
      expect(got, JSON.stringify(record)).toEqual(expected);
      // The strings sent for the signature only: the text of every content array or object,
      // except the system message's.
      const signatureOnly = strings.filter((_, i) => plan.flags[i]! & COUNT_NOTHING);
      const contentObjects = c.messages.filter((m) => m !== c.system && m.content !== null && typeof m.content === "object");
      expect(signatureOnly, JSON.stringify(record)).toEqual(contentObjects.map((m) => textOf(m.content)));
      // Repeated strings (role names, the system prompt) come from the cache once it holds them.
      let sentRepeats = 0;
      for (const m of c.messages) if (typeof m.role === "string" && strings.includes(m.role)) sentRepeats++;
      cachedStrings += c.messages.length - sentRepeats;
    }
    // The cache was read (roles were not all sent again), or this test would not check it.
    expect(cachedStrings).toBeGreaterThan(600);
  });

  it("the same example counts the same with an empty cache and a warm one", () => {
    const record = { messages: [{ role: "system", content: "You are terse." }, { role: "user", content: "Hi" }, { role: "assistant", content: "Hello", weight: 1 }] };
    const known = new KnownCounts();
    const c = planned(record, "chat");
    const cold = planTokens(c, known);
    const first = finishTokens(cold, cold.strings.map(tok), 0, known);
    const warm = planTokens(c, known);
    // Warm: the three roles and the system prompt come from the cache; the user's and assistant's
    // texts are sent again (they count towards the signature and are never cached).
    expect(warm.strings).toEqual(["Hi", "Hello"]);
    expect(finishTokens(warm, warm.strings.map(tok), 0, known)).toEqual(first);
    expect(first).toEqual(cookbook(c.messages, c.answer, c.extras));
  });

  it("parts of a content array go to the signature as text, counted nowhere", () => {
    const parts = [{ type: "text", text: "alpha" }, { type: "text", text: "beta" }];
    const record = { messages: [{ role: "user", content: parts }, { role: "assistant", content: parts }] };
    const c = planned(record, "chat");
    const plan = planTokens(c, new KnownCounts());
    expect(plan.strings.filter((s) => s === "alpha\nbeta")).toHaveLength(2);
    expect(finishTokens(plan, plan.strings.map(tok), 0, new KnownCounts())).toEqual(cookbook(c.messages, c.answer, c.extras));
  });
});

describe("KnownCounts", () => {
  it("holds at most its limit, then starts again", () => {
    const known = new KnownCounts(2);
    known.set("a", 1);
    known.set("b", 2);
    expect([known.get("a"), known.get("b")]).toEqual([1, 2]);
    known.set("c", 3);
    expect([known.get("a"), known.get("b"), known.get("c")]).toEqual([undefined, undefined, 3]);
    known.set("c", 4);
    expect(known.get("c")).toBe(4);
  });
});
