// The identities that duplicates, conflicts, leaks and the holdout split compare. The oracle for
// the cached hasher is a fresh hasher per message (no cache): caching may only save time, never
// change an answer, whatever the order of the messages. The rest are properties the callers rely
// on, each stated in src/core/dataset/exampleHashes.ts: role, text and tool calls all count; case
// and whitespace do not; every bit of a combined hash counts.
import { describe, expect, it } from "vitest";
import { combineHashes, fingerprint, MessageHasher } from "../../src/core/dataset/exampleHashes.js";
import { toConversation, type Message } from "../../src/core/dataset/conversation.js";
import { seededRandom } from "../support/seededRandom.js";

const fresh = (m: Message) => new MessageHasher().message(m);

describe("MessageHasher", () => {
  it("gives what a fresh hasher gives, for 3,000 random messages in one long run (the cache fills and empties)", () => {
    const random = seededRandom(64);
    const roles = ["system", "developer", "user", "assistant", "tool"];
    const texts = Array.from({ length: 90 }, (_, i) => `prompt number ${i}`);
    const hasher = new MessageHasher();
    for (let n = 0; n < 3000; n++) {
      const m: Message = { role: roles[Math.floor(random() * roles.length)], content: texts[Math.floor(random() * texts.length)] };
      if (random() < 0.1) m.tool_calls = [{ id: `c${n % 3}`, type: "function", function: { name: "f", arguments: "{}" } }];
      expect(hasher.message(m), JSON.stringify(m)).toBe(fresh(m));
    }
  });

  it("a system and a developer message with the same text are different messages, in either order", () => {
    for (const order of [["system", "developer"], ["developer", "system"]]) {
      const hasher = new MessageHasher();
      const [a, b] = order.map((role) => hasher.message({ role, content: "Be brief." }));
      expect(a).not.toBe(b);
      expect([a, b]).toEqual(order.map((role) => fresh({ role, content: "Be brief." })));
    }
  });

  it("the role, the text and the tool calls count; case and runs of whitespace do not", () => {
    const base = fresh({ role: "user", content: "Hello World" });
    expect(fresh({ role: "user", content: "  hello \n\t world " })).toBe(base);
    expect(fresh({ role: "assistant", content: "Hello World" })).not.toBe(base);
    expect(fresh({ role: "user", content: "Hello Word" })).not.toBe(base);
    const call = (name: string) => ({ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name, arguments: "{}" } }] });
    expect(fresh(call("lookup"))).not.toBe(fresh(call("refund")));
    expect(fresh(call("lookup"))).not.toBe(fresh({ role: "assistant", content: null }));
    // A system message with tool calls is not taken from the cache of its text.
    const hasher = new MessageHasher();
    hasher.message({ role: "system", content: "S" });
    expect(hasher.message({ role: "system", content: "S", tool_calls: [{ id: "x" }] })).toBe(fresh({ role: "system", content: "S", tool_calls: [{ id: "x" }] }));
  });

  it("content parts hash as their joined text", () => {
    expect(fresh({ role: "user", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] })).toBe(fresh({ role: "user", content: "a\nb" }));
  });
});

describe("combineHashes", () => {
  it("order and every bit of each value count, low half and high half", () => {
    const a = 0x1234567;
    expect(combineHashes([a, 5])).not.toBe(combineHashes([5, a]));
    // Values that differ in one bit of the low 27, and only in the high half.
    for (const bit of [0, 5, 26]) expect(combineHashes([a])).not.toBe(combineHashes([a ^ (1 << bit)]));
    for (const k of [1, 2 ** 10, 2 ** 25]) expect(combineHashes([5])).not.toBe(combineHashes([5 + k * 2 ** 27]));
    expect(combineHashes([Number.MAX_SAFE_INTEGER])).not.toBe(combineHashes([Number.MAX_SAFE_INTEGER - 2 ** 27]));
  });

  it("a missing hash (NaN) counts as 0, and one value differs from two", () => {
    expect(combineHashes([Number.NaN])).toBe(combineHashes([0]));
    expect(combineHashes([7])).not.toBe(combineHashes([7, 0]));
    expect(combineHashes([])).not.toBe(combineHashes([0]));
  });
});

describe("fingerprint", () => {
  const fp = (record: Record<string, unknown>, line = JSON.stringify(record), format: "chat" | "preference" = "chat") => fingerprint(toConversation(record, format), new MessageHasher(), line);
  const sys = { role: "system", content: "S" };
  const user = { role: "user", content: "q" };

  it("a line with no message at all is identified by its normalised text", () => {
    const a = fp({}, "{}");
    expect(a.promptHash).toBeNaN();
    expect(a.answerHash).toBeNaN();
    expect(fp({}, " {} ").exampleHash).toBe(a.exampleHash);
    expect(fp({ messages: null }, '{"messages": null}').exampleHash).not.toBe(a.exampleHash);
  });

  it("an answer with no prompt still has a prompt identity (the empty prompt)", () => {
    const f = fp({ messages: [{ role: "assistant", content: "a" }] });
    expect(f.promptHash).toBe(new MessageHasher().messages([]));
    expect(f.answerHash).toBe(fresh({ role: "assistant", content: "a" }));
  });

  it("a prompt with no answer has no prompt identity, and differs from the same prompt answered", () => {
    const unanswered = fp({ messages: [sys, user] });
    expect(unanswered.promptHash).toBeNaN();
    expect(unanswered.answerHash).toBeNaN();
    const answered = fp({ messages: [sys, user, { role: "assistant", content: "a" }] });
    expect(answered.promptHash).toBe(new MessageHasher().messages([sys, user]));
    expect(answered.exampleHash).not.toBe(unanswered.exampleHash);
  });

  it("a pair with only a rejected answer is identified by its messages, not by how its line is written", () => {
    const record = { non_preferred_output: [{ role: "assistant", content: "No." }] };
    const a = fp(record, JSON.stringify(record), "preference");
    const b = fp(record, `{ "non_preferred_output" : [ {"content": "No.", "role": "assistant"} ] }`, "preference");
    expect(a.exampleHash).toBe(b.exampleHash);
    expect(a.exampleHash).not.toBe(fp({ non_preferred_output: [{ role: "assistant", content: "Yes." }] }, "", "preference").exampleHash);
  });

  it("a preference pair's rejected answer is part of its identity", () => {
    const pair = (no: string) => fp({ input: { messages: [sys, user] }, preferred_output: [{ role: "assistant", content: "yes" }], non_preferred_output: [{ role: "assistant", content: no }] }, "", "preference");
    expect(pair("no").exampleHash).not.toBe(pair("never").exampleHash);
    expect(pair("no").promptHash).toBe(pair("never").promptHash);
    expect(pair("no").answerHash).toBe(pair("never").answerHash);
  });
});
