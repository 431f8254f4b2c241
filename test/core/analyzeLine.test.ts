// One line judged alone (analyzeLine, withTokens): each outcome with the exact sentence the user
// reads, written by hand from the rules in src/core/dataset/analyzeExample.ts, and the edges of its
// limits (200,000 containers, 100 levels, 10,000 values, 500-character messages, the token limit).
// The review-level tests (formats.test.ts, datasetContract.test.ts) check the same codes through a
// whole review; here the sentences, the redaction of what leaves the line, and the shapes and labels
// the dataset-wide checks are built on.
import { describe, expect, it } from "vitest";
import { analyzeLine, withTokens, type ExampleFacts, type LineOutcome } from "../../src/core/dataset/analyzeExample.js";
import { MessageHasher } from "../../src/core/dataset/exampleHashes.js";
import { KnownCounts } from "../../src/core/tokens/countExample.js";

const options = (over: Partial<Parameters<typeof analyzeLine>[1]> = {}) => ({ format: undefined, labelMaxChars: 40, hasher: new MessageHasher(), known: new KnownCounts(), ...over });
const analyze = (value: unknown, over = {}) => analyzeLine(typeof value === "string" ? value : JSON.stringify(value), options(over));
const facts = (outcome: LineOutcome): ExampleFacts => {
  if (outcome.kind !== "example") throw new Error(`not an example: ${JSON.stringify(outcome)}`);
  return outcome.facts;
};
const issuesOf = (value: unknown, over = {}) => {
  const outcome = analyze(value, over);
  return (outcome.kind === "invalid" ? outcome.issues : outcome.facts.issues).map((i) => [i.code, i.message]);
};

const SYS = { role: "system", content: "You are terse." };
const USER = { role: "user", content: "Hi" };
const BOT = { role: "assistant", content: "Hello" };
const TOKEN = `ghp_${"A1b2C3d4E5".repeat(3)}abcdef`; // 40 characters, the GitHub token rule's shape

describe("lines that are not examples", () => {
  it.each([
    ["[1, 2]", "array"],
    ["null", "null"],
    ["3.5", "number"],
    ['"text"', "string"],
    ["true", "boolean"],
  ])("%s is JSON but not an object: the sentence names what it is", (text, what) => {
    expect(analyze(text)).toEqual({ kind: "invalid", issues: [{ code: "not-an-object", message: `the line is a JSON ${what}, not an object` }] });
  });

  it("a JSON array that holds a credential says both, the reason first", () => {
    expect(issuesOf(`["${TOKEN}"]`)).toEqual([
      ["not-an-object", "the line is a JSON array, not an object"],
      ["secret", "contains what looks like a credential: GitHub token (ghp_A1…(40 chars))"],
    ]);
  });

  it("invalid JSON: the column, the parser's reason, and the text around it with whitespace runs as one space", () => {
    const text = '{"messages":   \t  [1,, 2]}';
    const [[code, message]] = issuesOf(text) as [[string, string]];
    expect(code).toBe("invalid-json");
    // The second comma is the 22nd character; the excerpt is the 20 characters before it (from the
    // opening quote, not the brace) and what follows, with the spaces and tab as one space.
    expect(text.indexOf(",,") + 2).toBe(22);
    expect(message).toMatch(/^invalid JSON at column 22: .+ \(near ""messages": \[1,, 2\]\}"\)$/);
  });

  it("invalid JSON with a credential in it: the excerpt and the extra finding never show it whole", () => {
    const issues = issuesOf(`{"key": "${TOKEN}" oops}`);
    expect(issues.map(([code]) => code)).toEqual(["invalid-json", "secret"]);
    expect(JSON.stringify(issues)).not.toContain(TOKEN);
    expect(issues[0]![1]).toContain("ghp_A1…(40 chars)");
  });

  it("nesting: 100 levels are examined, 101 are not", () => {
    const nested = (levels: number) => `{"messages": [${JSON.stringify(SYS)}, ${JSON.stringify(USER)}, {"role": "assistant", "content": "x"}], "meta": ${"[".repeat(levels - 1)}1${"]".repeat(levels - 1)}}`;
    expect(issuesOf(nested(100)).map(([code]) => code)).toEqual(["unrecognized-key"]);
    expect(issuesOf(nested(101))).toEqual([["nesting-too-deep", "the line nests values more than 100 levels deep; it was not examined further"]]);
  });

  it("containers: 200,000 arrays and objects are parsed, one more is not", () => {
    const line = (containers: number) => `{"a": [${Array.from({ length: containers - 2 }, () => "[]").join(",")}]}`;
    expect(issuesOf(line(200_000)).map(([code]) => code)).toEqual(["missing-messages"]);
    expect(issuesOf(line(200_001))).toEqual([["too-many-values", "the line holds more than 200,000 arrays and objects; it was not parsed"]]);
  });
});

