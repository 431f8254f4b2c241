import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { decideGate, defaultGateRules, type GateArm, type GateInput } from "../../../src/core/eval/gate.js";
import type { PairedComparison } from "../../../src/core/eval/stats/paired.js";
import { paired } from "./pairedComparison.js";

const ARMS: GateArm[] = [
  { name: "ft", kind: "candidate", total: 200, failed: 0 },
  { name: "base", kind: "base", total: 200, failed: 0 },
  { name: "prompted", kind: "prompted", total: 200, failed: 0 },
];

function gate(vsBase: Partial<PairedComparison>, extra: Partial<GateInput> = {}, vsPrompted: Partial<PairedComparison> = { delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 }) {
  return decideGate({
    candidate: "ft",
    arms: ARMS,
    primary: "accuracy",
    metrics: ["accuracy", "macro-f1", "answer-chars"],
    comparisons: [
      { metric: "accuracy", vs: "base", comparison: paired(vsBase) },
      { metric: "accuracy", vs: "prompted", comparison: paired(vsPrompted) },
    ],
    means: [{ arm: "ft", metric: "accuracy", mean: 0.72, n: 200 }],
    ...extra,
  });
}

describe("the default gate: not significantly worse than base, warn when not better than prompting", () => {
  it("builds its rules from the arms' kinds", () => {
    expect(defaultGateRules("rouge-l", [...ARMS, { name: "prod", kind: "baseline" }])).toEqual([
      { metric: "rouge-l", vs: "base", kind: "not-worse", margin: 0.02, severity: "fail" },
      { metric: "rouge-l", vs: "prod", kind: "not-worse", margin: 0.02, severity: "fail" },
      { metric: "rouge-l", vs: "prompted", kind: "better", margin: 0, severity: "warn" },
    ]);
  });

  it("passes when a drop beyond the margin is ruled out, saying so in one sentence", () => {
    const result = gate({ delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0002 });
    expect(result.verdict).toBe("pass");
    expect(result.reason).toBe("Accuracy vs base +0.100 (95% CI +0.050 to +0.150, p < 0.001, 200 pairs) rules out a drop of more than 0.02.");
    expect(result.warnings).toEqual([]);
    expect(result.pairsUsed).toBe(200);
  });

  it("fails on a significant drop larger than the margin", () => {
    const result = gate({ delta: -0.08, interval: { lower: -0.13, upper: -0.03 }, p: 0.002 });
    expect(result.verdict).toBe("fail");
    expect(result.reason).toBe("Accuracy vs base -0.080 (95% CI -0.130 to -0.030, p = 0.002, 200 pairs) is significantly worse, by more than the 0.02 margin.");
  });

  it("passes a significant drop that stays within the margin", () => {
    expect(gate({ delta: -0.015, interval: { lower: -0.019, upper: -0.011 }, p: 0.001 }).verdict).toBe("pass");
  });

  it("is inconclusive when the interval reaches below the margin, saying how many pairs would tell", () => {
    // Pairs needed: Connor (1987) with psi = 20/200 = 0.1 and delta = 0.02: 1959.86 -> 1960
    // (scipy 1.17.1 norm.ppf, computed outside the code under test).
    const result = gate({ delta: -0.01, interval: { lower: -0.08, upper: 0.06 }, p: 0.8 });
    expect(result.verdict).toBe("inconclusive");
    expect(result.reason).toBe("Accuracy vs base -0.010 (95% CI -0.080 to +0.060, p = 0.80, 200 pairs) cannot rule out a drop of more than 0.02; about 1,960 pairs would be needed to tell.");
    expect(result.rules[0]!.pairsNeeded).toBe(1960);
  });

  it("is inconclusive with too few pairs, counting the examples left out", () => {
    const result = gate({ pairs: 12, excluded: { candidateMissing: 150, referenceMissing: 30, bothMissing: 8 }, delta: 0.2, interval: { lower: 0.1, upper: 0.3 }, p: 0.01 });
    expect(result.verdict).toBe("inconclusive");
    expect(result.reason).toBe("Accuracy vs base: only 12 paired examples, fewer than the 30 needed to tell (188 left out for failed or missing answers).");
    expect(result.pairsUsed).toBe(12);
  });

  it("warns, without failing, when fine-tuning does not beat prompting", () => {
    // Pairs needed to detect the observed +0.01 with psi = 58/200 = 0.29: Connor (1987), 22759.39 -> 22760 (scipy).
    const result = gate({ delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 }, {}, { delta: 0.01, interval: { lower: -0.03, upper: 0.05 }, p: 0.6, discordant: { candidateOnly: 30, referenceOnly: 28 } });
    expect(result.verdict).toBe("pass");
    expect(result.warnings).toEqual([
      "Fine-tuning bought nothing over prompting: Accuracy vs prompted +0.010 (95% CI -0.030 to +0.050, p = 0.60, 200 pairs) is not a significant improvement; about 22,760 pairs would be needed to detect 0.01.",
    ]);
    const worse = gate({ delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 }, {}, { delta: -0.05, interval: { lower: -0.09, upper: -0.01 }, p: 0.02 });
    expect(worse.rules[1]!.outcome).toBe("fail");
    expect(worse.warnings[0]).toMatch(/^Fine-tuning bought nothing over prompting: Accuracy vs prompted -0.050 .* rules out a gain\.$/);
  });
});

