import { describe, expect, it } from "vitest";
import { holmAdjust } from "../../../src/core/eval/stats/holm.js";
import { mcnemarExact } from "../../../src/core/eval/stats/mcnemar.js";
import { mdeContinuous, mdePaired, pairsNeededContinuous, pairsNeededPaired } from "../../../src/core/eval/stats/power.js";
import { seededRng } from "../../../src/core/eval/stats/random.js";
import { signFlipTest } from "../../../src/core/eval/stats/signFlip.js";
import { wilsonInterval } from "../../../src/core/eval/stats/wilson.js";

describe("McNemar's exact test", () => {
  it("gives 2 P(X <= min(b, c)) for X ~ Binomial(b + c, 1/2), worked by hand", () => {
    // b = 1, c = 7: 2 * (C(8,0) + C(8,1)) / 2^8 = 2 * 9 / 256 = 0.0703125.
    expect(mcnemarExact(1, 7).p).toBeCloseTo(0.0703125, 15);
    // b = 0, c = 6: 2 / 2^6 = 0.03125.
    expect(mcnemarExact(0, 6).p).toBeCloseTo(0.03125, 15);
  });

  it.each([
    // Expected: statsmodels 0.15.0, mcnemar([[50, b], [c, 50]], exact=True).pvalue
    // (test/core/eval/oracle/stats_oracle.py).
    { b: 5, c: 15, p: 0.04138946533203125 },
    { b: 21, c: 9, p: 0.042773945257067694 },
    { b: 150, c: 110, p: 0.01541558283317145 },
    { b: 1000, c: 1100, p: 0.03072070786424249 },
    { b: 49000, c: 51000, p: 2.5887160383468943e-10 },
    { b: 3, c: 0, p: 0.25 },
    { b: 10, c: 10, p: 1 },
    { b: 0, c: 0, p: 1 },
  ])("b = $b, c = $c: p = $p (statsmodels)", ({ b, c, p }) => {
    expect(Math.abs(mcnemarExact(b, c).p - p)).toBeLessThanOrEqual(1e-12 * p);
  });
});

describe("the Wilson score interval", () => {
  it("reproduces Newcombe (1998), Table I, method 3, to the four decimals printed", () => {
    // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17:857-872, Table I, score method without continuity correction.
    const table: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lower, upper] of table) {
      const ci = wilsonInterval(x, n);
      expect(ci.lower).toBeCloseTo(lower, 4);
      expect(ci.upper).toBeCloseTo(upper, 4);
    }
  });

  it.each([
    // Expected: statsmodels 0.15.0, proportion_confint(x, n, alpha=0.05, method="wilson").
    { x: 81, n: 263, lower: 0.2552885198782742, upper: 0.36620957698280004 },
    { x: 1, n: 29, lower: 0.006113214292762667, upper: 0.17175521879320294 },
    { x: 29, n: 29, lower: 0.8830302015002592, upper: 1 },
    { x: 50, n: 100, lower: 0.4038315303659956, upper: 0.5961684696340044 },
  ])("$x/$n agrees with statsmodels to 1e-12", ({ x, n, lower, upper }) => {
    const ci = wilsonInterval(x, n);
    expect(ci.lower).toBeCloseTo(lower, 12);
    expect(ci.upper).toBeCloseTo(upper, 12);
  });

  it("is exactly 0 at 0/n and exactly 1 at n/n", () => {
    expect(wilsonInterval(0, 20).lower).toBe(0);
    expect(wilsonInterval(20, 20).upper).toBe(1);
    expect(() => wilsonInterval(3, 0)).toThrow(RangeError);
  });
});

describe("the paired sign-flip permutation test", () => {
  it("enumerates every sign pattern for few differences, as scipy does", () => {
    // Expected: scipy 1.17.1, permutation_test((d,), mean, permutation_type="samples",
    // alternative="two-sided", n_resamples=inf).pvalue = 0.0546875 (= 56/1024).
    const d = [0.12, -0.05, 0.3, 0.08, 0, 0.21, -0.1, 0.15, 0.02, 0.4];
    const result = signFlipTest(d, seededRng(1), 10_000);
    expect(result.exact).toBe(true);
    expect(result.p).toBeCloseTo(0.0546875, 12);
  });

  it("estimates p by Monte Carlo for many differences, within 4 standard errors of the exact value", () => {
    // Expected: scipy 1.17.1 exact enumeration over all 2^21 sign patterns: p = 0.04956245422363281.
    const d = [0.3, -0.2, 0.1, 0.25, -0.05, 0.15, 0.4, -0.3, 0.2, 0.05, 0.1, -0.1, 0.35, 0, 0.12, -0.15, 0.22, 0.08, -0.02, 0.18, 0.06];
    const flips = 100_000;
    const result = signFlipTest(d, seededRng(2026, "sign-flip"), flips);
    expect(result.exact).toBe(false);
    const se = Math.sqrt((0.0496 * 0.9504) / flips);
    expect(Math.abs(result.p - 0.04956245422363281)).toBeLessThan(4 * se);
    expect(signFlipTest(d, seededRng(2026, "sign-flip"), flips).p).toBe(result.p);
  });

  it("says p = 1 when every difference is zero", () => {
    expect(signFlipTest([0, 0, 0], seededRng(1), 100)).toEqual({ p: 1, exact: true, flips: 1 });
  });
});

