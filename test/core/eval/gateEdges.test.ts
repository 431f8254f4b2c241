// The gate's edges, each stated as the sentence a user reads or the error a config gets: exact
// boundaries (a drop of exactly the margin, a failure rate of exactly the maximum, a mean exactly at
// the floor), how p-values are printed, which options are refused and with what key and fix.
import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { decideGate, formatP, resolveGateOptions, type GateArm, type GateInput } from "../../../src/core/eval/gate.js";
import type { PairedComparison } from "../../../src/core/eval/stats/paired.js";
import { paired } from "./pairedComparison.js";

const ARMS: GateArm[] = [
  { name: "ft", kind: "candidate", total: 200, failed: 0 },
  { name: "base", kind: "base", total: 200, failed: 0 },
];
const CLEAR_PASS = { delta: 0.1, interval: { lower: 0.05, upper: 0.15 }, p: 0.0001 };

function gate(vsBase: Partial<PairedComparison>, extra: Partial<GateInput> = {}) {
  return decideGate({
    candidate: "ft",
    arms: ARMS,
    primary: "accuracy",
    metrics: ["accuracy", "exact-match"],
    comparisons: [
      { metric: "accuracy", vs: "base", comparison: paired(vsBase) },
      { metric: "exact-match", vs: "base", comparison: paired(vsBase) },
    ],
    means: [
      { arm: "ft", metric: "accuracy", mean: 0.72, n: 200 },
      { arm: "base", metric: "accuracy", mean: 0.6, n: 150 },
    ],
    ...extra,
  });
}

const rule = (fields: Record<string, unknown>) => ({ metric: "accuracy", vs: "base", kind: "not-worse", ...fields }) as never;

describe("how p-values are printed", () => {
  it.each([
    [0.0009, "p < 0.001"],
    [0.001, "p = 0.001"],
    [0.004, "p = 0.004"],
    [0.0099, "p = 0.01"],
    [0.01, "p = 0.010"],
    [0.0999, "p = 0.100"],
    [0.1, "p = 0.10"],
    [0.5, "p = 0.50"],
    [0.9949, "p = 0.99"],
    [0.995, "p = 1"],
    [1, "p = 1"],
  ])("p = %s is printed as %s", (p, printed) => {
    expect(formatP(p)).toBe(printed);
  });
});

describe("boundaries of the not-worse rule (margin 0.02)", () => {
  it("passes when the interval's lower bound is exactly -margin", () => {
    const result = gate({ delta: 0.01, interval: { lower: -0.02, upper: 0.04 }, p: 0.5 });
    expect(result.verdict).toBe("pass");
    expect(result.reason).toBe("Accuracy vs base +0.010 (95% CI -0.020 to +0.040, p = 0.50, 200 pairs) rules out a drop of more than 0.02.");
  });

  it("is inconclusive when it reaches just below, and a significant drop of exactly the margin does not fail", () => {
    expect(gate({ delta: 0, interval: { lower: -0.021, upper: 0.02 }, p: 0.9 }).verdict).toBe("inconclusive");
    const atMargin = gate({ delta: -0.02, interval: { lower: -0.03, upper: -0.01 }, p: 0.001 });
    expect(atMargin.verdict).toBe("inconclusive");
    expect(atMargin.rules[0]!.outcome).toBe("inconclusive");
  });

  it("with margin 0 fails any significant drop and says so without a margin", () => {
    const result = gate({ delta: -0.01, interval: { lower: -0.02, upper: -0.001 }, p: 0.01 }, { options: { rules: [rule({ margin: 0 })] } });
    expect(result.verdict).toBe("fail");
    expect(result.reason).toBe("Accuracy vs base -0.010 (95% CI -0.020 to -0.001, p = 0.010, 200 pairs) is significantly worse.");
    expect(result.rules[0]!.pairsNeeded).toBeNull();
    const unsure = gate({ delta: 0, interval: { lower: -0.01, upper: 0.01 }, p: 1 }, { options: { rules: [rule({ margin: 0 })] } });
    expect(unsure.reason).toBe("Accuracy vs base +0.000 (95% CI -0.010 to +0.010, p = 1, 200 pairs) cannot rule out any drop.");
  });

  it("needs p below alpha, not equal to it", () => {
    const drop = { delta: -0.05, interval: { lower: -0.1, upper: -0.01 } };
    expect(gate({ ...drop, p: 0.05 }, { options: { rules: [rule({})] } }).verdict).toBe("inconclusive");
    expect(gate({ ...drop, p: 0.0499 }, { options: { rules: [rule({})] } }).verdict).toBe("fail");
    expect(gate({ ...drop, p: 0.09 }, { options: { rules: [rule({})], alpha: 0.1 } }).verdict).toBe("fail");
  });

  it("decides with exactly minPairs pairs, and not with one fewer", () => {
    expect(gate({ ...CLEAR_PASS, pairs: 30 }).verdict).toBe("pass");
    const few = gate({ ...CLEAR_PASS, pairs: 29 });
    expect(few.verdict).toBe("inconclusive");
    expect(few.reason).toBe("Accuracy vs base: only 29 paired examples, fewer than the 30 needed to tell.");
    expect(gate({ ...CLEAR_PASS, pairs: 10 }, { options: { minPairs: 10 } }).verdict).toBe("pass");
  });

  it("is inconclusive without an interval, however many pairs", () => {
    expect(gate({ ...CLEAR_PASS, interval: null }).verdict).toBe("inconclusive");
  });
});