describe("schema errors of a wide line", () => {
  const wide = (keys: number) => {
    const record: Record<string, unknown> = { messages: [SYS, USER, BOT] };
    for (let i = 0; i < keys; i++) record[`x${i}`] = 1;
    return record;
  };

  it("up to 10,000 values every error is listed; past that, the first only", () => {
    // Values: the object, the messages array, 3 messages with 2 strings each (10), one per key.
    expect(issuesOf(wide(9_989))).toHaveLength(9_989);
    expect(issuesOf(wide(9_990))).toEqual([["unrecognized-key", 'unrecognized key "x0" in the example']]);
  });
});

describe("long messages keep their start and end", () => {
  const unknownKey = (key: string) => issuesOf({ messages: [SYS, USER, BOT], [key]: 1 })[0]![1] as string;
  // 'unrecognized key "' is 18 characters and '" in the example' 16: the key adds the rest.

  it("500 characters are shown whole, 501 are cut to 300 + 150", () => {
    expect(unknownKey("k".repeat(466))).toBe(`unrecognized key "${"k".repeat(466)}" in the example`);
    const cut = unknownKey("k".repeat(467));
    expect(cut).toBe(`unrecognized key "${"k".repeat(282)}…(51 characters)…${"k".repeat(134)}" in the example`);
  });

  it("the first and last low surrogates (U+10000 is D800 DC00, U+103FF is D800 DFFF) move a cut back too", () => {
    for (const ch of ["\u{10000}", "\u{103FF}"]) {
      const head = unknownKey(`${"a".repeat(281)}${ch}${"b".repeat(700)}`);
      expect(head.startsWith(`unrecognized key "${"a".repeat(281)}…(`), ch).toBe(true);
      expect(unknownKey(`${"c".repeat(700)}${ch}${"d".repeat(133)}`), ch).toMatch(new RegExp(`^unrecognized key "c{282}…\\(418 characters\\)…${ch}d{133}" in the example$`, "u"));
    }
    // U+E000 (a private-use character) is not a surrogate: the cut stays where it is.
    const plain = unknownKey(`${"a".repeat(282)}\ue000${"b".repeat(700)}`);
    expect(plain.startsWith(`unrecognized key "${"a".repeat(282)}…(`)).toBe(true);
  });

  it("a cut never splits a surrogate pair", () => {
    // Characters 299-300 of the message are one emoji: the head ends before it.
    const head = unknownKey(`${"a".repeat(281)}😀${"b".repeat(700)}`);
    expect(head.startsWith(`unrecognized key "${"a".repeat(281)}…(`)).toBe(true);
    // 869 characters, the emoji at 718-719: the tail would start at its low half (869 - 150 = 719),
    // so it starts one earlier and keeps 151.
    const tail = unknownKey(`${"c".repeat(700)}😀${"d".repeat(133)}`);
    expect(tail).toMatch(/^unrecognized key "c{282}…\(418 characters\)…😀d{133}" in the example$/);
  });
});

describe("what is redacted when a line holds a credential", () => {
  it("the system prompt and the label keep no credential; the finding names its kind", () => {
    const f = facts(analyze({ messages: [{ role: "system", content: `Use ${TOKEN} to call.` }, USER, { role: "assistant", content: TOKEN }] }));
    expect(f.systemPrompt).toBe("Use ghp_A1…(40 chars) to call.");
    expect(f.label).toBe("ghp_A1…(40 chars)");
    expect(f.issues).toContainEqual({ code: "secret", message: "contains what looks like a credential: GitHub token (ghp_A1…(40 chars))" });
  });

  it("a message that quotes a key holding a credential is redacted too", () => {
    expect(issuesOf({ messages: [SYS, USER, BOT], [TOKEN]: 1 })).toEqual([
      ["unrecognized-key", 'unrecognized key "ghp_A1…(40 chars)" in the example'],
      ["secret", "contains what looks like a credential: GitHub token (ghp_A1…(40 chars))"],
    ]);
  });
});

