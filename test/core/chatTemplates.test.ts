// What the known base models' chat templates cannot express, one rule at a time (the fixture-wide view is
// test/review/datasetContract.test.ts).
import { describe, expect, it } from "vitest";
import { templateIssues, templateSupportFor } from "../../src/core/chatTemplates.js";

const call = (id: string) => ({ id, type: "function", function: { name: "get_weather", arguments: '{"city": "paris"}' } });
const reasons = (model: string, record: Record<string, unknown>, format: "chat" | "preference" = "chat") =>
  templateIssues(record, format, templateSupportFor(model)!).map((i) => i.message.replace(/^the .* chat template cannot express /, ""));

describe("chat template rules", () => {
  it("Mistral v0.3 takes only 9-character alphanumeric tool call ids", () => {
    const messages = [{ role: "user", content: "weather?" }, { role: "assistant", content: null, tool_calls: [call("call_1")] }, { role: "tool", tool_call_id: "call_1", content: "sunny" }, { role: "assistant", content: "sunny" }];
    expect(reasons("mistralai/Mistral-7B-Instruct-v0.3", { messages })).toEqual(['tool call id "call_1" (ids must be 9 letters or digits)', 'tool_call_id "call_1" (ids must be 9 letters or digits)']);
    const fine = JSON.parse(JSON.stringify(messages).replaceAll("call_1", "a1b2c3d4e"));
    expect(reasons("mistralai/Mistral-7B-Instruct-v0.3", { messages: fine })).toEqual([]);
  });

  it("Gemma 3 folds a system message in, but needs user and assistant turns to alternate", () => {
    const system = { role: "system", content: "be brief" };
    expect(reasons("google/gemma-3-4b-it", { messages: [system, { role: "user", content: "a" }, { role: "assistant", content: "b" }] })).toEqual([]);
    expect(reasons("google/gemma-3-4b-it", { messages: [system, { role: "user", content: "a" }, { role: "user", content: "b" }, { role: "assistant", content: "c" }] })).toEqual(["turns that do not alternate user/assistant (it requires strict alternation)"]);
  });

  it("Llama 3.1 prints only the call of an assistant message that also has text", () => {
    const messages = [{ role: "user", content: "weather?" }, { role: "assistant", content: "let me check", tool_calls: [call("c1")] }, { role: "tool", tool_call_id: "c1", content: "sunny" }, { role: "assistant", content: "sunny" }];
    expect(reasons("meta-llama/Llama-3.3-70B-Instruct", { messages })).toEqual(["text beside tool calls in one assistant message (it prints only the call)"]);
  });

  it("checks both outputs of a preference example, and alternation on the input with the preferred one", () => {
    const record = { input: { messages: [{ role: "user", content: "weather?" }] }, preferred_output: [{ role: "assistant", content: "sunny" }], non_preferred_output: [{ role: "assistant", content: null, tool_calls: [call("c1")] }] };
    expect(reasons("google/gemma-2-9b-it", record, "preference")).toEqual(["tool calls (it leaves them out)"]);
  });
});
