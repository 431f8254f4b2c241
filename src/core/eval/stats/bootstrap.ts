// Percentile bootstrap intervals (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993,
// ch. 13): resample the examples with replacement, recompute the statistic, and take the 2.5th and
// 97.5th percentiles of the resampled values (type-7 quantiles, as everywhere in finetune-ci). For a
// paired comparison the resampled unit is the example, so both arms' answers to it move together:
// the bootstrap of the mean of per-example differences.
import { quantileSorted } from "../../stats/distribution.js";
import type { Rng } from "./random.js";
import type { Interval } from "./wilson.js";

function percentileInterval(resampled: Float64Array, confidence: number): Interval {
  resampled.sort();
  const tail = (1 - confidence) / 2;
  return { lower: quantileSorted(resampled, tail), upper: quantileSorted(resampled, 1 - tail) };
}

function checkIndexRange(n: number): void {
  if (n > 2 ** 21) throw new RangeError(`the bootstrap resamples at most 2^21 examples, got ${n}`);
}

function checkResamples(resamples: number): void {
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap resamples must be a whole number >= 1, got ${resamples}`);
}

/** The percentile bootstrap interval of the mean of `values` (for paired data: of the differences). */
export function bootstrapMeanInterval(values: ArrayLike<number>, rng: Rng, resamples: number, confidence = 0.95): Interval {
  checkResamples(resamples);
  const n = values.length;
  if (n === 0) throw new RangeError("a bootstrap interval needs at least one value");
  checkIndexRange(n);
  // The hot loop: a typed copy and the generator's raw output, index = floor(u * n / 2^32) as in below().
  const data = Float64Array.from(values);
  const next = rng.nextUint32;
  const scale = n / 4294967296;
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += data[Math.floor(next() * scale)]!;
    means[b] = sum / n;
  }
  return percentileInterval(means, confidence);
}

/**
 * The percentile bootstrap interval of any statistic of the examples (macro-F1, a difference of two
 * macro-F1s): `statistic` receives the resampled example indices.
 */
export function bootstrapStatisticInterval(n: number, statistic: (indices: Uint32Array) => number, rng: Rng, resamples: number, confidence = 0.95): Interval {
  checkResamples(resamples);
  if (n === 0) throw new RangeError("a bootstrap interval needs at least one example");
  const values = new Float64Array(resamples);
  const indices = new Uint32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) indices[i] = rng.below(n);
    values[b] = statistic(indices);
  }
  return percentileInterval(values, confidence);
}
