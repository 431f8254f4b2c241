// Quantiles checked against values computed outside this code: the OpenAI cookbook's published
// q0.1/q0.9 of its toy dataset, and numpy's default (type 7, "linear") quantiles of even-sized sets,
// computed with numpy 2.4.6 and written down here with the call that produced them.
import { describe, expect, it } from "vitest";
import { distribution, quantileSorted } from "../../src/core/stats/distribution.js";
import { IntegerCounts } from "../../src/core/stats/integerCounts.js";

// numpy.quantile([12, 7, 3, 30, 18, 7, 25, 1], [0.05, 0.5, 0.95]) -> [1.7, 9.5, 28.25]; mean 12.875.
const EIGHT = [12, 7, 3, 30, 18, 7, 25, 1];
const EIGHT_NUMPY = { count: 8, min: 1, max: 30, mean: 12.875, p5: 1.7, p50: 9.5, p95: 28.25 };

// numpy.quantile([3, 1, 4, 1, 5, 9, 2, 6, 5, 3], [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95])
//   -> [1.0, 1.0, 2.25, 3.5, 5.0, 6.3, 7.65]
const TEN = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
const TEN_NUMPY: [number, number][] = [
  [0.05, 1],
  [0.1, 1],
  [0.25, 2.25],
  [0.5, 3.5],
  [0.75, 5],
  [0.9, 6.3],
  [0.95, 7.65],
];

const ascending = (values: number[]) => Float64Array.from(values).sort();

describe("type-7 quantiles, as numpy computes them", () => {
  it("quantileSorted at seven levels of an even-sized set (n = 10)", () => {
    for (const [q, expected] of TEN_NUMPY) expect(quantileSorted(ascending(TEN), q), `q = ${q}`).toBeCloseTo(expected, 12);
  });

  it("distribution() of an even-sized set (n = 8): min, max, mean, p5, median, p95", () => {
    const d = distribution(EIGHT);
    expect(d.count).toBe(EIGHT_NUMPY.count);
    for (const key of ["min", "max", "mean", "p5", "p50", "p95"] as const) expect(d[key], key).toBeCloseTo(EIGHT_NUMPY[key], 12);
  });

  it("the streaming tally (IntegerCounts) gives numpy's figures too, repeated values included", () => {
    const counts = new IntegerCounts();
    for (const v of EIGHT) counts.add(v);
    const d = counts.distribution();
    expect(d.count).toBe(EIGHT_NUMPY.count);
    for (const key of ["min", "max", "mean", "p5", "p50", "p95"] as const) expect(d[key], key).toBeCloseTo(EIGHT_NUMPY[key], 12);
    // Values past the dense table (65,536 and up) take the other path through the tally; numpy's
    // values times 10,000 (a quantile scales with the data).
    const large = new IntegerCounts();
    for (const v of EIGHT) large.add(v * 10_000);
    expect(large.distribution()).toMatchObject({ min: 10_000, max: 300_000, p5: 17_000, p50: 95_000, p95: 282_500 });
  });

  it("a single value and an empty set", () => {
    expect(distribution([42])).toEqual({ count: 1, min: 42, max: 42, mean: 42, p5: 42, p50: 42, p95: 42 });
    expect(distribution([])).toEqual({ count: 0, min: 0, max: 0, mean: 0, p5: 0, p50: 0, p95: 0 });
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(new IntegerCounts().distribution()).toEqual({ count: 0, min: 0, max: 0, mean: 0, p5: 0, p50: 0, p95: 0 });
  });
});

describe("the cookbook's published quantiles (test/fixtures/openai-cookbook/README.md)", () => {
  // Tokens per example of the toy dataset, cl100k_base, as the notebook prints them.
  const TOTALS = [45, 111, 26, 28, 8032];

  it("q0.1 and q0.9 of the totals: 26.8 and 4863.6, the notebook's 'p5 / p95' line", () => {
    expect(quantileSorted(ascending(TOTALS), 0.1)).toBeCloseTo(26.8, 10);
    expect(quantileSorted(ascending(TOTALS), 0.9)).toBeCloseTo(4863.6, 10);
  });

  it("p5, median and p95 of the totals as the review reports them: numpy's 26.4, 45, 6447.8", () => {
    // numpy.quantile([45, 111, 26, 28, 8032], [0.05, 0.5, 0.95]) -> [26.4, 45.0, 6447.8]
    const d = distribution(TOTALS);
    expect([d.p5, d.p50, d.p95].map((v) => Number(v.toFixed(10)))).toEqual([26.4, 45, 6447.8]);
  });
});