describe("the messages' own rules, sentence by sentence", () => {
  it.each<[string, unknown, [string, string][]]>([
    ["a clean chat", { messages: [SYS, USER, BOT] }, []],
    ["a developer message counts as the system message", { messages: [{ role: "developer", content: "d" }, USER, BOT] }, []],
    ["no system message", { messages: [USER, BOT] }, [["no-system-message", "the example has no system message"]]],
    ["no user message", { messages: [SYS, BOT] }, [["no-user-message", "the example has no user message"]]],
    ["no assistant message", { messages: [SYS, USER] }, [["missing-assistant-message", "the example has no assistant message to learn from"]]],
    ["an assistant with neither content nor tool calls", { messages: [SYS, USER, { role: "assistant" }] }, [["missing-content", "messages[2] (assistant) has neither content nor tool_calls"]]],
    ["an assistant whose content is null", { messages: [SYS, USER, { role: "assistant", content: null }] }, [["missing-content", "messages[2] (assistant) has neither content nor tool_calls"]]],
    ["an empty assistant", { messages: [SYS, USER, { role: "assistant", content: " \n " }] }, [["empty-assistant", "messages[2] (assistant) is empty"]]],
    ["a user message with null content", { messages: [SYS, { role: "user", content: null }, BOT] }, [["missing-content", "messages[1] (user) has no content"]]],
    ["a weight on a user message", { messages: [SYS, { ...USER, weight: 0 }, BOT] }, [["invalid-weight", "messages[1] has a weight, but only assistant messages can"]]],
    ["the deprecated functions key", { messages: [SYS, USER, BOT], functions: [{ name: "f" }] }, [["deprecated-function-format", "the example uses the deprecated functions/function_call keys"]]],
    ["a function-role message", { messages: [SYS, USER, { role: "function", name: "f", content: "{}" }, BOT] }, [["deprecated-function-format", 'messages[2] uses the deprecated role "function"']]],
    ["a tool answer without its call id", { messages: [SYS, USER, { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] }, { role: "tool", content: "ok" }, BOT] }, [["invalid-tool-call", "messages[3] (tool) has no tool_call_id"]]],
    ["a tool answer to a call nobody made", { messages: [SYS, USER, { role: "tool", tool_call_id: "c9", content: "ok" }, BOT] }, [["invalid-tool-call", 'messages[2] answers tool_call_id "c9", which no earlier assistant message called']]],
    ["a reused call id", { messages: [SYS, USER, { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }, { id: "c1", type: "function", function: { name: "g", arguments: "{}" } }] }, { role: "tool", tool_call_id: "c1", content: "ok" }, BOT] }, [["invalid-tool-call", 'messages[2].tool_calls[1] reuses the id "c1"']]],
    ["arguments that are not JSON", { messages: [SYS, USER, { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{id:" } }] }, { role: "tool", tool_call_id: "c1", content: "ok" }, BOT] }, [["invalid-tool-call", "messages[2].tool_calls[0].function.arguments is not valid JSON text"]]],
  ])("%s", (_name, value, expected) => {
    expect(issuesOf(value)).toEqual(expected);
  });

  it("a preference pair names its messages by number, and needs no assistant in its input", () => {
    const pair = { input: { messages: [{ role: "user", content: null }] }, preferred_output: [BOT], non_preferred_output: [{ role: "assistant", content: "No." }] };
    expect(issuesOf(pair)).toEqual([
      ["missing-content", "message 1 (user) has no content"],
      ["no-system-message", "the example has no system message"],
    ]);
    expect(facts(analyze(pair)).format).toBe("preference");
  });

  it("a forced format wins over what the line looks like", () => {
    expect(facts(analyze({ messages: [SYS, USER, BOT] }, { format: "preference" })).format).toBe("preference");
  });
});

describe("scanning the line's strings", () => {
  it("finds personal data, each kind with its redacted sample", () => {
    expect(issuesOf({ messages: [SYS, { role: "user", content: "I am jane@example.com, call 555-123-4567" }, BOT] })).toEqual([
      ["pii", "contains personal data: email address (ja***@example.com), phone number (555-…)"],
    ]);
  });

  it("each scanner runs on its own cue: an address alone, a number alone, a special token alone", () => {
    const only = (content: string) => issuesOf({ messages: [SYS, { role: "user", content }, BOT] });
    expect(only("write to jane@example.com today")).toEqual([["pii", "contains personal data: email address (ja***@example.com)"]]);
    expect(only("call (555) 123-4567 today")).toEqual([["pii", "contains personal data: phone number ((555…)"]]);
    expect(only("card 4111111111111111")).toEqual([["pii", "contains personal data: payment card number (****1111)"]]);
    expect(only("stop at <|im_end|> here")).toEqual([["special-token", "contains the special token text <|im_end|>"]]);
    expect(only(`token ${TOKEN} here`)).toEqual([["secret", "contains what looks like a credential: GitHub token (ghp_A1…(40 chars))"]]);
  });

  it("a \\u escape cannot hide an address, a token or a special token", () => {
    const raw = '{"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "jane\\u0040example.com"}, {"role": "assistant", "content": "done\\u003c|endoftext|>"}]}';
    expect(issuesOf(raw)).toEqual([
      ["pii", "contains personal data: email address (ja***@example.com)"],
      ["special-token", "contains the special token text <|endoftext|>"],
    ]);
  });

  it("names at most 10 samples of personal data per line", () => {
    // Twelve strings (content parts), each with an address whose sample differs (a0***, b1***, ...).
    const content = Array.from({ length: 12 }, (_, i) => ({ type: "text", text: `${"abcdefghijkl"[i]}${i % 10}x@example.com` }));
    const [[, message]] = issuesOf({ messages: [SYS, { role: "user", content }, BOT] }) as [[string, string]];
    expect(message).toBe(`contains personal data: ${Array.from({ length: 10 }, (_, i) => `email address (${"abcdefghij"[i]}${i}***@example.com)`).join(", ")}`);
  });

  it("finds a special token in a key or a tool as well as in a message", () => {
    expect(issuesOf({ messages: [SYS, USER, BOT], tools: [{ type: "function", function: { name: "f", description: "<|im_end|>" } }] })).toEqual([["special-token", "contains the special token text <|im_end|>"]]);
  });

  it("seven digits in groups wake the number scanners; six do not need to", () => {
    expect(issuesOf({ messages: [SYS, { role: "user", content: "card 4111 1111 1111 1111" }, BOT] })).toEqual([["pii", "contains personal data: payment card number (****1111)"]]);
    expect(issuesOf({ messages: [SYS, { role: "user", content: "order 123 456" }, BOT] })).toEqual([]);
  });
});

describe("answer shapes and labels for the dataset-wide checks", () => {
  const shapeAndLabel = (answer: Record<string, unknown>, labelMaxChars = 40) => {
    const f = facts(analyze({ messages: [SYS, USER, { role: "assistant", ...answer }] }, { labelMaxChars }));
    return [f.answerShape, f.label];
  };

  it.each<[string, Record<string, unknown>, string | undefined, string | undefined]>([
    ["plain text", { content: "  positive  " }, "text", "positive"],
    ["a JSON object: its sorted keys", { content: '{"b": 1, "a": 2}' }, "json:a\u0000b", '{"b": 1, "a": 2}'],
    ["a JSON array", { content: "[1, 2]" }, "json-array", "[1, 2]"],
    ["text that only starts like JSON", { content: "{not json" }, "text", "{not json"],
    ["a JSON string is text", { content: '"quoted"' }, "text", '"quoted"'],
    // A tool call has no shape; its label is the call as JSON text when that is short enough.
    ["a tool call", { tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" } }] }, undefined, '[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]'],
    ["an empty answer has neither", { content: "   " }, undefined, undefined],
  ])("%s", (_name, answer, shape, label) => {
    expect(shapeAndLabel(answer, 100)).toEqual([shape, label]);
  });

  it("a label is at most labelMaxChars characters, after trimming", () => {
    expect(shapeAndLabel({ content: ` ${"x".repeat(40)} ` })[1]).toBe("x".repeat(40));
    expect(shapeAndLabel({ content: "x".repeat(41) })[1]).toBeUndefined();
  });

  it("the system prompt is the first system or developer message's text; none without one", () => {
    expect(facts(analyze({ messages: [USER, { role: "developer", content: "dev" }, SYS, BOT] })).systemPrompt).toBe("dev");
    expect(facts(analyze({ messages: [USER, BOT] })).systemPrompt).toBeUndefined();
    expect(facts(analyze({ messages: [SYS, USER, BOT] })).messages).toBe(3);
  });
});

describe("withTokens", () => {
  it("joins the counts, and says over-token-limit only past the limit", () => {
    const at = withTokens(facts(analyze({ messages: [SYS, USER, BOT] })), { total: 100, assistant: 7, answer: 5 }, 100);
    expect([at.total, at.assistant, at.answer, at.issues]).toEqual([100, 7, 5, []]);
    const over = withTokens(facts(analyze({ messages: [SYS, USER, BOT] })), { total: 101, assistant: 7, answer: 5 }, 100);
    expect(over.issues).toEqual([{ code: "over-token-limit", message: "101 tokens, over the model's 100-token limit per training example" }]);
  });
});
