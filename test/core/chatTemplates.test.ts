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

  it("names the template of a Hugging Face id or a local folder by its last part, and none for an unknown model", () => {
    expect(templateSupportFor("/srv/models/gemma-2-9b-it")?.family).toBe("Gemma 2");
    expect(templateSupportFor("C:\\models\\Qwen3-8B\\")?.family).toBe("Qwen2.5/Qwen3");
    // The organisation's name is not the model's: only the last part counts.
    expect(templateSupportFor("gemma-2-fans/tiny-model")).toBeUndefined();
    expect(templateSupportFor("")).toBeUndefined();
    expect(templateSupportFor("/")).toBeUndefined();
  });

  it("a template without a system role refuses system and developer messages, in chat and preference examples", () => {
    const user = { role: "user", content: "a" };
    const answer = { role: "assistant", content: "b" };
    const gemma2 = (record: Record<string, unknown>, format?: "chat" | "preference") => reasons("google/gemma-2-9b-it", record, format);
    expect(gemma2({ messages: [user, answer] })).toEqual([]);
    for (const role of ["system", "developer"]) {
      expect(gemma2({ messages: [{ role, content: "be brief" }, user, answer] })).toEqual(["system and developer messages (it has no system role)"]);
      expect(gemma2({ input: { messages: [{ role, content: "be brief" }, user] }, preferred_output: [answer], non_preferred_output: [answer] }, "preference")).toEqual(["system and developer messages (it has no system role)"]);
    }
  });

  it("a template without tools refuses a non-empty tools list: the record's, the old functions, or a preference input's", () => {
    const messages = [{ role: "user", content: "a" }, { role: "assistant", content: "b" }];
    const tool = { type: "function", function: { name: "f", parameters: {} } };
    const llama3 = (record: Record<string, unknown>, format?: "chat" | "preference") => reasons("meta-llama/Meta-Llama-3-8B-Instruct", record, format);
    const refused = ["a tools list (it ignores tools)"];
    expect(llama3({ messages, tools: [tool] })).toEqual(refused);
    expect(llama3({ messages, functions: [tool.function] })).toEqual(refused);
    expect(llama3({ messages, tools: [] })).toEqual([]);
    expect(llama3({ messages, tools: "not a list" })).toEqual([]);
    const preference = { input: { messages: [messages[0]], tools: [tool] }, preferred_output: [messages[1]], non_preferred_output: [messages[1]] };
    expect(llama3(preference, "preference")).toEqual(refused);
    // A preference record's own top-level tools are not what the runner renders: only the input's are.
    expect(llama3({ ...preference, input: { messages: [messages[0]] }, tools: [tool] }, "preference")).toEqual([]);
    // Qwen renders tools.
    expect(reasons("Qwen/Qwen2.5-7B-Instruct", { messages, tools: [tool] })).toEqual([]);
  });

  it("a template without a tool role refuses tool results, and the old function role, once each", () => {
    const llama3 = (messages: unknown[]) => reasons("meta-llama/Meta-Llama-3-8B-Instruct", { messages });
    const user = { role: "user", content: "weather?" };
    expect(llama3([user, { role: "assistant", content: null, tool_calls: [call("c1")] }, { role: "tool", tool_call_id: "c1", content: "sunny" }, { role: "tool", tool_call_id: "c1", content: "warm" }, { role: "assistant", content: "sunny" }]))
      .toEqual(["tool calls (it leaves them out)", "tool results (it has no tool role)"]);
    expect(llama3([user, { role: "assistant", content: null, function_call: { name: "f", arguments: "{}" } }, { role: "function", name: "f", content: "sunny" }, { role: "assistant", content: "sunny" }]))
      .toEqual(["tool calls (it leaves them out)", "tool results (it has no tool role)"]);
  });

  it("Llama 3.1 takes one tool call per assistant message", () => {
    const messages = [{ role: "user", content: "weather?" }, { role: "assistant", content: null, tool_calls: [call("c1"), call("c2")] }, { role: "tool", tool_call_id: "c1", content: "sunny" }, { role: "tool", tool_call_id: "c2", content: "warm" }, { role: "assistant", content: "sunny" }];
    expect(reasons("meta-llama/Llama-3.1-8B-Instruct", { messages })).toEqual(["several tool calls in one assistant message (one at a time)"]);
    expect(reasons("Qwen/Qwen2.5-7B-Instruct", { messages })).toEqual([]);
    expect(reasons("meta-llama/Llama-3.1-8B-Instruct", { messages: [messages[0], { ...messages[1], tool_calls: [call("c1")] }, messages[2], messages[4]] })).toEqual([]);
  });

  it("text beside a tool call counts when it is a string or a content part with text, not when it is blank", () => {
    const llama31 = (content: unknown) => reasons("meta-llama/Llama-3.1-8B-Instruct", { messages: [{ role: "user", content: "weather?" }, { role: "assistant", content, tool_calls: [call("c1")] }, { role: "tool", tool_call_id: "c1", content: "sunny" }, { role: "assistant", content: "sunny" }] });
    const refused = ["text beside tool calls in one assistant message (it prints only the call)"];
    expect(llama31("let me check")).toEqual(refused);
    expect(llama31([{ type: "text", text: "let me check" }])).toEqual(refused);
    expect(llama31([{ type: "text", text: "  " }, { type: "text", text: "then" }])).toEqual(refused);
    for (const blank of [null, "", "  \n", [], [{ type: "text", text: " " }], [null], [{ type: "image_url", image_url: { url: "x" } }], [{ text: 7 }]]) expect(llama31(blank)).toEqual([]);
    // Qwen prints both.
    expect(reasons("Qwen/Qwen2.5-7B-Instruct", { messages: [{ role: "user", content: "weather?" }, { role: "assistant", content: "let me check", tool_calls: [call("c1")] }, { role: "tool", tool_call_id: "c1", content: "sunny" }, { role: "assistant", content: "sunny" }] })).toEqual([]);
  });

  it("alternation: a first system message, tool turns and tool-calling turns are left out; any other order is refused", () => {
    const gemma3 = (messages: unknown[]) => reasons("google/gemma-3-4b-it", { messages });
    const u = (content: string) => ({ role: "user", content });
    const a = (content: string) => ({ role: "assistant", content });
    const refused = ["turns that do not alternate user/assistant (it requires strict alternation)"];
    expect(gemma3([u("1"), a("2"), u("3"), a("4")])).toEqual([]);
    expect(gemma3([{ role: "developer", content: "x" }, u("1"), a("2")])).toEqual([]);
    expect(gemma3([a("1"), u("2")])).toEqual(refused);
    expect(gemma3([u("1"), a("2"), a("3")])).toEqual(refused);
    expect(gemma3([u("1"), a("2"), u("3"), u("4"), a("5")])).toEqual(refused);
    // A system message after the first turn is a turn of its own.
    expect(gemma3([u("1"), { role: "system", content: "x" }, a("2")])).toEqual(refused);
  });
});
