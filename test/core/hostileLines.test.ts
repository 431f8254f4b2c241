// One hostile line must cost time in proportion to its length and never stop the review of the
// others: 16 MB without a space (the tokenizer was quadratic: 400 KB took 56 s), 16 MB of digits
// before " @" (the e-mail pattern backtracked: 200 KB took 43 s), and tens of thousands of levels
// of nesting (recursion overflowed the stack and ended the whole review). Each case asserts the
// finding and that every other line was reviewed; none asserts a time.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reviewInWorker } from "../../src/review/worker/reviewInWorker.js";
import { decideLine } from "../../src/core/split/holdoutSplit.js";
import { findPii } from "../../src/core/dataset/scanners.js";
import { codesAt, distinctExamples, jsonl, review, settingsWith, SYSTEM } from "../support/review.js";

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

describe("a wide line fits in the review worker's heap (review.maxHeapMb, 192 MB)", () => {
  // As the CLI runs: dist's review worker with its sized heap, and a token worker.
  const workers = { review: new URL("../../dist/review-worker.js", import.meta.url), tokens: new URL("../../dist/token-worker.js", import.meta.url) };
  async function reviewInWorkerWith(line: string) {
    const file = join(mkdtempSync(join(tmpdir(), "finetune-ci-wide-")), "t.jsonl");
    const lines = distinctExamples(20);
    lines.splice(10, 0, line);
    writeFileSync(file, jsonl(lines));
    const report = await reviewInWorker({ settings: settingsWith(), files: [{ path: file, role: "train" }], today: "2026-11-28", generatedAt: "2026-11-28T12:00:00.000Z", version: "test" }, workers);
    expect(report.summary.lines).toBe(21);
    return { report, file };
  }

  it("5 million empty arrays (16 MB) are too many values to parse: a finding, not an abort", async () => {
    const line = withContent("").replace('"content":""', `"content":[${"[],".repeat(5_333_000)}[]]`);
    const { report, file } = await reviewInWorkerWith(line);
    expect(codesAt(report, file, 11)).toEqual(["too-many-values"]);
    expect(report.summary.examples).toBe(20);
  }, 120_000);

  it("8 million numbers (16 MB) are reviewed: the first content error only, over the token limit", async () => {
    const line = withContent("").replace('"content":""', `"content":[${"0,".repeat(7_999_999)}0]`);
    const { report, file } = await reviewInWorkerWith(line);
    // Item 0 and the content that holds it: not one finding per number.
    expect(report.findings.filter((f) => f.line === 11 && f.code === "missing-content").map((f) => f.message).sort()).toEqual([
      "messages[1].content must be a string, null or an array of content parts",
      "messages[1].content[0] must be object",
    ]);
    expect(codesAt(report, file, 11)).toContain("over-token-limit");
  }, 120_000);

  it("a million unrecognized keys give one finding, for the first", async () => {
    const keys = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, 0]));
    const { report, file } = await reviewInWorkerWith(JSON.stringify({ ...JSON.parse(distinctExamples(1, 50)[0]!), ...keys }));
    expect(report.findings.filter((f) => f.line === 11 && f.file === file).map((f) => f.message)).toEqual(['unrecognized key "k0" in the example']);
  }, 120_000);
});
