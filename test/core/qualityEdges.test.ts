// The dataset-wide quality rules at the edges of their thresholds, with their exact messages
// (README, "What the review checks"): each expected value is worked out by hand from the rule.
import { describe, expect, it } from "vitest";
import { chat, distinctExamples, findingsOf, jsonl, review, SYSTEM } from "../support/review.js";

const OFF = { "too-few-examples": "off" };

describe("class imbalance", () => {
  /** n answers of each label, in the order given; all short labels, so the dataset is a classification one. */
  const labelled = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([label, n]) => Array.from({ length: n }, (_, i) => chat(`ticket ${label} ${i}: please route this one`, label)));

  it("warns at exactly the ratio (10x by default) and names the rarest label, the commonest and the ratio", async () => {
    const report = await review({ train: { "t.jsonl": jsonl(labelled({ billing: 20, bug: 2 })) } }, { severities: OFF });
    const [finding] = findingsOf(report, "class-imbalance");
    expect(finding).toMatchObject({ line: 21, message: 'label "bug" has 2 example(s), "billing" has 20 (10.0x)' });
    expect(report.stats.labels).toEqual([{ label: "billing", count: 20, share: 20 / 22 }, { label: "bug", count: 2, share: 2 / 22 }]);
    // Just under the ratio: the labels are shown, without a warning.
    const under = await review({ train: { "t.jsonl": jsonl(labelled({ billing: 19, bug: 2 })) } }, { severities: OFF });
    expect(findingsOf(under, "class-imbalance")).toEqual([]);
    expect(under.stats.labels?.map((l) => l.count)).toEqual([19, 2]);
  });

  it("lists labels by count, then by name", async () => {
    const report = await review({ train: { "t.jsonl": jsonl(labelled({ zeta: 3, alpha: 3, mid: 5 })) } }, { severities: OFF });
    expect(report.stats.labels?.map((l) => `${l.label} ${l.count}`)).toEqual(["mid 5", "alpha 3", "zeta 3"]);
  });

  it("is not a classification dataset with fewer than two examples per label, or one label", async () => {
    // 3 labels need 6 labelled examples; 5 are not enough.
    expect((await review({ train: { "t.jsonl": jsonl(labelled({ a: 2, b: 2, c: 1 })) } }, { severities: OFF })).stats.labels).toBeNull();
    expect((await review({ train: { "t.jsonl": jsonl(labelled({ a: 2, b: 2, c: 2 })) } }, { severities: OFF })).stats.labels).not.toBeNull();
    expect((await review({ train: { "t.jsonl": jsonl(labelled({ a: 12 })) } }, { severities: OFF })).stats.labels).toBeNull();
  });

  it("needs 90% of the answers to be labels", async () => {
    const prose = distinctExamples(2);
    // 18 labels out of 20 answers is 90%: classification. 17 of 19 is 89.5%: not.
    expect((await review({ train: { "t.jsonl": jsonl([...labelled({ a: 9, b: 9 }), ...prose]) } }, { severities: OFF })).stats.labels).not.toBeNull();
    expect((await review({ train: { "t.jsonl": jsonl([...labelled({ a: 9, b: 8 }), ...prose]) } }, { severities: OFF })).stats.labels).toBeNull();
  });
});

describe("one system prompt", () => {
  const withSystem = (system: string | null, i: number) => chat(`Question ${i} about the ${["order", "refund", "invoice", "delivery"][i % 4]} number ${i * 31}?`, `Answer ${i} with step ${i % 3} and follow-up ${i * 17}.`, system);

  it("reports the others when the commonest is used by exactly half the examples with one", async () => {
    const lines = [SYSTEM, SYSTEM, "Be terse.", "Be verbose.", null].map((s, i) => withSystem(s, i));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    const found = findingsOf(report, "inconsistent-system-prompt");
    expect(found.map((f) => f.line)).toEqual([3, 4]);
    expect(found[0]!.message).toBe("system prompt differs from the one 50% of examples use (first at t.jsonl:1)");
    expect(report.stats.systemPrompts).toMatchObject({ variants: 3, dominantShare: 0.5, dominantSample: SYSTEM });
  });

  it("says nothing when no prompt reaches half, or when there is only one", async () => {
    const split = await review({ train: { "t.jsonl": jsonl([SYSTEM, SYSTEM, "Be terse.", "Be verbose.", "Be kind."].map((s, i) => withSystem(s, i))) } }, { severities: OFF });
    expect(findingsOf(split, "inconsistent-system-prompt")).toEqual([]);
    expect(split.stats.systemPrompts.dominantShare).toBe(0.4);
    const one = await review({ train: { "t.jsonl": jsonl([SYSTEM, SYSTEM, null].map((s, i) => withSystem(s, i))) } }, { severities: OFF });
    expect(findingsOf(one, "inconsistent-system-prompt")).toEqual([]);
    expect(one.stats.systemPrompts).toMatchObject({ variants: 1, dominantShare: 1 });
    const none = await review({ train: { "t.jsonl": jsonl([null, null].map((s, i) => withSystem(s, i))) } }, { severities: OFF });
    expect(none.stats.systemPrompts).toMatchObject({ variants: 0, dominantShare: 0 });
    expect(none.stats.systemPrompts.dominantSample).toBeUndefined();
  });
});