describe("gate rules from the configuration", () => {
  it("corrects several gated comparisons with Holm's method", () => {
    // p = 0.03 and 0.04: Holm multiplies the smaller by 2 (0.06) and keeps the larger >= it (0.06),
    // by hand and as statsmodels' multipletests(method="holm") does. Neither drop is then significant.
    const drop = { delta: -0.05, interval: { lower: -0.1, upper: -0.005 } };
    const input: GateInput = {
      candidate: "ft",
      arms: [...ARMS, { name: "prod", kind: "baseline", total: 200, failed: 0 }],
      primary: "accuracy",
      metrics: ["accuracy"],
      comparisons: [
        { metric: "accuracy", vs: "base", comparison: paired({ ...drop, p: 0.03 }) },
        { metric: "accuracy", vs: "prod", comparison: paired({ ...drop, p: 0.04 }) },
        { metric: "accuracy", vs: "prompted", comparison: paired({ delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 }) },
      ],
      means: [],
    };
    const result = decideGate(input);
    expect(result.rules.map((r) => r.pAdjusted)).toEqual([0.06, 0.06, 0.0001]);
    expect(result.verdict).toBe("inconclusive");
    expect(result.reason).toBe("Accuracy vs base -0.050 (95% CI -0.100 to -0.005, p = 0.030, Holm-adjusted 0.060, 200 pairs) cannot rule out a drop of more than 0.02; about 1,960 pairs would be needed to tell.");
    // The same drop gated alone is significant and fails.
    expect(decideGate({ ...input, options: { rules: [{ metric: "accuracy", vs: "base", kind: "not-worse" }] } }).verdict).toBe("fail");
  });

  it("applies a `better` rule with a margin", () => {
    const rules = [{ metric: "accuracy" as const, vs: "base", kind: "better" as const, margin: 0.05 }];
    expect(gate({ delta: 0.1, interval: { lower: 0.06, upper: 0.14 }, p: 0.0001 }, { options: { rules } }).reason).toBe(
      "Accuracy vs base +0.100 (95% CI +0.060 to +0.140, p < 0.001, 200 pairs) is significantly better, by more than 0.05.",
    );
    expect(gate({ delta: 0.02, interval: { lower: -0.01, upper: 0.04 }, p: 0.2 }, { options: { rules } }).verdict).toBe("fail");
    expect(gate({ delta: 0.04, interval: { lower: 0.01, upper: 0.07 }, p: 0.01 }, { options: { rules } }).verdict).toBe("inconclusive");
  });

  it("checks absolute floors on an arm's mean", () => {
    const pass = { delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 };
    const result = gate(pass, { options: { floors: [{ metric: "accuracy", min: 0.8 }] } });
    expect(result.verdict).toBe("fail");
    expect(result.reason).toBe("Accuracy of ft is 0.72 over 200 examples, below the floor of 0.8.");
    expect(gate(pass, { options: { floors: [{ metric: "accuracy", min: 0.7 }] } }).reason).toMatch(/rules out a drop of more than 0\.02, and 1 more check passed\.$/);
  });

  it("fails the run when an arm's failure rate is above the maximum, with its own reason", () => {
    const pass = { delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 };
    const arms = (failed: number) => ARMS.map((a) => (a.name === "base" ? { ...a, failed } : a));
    const result = gate(pass, { arms: arms(5) });
    expect(result.verdict).toBe("fail");
    expect(result.reason).toBe("5 of 200 requests of base failed (2.5%), above the 2% maximum.");
    // Exactly at the maximum is allowed.
    expect(gate(pass, { arms: arms(4) }).verdict).toBe("pass");
    expect(gate(pass, { arms: arms(5), options: { maxFailureRate: 0.05 } }).verdict).toBe("pass");
  });

  it("is inconclusive when there is nothing to gate on", () => {
    expect(gate({}, { options: { rules: [] } }).reason).toBe("Nothing to gate on: no base or baseline arm to compare the candidate with and no floor.");
  });

  it("names the key and the fix for a rule it cannot apply", () => {
    const withRules = (rules: unknown) => () => gate({}, { options: { rules: rules as never, key: "eval.gate" } });
    expect(withRules([{ metric: "accuracy", vs: "prod", kind: "not-worse" }])).toThrow(EvalInputError);
    expect(withRules([{ metric: "accuracy", vs: "prod", kind: "not-worse" }])).toThrow('eval.gate.rules[0].vs: there is no arm named "prod". Use one of the arms: ft, base, prompted');
    expect(withRules([{ metric: "accuracy", vs: "ft", kind: "better" }])).toThrow(/compares the candidate "ft" with itself/);
    expect(withRules([{ metric: "rouge-l", vs: "base", kind: "better" }])).toThrow('eval.gate.rules[0].metric: "rouge-l" is not a metric of this evaluation. Use one of: accuracy, macro-f1, answer-chars');
    expect(withRules([{ metric: "macro-f1", vs: "base", kind: "better" }])).toThrow(/"macro-f1" cannot be compared in a rule: it is a figure of the whole set/);
    expect(withRules([{ metric: "answer-chars", vs: "base", kind: "better" }])).toThrow(/more of it is not better/);
    expect(withRules([{ metric: "accuracy", vs: "base", kind: "not-worse", margin: -0.1 }])).toThrow(/eval\.gate\.rules\[0\]\.margin: margin must be a number in \[0, 1\]/);
    expect(withRules([{ metric: "accuracy", vs: "base", kind: "worse" }])).toThrow(/kind must be "not-worse" or "better"/);
    expect(() => gate({}, { options: { floors: [{ metric: "accuracy", min: 0.5, arm: "nope" }] } })).toThrow(/gate\.floors\[0\]\.arm: there is no arm named "nope"/);
  });
});