describe("boundaries of the better rule", () => {
  const better = (margin?: number) => ({ options: { rules: [rule({ kind: "better", ...(margin === undefined ? {} : { margin }) })] } });

  it("with the default margin 0: a significant gain passes, saying 'a gain'; an interval at or below 0 fails", () => {
    expect(gate(CLEAR_PASS, better()).reason).toBe("Accuracy vs base +0.100 (95% CI +0.050 to +0.150, p < 0.001, 200 pairs) is significantly better.");
    const none = gate({ delta: -0.02, interval: { lower: -0.05, upper: 0 }, p: 0.2 }, better());
    expect(none.verdict).toBe("fail");
    expect(none.reason).toBe("Accuracy vs base -0.020 (95% CI -0.050 to +0.000, p = 0.20, 200 pairs) rules out a gain.");
  });

  it("fails when the upper bound is exactly the margin, is inconclusive just above it", () => {
    expect(gate({ delta: 0.02, interval: { lower: -0.01, upper: 0.05 }, p: 0.2 }, better(0.05)).verdict).toBe("fail");
    const open = gate({ delta: 0.02, interval: { lower: -0.01, upper: 0.0501 }, p: 0.2 }, better(0.05));
    expect(open.verdict).toBe("inconclusive");
    expect(open.reason).toMatch(/^Accuracy vs base \+0\.020 \(.*\) is not a significant improvement; about [\d,]+ pairs would be needed to detect 0\.05\.$/);
  });

  it("does not pass a significant gain of exactly the margin", () => {
    expect(gate({ delta: 0.05, interval: { lower: 0.04, upper: 0.06 }, p: 0.001 }, better(0.05)).verdict).toBe("inconclusive");
  });

  it("with no gain and margin 0 asks for no pair count", () => {
    const flat = gate({ delta: 0, interval: { lower: -0.01, upper: 0.01 }, p: 1 }, better());
    expect(flat.reason).toBe("Accuracy vs base +0.000 (95% CI -0.010 to +0.010, p = 1, 200 pairs) is not a significant improvement.");
    expect(flat.rules[0]!.pairsNeeded).toBeNull();
  });
});

