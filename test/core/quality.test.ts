import { describe, expect, it } from "vitest";
import { chat, distinctExamples, findingsOf, jsonl, review, SYSTEM } from "../support/review.js";
import { exactJaccard } from "../support/shingles.js";

const LONG_Q = "My order arrived yesterday but the screen of the laptop is cracked in the lower left corner and the charger is missing from the box, what should I do now?";
const LONG_A =
  "I'm sorry your laptop arrived damaged. Please send us two photos of the cracked corner and the open box, and we will ship a replacement with a charger within two business days at no cost. You can keep the damaged unit until the courier collects it.";

describe("duplicates and near-duplicates", () => {
  it("finds an exact duplicate after normalising case and whitespace, naming both lines", async () => {
    const base = distinctExamples(12);
    const report = await review({ train: { "t.jsonl": jsonl([...base, chat("  HOW do I reset my password? ", "Use the reset link.  "), chat("how do i reset my password?", "use the   reset link.")]) } });
    const [dup] = findingsOf(report, "duplicate");
    expect(dup).toMatchObject({ line: 14, related: { file: "t.jsonl", line: 13 } });
    expect(findingsOf(report, "near-duplicate")).toEqual([]);
  });

  it("finds a near-duplicate (exact word 3-shingle Jaccard 0.85) and not unrelated pairs", async () => {
    // Clearly above the 0.8 threshold by the exact measure (test/support/shingles.ts), so the
    // result does not hang on the MinHash estimate's error; nearDuplicates.test.ts has the cases.
    const question = LONG_Q.replace("yesterday", "today");
    const reworded = LONG_A.replace("no cost", "no charge");
    expect(exactJaccard([LONG_Q, LONG_A], [question, reworded])).toBeCloseTo(0.85, 2);
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(20), chat(LONG_Q, LONG_A), chat(question, reworded)]) } });
    const near = findingsOf(report, "near-duplicate");
    expect(near).toHaveLength(1);
    expect(near[0]).toMatchObject({ line: 22, related: { line: 21 } });
    expect(near[0]!.message).toMatch(/\d+% similar/);
  });

  it("honours the configured threshold", async () => {
    const reworded = LONG_A.replace("two photos", "some photos").replace("no cost", "no charge").replace("business days", "working days");
    const lines = jsonl([...distinctExamples(12), chat(LONG_Q, LONG_A), chat(`${LONG_Q} Thanks a lot`, reworded)]);
    expect(findingsOf(await review({ train: { "t.jsonl": lines } }, { review: { nearDuplicateThreshold: 0.99 } }), "near-duplicate")).toEqual([]);
    expect(findingsOf(await review({ train: { "t.jsonl": lines } }, { review: { nearDuplicateThreshold: 0.5 } }), "near-duplicate")).toHaveLength(1);
  });
});

describe("examples without messages", () => {
  it("are not duplicates of each other unless their lines are the same", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), "{}", '{"messages":null}', '{"mesages":[]}', '{"messages":null}']) } });
    // Each is reported for what it lacks; the only repeat is the line written twice.
    expect(findingsOf(report, "missing-messages").map((f) => f.line)).toEqual([13, 14, 15, 16]);
    expect(findingsOf(report, "duplicate")).toMatchObject([{ line: 16, related: { line: 14 } }]);
  });
});

describe("conflicting answers", () => {
  it("reports the same prompt with a different answer, not as a near-duplicate", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), chat(LONG_Q, LONG_A), chat(LONG_Q, "Returns are accepted within 14 days only.")]) } });
    expect(findingsOf(report, "conflicting-answers")).toMatchObject([{ line: 14, related: { line: 13 } }]);
    expect(findingsOf(report, "near-duplicate")).toEqual([]);
  });
});

