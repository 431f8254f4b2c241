// What the schema check says about a line, message by message: the code, and the exact sentence a
// user reads, for each kind of mistake in each format. The expected sentences are written by hand
// from the translation rules in src/core/dataset/formats.ts and ajv's documented English messages
// ("must be array", "must NOT have fewer than 1 items", "must have required property 'x'"), the
// paths from the schemas in schemas/. formats.test.ts checks the same codes through a whole review.
import { describe, expect, it } from "vitest";
import { detectFormat, schemaIssues, type DatasetFormat } from "../../src/core/dataset/formats.js";

const SYS = { role: "system", content: "s" };
const USER = { role: "user", content: "Hi" };
const BOT = { role: "assistant", content: "Hello" };
const ROLES = "system, developer, user, assistant, tool, function";
const CONTENT = "must be a string, null or an array of content parts";

type Case = [name: string, value: unknown, issues: [code: string, message: string][]];

const CHAT: Case[] = [
  ["a JSON array", [1, 2], [["not-an-object", "the line is JSON but not an object"]]],
  ["a JSON string", "text", [["not-an-object", "the line is JSON but not an object"]]],
  ["no messages, another key", { prompt: "hi" }, [["missing-messages", 'the example has no "messages" array'], ["unrecognized-key", 'unrecognized key "prompt" in the example']]],
  ["messages as a string", { messages: "x" }, [["missing-messages", "messages must be array"]]],
  ["no message at all", { messages: [] }, [["missing-messages", "messages must NOT have fewer than 1 items"]]],
  ["a message that is a string", { messages: ["hello", USER, BOT] }, [["message-missing-key", "messages[0] must be an object with a role"]]],
  ["a message without a role", { messages: [SYS, { content: "x" }, BOT] }, [["message-missing-key", 'messages[1] has no "role"']]],
  ["an unknown role", { messages: [SYS, USER, { role: "agent", content: "x" }] }, [["unrecognized-role", `messages[2].role "agent" is not one of ${ROLES}`]]],
  ["a role that is a number", { messages: [SYS, USER, { role: 7, content: "x" }] }, [["unrecognized-role", `messages[2].role 7 is not one of ${ROLES}`]]],
  ["content that is a number", { messages: [SYS, { role: "user", content: 42 }, BOT] }, [["missing-content", `messages[1].content ${CONTENT}`]]],
  ["a content part of an unknown type", { messages: [SYS, { role: "user", content: [{ type: "video" }] }, BOT] }, [
    ["missing-content", "messages[1].content[0].type must be equal to one of the allowed values"],
    ["missing-content", `messages[1].content ${CONTENT}`],
  ]],
  ["a content part without a type", { messages: [SYS, { role: "user", content: [{ text: "x" }] }, BOT] }, [
    ["message-missing-key", 'messages[1].content[0] has no "type"'],
    ["missing-content", `messages[1].content ${CONTENT}`],
  ]],
  ["a content part whose text is a number", { messages: [SYS, { role: "user", content: [{ type: "text", text: 5 }] }, BOT] }, [
    ["missing-content", "messages[1].content[0].text must be string"],
    ["missing-content", `messages[1].content ${CONTENT}`],
  ]],
  ["an image part without its url", { messages: [SYS, { role: "user", content: [{ type: "image_url", image_url: {} }] }, BOT] }, [
    ["message-missing-key", 'messages[1].content[0].image_url has no "url"'],
    ["missing-content", `messages[1].content ${CONTENT}`],
  ]],
  ["a weight of 2", { messages: [SYS, USER, { ...BOT, weight: 2 }] }, [["invalid-weight", "messages[2].weight must be 0 or 1"]]],
  ["a weight given as text", { messages: [SYS, USER, { ...BOT, weight: "1" }] }, [["invalid-weight", "messages[2].weight must be 0 or 1"]]],
  ["a key a message may not have", { messages: [SYS, { ...USER, extra: 1 }, BOT] }, [["unrecognized-key", 'unrecognized key "extra" in messages[1]']]],
  ["an empty tool_calls list", { messages: [SYS, USER, { role: "assistant", tool_calls: [] }] }, [["invalid-tool-call", "messages[2].tool_calls must NOT have fewer than 1 items"]]],
  ["a tool call without an id", { messages: [SYS, USER, { role: "assistant", tool_calls: [{ type: "function", function: { name: "f", arguments: "{}" } }] }] }, [["invalid-tool-call", "messages[2].tool_calls[0] must have required property 'id'"]]],
  ["an empty tool_call_id", { messages: [SYS, USER, { role: "tool", tool_call_id: "", content: "x" }, BOT] }, [["invalid-tool-call", "messages[2].tool_call_id must NOT have fewer than 1 characters"]]],
  ["a tool without its function", { messages: [SYS, USER, BOT], tools: [{ type: "function" }] }, [["invalid-tool-call", "tools[0] must have required property 'function'"]]],
  ["parallel_tool_calls as text", { messages: [SYS, USER, BOT], parallel_tool_calls: "yes" }, [["invalid-tool-call", "parallel_tool_calls must be boolean"]]],
  ["a function without a name", { messages: [SYS, USER, BOT], functions: [{}] }, [["invalid-tool-call", "functions[0] must have required property 'name'"]]],
  ["a function_call without arguments", { messages: [SYS, USER, { role: "assistant", function_call: { name: "f" } }] }, [["invalid-tool-call", "messages[2].function_call must have required property 'arguments'"]]],
  ["a name that is a number", { messages: [SYS, { ...USER, name: 5 }, BOT] }, [["unrecognized-key", "messages[1].name must be string"]]],
  ["a refusal that is a number", { messages: [SYS, USER, { ...BOT, refusal: 5 }] }, [["unrecognized-key", "messages[2].refusal must be string,null"]]],
  // Two-digit indexes read as one index, not as a digit and a key.
  ["an unknown role at index 11", { messages: [SYS, ...Array.from({ length: 10 }, () => USER), { role: "x", content: "y" }, BOT] }, [["unrecognized-role", `messages[11].role "x" is not one of ${ROLES}`]]],
  ["a message at index 12 that is a number", { messages: [SYS, ...Array.from({ length: 11 }, () => USER), 5, BOT] }, [["message-missing-key", "messages[12] must be an object with a role"]]],
  ["three mistakes on one line, in the schema's order", { messages: [SYS, { role: "user", content: 42 }, { role: "agent", content: "x" }], extra: 1 }, [
    ["unrecognized-key", 'unrecognized key "extra" in the example'],
    ["missing-content", `messages[1].content ${CONTENT}`],
    ["unrecognized-role", `messages[2].role "agent" is not one of ${ROLES}`],
  ]],
];

