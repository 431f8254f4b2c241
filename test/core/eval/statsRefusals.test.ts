// What the statistics refuse, and what they answer at the degenerate ends, stated from their
// definitions (the mutation run found these unchecked: a guard deleted or turned round passed every
// other test). A refusal must be a RangeError whose message names the argument; the ends are exact
// values, not approximations.
import { describe, expect, it } from "vitest";
import { EvalInputError } from "../../../src/core/eval/errors.js";
import { bootstrapMeanInterval, bootstrapStatisticInterval } from "../../../src/core/eval/stats/bootstrap.js";
import { estimateMean } from "../../../src/core/eval/stats/estimate.js";
import { holmAdjust } from "../../../src/core/eval/stats/holm.js";
import { mcnemarExact } from "../../../src/core/eval/stats/mcnemar.js";
import { comparePaired } from "../../../src/core/eval/stats/paired.js";
import { mdeContinuous } from "../../../src/core/eval/stats/power.js";
import { seededRng } from "../../../src/core/eval/stats/random.js";
import { signFlipTest } from "../../../src/core/eval/stats/signFlip.js";
import { wilsonInterval } from "../../../src/core/eval/stats/wilson.js";

const rng = () => seededRng(7, "refusals");

describe("Wilson interval", () => {
  it.each([
    [0, 0, /n >= 1/],
    [1, 2.5, /n >= 1/],
    [-1, 10, /successes/],
    [11, 10, /successes/],
    [2.5, 10, /successes/],
  ])("refuses %d successes of %d trials", (successes, n, message) => {
    expect(() => wilsonInterval(successes, n)).toThrow(RangeError);
    expect(() => wilsonInterval(successes, n)).toThrow(message);
  });

  it("accepts one trial, and is exactly 0 below 0 successes and exactly 1 above n of n", () => {
    // Wilson (1927): at p-hat = 0 the lower bound is 0 and at p-hat = 1 the upper bound is 1, exactly.
    expect(wilsonInterval(0, 1).lower).toBe(0);
    expect(wilsonInterval(1, 1).upper).toBe(1);
    for (const n of [3, 7, 10, 33, 1000]) {
      expect(wilsonInterval(0, n).lower).toBe(0);
      expect(wilsonInterval(n, n).upper).toBe(1);
    }
  });
});

describe("McNemar's exact test", () => {
  it.each([
    [-1, 3],
    [3, -1],
    [1.5, 3],
    [3, 1.5],
  ])("refuses discordant counts %d and %d", (b, c) => {
    expect(() => mcnemarExact(b, c)).toThrow(/discordant counts must be whole numbers >= 0/);
  });

  it("gives p = 1 when no pair is discordant (nothing to tell the arms apart)", () => {
    expect(mcnemarExact(0, 0).p).toBe(1);
  });
});

describe("Holm's adjustment", () => {
  it.each([[-0.01], [1.01], [Number.NaN]])("refuses a p-value of %d", (p) => {
    expect(() => holmAdjust([0.5, p])).toThrow(/p-values must lie in \[0, 1\]/);
  });

  it("accepts p-values of exactly 0 and 1", () => {
    // Holm (1979), by hand: sorted 0, 0.5, 1 times 3, 2, 1, then the running maximum, capped at 1.
    expect(holmAdjust([1, 0, 0.5])).toEqual([1, 0, 1]);
  });
});

