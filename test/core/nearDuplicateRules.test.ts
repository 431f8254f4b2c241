// Which near pairs are reported, as what, and with which sentence: a near pair inside the holdout
// set is a near-duplicate, a holdout example near a training one is a leak, the same prompt with a
// slightly different answer is a conflict and not also a near-duplicate, and an exact duplicate is
// a duplicate only. The pairs are the ones nearDuplicates.test.ts measures by exact Jaccard (one
// word changed: 0.92 and above), far over the 0.8 threshold.
import { describe, expect, it } from "vitest";
import { chat, distinctExamples, findingsOf, jsonl, review } from "../support/review.js";

const Q = "My order arrived yesterday but the screen of the laptop is cracked in the lower left corner and the charger is missing from the box, what should I do now?";
const A =
  "I'm sorry your laptop arrived damaged. Please send us two photos of the cracked corner and the open box, and we will ship a replacement with a charger within two business days at no cost. You can keep the damaged unit until the courier collects it.";
const Q2 = Q.replace("yesterday", "today");
const A2 = A.replace("collects it.", "collects it today.");
const OFF = { "too-few-examples": "off" };

describe("near pairs: what they are reported as", () => {
  it("a near-duplicate names the first example and says the figure is a MinHash estimate", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(20), chat(Q, A), chat(Q2, A)]) } });
    const [near] = findingsOf(report, "near-duplicate");
    expect(near!.message).toMatch(/^\d{2,3}% similar to t\.jsonl:21 \(MinHash estimate of word 3-shingle Jaccard\)$/);
  });

  it("a holdout example near a training one is a leak, and the sentence says so", async () => {
    const report = await review({ train: { "train.jsonl": jsonl([...distinctExamples(20), chat(Q, A)]) }, holdout: { "holdout.jsonl": jsonl([chat(Q2, A)]) } });
    const leaks = findingsOf(report, "holdout-leak");
    expect(leaks.map((f) => [f.file, f.line])).toEqual([["holdout.jsonl", 1]]);
    expect(leaks[0]!.message).toMatch(/^\d{2,3}% similar to the training example at train\.jsonl:21$/);
    expect(findingsOf(report, "near-duplicate")).toEqual([]);
  });

  it("two holdout examples near each other, with nothing near them in training, are near-duplicates", async () => {
    const report = await review({ train: { "train.jsonl": jsonl(distinctExamples(20)) }, holdout: { "holdout.jsonl": jsonl([...distinctExamples(3, 500), chat(Q, A), chat(Q2, A)]) } });
    const near = findingsOf(report, "near-duplicate");
    expect(near.map((f) => [f.file, f.line])).toEqual([["holdout.jsonl", 5]]);
    expect(near[0]!.message).toMatch(/% similar to holdout\.jsonl:4 \(MinHash/);
    expect(findingsOf(report, "holdout-leak")).toEqual([]);
  });

  it("the same prompt with a slightly different answer is a conflict, not also a near-duplicate", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(20), chat(Q, A), chat(Q, A2)]) } }, { severities: OFF });
    expect(findingsOf(report, "conflicting-answers").map((f) => f.line)).toEqual([22]);
    expect(findingsOf(report, "near-duplicate")).toEqual([]);
  });

  it("an exact duplicate is a duplicate only", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(20), chat(Q, A), chat(Q, A)]) } }, { severities: OFF });
    expect(findingsOf(report, "duplicate").map((f) => f.line)).toEqual([22]);
    expect(findingsOf(report, "near-duplicate")).toEqual([]);
  });
});
