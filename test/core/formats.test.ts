import { describe, expect, it } from "vitest";
import { codesAt, review, chat, distinctExamples, jsonl, SYSTEM } from "../support/review.js";

const SYS = { role: "system", content: SYSTEM };
const USER = { role: "user", content: "Hi" };
const BOT = { role: "assistant", content: "Hello! How can I help?" };

// One line per code: each must be reported, with the right code, on that line.
const CASES: [string, unknown, string[]][] = [
  ["invalid-json", '{"messages": [', ["invalid-json"]],
  ["not-an-object", "[1, 2]", ["not-an-object"]],
  ["missing-messages", { prompt: "hi" }, ["missing-messages", "unrecognized-key"]],
  ["message-missing-key", { messages: [SYS, { content: "no role" }, BOT] }, ["message-missing-key", "no-user-message"]],
  ["unrecognized-key", { messages: [SYS, USER, BOT], metadata: { id: 1 } }, ["unrecognized-key"]],
  ["unrecognized-role", { messages: [SYS, USER, { role: "agent", content: "x" }] }, ["missing-assistant-message", "unrecognized-role"]],
  ["missing-content", { messages: [SYS, { role: "user" }, BOT] }, ["missing-content"]],
  ["missing-assistant-message", { messages: [SYS, USER] }, ["missing-assistant-message"]],
  ["invalid-weight", { messages: [SYS, USER, { ...BOT, weight: 2 }] }, ["invalid-weight"]],
  ["invalid-weight on a user message", { messages: [SYS, { ...USER, weight: 1 }, BOT] }, ["invalid-weight"]],
  ["empty-assistant", { messages: [SYS, USER, { role: "assistant", content: "  " }] }, ["empty-assistant"]],
  ["no-system-message", { messages: [USER, BOT] }, ["no-system-message"]],
  ["no-user-message", { messages: [SYS, BOT] }, ["no-user-message"]],
  ["special-token", { messages: [SYS, USER, { role: "assistant", content: "Done.<|endoftext|>" }] }, ["special-token"]],
  ["deprecated functions", { messages: [SYS, USER, { role: "assistant", function_call: { name: "f", arguments: "{}" } }], functions: [{ name: "f" }] }, ["deprecated-function-format"]],
];

const TOOL_CALL = { id: "call_1", type: "function", function: { name: "lookup_order", arguments: '{"id": 42}' } };
const TOOL_CASES: [string, unknown, string[]][] = [
  ["a valid tool round trip", { messages: [SYS, USER, { role: "assistant", tool_calls: [TOOL_CALL] }, { role: "tool", tool_call_id: "call_1", content: "shipped" }, BOT], tools: [{ type: "function", function: { name: "lookup_order", parameters: { type: "object" } } }], parallel_tool_calls: false }, []],
  ["arguments that are not JSON text", { messages: [SYS, USER, { role: "assistant", tool_calls: [{ ...TOOL_CALL, function: { name: "f", arguments: "{id:" } }] }, { role: "tool", tool_call_id: "call_1", content: "x" }, BOT] }, ["invalid-tool-call"]],
  ["arguments given as an object", { messages: [SYS, USER, { role: "assistant", tool_calls: [{ ...TOOL_CALL, function: { name: "f", arguments: { id: 1 } } }] }, BOT] }, ["invalid-tool-call"]],
  ["a tool answer to an unknown call", { messages: [SYS, USER, { role: "assistant", tool_calls: [TOOL_CALL] }, { role: "tool", tool_call_id: "call_9", content: "x" }, BOT] }, ["invalid-tool-call"]],
];

describe("chat format: every line's problems get their own code", () => {
  for (const [name, value, codes] of [...CASES, ...TOOL_CASES]) {
    it(`${name} -> ${codes.join(", ") || "no finding"}`, async () => {
      const line = typeof value === "string" ? value : JSON.stringify(value);
      const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), line]) } });
      expect(codesAt(report, "t.jsonl", 13)).toEqual(codes);
      expect(codesAt(report, "t.jsonl", 1)).toEqual([]);
    });
  }

  it("names the column of invalid JSON and gives the fix", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), '{"messages": [{"role": "user", "content": "hi"} {"role": "assistant"}]}']) } });
    const finding = report.findings.find((f) => f.code === "invalid-json")!;
    expect(finding.message).toMatch(/column 49: .*near/);
    expect(finding.hint).toMatch(/complete JSON object/);
  });
});

describe("preference (DPO) format", () => {
  const pref = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ input: { messages: [SYS, USER] }, preferred_output: [{ role: "assistant", content: "Sure, here you go." }], non_preferred_output: [{ role: "assistant", content: "No." }], ...over });

  it("is detected per file and accepted when well formed", async () => {
    const lines = Array.from({ length: 12 }, (_, i) => pref({ input: { messages: [SYS, { role: "user", content: `question ${i} about topic ${i * 31}` }] } }));
    const report = await review({ train: { "p.jsonl": jsonl(lines) } });
    expect(report.files[0]!.format).toBe("preference");
    expect(report.summary.errors).toBe(0);
    expect(report.tokens.total).toBeGreaterThan(0);
  });

  it("reports a broken pair", async () => {
    const lines = [...Array.from({ length: 12 }, (_, i) => pref({ input: { messages: [SYS, { role: "user", content: `q ${i} x ${i * 17}` }] } })), pref({ non_preferred_output: [] })];
    const report = await review({ train: { "p.jsonl": jsonl(lines) } });
    expect(codesAt(report, "p.jsonl", 13)).toEqual(["invalid-preference"]);
  });

  it("reports a chat line inside a preference file against the file's format", async () => {
    const lines = [pref(), chat("hello", "hi")];
    const report = await review({ train: { "p.jsonl": jsonl(lines) } }, { severities: { "too-few-examples": "off" } });
    expect(codesAt(report, "p.jsonl", 2)).toContain("invalid-preference");
  });

  it("can be forced, which reports chat lines as invalid preference examples", async () => {
    const report = await review({ train: { "c.jsonl": jsonl(distinctExamples(12)) } }, { format: "preference" });
    expect(report.files[0]!.format).toBe("preference");
    expect(codesAt(report, "c.jsonl", 1)).toContain("invalid-preference");
  });
});