describe("several rules", () => {
  it("shows Holm's adjustment only when it changed p, and only on fail-severity rules", () => {
    const rules = [rule({}), rule({ metric: "exact-match" })];
    const same = gate({ ...CLEAR_PASS, p: 0.0001 }, { options: { rules } });
    // 2 x 0.0001 = 0.0002, still printed as p < 0.001 but shown as adjusted: the values differ.
    expect(same.rules.map((r) => r.pAdjusted)).toEqual([0.0002, 0.0002]);
    expect(same.reason).toBe("Accuracy vs base +0.100 (95% CI +0.050 to +0.150, p < 0.001, Holm-adjusted < 0.001, 200 pairs) rules out a drop of more than 0.02, and 1 more check passed.");
    const single = gate({ ...CLEAR_PASS, p: 0.0001 }, { options: { rules: [rule({}), rule({ metric: "exact-match", severity: "warn" })] } });
    expect(single.rules.map((r) => r.pAdjusted)).toEqual([0.0001, 0.0001]);
    expect(single.reason).not.toContain("Holm");
    expect(single.reason).toBe("Accuracy vs base +0.100 (95% CI +0.050 to +0.150, p < 0.001, 200 pairs) rules out a drop of more than 0.02.");
  });

  it("counts the other checks that passed, in the plural", () => {
    const result = gate(CLEAR_PASS, { options: { rules: [rule({}), rule({ metric: "exact-match" })], floors: [{ metric: "accuracy", min: 0.5 }] } });
    expect(result.reason).toMatch(/, and 2 more checks passed\.$/);
  });

  it("reports the fewest pairs any fail-severity rule used", () => {
    const result = decideGate({
      candidate: "ft",
      arms: ARMS,
      primary: "accuracy",
      metrics: ["accuracy", "exact-match"],
      comparisons: [
        { metric: "accuracy", vs: "base", comparison: paired({ ...CLEAR_PASS, pairs: 180 }) },
        { metric: "exact-match", vs: "base", comparison: paired({ ...CLEAR_PASS, pairs: 150 }) },
      ],
      means: [],
      options: { rules: [rule({}), rule({ metric: "exact-match" })] },
    });
    expect(result.pairsUsed).toBe(150);
    expect(gate(CLEAR_PASS, { options: { rules: [], floors: [{ metric: "accuracy", min: 0.5 }] } }).pairsUsed).toBe(0);
  });

  it("warns for a warn-severity rule that did not pass, without the prompting preamble when the arm is not a prompted one", () => {
    const result = gate({ delta: -0.05, interval: { lower: -0.1, upper: -0.01 }, p: 0.01 }, { options: { rules: [rule({ severity: "warn" })], floors: [{ metric: "accuracy", min: 0.5 }] } });
    expect(result.verdict).toBe("pass");
    expect(result.warnings).toEqual(["Accuracy vs base -0.050 (95% CI -0.100 to -0.010, p = 0.010, 200 pairs) is significantly worse, by more than the 0.02 margin."]);
    expect(gate(CLEAR_PASS, { options: { rules: [rule({ severity: "warn" })] } }).warnings).toEqual([]);
  });

  it("throws when a rule's comparison was never computed", () => {
    expect(() => gate(CLEAR_PASS, { comparisons: [], options: { rules: [rule({})] } })).toThrow("no comparison of accuracy against base was computed");
  });
});

describe("floors and failure rates", () => {
  it("passes a mean exactly at the floor, names another arm's mean, and is inconclusive with no scored example", () => {
    const at = gate(CLEAR_PASS, { options: { rules: [], floors: [{ metric: "accuracy", min: 0.72 }] } });
    expect(at.verdict).toBe("pass");
    expect(at.reason).toBe("Accuracy of ft is 0.72 over 200 examples, at or above the floor of 0.72.");
    expect(gate(CLEAR_PASS, { options: { rules: [], floors: [{ metric: "accuracy", min: 0.61, arm: "base" }] } }).reason).toBe(
      "Accuracy of base is 0.6 over 150 examples, below the floor of 0.61.",
    );
    const none = gate(CLEAR_PASS, { options: { rules: [], floors: [{ metric: "exact-match", min: 0.5 }] } });
    expect(none.verdict).toBe("inconclusive");
    expect(none.reason).toBe("Exact match of ft has no scored example to compare with the floor of 0.5.");
    expect(none.floors[0]).toMatchObject({ outcome: "inconclusive", n: 0 });
    const empty = gate(CLEAR_PASS, { means: [{ arm: "ft", metric: "accuracy", mean: Number.NaN, n: 0 }], options: { rules: [], floors: [{ metric: "accuracy", min: 0.5 }] } });
    expect(empty.verdict).toBe("inconclusive");
  });

  it("states every arm's failure rate, and an arm with no requests fails nothing", () => {
    const result = gate(CLEAR_PASS, { arms: [{ name: "ft", kind: "candidate", total: 0, failed: 0 }, ARMS[1]!] });
    expect(result.failureRates).toEqual([
      { arm: "ft", failed: 0, total: 0, rate: 0, max: 0.02, outcome: "pass", sentence: "0 of 0 requests of ft failed (0%), within the 2% maximum" },
      { arm: "base", failed: 0, total: 200, rate: 0, max: 0.02, outcome: "pass", sentence: "0 of 200 requests of base failed (0%), within the 2% maximum" },
    ]);
    const tolerant = gate(CLEAR_PASS, { arms: [ARMS[0]!, { ...ARMS[1]!, failed: 25 }], options: { maxFailureRate: 0.125 } });
    expect(tolerant.failureRates[1]!.sentence).toBe("25 of 200 requests of base failed (12.5%), within the 12.5% maximum");
  });

  it("gives a failed arm first among the reasons, before a failed rule", () => {
    const result = gate({ delta: -0.08, interval: { lower: -0.13, upper: -0.03 }, p: 0.002 }, { arms: [ARMS[0]!, { ...ARMS[1]!, failed: 50 }] });
    expect(result.reason).toBe("50 of 200 requests of base failed (25%), above the 2% maximum.");
  });
});