const PREFERENCE: Case[] = [
  ["a JSON array", [1], [["not-an-object", "the line is JSON but not an object"]]],
  ["an empty object", {}, [
    ["invalid-preference", "the example must have required property 'input'"],
    ["invalid-preference", "the example must have required property 'preferred_output'"],
    ["invalid-preference", "the example must have required property 'non_preferred_output'"],
  ]],
  ["an input without messages", { input: {}, preferred_output: [BOT], non_preferred_output: [BOT] }, [["missing-messages", 'input has no "messages" array']]],
  ["an input without messages but with tools", { input: { tools: [] }, preferred_output: [BOT], non_preferred_output: [BOT] }, [["missing-messages", 'input has no "messages" array']]],
  ["an empty rejected answer", { input: { messages: [USER] }, preferred_output: [BOT], non_preferred_output: [] }, [["invalid-preference", "non_preferred_output must NOT have fewer than 1 items"]]],
  ["two preferred answers", { input: { messages: [USER] }, preferred_output: [BOT, BOT], non_preferred_output: [BOT] }, [["invalid-preference", "preferred_output must NOT have more than 1 items"]]],
  ["an input that is text", { input: "x", preferred_output: [BOT], non_preferred_output: [BOT] }, [["invalid-preference", "input must be object"]]],
  ["a key the example may not have", { input: { messages: [USER] }, preferred_output: [BOT], non_preferred_output: [BOT], extra: 1 }, [["unrecognized-key", 'unrecognized key "extra" in the example']]],
  ["a key the input may not have", { input: { messages: [USER], extra: 1 }, preferred_output: [BOT], non_preferred_output: [BOT] }, [["unrecognized-key", 'unrecognized key "extra" in input']]],
  ["an unknown role in the input", { input: { messages: [{ role: "agent", content: "x" }] }, preferred_output: [BOT], non_preferred_output: [BOT] }, [["unrecognized-role", `input.messages[0].role "agent" is not one of ${ROLES}`]]],
  ["input messages as text", { input: { messages: "x" }, preferred_output: [BOT], non_preferred_output: [BOT] }, [["missing-messages", "input.messages must be array"]]],
  ["an input message that is a number", { input: { messages: [3] }, preferred_output: [BOT], non_preferred_output: [BOT] }, [["message-missing-key", "input.messages[0] must be an object with a role"]]],
  ["a preferred answer whose content is a number", { input: { messages: [USER] }, preferred_output: [{ role: "assistant", content: 4 }], non_preferred_output: [BOT] }, [["missing-content", `preferred_output[0].content ${CONTENT}`]]],
  ["a rejected answer without a role", { input: { messages: [USER] }, preferred_output: [BOT], non_preferred_output: [{ content: "No." }] }, [["message-missing-key", 'non_preferred_output[0] has no "role"']]],
  ["a tool without type or function", { input: { messages: [USER], tools: [{}] }, preferred_output: [BOT], non_preferred_output: [BOT] }, [
    ["invalid-tool-call", "input.tools[0] must have required property 'type'"],
    ["invalid-tool-call", "input.tools[0] must have required property 'function'"],
  ]],
  ["a chat line checked as a preference pair", { messages: [SYS, USER, BOT] }, [
    ["invalid-preference", "the example must have required property 'input'"],
    ["invalid-preference", "the example must have required property 'preferred_output'"],
    ["invalid-preference", "the example must have required property 'non_preferred_output'"],
    ["unrecognized-key", 'unrecognized key "messages" in the example'],
  ]],
];

