import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval, bootstrapStatisticInterval } from "../../../src/core/eval/stats/bootstrap.js";
import { seededRng } from "../../../src/core/eval/stats/random.js";

describe("percentile bootstrap intervals", () => {
  it("gives the same interval for the same seed, and another for another seed", () => {
    const values = [0.1, 0.5, 0.9, 0.3, 0.35, 0.8, 0.2, 0.65];
    const first = bootstrapMeanInterval(values, seededRng(42, "s"), 2000);
    expect(bootstrapMeanInterval(values, seededRng(42, "s"), 2000)).toEqual(first);
    expect(bootstrapMeanInterval(values, seededRng(43, "s"), 2000)).not.toEqual(first);
    expect(first.lower).toBeLessThan(0.475);
    expect(first.upper).toBeGreaterThan(0.475);
  });

  it("resamples any statistic of the examples", () => {
    // The maximum of a resample of [1, 2, 3] is 1 with probability (1/3)^3 = 3.7%, above the 2.5% tail,
    // and 3 with probability 1 - (2/3)^3 = 70.4%, so the 95% percentile interval is [1, 3].
    const values = [1, 2, 3];
    const ci = bootstrapStatisticInterval(3, (idx) => Math.max(...Array.from(idx, (i) => values[i]!)), seededRng(5), 4000);
    expect(ci).toEqual({ lower: 1, upper: 3 });
    // Of [1, 2, 2, 2, 2, 2, 2, 2, 2, 3] the maximum is 2 with probability 0.9^10 - 0.1^10 = 34.9%.
    const ten = [1, 2, 2, 2, 2, 2, 2, 2, 2, 3];
    expect(bootstrapStatisticInterval(10, (idx) => Math.max(...Array.from(idx, (i) => ten[i]!)), seededRng(5), 4000)).toEqual({ lower: 2, upper: 3 });
  });

  it("is a single point when every value is the same, and refuses an empty sample", () => {
    const ci = bootstrapMeanInterval([0.4, 0.4, 0.4], seededRng(1), 100);
    expect(ci.lower).toBeCloseTo(0.4, 15);
    expect(ci.upper).toBeCloseTo(0.4, 15);
    expect(() => bootstrapMeanInterval([], seededRng(1), 100)).toThrow(RangeError);
  });
});
