import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { evaluate, type EvalInput } from "../../../src/core/eval/evaluate.js";
import { seededRng } from "../../../src/core/eval/stats/random.js";
import type { Answer, ArmAnswers, Reference } from "../../../src/core/eval/types.js";

const LABELS = ["billing", "shipping", "returns"];

/** A classification holdout of n examples and an arm that is right with probability `skill`. */
function holdout(n: number): Reference[] {
  return Array.from({ length: n }, (_, i) => ({ text: LABELS[i % 3]! }));
}

function arm(name: string, kind: ArmAnswers["kind"], references: Reference[], skill: number, failAt: number[] = []): ArmAnswers {
  const rng = seededRng(99, `answers:${name}`);
  const answers = references.map((r, i): Answer => {
    if (failAt.includes(i)) return { status: "failed", error: "HTTP 500 after 3 retries" };
    const right = rng.nextUint32() / 2 ** 32 < skill;
    const text = right ? `${r.text[0]!.toUpperCase()}${r.text.slice(1)}.` : LABELS[(LABELS.indexOf(r.text) + 1) % 3]!;
    return { status: "ok", text, inputTokens: 120, outputTokens: 2, latencyMs: 100 + (i % 10) * 10 };
  });
  return { name, kind, answers, prices: { inputPerMillion: 0.3, outputPerMillion: 1.2 } };
}

const small = { resamples: 1000, flips: 1000 };

describe("evaluating arms on a holdout", () => {
  const references = holdout(300);
  const input: EvalInput = {
    references,
    arms: [arm("ft", "candidate", references, 0.9, [3, 7, 11]), arm("base", "base", references, 0.5, [5, 9]), arm("few-shot", "prompted", references, 0.7)],
    stats: small,
  };
  const result = evaluate(input);

  it("chooses the scorer from the references and reports every arm with intervals", () => {
    expect(result.scorer).toMatchObject({ kind: "classification", primary: "accuracy", labels: LABELS.slice().sort() });
    expect(result.metrics.map((m) => m.id)).toEqual(["accuracy", "macro-f1", "answer-chars", "answer-tokens"]);
    const ft = result.arms[0]!;
    expect(ft.answers).toEqual({ total: 300, ok: 297, failed: 3 });
    const accuracy = ft.estimates[0]!;
    expect(accuracy).toMatchObject({ metric: "accuracy", n: 297, method: "wilson" });
    expect(accuracy.interval!.lower).toBeLessThan(accuracy.mean);
    expect(accuracy.interval!.upper).toBeGreaterThan(accuracy.mean);
    expect(ft.estimates[1]).toMatchObject({ metric: "macro-f1", method: "percentile-bootstrap", n: 297 });
    expect(ft.classification!.confusion.counts.flat().reduce((a, b) => a + b, 0)).toBe(297);
  });

  it("reports cost and latency per arm", () => {
    // 120 input and 2 output tokens a request: 120,000 and 2,000 per 1,000; $0.3 and $1.2 per 1M:
    // (120 x 0.3 + 2 x 1.2) / 1e6 x 1,000 = $0.0384, by hand.
    expect(result.arms[1]!.usage).toMatchObject({ requests: 298, withUsage: 298, inputTokensPer1k: 120_000, outputTokensPer1k: 2000 });
    expect(result.arms[1]!.usage.dollarsPer1k).toBeCloseTo(0.0384, 12);
    expect(result.arms[1]!.usage.latency).toMatchObject({ n: 298, p50: 140 });
  });

  it("pairs the candidate with each other arm, leaving failed examples out and counting them", () => {
    const vsBase = result.comparisons.find((c) => c.metric === "accuracy" && c.vs === "base")!;
    expect(vsBase.comparison).toMatchObject({ pairs: 295, excluded: { candidateMissing: 3, referenceMissing: 2, bothMissing: 0 }, test: "mcnemar-exact" });
    expect(vsBase.comparison.delta).toBeGreaterThan(0.3);
    expect(vsBase.comparison.p).toBeLessThan(1e-10);
    expect(result.comparisons.find((c) => c.metric === "answer-chars" && c.vs === "few-shot")!.comparison.test).toBe("sign-flip-permutation");
    expect(result.corpusComparisons).toHaveLength(2);
    expect(result.corpusComparisons[0]).toMatchObject({ metric: "macro-f1", vs: "base", pairs: 295 });
  });

  it("passes the default gate and says why in one sentence", () => {
    expect(result.gate.verdict).toBe("pass");
    expect(result.gate.reason).toMatch(/^Accuracy vs base \+0\.\d{3} \(95% CI \+0\.\d{3} to \+0\.\d{3}, p < 0\.001, 295 pairs\) rules out a drop of more than 0\.02\.$/);
    expect(result.gate.warnings).toEqual([]);
    expect(result.gate.pairsUsed).toBe(295);
  });

  it("gives the same report for the same seed, and other intervals for another", () => {
    expect(evaluate(input)).toEqual(result);
    const reseeded = evaluate({ ...input, stats: { ...small, seed: 7 } });
    expect(reseeded.arms[0]!.estimates[0]).toEqual(result.arms[0]!.estimates[0]);
    expect(reseeded.comparisons[0]!.comparison.interval).not.toEqual(result.comparisons[0]!.comparison.interval);
  });
});