const asIssues = (pairs: [string, string][]) => pairs.map(([code, message]) => ({ code, message }));

describe.each<[DatasetFormat, Case[]]>([["chat", CHAT], ["preference", PREFERENCE]])("schema issues of a %s line", (format, cases) => {
  it.each(cases)("%s", (_name, value, expected) => {
    expect(schemaIssues(value, format)).toEqual(asIssues(expected));
  });

  it("a well-formed line has none", () => {
    const good = format === "chat"
      ? { messages: [SYS, { role: "user", content: [{ type: "text", text: "Hi" }, { type: "image_url", image_url: { url: "https://x/y.png" } }] }, { ...BOT, weight: 1, refusal: null }], tools: [{ type: "function", function: { name: "f", parameters: { type: "object" } } }], parallel_tool_calls: false }
      : { input: { messages: [SYS, USER], tools: [], parallel_tool_calls: true }, preferred_output: [BOT], non_preferred_output: [{ role: "assistant", content: null }] };
    expect(schemaIssues(good, format)).toEqual([]);
    expect(schemaIssues(good, format, true)).toEqual([]);
  });
});

describe("schema issues with firstErrorOnly (used for very wide lines)", () => {
  it("stops at the first mistake where every error is reported otherwise", () => {
    const value = CHAT.find(([name]) => name.startsWith("three mistakes"))![1];
    expect(schemaIssues(value, "chat")).toHaveLength(3);
    expect(schemaIssues(value, "chat", true)).toEqual([{ code: "unrecognized-key", message: 'unrecognized key "extra" in the example' }]);
    expect(schemaIssues({}, "preference", true)).toEqual([{ code: "invalid-preference", message: "the example must have required property 'input'" }]);
  });

  it("the two modes keep their own validators, whichever is asked first", () => {
    // Alternating calls: a shared or swapped cache would give the other mode's answer.
    for (let i = 0; i < 3; i++) {
      expect(schemaIssues({ prompt: "hi" }, "chat", true)).toHaveLength(1);
      expect(schemaIssues({ prompt: "hi" }, "chat")).toHaveLength(2);
    }
  });
});

describe("which format a line looks like", () => {
  it.each<[Record<string, unknown>, DatasetFormat]>([
    [{ messages: [] }, "chat"],
    [{}, "chat"],
    [{ prompt: "x" }, "chat"],
    [{ preferred_output: [] }, "preference"],
    [{ non_preferred_output: [] }, "preference"],
    [{ input: {} }, "preference"],
    // input beside messages is a chat line with an extra key, not a pair.
    [{ input: {}, messages: [] }, "chat"],
    [{ messages: [], preferred_output: [] }, "preference"],
    [{ messages: [], non_preferred_output: [] }, "preference"],
  ])("%j is %s", (value, format) => {
    expect(detectFormat(value)).toBe(format);
  });
});
