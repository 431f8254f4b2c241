// One hostile line must cost time in proportion to its length and never stop the review of the
// others: 16 MB without a space (the tokenizer was quadratic: 400 KB took 56 s), 16 MB of digits
// before " @" (the e-mail pattern backtracked: 200 KB took 43 s), and tens of thousands of levels
// of nesting (recursion overflowed the stack and ended the whole review). Each case asserts the
// finding and that every other line was reviewed; none asserts a time.
import { describe, expect, it } from "vitest";
import { decideLine } from "../../src/core/split/holdoutSplit.js";
import { findPii } from "../../src/core/dataset/scanners.js";
import { codesAt, distinctExamples, jsonl, review, SYSTEM } from "../support/review.js";

const MB16 = 16_000_000;

function withContent(content: unknown): string {
  return JSON.stringify({ messages: [{ role: "system", content: SYSTEM }, { role: "user", content }, { role: "assistant", content: "ok" }] });
}

/** n levels of arrays around a string, written directly: JSON.stringify itself would overflow. */
function nested(n: number): string {
  return `${"[".repeat(n)}"deep"${"]".repeat(n)}`;
}

async function reviewWithHostileLine(line: string) {
  const lines = distinctExamples(20);
  lines.splice(10, 0, line);
  const report = await review({ train: { "t.jsonl": jsonl(lines) } }, {}, 1 << 20);
  expect(report.summary.lines).toBe(21);
  expect(report.summary.examples + report.summary.invalidLines).toBe(21);
  return report;
}

describe("a 16 MB line is reviewed in time proportional to its length, with a finding", () => {
  it("16 MB of letters without a space: counted in pieces, over the token limit", async () => {
    const report = await reviewWithHostileLine(withContent("x".repeat(MB16)));
    expect(codesAt(report, "t.jsonl", 11)).toEqual(["over-token-limit"]);
    expect(report.summary.examples).toBe(21);
    expect(report.tokens.perExample.max).toBeGreaterThan(MB16 / 10);
  }, 120_000);

  it("16 MB of digits and then \" @\": no e-mail address, and over the token limit", async () => {
    const report = await reviewWithHostileLine(withContent(`${"7".repeat(MB16)} @`));
    expect(codesAt(report, "t.jsonl", 11)).toEqual(["over-token-limit"]);
  }, 120_000);

  it("the e-mail scan looks at each \"@\" once, however long the run before it", () => {
    expect(findPii(`${"7".repeat(MB16)} @`)).toEqual([]);
    expect(findPii(`${"9".repeat(200_000)} @ then mail jane.doe@example.com`).map((h) => h.sample)).toContain("ja***@example.com");
  });
});

describe("a finding that quotes a huge key or value stays readable", () => {
  it("a key of a megabyte is quoted by its start and end", async () => {
    const key = `${"k".repeat(500_000)}${"z".repeat(500_000)}`;
    const report = await reviewWithHostileLine(JSON.stringify({ ...JSON.parse(distinctExamples(1, 99)[0]!), [key]: 1 }));
    const [finding] = report.findings.filter((f) => f.code === "unrecognized-key");
    // 1,000,034 characters: the first 300 (18 before the key, 282 of it), the last 150 (134 of it, 16 after).
    expect(finding!.message).toBe(`unrecognized key "${"k".repeat(282)}…(999,584 characters)…${"z".repeat(134)}" in the example`);
  });
});

describe("deep nesting is a finding on its line, and the other lines are still reviewed", () => {
  for (const depth of [30_000, 100_000]) {
    it(`${depth.toLocaleString("en-US")} levels in content`, async () => {
      const line = `{"messages": [{"role": "user", "content": ${nested(depth)}}, {"role": "assistant", "content": "ok"}]}`;
      const report = await reviewWithHostileLine(line);
      expect(codesAt(report, "t.jsonl", 11)).toEqual(["nesting-too-deep"]);
      expect(report.summary.examples).toBe(20);
    });

    it(`${depth.toLocaleString("en-US")} levels in tools`, async () => {
      const line = `{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "ok"}], "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "default": ${nested(depth)}}}}]}`;
      const report = await reviewWithHostileLine(line);
      expect(codesAt(report, "t.jsonl", 11)).toEqual(["nesting-too-deep"]);
    });
  }

  it("100 levels are examined as usual; 101 are not", async () => {
    // The record, messages, a message and content take 4 levels; the arrays inside take the rest.
    const at = (depth: number) => `{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a", "tool_calls": ${nested(depth - 3)}}]}`;
    expect(codesAt(await reviewWithHostileLine(at(100)), "t.jsonl", 11)).not.toContain("nesting-too-deep");
    expect(codesAt(await reviewWithHostileLine(at(101)), "t.jsonl", 11)).toEqual(["nesting-too-deep"]);
  });

  it("split sets a deeply nested line aside as a problem instead of crashing", () => {
    // In the prompt, whose hash serialises tool calls.
    const line = `{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "tool_calls": ${nested(30_000)}}, {"role": "user", "content": "and?"}, {"role": "assistant", "content": "a"}]}`;
    expect(decideLine(line, 0.2, "seed", undefined)).toEqual({ side: "invalid", issue: { code: "nesting-too-deep", message: "the line nests values more than 100 levels deep" } });
  });
});