describe("bootstrap", () => {
  it.each([0, -1, 2.5])("refuses %d resamples", (resamples) => {
    expect(() => bootstrapMeanInterval([1, 2, 3], rng(), resamples)).toThrow(/bootstrap resamples must/);
    expect(() => bootstrapStatisticInterval(3, () => 0, rng(), resamples)).toThrow(/bootstrap resamples must/);
  });

  it("refuses no values, and more examples than its 21-bit index draw can reach", () => {
    expect(() => bootstrapMeanInterval([], rng(), 100)).toThrow("a bootstrap interval needs at least one value");
    expect(() => bootstrapStatisticInterval(0, () => 0, rng(), 100)).toThrow("a bootstrap interval needs at least one example");
    expect(() => bootstrapMeanInterval(new Float64Array(2 ** 21 + 1), rng(), 1)).toThrow(/at most 2\^21 examples/);
    expect(() => bootstrapStatisticInterval(2 ** 21 + 1, () => 0, rng(), 1)).toThrow(/2\^21/);
    expect(bootstrapMeanInterval(new Float64Array(2 ** 21).fill(0.5), rng(), 1)).toEqual({ lower: 0.5, upper: 0.5 });
  });

  it("draws exactly the number of resamples asked for", () => {
    let calls = 0;
    bootstrapStatisticInterval(5, () => calls++, rng(), 37);
    expect(calls).toBe(37);
  });
});

describe("a mean estimate", () => {
  it("of no values is NaN with no interval, named by its method", () => {
    const options = { rng: rng(), resamples: 100 };
    expect(estimateMean([null, null], true, options)).toEqual({ n: 0, mean: Number.NaN, interval: null, method: "wilson" });
    expect(estimateMean([], false, options)).toEqual({ n: 0, mean: Number.NaN, interval: null, method: "percentile-bootstrap" });
  });

  it("of a binary metric refuses a value other than 0 or 1", () => {
    expect(() => estimateMean([0, 1, 0.5], true, { rng: rng(), resamples: 100 })).toThrow("a binary metric has values other than 0 and 1");
  });
});

describe("a paired comparison", () => {
  const options = () => ({ bootstrapRng: rng(), permutationRng: rng(), resamples: 200, flips: 200 });

  it("refuses arms of different lengths", () => {
    expect(() => comparePaired([1, 0], [1], true, options())).toThrow(/one value per example: 2 vs 1/);
  });

  it("counts each kind of missing pair, and with no pair left says p = 1 and nothing else", () => {
    const result = comparePaired([null, null, 1], [null, 0, null], true, options());
    expect(result).toEqual({
      pairs: 0,
      excluded: { candidateMissing: 1, referenceMissing: 1, bothMissing: 1 },
      candidateMean: Number.NaN,
      referenceMean: Number.NaN,
      delta: Number.NaN,
      interval: null,
      test: "mcnemar-exact",
      p: 1,
      pExact: true,
      mde: null,
    });
  });

  it("of a binary metric refuses values other than 0 and 1", () => {
    expect(() => comparePaired([0.5, 1], [0, 1], true, options())).toThrow(RangeError);
  });
});

describe("power", () => {
  it.each([
    [{ alpha: 0 }, /alpha must lie in \(0, 1\)/],
    [{ alpha: 1 }, /alpha must lie in \(0, 1\)/],
    [{ power: 0 }, /power must lie in \(0, 1\)/],
    [{ power: 1 }, /power must lie in \(0, 1\)/],
  ])("refuses %o", (options, message) => {
    expect(() => mdeContinuous(1, 100, options)).toThrow(message);
  });
});

describe("the sign-flip test", () => {
  it.each([0, -3, 1.5])("refuses %d flips", (flips) => {
    expect(() => signFlipTest([1, -2], rng(), flips)).toThrow(/sign flips must be a whole number >= 1/);
  });

  it("gives an exact p = 1 when every difference is zero (every sign pattern is as extreme)", () => {
    expect(signFlipTest([0, 0, 0], rng(), 1000)).toEqual({ p: 1, exact: true, flips: 1 });
  });
});

describe("EvalInputError", () => {
  it("is named, and reads key: message. fix", () => {
    const error = new EvalInputError("invalid-option", "seed must be an integer, got 1.5", "statistics.seed", "Give a whole number");
    expect(error.name).toBe("EvalInputError");
    expect(error.message).toBe("statistics.seed: seed must be an integer, got 1.5. Give a whole number");
    expect(new EvalInputError("no-candidate", "no candidate", undefined, "Add one").message).toBe("no candidate. Add one");
  });
});