describe("one answer format", () => {
  const json = (i: number, value: Record<string, unknown>) => chat(`Classify ticket ${i}: the parcel ${i * 13} is late`, JSON.stringify(value));
  const text = (i: number) => chat(`Classify ticket ${i}: the parcel ${i * 13} is late`, `Plain answer number ${i}.`);

  it("at exactly 60% JSON answers, reports the others and the answers missing a key 80% have", async () => {
    // 5 answers: 3 JSON (60%); "intent" in all three, "priority" in 2 of 3 (67%, under 80%).
    const lines = [json(0, { intent: "late", priority: 1 }), json(1, { intent: "late", priority: 2 }), json(2, { intent: "late" }), text(3), text(4)];
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    const found = findingsOf(report, "inconsistent-format");
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [4, "the answer is not a JSON object, while 60% of answers are"],
      [5, "the answer is not a JSON object, while 60% of answers are"],
    ]);
    expect(report.stats.answerFormat).toEqual({ answers: 5, jsonShare: 0.6, commonKeys: ["intent"] });
  });

  it("a key in exactly 80% of JSON answers is expected in all of them", async () => {
    const lines = [0, 1, 2, 3].map((i) => json(i, { intent: "late", priority: i })).concat(json(4, { intent: "late" }));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } }, { severities: OFF });
    expect(report.stats.answerFormat.commonKeys).toEqual(["intent", "priority"]);
    expect(findingsOf(report, "inconsistent-format").map((f) => [f.line, f.message])).toEqual([[5, 'the JSON answer lacks "priority", which most answers have']]);
  });

  it("says nothing under 60% JSON answers, or when every JSON answer has the common keys", async () => {
    const under = await review({ train: { "t.jsonl": jsonl([json(0, { a: 1 }), json(1, { a: 1 }), text(2), text(3)]) } }, { severities: OFF });
    expect(findingsOf(under, "inconsistent-format")).toEqual([]);
    expect(under.stats.answerFormat.jsonShare).toBe(0.5);
    const consistent = await review({ train: { "t.jsonl": jsonl([json(0, { a: 1 }), json(1, { a: 2, b: 1 }), json(2, {})]) } }, { severities: OFF });
    // An empty object has no keys; "a" is in 2 of 3 (67%): nobody is expected to have it.
    expect(findingsOf(consistent, "inconsistent-format")).toEqual([]);
    expect(consistent.stats.answerFormat.commonKeys).toEqual([]);
  });
});

describe("duplicates, conflicts and leaks: their messages", () => {
  it("name the first occurrence by file and line", async () => {
    const base = distinctExamples(12);
    const report = await review({
      train: { "t.jsonl": jsonl([...base, chat("How do I reset my password?", "Use the reset link."), chat("How do I reset my password?", "Use the reset link."), chat("How do I reset my password?", "Call support.")]) },
      holdout: { "h.jsonl": jsonl([chat("How do I reset my password?", "Something else."), ...distinctExamples(3, 100)]) },
    }, { severities: OFF });
    expect(findingsOf(report, "duplicate").map((f) => [f.line, f.message])).toEqual([[14, "same example as t.jsonl:13 (after normalising case and whitespace)"]]);
    expect(findingsOf(report, "conflicting-answers").map((f) => [f.file, f.line, f.message])).toEqual([["t.jsonl", 15, "same prompt as t.jsonl:13 but a different answer"]]);
    expect(findingsOf(report, "holdout-leak").map((f) => [f.file, f.line, f.message])).toEqual([["h.jsonl", 1, "the same prompt is in the training data at t.jsonl:13"]]);
  });
});