describe("Holm's correction", () => {
  it.each([
    // Expected: statsmodels 0.15.0, multipletests(p, alpha=0.05, method="holm")[1].
    { p: [0.01, 0.04, 0.03, 0.005], adjusted: [0.03, 0.06, 0.06, 0.02] },
    { p: [0.2, 0.011, 0.5, 0.012, 0.04], adjusted: [0.4, 0.055, 0.5, 0.055, 0.12] },
  ])("adjusts $p to $adjusted (statsmodels)", ({ p, adjusted }) => {
    holmAdjust(p).forEach((value, i) => expect(value).toBeCloseTo(adjusted[i]!, 12));
  });

  it("leaves a single p-value alone and caps at 1", () => {
    expect(holmAdjust([0.03])).toEqual([0.03]);
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});

describe("minimum detectable effect and pairs needed (80% power, two-sided alpha 0.05)", () => {
  it("matches statsmodels' normal power calculation for continuous differences", () => {
    // Expected: statsmodels 0.15.0, NormalIndPower().solve_power(effect_size=None, nobs1=n,
    // alpha=0.05, power=0.8, ratio=0): d = 0.2801568334667266 at n = 100, 0.14007841673292368 at
    // n = 400 (in units of sd_diff). statsmodels also counts the far rejection tail (probability
    // about 1e-6), so the two agree to 1e-5 relative, not to the last digit.
    expect(mdeContinuous(1, 100)).toBeCloseTo(0.2801568334667266, 5);
    expect(mdeContinuous(0.5, 400) / 0.5).toBeCloseTo(0.14007841673292368, 5);
    // solve_power(effect_size=0.2, nobs1=None, ...) = 196.22 -> 197 pairs; effect 0.1 -> 784.89 -> 785.
    expect(pairsNeededContinuous(1, 0.2)).toBe(197);
    expect(pairsNeededContinuous(0.3, 0.03)).toBe(785);
  });

  it("matches Connor's (1987) formula for paired proportions", () => {
    // Expected: Connor, Biometrics 43:207-211, eq. for n, evaluated with scipy 1.17.1 norm.ppf and
    // solved for the effect with scipy.optimize.brentq (test/core/eval/oracle/stats_oracle.py):
    // n(psi 0.2, delta 0.05) = 625.547 -> 626; n(psi 0.3, delta 0.1) = 233.09 -> 234;
    // MDE(psi 0.2, n 500) = 0.05589969282208469; MDE(psi 0.1, n 200) = 0.062276798777182334.
    // A simulation (oracle/power_sim.py, 20,000 runs) of 626 pairs at psi 0.2, delta 0.05 rejects
    // with McNemar's asymptotic test 80.6% of the time (exact test: 78.3%), as designed.
    expect(pairsNeededPaired(0.2, 0.05)).toBe(626);
    expect(pairsNeededPaired(0.3, 0.1)).toBe(234);
    expect(mdePaired(0.2, 500)).toBeCloseTo(0.05589969282208469, 9);
    expect(mdePaired(0.1, 200)).toBeCloseTo(0.062276798777182334, 9);
  });

  it("has no MDE without discordant pairs, and plans a larger effect than psi with psi = effect", () => {
    expect(mdePaired(0, 100)).toBeNull();
    // psi 0.02 cannot hold a 0.1 difference; with psi = 0.1: (1.95996 * sqrt(0.1) + 0.84162 * sqrt(0.09))^2 / 0.01
    // = (0.61979 + 0.25249)^2 / 0.01 = 76.09 -> 77, by hand.
    expect(pairsNeededPaired(0.02, 0.1)).toBe(77);
  });
});
