import { describe, expect, it } from "vitest";
import { binomialCdf, binomialLogCdf, binomialLogPmf, binomialLogSurvival } from "../../../src/core/eval/stats/binomial.js";
import { normalQuantile, Z_975 } from "../../../src/core/eval/stats/normal.js";

describe("the normal quantile function (AS 241)", () => {
  it("matches the printed table of critical values", () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.1 (critical values of the normal
    // distribution), to the three decimals printed there.
    const table: [number, number][] = [
      [0.9, 1.282],
      [0.95, 1.645],
      [0.975, 1.96],
      [0.99, 2.326],
      [0.995, 2.576],
      [0.999, 3.09],
    ];
    for (const [p, z] of table) expect(normalQuantile(p)).toBeCloseTo(z, 3);
  });

  it("agrees with 60-digit arithmetic to 1e-15 relative, far into the tails", () => {
    // Expected: mpmath 1.4.1 at mp.dps = 60, evaluated at the exact binary value of each double p:
    // z = sqrt(2) * erfinv(2p - 1), and for p <= 1e-10 the root of log(ncdf(z)) = log(p)
    // (test/core/eval/oracle/stats_oracle.py).
    const exact: [number, number][] = [
      [0.975, 1.9599639845400538556],
      [0.8, 0.8416212335729143638],
      [0.6, 0.25334710313579974132],
      [0.025, -1.9599639845400542118],
      [0.999999, 4.7534243088170877657],
      [1e-10, -6.3613409024040561991],
      [1e-20, -9.2623400897984075796],
      [1e-300, -37.047096299361199237],
    ];
    for (const [p, z] of exact) expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-15 * Math.abs(z) + 1e-16);
    expect(normalQuantile(0.5)).toBe(0);
    expect(Z_975).toBeCloseTo(1.959963984540054, 15);
  });

  it("is infinite at 0 and 1 and refuses values outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe("the exact binomial tail in log space", () => {
  // Expected: mpmath 1.4.1 at 60 digits, sum of binomial(n, i) p^i (1-p)^(n-i) for i <= k
  // (test/core/eval/oracle/stats_oracle.py); scipy 1.17.1 binom.cdf agrees where it does not underflow.
  const cases: { k: number; n: number; p: number; logCdf: number }[] = [
    { k: 10, n: 30, p: 0.5, logCdf: -3.0084412241778195368 },
    { k: 3, n: 8, p: 0.5, logCdf: -1.012577951326306538 },
    { k: 0, n: 20, p: 0.5, logCdf: -13.862943611198906188 },
    { k: 5, n: 40, p: 0.3, logCdf: -4.7538960537581682324 },
    { k: 49500, n: 100000, p: 0.5, logCdf: -7.1419851325957623675 },
    { k: 49000, n: 100000, p: 0.5, logCdf: -22.767836095797708874 },
    { k: 250, n: 100000, p: 0.003, logCdf: -6.4018739998640958825 },
    { k: 350, n: 100000, p: 0.003, logCdf: -0.0021684209034405878223 },
    // Far below the smallest double: 1.67e-27673 and 2^-100000.
    { k: 1000, n: 100000, p: 0.5, logCdf: -63718.922342693090014 },
    { k: 0, n: 100000, p: 0.5, logCdf: -69314.718055994530942 },
  ];
  it.each(cases)("ln P(X <= $k), X ~ Binomial($n, $p), to 1e-12 relative", ({ k, n, p, logCdf }) => {
    expect(Math.abs(binomialLogCdf(k, n, p) - logCdf)).toBeLessThanOrEqual(1e-12 * Math.abs(logCdf) + 1e-15);
  });

  it("gives probabilities, the other tail and the edges", () => {
    // 0.36328125 = 93/256: (1 + 8 + 28 + 56) / 2^8, by hand.
    expect(binomialCdf(3, 8, 0.5)).toBeCloseTo(0.36328125, 14);
    // P(X >= 5) = P(X <= 3) by symmetry of Binomial(8, 1/2).
    expect(Math.exp(binomialLogSurvival(5, 8, 0.5))).toBeCloseTo(0.36328125, 14);
    expect(binomialLogCdf(-1, 10, 0.5)).toBe(-Infinity);
    expect(binomialLogCdf(10, 10, 0.5)).toBe(0);
    expect(binomialLogPmf(0, 0, 0.5)).toBe(0);
    expect(binomialLogPmf(3, 5, 0)).toBe(-Infinity);
    expect(() => binomialLogCdf(1.5, 10, 0.5)).toThrow(RangeError);
  });
});