describe("options a configuration may not set", () => {
  const base = { candidate: "ft", arms: ARMS, primary: "accuracy" as const, metrics: ["accuracy" as const] };
  const refused = (options: object) => {
    try {
      resolveGateOptions({ ...base, options: { key: "eval.gate", ...options } });
    } catch (error) {
      expect(error).toBeInstanceOf(EvalInputError);
      return { code: (error as EvalInputError).code, key: (error as EvalInputError).key, message: (error as Error).message };
    }
    throw new Error("accepted");
  };

  it("fills the defaults", () => {
    expect(resolveGateOptions(base)).toEqual({
      rules: [{ metric: "accuracy", vs: "base", kind: "not-worse", margin: 0.02, severity: "fail" }],
      floors: [],
      maxFailureRate: 0.02,
      minPairs: 30,
      alpha: 0.05,
    });
    expect(resolveGateOptions({ ...base, options: { rules: [rule({ kind: "better" })] } }).rules[0]!.margin).toBe(0);
  });

  it("accepts the ends of closed ranges and refuses the ends of open ones", () => {
    expect(resolveGateOptions({ ...base, options: { maxFailureRate: 0 } }).maxFailureRate).toBe(0);
    expect(resolveGateOptions({ ...base, options: { maxFailureRate: 1 } }).maxFailureRate).toBe(1);
    expect(resolveGateOptions({ ...base, options: { rules: [rule({ margin: 1 })] } }).rules[0]!.margin).toBe(1);
    expect(refused({ alpha: 0 })).toEqual({ code: "invalid-option", key: "eval.gate.alpha", message: "eval.gate.alpha: alpha must be a number in (0, 1), got 0. Set alpha to a number in that range" });
    expect(refused({ alpha: 1 }).message).toContain("alpha must be a number in (0, 1), got 1");
    expect(resolveGateOptions({ ...base, options: { alpha: 0.5 } }).alpha).toBe(0.5);
    expect(refused({ maxFailureRate: 1.5 })).toMatchObject({ key: "eval.gate.maxFailureRate", message: expect.stringContaining("maxFailureRate must be a number in [0, 1], got 1.5") });
    expect(refused({ maxFailureRate: Number.NaN }).message).toContain("got NaN");
    expect(refused({ rules: [rule({ margin: 1.01 })] }).key).toBe("eval.gate.rules[0].margin");
  });

  it("refuses minPairs that is not a whole number of at least 1", () => {
    expect(resolveGateOptions({ ...base, options: { minPairs: 1 } }).minPairs).toBe(1);
    expect(refused({ minPairs: 0 })).toEqual({ code: "invalid-option", key: "eval.gate.minPairs", message: "eval.gate.minPairs: minPairs must be a whole number >= 1, got 0. Set minPairs to a whole number" });
    expect(refused({ minPairs: 2.5 }).message).toContain("got 2.5");
  });

  it("refuses a severity or kind it does not know, and a floor without a number", () => {
    expect(refused({ rules: [rule({ severity: "loud" })] })).toEqual({
      code: "invalid-option",
      key: "eval.gate.rules[0].severity",
      message: 'eval.gate.rules[0].severity: severity must be "fail" or "warn", got "loud". Set severity to "fail" or "warn"',
    });
    expect(refused({ rules: [rule({ kind: "worse" })] })).toEqual({
      code: "invalid-option",
      key: "eval.gate.rules[0].kind",
      message: 'eval.gate.rules[0].kind: kind must be "not-worse" or "better", got "worse". Set kind to "not-worse" or "better"',
    });
    expect(refused({ floors: [{ metric: "accuracy", min: Number.POSITIVE_INFINITY }] })).toEqual({
      code: "invalid-option",
      key: "eval.gate.floors[0].min",
      message: "eval.gate.floors[0].min: min must be a number, got Infinity. Set min to the lowest acceptable mean",
    });
    expect(refused({ floors: [{ metric: "rouge-l", min: 0.5 }] })).toMatchObject({ code: "unknown-metric", key: "eval.gate.floors[0].metric" });
  });

  it("refuses a rule against the candidate itself, naming the other arms", () => {
    expect(refused({ rules: [rule({ vs: "ft" })] })).toEqual({
      code: "unknown-arm",
      key: "eval.gate.rules[0].vs",
      message: 'eval.gate.rules[0].vs: a rule compares the candidate "ft" with itself. Use one of the other arms: ft, base',
    });
  });

  it("takes its key from the options, 'gate' by default", () => {
    try {
      resolveGateOptions({ ...base, options: { minPairs: 0 } });
    } catch (error) {
      expect((error as EvalInputError).key).toBe("gate.minPairs");
    }
    expect.assertions(1);
  });
});