describe("holdout leaks", () => {
  it("finds exact, same-prompt and near leaks, reported on the holdout line", async () => {
    const train = jsonl([...distinctExamples(20), chat(LONG_Q, LONG_A)]);
    const holdout = jsonl([
      chat("Completely different question about a gift card balance that expired last month", "Gift cards never expire; I have restored your balance."),
      chat(LONG_Q, LONG_A),
      distinctExamples(1, 3)[0]!.replace("then we follow up", "then we will follow up"),
      chat(LONG_Q.replace("yesterday", "this morning"), `${LONG_A} Thank you for your patience.`),
    ]);
    const report = await review({ train: { "train.jsonl": train }, holdout: { "holdout.jsonl": holdout } });
    const leaks = findingsOf(report, "holdout-leak");
    expect(leaks.map((f) => [f.file, f.line])).toEqual([
      ["holdout.jsonl", 2],
      ["holdout.jsonl", 3],
      ["holdout.jsonl", 4],
    ]);
    expect(leaks[0]!.related).toEqual({ file: "train.jsonl", line: 21 });
    expect(leaks[0]!.message).toMatch(/same example/);
  });
});

describe("consistency", () => {
  it("reports the few examples whose system prompt differs from the dominant one", async () => {
    const report = await review({ train: { "t.jsonl": jsonl([...distinctExamples(12), chat("Where is my parcel?", "Let me check.", "You are a helpful assistant.")]) } });
    expect(findingsOf(report, "inconsistent-system-prompt")).toMatchObject([{ line: 13, related: { line: 1 } }]);
    expect(report.stats.systemPrompts.variants).toBe(2);
  });

  it("reports a non-JSON answer and a JSON answer missing common keys in a JSON dataset", async () => {
    const answer = (i: number) => JSON.stringify({ intent: ["refund", "delivery", "login"][i % 3], priority: i % 2 ? "high" : "low", reply: `Reply number ${i}` });
    const lines = Array.from({ length: 15 }, (_, i) => chat(`Ticket ${i}: something about case ${i * 37}`, answer(i)));
    lines.push(chat("Ticket 99: my order is late", "Sorry! It ships tomorrow."));
    lines.push(chat("Ticket 98: refund please", JSON.stringify({ intent: "refund", reply: "Done" })));
    const report = await review({ train: { "t.jsonl": jsonl(lines) } });
    const found = findingsOf(report, "inconsistent-format");
    expect(found.map((f) => f.line)).toEqual([16, 17]);
    expect(found[0]!.message).toMatch(/not a JSON object/);
    expect(found[1]!.message).toMatch(/"priority"/);
    expect(report.stats.answerFormat.commonKeys).toEqual(["intent", "priority", "reply"]);
  });
});

describe("classification datasets", () => {
  it("shows the label distribution and warns on strong imbalance", async () => {
    const lines = [
      ...Array.from({ length: 40 }, (_, i) => chat(`Review ${i}: I love it, works great, number ${i}`, "positive", SYSTEM)),
      ...Array.from({ length: 3 }, (_, i) => chat(`Review ${100 + i}: broke after a day, model ${i}`, "negative", SYSTEM)),
    ];
    const report = await review({ train: { "t.jsonl": jsonl(lines) } });
    expect(report.stats.labels).toEqual([
      { label: "positive", count: 40, share: 40 / 43 },
      { label: "negative", count: 3, share: 3 / 43 },
    ]);
    expect(findingsOf(report, "class-imbalance")).toMatchObject([{ line: 41 }]);
  });

  it("does not treat free-form answers as labels", async () => {
    const report = await review({ train: { "t.jsonl": jsonl(distinctExamples(15)) } });
    expect(report.stats.labels).toBeNull();
  });
});

describe("dataset size", () => {
  it("requires at least 10 training examples", async () => {
    const report = await review({ train: { "t.jsonl": jsonl(distinctExamples(9)) } });
    expect(findingsOf(report, "too-few-examples")).toMatchObject([{ line: 0, severity: "error" }]);
  });
});