describe("paired statistics in the report, against an independent computation", () => {
  it("counts discordant pairs and gives McNemar's p and Wilson intervals as statsmodels does", () => {
    // 40 examples: both right on 20, only the candidate on 12, only base on 3, neither on 5.
    // Expected: statsmodels 0.15.0, mcnemar([[20, 12], [3, 5]], exact=True).pvalue = 0.03515625;
    // proportion_confint(32, 40, method="wilson") = (0.652426936536005, 0.895000102745623).
    const references = Array.from({ length: 40 }, (_, i) => ({ text: i % 2 ? "yes" : "no" }));
    const flip = (t: string) => (t === "yes" ? "no" : "yes");
    const pattern = (i: number): [boolean, boolean] => (i < 20 ? [true, true] : i < 32 ? [true, false] : i < 35 ? [false, true] : [false, false]);
    const answersOf = (which: 0 | 1) => references.map((r, i): Answer => ({ status: "ok", text: pattern(i)[which] ? r.text : flip(r.text) }));
    const result = evaluate({
      references,
      arms: [
        { name: "ft", kind: "candidate", answers: answersOf(0) },
        { name: "base", kind: "base", answers: answersOf(1) },
      ],
      stats: small,
    });
    const c = result.comparisons.find((x) => x.metric === "accuracy")!.comparison;
    expect(c.discordant).toEqual({ candidateOnly: 12, referenceOnly: 3 });
    expect(c.delta).toBeCloseTo(9 / 40, 15);
    expect(c.p).toBeCloseTo(0.03515625, 14);
    expect(result.arms[0]!.estimates[0]!.interval!.lower).toBeCloseTo(0.652426936536005, 12);
    expect(result.arms[0]!.estimates[0]!.interval!.upper).toBeCloseTo(0.895000102745623, 12);
    // No output tokens were reported, so answer length in tokens is not a metric of this run.
    expect(result.metrics.map((m) => m.id)).not.toContain("answer-tokens");
  });
});

describe("the gate on whole evaluations", () => {
  const references = holdout(300);

  it("fails a candidate that is significantly worse than base", () => {
    const result = evaluate({ references, arms: [arm("ft", "candidate", references, 0.45), arm("base", "base", references, 0.7)], stats: small });
    expect(result.gate.verdict).toBe("fail");
    expect(result.gate.reason).toMatch(/^Accuracy vs base -0\.\d{3} \(95% CI .*\) is significantly worse, by more than the 0\.02 margin\.$/);
  });

  it("is inconclusive on a holdout too small to tell", () => {
    const tiny = holdout(24);
    const result = evaluate({ references: tiny, arms: [arm("ft", "candidate", tiny, 0.8), arm("base", "base", tiny, 0.7)], stats: small });
    expect(result.gate.verdict).toBe("inconclusive");
    expect(result.gate.reason).toBe("Accuracy vs base: only 24 paired examples, fewer than the 30 needed to tell.");
  });

  it("warns when the candidate does not beat prompting", () => {
    const result = evaluate({ references, arms: [arm("ft", "candidate", references, 0.8), arm("base", "base", references, 0.4), arm("few-shot", "prompted", references, 0.8)], stats: small });
    expect(result.gate.verdict).toBe("pass");
    expect(result.gate.warnings).toHaveLength(1);
    expect(result.gate.warnings[0]).toMatch(/^Fine-tuning bought nothing over prompting: Accuracy vs few-shot /);
  });

  it("fails when too many requests failed", () => {
    const failAt = Array.from({ length: 9 }, (_, i) => i * 30);
    const result = evaluate({ references, arms: [arm("ft", "candidate", references, 0.9), arm("base", "base", references, 0.5, failAt)], stats: small });
    expect(result.gate.verdict).toBe("fail");
    expect(result.gate.reason).toBe("9 of 300 requests of base failed (3%), above the 2% maximum.");
  });
});

