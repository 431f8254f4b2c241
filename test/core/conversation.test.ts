// An example seen as a conversation: which values count as messages, the text of a content value,
// where the prompt ends and the answer starts, and how a line becomes a record. textOf is checked
// against the plain definition its header states (the parts' texts joined with newlines, a part
// without text counting as empty), written here in one line, over hand-picked and seeded random
// content arrays.
import { describe, expect, it } from "vitest";
import { asMessages, parseRecord, textOf, toConversation } from "../../src/core/dataset/conversation.js";
import { seededRandom } from "../support/seededRandom.js";

const plainTextOf = (parts: unknown[]): string =>
  parts.map((p) => (p !== null && typeof p === "object" && typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : "")).join("\n");

describe("asMessages", () => {
  it("keeps the objects of an array and nothing else", () => {
    const a = { role: "user" };
    const b = { role: "assistant", content: "x" };
    expect(asMessages([a, null, "text", 3, [a], b, undefined, true])).toEqual([a, b]);
    expect(asMessages([a, null, b])[1]).toBe(b);
  });

  it("is empty for anything that is not an array", () => {
    for (const value of [undefined, null, "messages", 3, { 0: { role: "user" }, length: 1 }]) expect(asMessages(value)).toEqual([]);
  });
});

describe("textOf", () => {
  it("is the string itself, or empty for what is neither a string nor an array", () => {
    expect(textOf("Hello\nthere")).toBe("Hello\nthere");
    expect(textOf("")).toBe("");
    for (const value of [undefined, null, 42, { text: "not a part list" }, true]) expect(textOf(value)).toBe("");
  });

  it.each<[string, unknown[], string]>([
    ["no parts", [], ""],
    ["one text part", [{ type: "text", text: "a" }], "a"],
    ["two text parts", [{ type: "text", text: "a" }, { type: "text", text: "b" }], "a\nb"],
    ["an image between two texts", [{ type: "text", text: "a" }, { type: "image_url", image_url: { url: "u" } }, { type: "text", text: "b" }], "a\n\nb"],
    ["an image first", [{ type: "image_url" }, { type: "text", text: "b" }], "\nb"],
    ["an image last", [{ type: "text", text: "a" }, { type: "image_url" }], "a\n"],
    ["only images", [{ type: "image_url" }, { type: "image_url" }, { type: "image_url" }], "\n\n"],
    ["an empty text", [{ type: "text", text: "a" }, { type: "text", text: "" }, { type: "text", text: "b" }], "a\n\nb"],
    ["parts that are not objects", [null, "loose string", 7, { text: "t" }], "\n\n\nt"],
    ["a text that is not a string", [{ text: 5 }, { text: "t" }], "\nt"],
  ])("%s", (_name, parts, expected) => {
    expect(textOf(parts)).toBe(expected);
    expect(plainTextOf(parts)).toBe(expected);
  });

  it("matches the plain definition on 2,000 random part lists", () => {
    const random = seededRandom(20261202);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const makers: (() => unknown)[] = [
      () => ({ type: "text", text: pick(["x", "yz", "", "line\nbreak", " "]) }),
      () => ({ type: "image_url", image_url: { url: "u" } }),
      () => null,
      () => "s",
      () => ({ text: 1 }),
    ];
    for (let i = 0; i < 2000; i++) {
      const parts = Array.from({ length: Math.floor(random() * 8) }, () => pick(makers)());
      expect(textOf(parts), JSON.stringify(parts)).toBe(plainTextOf(parts));
    }
  });
});

describe("toConversation", () => {
  const sys = { role: "system", content: "s" };
  const user = { role: "user", content: "u" };
  const bot = { role: "assistant", content: "a" };

  it("a chat's answer is its last assistant message, the prompt everything before it", () => {
    const first = { role: "assistant", content: "first" };
    const tool = { role: "tool", content: "t" };
    const c = toConversation({ messages: [sys, user, first, tool, bot, { role: "user", content: "after" }] }, "chat");
    expect(c.prompt).toEqual([sys, user, first, tool]);
    expect(c.answer).toBe(bot);
    expect(c.rejected).toBeUndefined();
  });

  it("an assistant message at index 0 is still the answer, with an empty prompt", () => {
    const c = toConversation({ messages: [bot, user] }, "chat");
    expect(c.answer).toBe(bot);
    expect(c.prompt).toEqual([]);
  });

  it("a chat with no assistant message is all prompt and no answer", () => {
    const c = toConversation({ messages: [sys, user] }, "chat");
    expect(c.prompt).toEqual([sys, user]);
    expect(c.answer).toBeUndefined();
  });

  it("a chat's tools and functions travel as extras", () => {
    const tools = [{ type: "function", function: { name: "f" } }];
    const functions = [{ name: "g" }];
    expect(toConversation({ messages: [user, bot], tools, functions }, "chat").extras).toEqual([tools, functions]);
    expect(toConversation({ messages: [user, bot] }, "chat").extras).toEqual([undefined, undefined]);
  });

  it("a preference pair's prompt is its input, its answers the first of each output", () => {
    const no = { role: "assistant", content: "no" };
    const tools = [{ type: "function", function: { name: "f" } }];
    const c = toConversation({ input: { messages: [sys, user], tools }, preferred_output: [bot], non_preferred_output: [no] }, "preference");
    expect(c).toEqual({ prompt: [sys, user], answer: bot, rejected: no, extras: [tools] });
  });

  it("a preference pair with parts missing has empty parts, not an error", () => {
    expect(toConversation({}, "preference")).toEqual({ prompt: [], answer: undefined, rejected: undefined, extras: [undefined] });
  });
});

describe("parseRecord", () => {
  it("an object line is a record", () => {
    expect(parseRecord('{"a": 1}')).toEqual({ record: { a: 1 } });
  });

  it.each([["[1]", [1]], ["null", null], ["3", 3], ['"s"', "s"], ["true", true]])("%s is JSON but not a record", (text, value) => {
    expect(parseRecord(text)).toEqual({ error: undefined, value });
  });

  it("text that is not JSON gives the parser's error", () => {
    const parsed = parseRecord('{"a": ');
    expect("error" in parsed && parsed.error).toBeInstanceOf(SyntaxError);
    expect("value" in parsed).toBe(false);
  });
});
