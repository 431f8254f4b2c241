// Thousands of mutated lines: the engine never throws, and every line is accounted for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chat, distinctExamples, review } from "../support/review.js";

const VALID = [...distinctExamples(20), chat("Where is order #123?", "It ships today."), JSON.stringify({ input: { messages: [{ role: "user", content: "hi" }] }, preferred_output: [{ role: "assistant", content: "Hello!" }], non_preferred_output: [{ role: "assistant", content: "Go away." }] })];

/** Mutations a real file meets: cut lines, swapped types, huge values, control characters, nesting. */
const mutatedLine = fc.oneof(
  fc.tuple(fc.constantFrom(...VALID), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1))),
  fc.tuple(fc.constantFrom(...VALID), fc.nat(), fc.string({ maxLength: 5 })).map(([l, n, s]) => l.slice(0, n % l.length) + s + l.slice(n % l.length)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.record({ messages: fc.array(fc.dictionary(fc.constantFrom("role", "content", "weight", "name", "tool_calls", "tool_call_id", "x"), fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 }) }).map((v) => JSON.stringify(v)),
  fc.nat({ max: 400 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  fc.nat({ max: 2000 }).map((depth) => `{"messages":${"[".repeat(depth)}`),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "   ", "\t", "\u0000", '{"messages": [{"role": "user", "content": "a\\u0000b"}]}', `{"messages": [{"role": "user", "content": "${"x".repeat(100_000)}"}]}`, "1e999", '{"messages": null}', '{"__proto__": {"messages": []}}'),
);

describe("fuzzing the engine with mutated lines", () => {
  it("never throws and accounts for every line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedLine, { minLength: 1, maxLength: 60 }), fc.boolean(), fc.nat({ max: 64 }), async (lines, finalNewline, chunk) => {
        const text = lines.join("\n") + (finalNewline ? "\n" : "");
        const report = await review({ train: { "f.jsonl": text }, holdout: { "h.jsonl": lines.slice(0, 3).join("\n") } }, {}, chunk + 1);
        const physical = (s: string) => (s === "" ? 0 : s.split("\n").length - (s.endsWith("\n") ? 1 : 0));
        expect(report.summary.lines).toBe(physical(text) + physical(lines.slice(0, 3).join("\n")));
        expect(report.summary.examples + report.summary.invalidLines + report.summary.blankLines).toBe(report.summary.lines);
        for (const f of report.findings) expect(f.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  }, 240_000);

  it("handles thousands of mutated lines in one file", async () => {
    const lines = fc.sample(mutatedLine, { numRuns: 3000, seed: 42 });
    const text = `${lines.join("\n")}\n`;
    const physical = text.split("\n").length - 1;
    expect(physical).toBeGreaterThanOrEqual(3000);
    const report = await review({ train: { "big.jsonl": text } }, {}, 4096);
    expect(report.summary.lines).toBe(physical);
    expect(report.summary.examples + report.summary.invalidLines + report.summary.blankLines).toBe(physical);
    expect(report.summary.invalidLines).toBeGreaterThan(0);
    expect(report.summary.examples).toBeGreaterThan(0);
  }, 240_000);
});
