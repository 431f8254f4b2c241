// Near-duplicates against an oracle from outside the code: the exact word 3-shingle Jaccard
// similarity (test/support/shingles.ts). Pairs are chosen clearly above and clearly below the 0.8
// threshold, so that a pass never rests on the estimate's luck; and the MinHash estimate itself is
// held to the error its size allows, over many random pairs.
import { describe, expect, it } from "vitest";
import { estimatedJaccard } from "../../src/core/quality/fingerprints.js";
import { exactJaccard } from "../support/shingles.js";
import { minhashSignature } from "../support/minhash.js";
import { chat, distinctExamples, findingsOf, jsonl, review } from "../support/review.js";
import { seededRandom } from "../support/seededRandom.js";

const LONG_Q = "My order arrived yesterday but the screen of the laptop is cracked in the lower left corner and the charger is missing from the box, what should I do now?";
const LONG_A =
  "I'm sorry your laptop arrived damaged. Please send us two photos of the cracked corner and the open box, and we will ship a replacement with a charger within two business days at no cost. You can keep the damaged unit until the courier collects it.";

describe("the exact-Jaccard oracle itself", () => {
  it("counts shingles by hand on a small case", () => {
    // "a b c d" has {a b c, b c d}; "a b c e" has {a b c, b c e}: 1 shared of 3.
    expect(exactJaccard(["a b", "c d"], ["A b c", "e"])).toBeCloseTo(1 / 3, 12);
    expect(exactJaccard(["x y z"], ["x y z"])).toBe(1);
  });
});

describe("near-duplicates, by their exact similarity", () => {
  const pair = (q: string, a: string) => [q, a];

  it("reports a pair clearly above the 0.8 threshold (exact Jaccard 71/77 = 0.92: one word of the question changed)", async () => {
    // (The same question with another answer would be a conflict, reported as such.)
    const changed = LONG_Q.replace("yesterday", "today");
    expect(exactJaccard(pair(LONG_Q, LONG_A), pair(changed, LONG_A))).toBeCloseTo(71 / 77, 10);
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(20), chat(LONG_Q, LONG_A), chat(changed, LONG_A)]) } });
    const near = findingsOf(report, "near-duplicate");
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ line: 22, related: { line: 21 } });
    const percent = Number(/^(\d+)% similar/.exec(near[0]!.message)?.[1]);
    // The message shows the MinHash estimate: within the 3-sigma error of 64 slots (0.1) of the truth.
    expect(Math.abs(percent / 100 - 71 / 77)).toBeLessThanOrEqual(0.1);
  });

  it("does not report a pair clearly below it (exact Jaccard 0.62: five edits)", async () => {
    const q2 = LONG_Q.replace("yesterday", "this morning").replace("lower left", "upper right");
    const a2 = LONG_A.replace("two photos", "three pictures").replace("no cost", "no charge").replace("business days", "working days");
    const exact = exactJaccard(pair(LONG_Q, LONG_A), pair(q2, a2));
    expect(exact).toBeGreaterThan(0.6);
    expect(exact).toBeLessThan(0.65);
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(20), chat(LONG_Q, LONG_A), chat(q2, a2)]) } });
    expect(findingsOf(report, "near-duplicate")).toEqual([]);
  });

  it("reports a holdout example clearly above the threshold as a leak, and not one clearly below", async () => {
    const near = LONG_A.replace("collects it.", "collects it today.");
    expect(exactJaccard(pair(LONG_Q, LONG_A), pair(LONG_Q, near))).toBeGreaterThan(0.95);
    const far = LONG_A.replace("two photos", "three pictures").replace("no cost", "no charge").replace("business days", "working days").replace("damaged unit", "broken unit");
    expect(exactJaccard(pair(LONG_Q, LONG_A), pair(LONG_Q.replace("yesterday", "this morning"), far))).toBeLessThan(0.65);
    const report = await review({
      train: { "train.jsonl": jsonl([...distinctExamples(20), chat(LONG_Q, LONG_A)]) },
      holdout: { "holdout.jsonl": jsonl([...distinctExamples(3, 500), chat(LONG_Q, near), chat(LONG_Q.replace("yesterday", "this morning"), far)]) },
    });
    expect(findingsOf(report, "holdout-leak").map((f) => [f.file, f.line])).toEqual([["holdout.jsonl", 4]]);
  });
});

describe("the MinHash estimate's error, over many random pairs", () => {
  const signature = (text: string) => minhashSignature(text);

  it("stays within the error 64 slots allow: bias under 0.02, RMS error under 0.07, under 1% of pairs off by more than 0.2", () => {
    // A k-slot MinHash estimate has standard error sqrt(J(1 - J)/k) (Broder 1997), at most
    // sqrt(0.25 / 64) = 0.0625; one-permutation hashing with densification keeps that (Shrivastava
    // 2017), and the 8-bit folding is corrected for (Li & König 2010). 0.2 is 3.2 standard errors.
    const random = seededRandom(20261201);
    const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const errors: number[] = [];
    for (let n = 0; n < 2000; n++) {
      const length = 30 + Math.floor(random() * 120);
      const a = Array.from({ length }, pick);
      // Each word replaced with a probability from 0 to 0.6: similarities from 1 down to about 0.1.
      const p = random() * 0.6;
      const b = a.map((w) => (random() < p ? pick() : w));
      const exact = exactJaccard([a.join(" ")], [b.join(" ")]);
      errors.push(estimatedJaccard(signature(a.join(" ")), signature(b.join(" "))) - exact);
    }
    const bias = errors.reduce((s, e) => s + e, 0) / errors.length;
    const rms = Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);
    const far = errors.filter((e) => Math.abs(e) > 0.2).length / errors.length;
    expect(Math.abs(bias)).toBeLessThan(0.02);
    expect(rms).toBeLessThan(0.07);
    expect(far).toBeLessThan(0.01);
  });
});
