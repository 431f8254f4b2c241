// Pairs needed, the minimum detectable effect and the sign-flip test at their edges. Expected values
// are worked from the published formulas with z quantiles from Python's statistics.NormalDist
// (z_0.975 = 1.959963985, z_0.8 = 0.841621234), not from the code under test:
//   continuous (paired t, normal approximation): n = ((z_a + z_b) sd / effect)^2, rounded up;
//   paired proportions (Connor 1987): n = (z_a sqrt(psi) + z_b sqrt(psi - effect^2))^2 / effect^2.
import { describe, expect, it } from "vitest";
import { comparePaired, pairsNeeded } from "../../../src/core/eval/stats/paired.js";
import { paired } from "./pairedComparison.js";
import { mdePaired } from "../../../src/core/eval/stats/power.js";
import { seededRng } from "../../../src/core/eval/stats/random.js";
import { signFlipTest } from "../../../src/core/eval/stats/signFlip.js";

const Z = 1.959963985 + 0.841621234;
// A continuous comparison: no discordant counts, so pairsNeeded reads sdDiff.
const { discordant: _binaryOnly, ...base } = paired({ test: "sign-flip-permutation", pExact: false, mde: null });
const options = () => ({ bootstrapRng: seededRng(1, "b"), permutationRng: seededRng(1, "p"), resamples: 200, flips: 200 });

describe("pairs needed", () => {
  it("for a continuous metric: ((z_a + z_b) sd / effect)^2 = 196.2, so 197 (the textbook's 7.85 x 25)", () => {
    expect(pairsNeeded({ ...base, sdDiff: 1 }, 0.2)).toBe(197);
    expect(pairsNeeded({ ...base, sdDiff: 1 }, -0.2)).toBe(197);
  });

  it("for paired proportions by Connor's formula: psi 0.2, effect 0.1 gives 154.6, so 155", () => {
    expect(pairsNeeded({ ...base, test: "mcnemar-exact", discordant: { candidateOnly: 25, referenceOnly: 15 } }, 0.1)).toBe(155);
  });

  it("is unknown with no variability, no pairs or no effect", () => {
    expect(pairsNeeded({ ...base, sdDiff: 0 }, 0.2)).toBeNull();
    expect(pairsNeeded(base, 0.2)).toBeNull();
    expect(pairsNeeded({ ...base, sdDiff: 1 }, 0)).toBeNull();
    expect(pairsNeeded({ ...base, sdDiff: 1, pairs: 0 }, 0.2)).toBeNull();
    expect(pairsNeeded({ ...base, test: "mcnemar-exact", discordant: { candidateOnly: 0, referenceOnly: 0 } }, 0.1)).toBeNull();
  });
});

describe("the minimum detectable effect", () => {
  it("of paired proportions is none with no pairs, no discordance, or when even psi itself is out of reach", () => {
    expect(mdePaired(0.2, 0)).toBeNull();
    expect(mdePaired(0, 100)).toBeNull();
    // n = 10, psi = 0.01: sqrt(10) x 0.01 = 0.032 < z_a sqrt(0.01) = 0.196.
    expect(mdePaired(0.01, 10)).toBeNull();
  });

  it("of paired proportions solves Connor's equation: 155 pairs at psi 0.2 detect just under 0.1", () => {
    const mde = mdePaired(0.2, 155)!;
    expect(mde).toBeLessThan(0.1);
    expect(mde).toBeGreaterThan(0.099);
    // and 154 pairs (the formula's 154.6 rounded down) cannot quite reach 0.1
    expect(mdePaired(0.2, 154)!).toBeGreaterThan(0.1);
  });

  it("of a continuous metric needs two pairs: sd of the differences 1 and 3 is sqrt(2), so (z_a + z_b) sqrt(2) / sqrt(2)", () => {
    const two = comparePaired([1, 3], [0, 0], false, options());
    expect(two.sdDiff).toBeCloseTo(Math.SQRT2, 12);
    expect(two.mde).toBeCloseTo(Z, 6);
    const one = comparePaired([1], [0], false, options());
    expect([one.sdDiff, one.mde]).toEqual([0, null]);
    const flat = comparePaired([2, 2, 2], [1, 1, 1], false, options());
    expect([flat.sdDiff, flat.mde]).toEqual([0, null]);
  });
});

describe("the sign-flip test", () => {
  it("enumerates all 2^16 patterns for 16 nonzero differences: p = 2 / 65536 for sixteen equal ones", () => {
    expect(signFlipTest(new Array(16).fill(1), seededRng(1), 500)).toEqual({ p: 2 / 65536, exact: true, flips: 65536 });
  });

  it("samples the number of flips asked for from 17 on", () => {
    const result = signFlipTest(new Array(17).fill(1), seededRng(1), 500);
    expect([result.exact, result.flips]).toEqual([false, 500]);
    // The exact p is 2 / 131072; 500 random patterns all but surely see none as extreme.
    expect(result.p).toBeLessThan(0.01);
  });
});
