// The consistency rules in the cases qualityEdges.test.ts leaves out, worked by hand: two system
// prompts tied for the most examples (the first one read is the reference), several missing keys
// named in one sentence, common keys listed in alphabetical order whatever order they were met
// in, and answers that are empty JSON objects (no keys, not a key named "").
import { describe, expect, it } from "vitest";
import { chat, findingsOf, jsonl, review } from "../support/review.js";

const OFF = { "too-few-examples": "off" };
const withSystem = (system: string, i: number) => chat(`Question ${i} about parcel ${i * 31} and invoice ${i * 7}?`, `Answer ${i}: step ${i % 3}, follow-up ${i * 17}.`, system);
const json = (i: number, value: Record<string, unknown>) => chat(`Classify ticket ${i}: parcel ${i * 13} is late`, JSON.stringify(value));

describe("system prompts tied for the most examples", () => {
  it("the one read first is the reference, the other is reported, at a 50% threshold", async () => {
    const lines = ["Prompt A.", "Prompt B.", "Prompt A.", "Prompt B."].map(withSystem);
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    expect(findingsOf(report, "inconsistent-system-prompt").map((f) => [f.line, f.message])).toEqual([
      [2, "system prompt differs from the one 50% of examples use (first at t.jsonl:1)"],
      [4, "system prompt differs from the one 50% of examples use (first at t.jsonl:1)"],
    ]);
    expect(report.stats.systemPrompts).toMatchObject({ variants: 2, dominantShare: 0.5, dominantSample: "Prompt A." });
  });
});

describe("answer keys", () => {
  it("names every missing common key in one sentence, in alphabetical order", async () => {
    const lines = [0, 1, 2, 3].map((i) => json(i, { zone: "eu", intent: "late", priority: i })).concat(json(4, { other: 1 }));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    expect(report.stats.answerFormat.commonKeys).toEqual(["intent", "priority", "zone"]);
    expect(findingsOf(report, "inconsistent-format").map((f) => [f.line, f.message])).toEqual([[5, 'the JSON answer lacks "intent", "priority", "zone", which most answers have']]);
  });

  it("lists common keys alphabetically even when a rarer shape is read first", async () => {
    // The first answer has only "b"; "a" comes later. Both are in 4 of 5 answers (80%).
    const lines = [json(0, { b: 1 }), json(1, { a: 1, b: 1 }), json(2, { a: 1, b: 1 }), json(3, { a: 1, b: 1 }), json(4, { a: 1 })];
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    expect(report.stats.answerFormat.commonKeys).toEqual(["a", "b"]);
  });

  it("an empty JSON object has no keys: nine of them and one with a key expect nothing of anyone", async () => {
    const lines = Array.from({ length: 9 }, (_, i) => json(i, {})).concat(json(9, { a: 1 }));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    expect(report.stats.answerFormat).toEqual({ answers: 10, jsonShare: 1, commonKeys: [] });
    expect(findingsOf(report, "inconsistent-format")).toEqual([]);
  });
});