describe("a free-text evaluation", () => {
  const topics = ["the refund", "the parcel", "the invoice", "the password", "the warranty", "the address"];
  const references = Array.from({ length: 60 }, (_, i) => ({ text: `We have checked ${topics[i % 6]} for order ${1000 + i} and it will be sorted out within ${2 + (i % 5)} business days.` }));
  const answers = (make: (r: Reference, i: number) => string): Answer[] => references.map((r, i) => ({ status: "ok", text: make(r, i) }));

  it("gates on ROUGE-L with the paired sign-flip test", () => {
    const result = evaluate({
      references,
      arms: [
        { name: "ft", kind: "candidate", answers: answers((r, i) => (i % 4 ? r.text : `${r.text} Thank you for waiting.`)) },
        { name: "base", kind: "base", answers: answers((_, i) => `Thank you for contacting us about ${topics[(i + 1) % 6]}. An agent will reply soon.`) },
      ],
      stats: small,
    });
    expect(result.scorer).toMatchObject({ kind: "free-text", primary: "rouge-l" });
    const c = result.comparisons.find((x) => x.metric === "rouge-l")!.comparison;
    expect(c).toMatchObject({ test: "sign-flip-permutation", pExact: false, pairs: 60 });
    // 60 non-zero differences all favour the candidate: no random sign pattern of 1,000 is as extreme,
    // so p is the add-one estimate 1 / 1,001.
    expect(c.p).toBeCloseTo(1 / 1001, 15);
    expect(result.gate.verdict).toBe("pass");
    expect(result.gate.reason).toMatch(/^ROUGE-L vs base \+0\.\d{3} \(95% CI .*, p < 0\.001, 60 pairs\) rules out a drop of more than 0\.02\.$/);
  });

  it("passes a candidate that answers exactly as base does, with an interval of zero width", () => {
    const same = answers((r) => r.text);
    const result = evaluate({ references, arms: [{ name: "ft", kind: "candidate", answers: same }, { name: "base", kind: "base", answers: same }], stats: small });
    expect(result.comparisons[0]!.comparison).toMatchObject({ delta: 0, interval: { lower: 0, upper: 0 }, p: 1, mde: null });
    expect(result.gate.verdict).toBe("pass");
  });
});

describe("bad input to the evaluation", () => {
  const references = holdout(6);
  const ok = (name: string, kind: ArmAnswers["kind"]): ArmAnswers => ({ name, kind, answers: references.map(() => ({ status: "ok", text: "billing" })) });

  it("needs exactly one candidate", () => {
    expect(() => evaluate({ references, arms: [ok("base", "base")] })).toThrow(/exactly one arm of kind "candidate", found 0/);
    expect(() => evaluate({ references, arms: [ok("a", "candidate"), ok("b", "candidate")] })).toThrow(/found 2/);
  });

  it("needs unique arm names and one answer per example", () => {
    expect(() => evaluate({ references, arms: [ok("x", "candidate"), ok("x", "base")] })).toThrow('arms[1].name: two arms are named "x"');
    const short = { ...ok("base", "base"), answers: [] };
    expect(() => evaluate({ references, arms: [ok("ft", "candidate"), short] })).toThrow('arms[1].answers: arm "base" has 0 answers for 6 holdout examples');
  });

  it("rejects a gate rule naming an unknown arm before computing anything", () => {
    const run = () => evaluate({ references, arms: [ok("ft", "candidate"), ok("base", "base")], gate: { rules: [{ metric: "accuracy", vs: "prod", kind: "not-worse" }] } });
    expect(run).toThrow(EvalInputError);
    expect(run).toThrow('gate.rules[0].vs: there is no arm named "prod". Use one of the arms: ft, base');
  });

  it("rejects resampling settings too small to mean anything", () => {
    expect(() => evaluate({ references, arms: [ok("ft", "candidate")], stats: { resamples: 10 } })).toThrow(/stats\.resamples: resamples must be a whole number >= 100/);
  });
});
