// The coverage of the percentile bootstrap, by simulation: a million resampled means per case, so a
// few seconds here and far longer under a mutation tool's instrumentation (vitest.mutation.config.ts
// leaves this file out; bootstrap.test.ts checks the intervals themselves).
import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval } from "../../../src/core/eval/stats/bootstrap.js";
import { comparePaired } from "../../../src/core/eval/stats/paired.js";
import { seededRng, type Rng } from "../../../src/core/eval/stats/random.js";

/** Beta(2, 5) by order statistics: the 2nd smallest of 6 uniforms (mean 2/7), a skewed score in [0, 1]. */
function beta25(rng: Rng): number {
  const u = Array.from({ length: 6 }, () => rng.nextUint32() / 4294967296).sort((a, b) => a - b);
  return u[1]!;
}

describe("percentile bootstrap intervals", () => {
  it("cover the true mean of a skewed score 95% +/- 2 points of the time", () => {
    // 1,000 simulated samples of n = 100 from Beta(2, 5), true mean 2/7; 1,000 resamples per interval.
    // The standard error of a coverage estimate from 1,000 runs is 0.7 points.
    const data = seededRng(11, "simulated data");
    const replications = 1000;
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      const sample = Array.from({ length: 100 }, () => beta25(data));
      const ci = bootstrapMeanInterval(sample, seededRng(11, `replication ${r}`), 1000);
      if (ci.lower <= 2 / 7 && 2 / 7 <= ci.upper) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });

  it("cover the true paired difference of a binary metric 95% +/- 2 points of the time", () => {
    // Pairs (candidate, reference) drawn with P(1,0) = 0.15, P(0,1) = 0.08, P(1,1) = 0.5, P(0,0) = 0.27:
    // the true difference in accuracy is 0.07. 1,000 runs of n = 200 pairs, 1,000 resamples each.
    const data = seededRng(12, "simulated pairs");
    const replications = 1000;
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      const candidate: number[] = [];
      const reference: number[] = [];
      for (let i = 0; i < 200; i++) {
        const u = data.nextUint32() / 4294967296;
        candidate.push(u < 0.65 ? 1 : 0);
        reference.push(u < 0.5 || (u >= 0.65 && u < 0.73) ? 1 : 0);
      }
      const comparison = comparePaired(candidate, reference, true, {
        bootstrapRng: seededRng(12, `replication ${r}`),
        permutationRng: seededRng(12, "unused"),
        resamples: 1000,
        flips: 1,
      });
      if (comparison.interval!.lower <= 0.07 && 0.07 <= comparison.interval!.upper) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });
});
