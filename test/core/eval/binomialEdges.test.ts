// The binomial's edges, against exact values: probabilities as fractions from Python's
// fractions.Fraction and math.comb (exact arithmetic), their logs from math.log, written down here;
// the closed forms P(X = 0) = (1 - p)^n and P(X = n) = p^n; and the arguments it refuses.
import { describe, expect, it } from "vitest";
import { binomialLogCdf, binomialLogPmf, binomialLogSurvival } from "../../../src/core/eval/stats/binomial.js";

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

describe("exact probabilities", () => {
  it("P(X = 2) for Binomial(5, 0.3) = 10 x 0.09 x 0.343 = 0.3087; ln = -1.1753853474740235", () => {
    close(binomialLogPmf(2, 5, 0.3), -1.1753853474740235);
  });

  it("the middle of Binomial(15, 1/2) and Binomial(16, 1/2): 6435/32768 both (either side of the n = 15 switch in Stirling's error)", () => {
    // math.log(6435 / 32768) = -1.6277005883689526
    close(binomialLogPmf(7, 15, 0.5), -1.6277005883689526);
    close(binomialLogPmf(8, 16, 0.5), -1.6277005883689526);
    // 184756 / 2^20: math.log -> -1.7361522965964518
    close(binomialLogPmf(10, 20, 0.5), -1.7361522965964518);
  });

  it("P(X <= 2) = 20923/25000 and P(X >= 3) = 4077/25000 for Binomial(5, 0.3)", () => {
    close(binomialLogCdf(2, 5, 0.3), -0.17802679251108663);
    close(binomialLogSurvival(3, 5, 0.3), -1.8135144010310844);
  });
});

describe("closed forms at the ends", () => {
  it.each([
    [40, 0.05],
    [40, 0.3],
    [1000, 0.001],
    [7, 0.5],
  ])("P(X = 0) = (1 - p)^n and P(X = n) = p^n for n = %s, p = %s", (n, p) => {
    close(binomialLogPmf(0, n, p), n * Math.log1p(-p));
    close(binomialLogPmf(n, n, 1 - p), n * Math.log1p(-p));
    close(binomialLogPmf(n, n, p), n * Math.log(p));
  });

  it("puts all the mass on 0 when p = 0 and on n when p = 1", () => {
    expect(binomialLogPmf(0, 9, 0)).toBe(0);
    expect(binomialLogPmf(1, 9, 0)).toBe(-Infinity);
    expect(binomialLogPmf(9, 9, 1)).toBe(0);
    expect(binomialLogPmf(8, 9, 1)).toBe(-Infinity);
    expect(binomialLogCdf(0, 9, 0)).toBe(0);
    expect(binomialLogSurvival(9, 9, 1)).toBe(0);
    expect(binomialLogSurvival(1, 9, 0)).toBe(-Infinity);
    expect(binomialLogCdf(3, 9, 1)).toBe(-Infinity);
  });

  it("gives nothing outside 0..n, and everything for the whole range", () => {
    expect(binomialLogPmf(-1, 5, 0.5)).toBe(-Infinity);
    expect(binomialLogPmf(6, 5, 0.5)).toBe(-Infinity);
    expect(binomialLogCdf(-1, 5, 0.5)).toBe(-Infinity);
    expect(binomialLogCdf(5, 5, 0.5)).toBe(0);
    expect(binomialLogCdf(9, 5, 0.5)).toBe(0);
    expect(binomialLogSurvival(0, 5, 0.5)).toBe(0);
    expect(binomialLogSurvival(-2, 5, 0.5)).toBe(0);
    expect(binomialLogSurvival(6, 5, 0.5)).toBe(-Infinity);
    // The last point: P(X >= 5) = P(X = 5) = 2^-5.
    close(binomialLogSurvival(5, 5, 0.5), -5 * Math.LN2);
    close(binomialLogCdf(4, 5, 0.5), Math.log(31 / 32));
    expect(binomialLogPmf(0, 0, 0.3)).toBe(0);
  });
});

describe("arguments it refuses", () => {
  it.each([
    [() => binomialLogPmf(1, -1, 0.5), "binomial n must be a whole number >= 0, got -1"],
    [() => binomialLogPmf(1, 2.5, 0.5), "binomial n must be a whole number >= 0, got 2.5"],
    [() => binomialLogCdf(1.5, 4, 0.5), "binomial k must be a whole number, got 1.5"],
    [() => binomialLogSurvival(1, 4, 1.01), "binomial p must lie in [0, 1], got 1.01"],
    [() => binomialLogSurvival(1, 4, -0.01), "binomial p must lie in [0, 1], got -0.01"],
    [() => binomialLogPmf(1, 4, Number.NaN), "binomial p must lie in [0, 1], got NaN"],
  ])("%#: %s", (call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
