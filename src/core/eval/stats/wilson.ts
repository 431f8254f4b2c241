// The Wilson score interval for a proportion (Wilson 1927; method 3 of Newcombe, "Two-sided
// confidence intervals for the single proportion", Statistics in Medicine 17:857-872, 1998). Unlike
// the Wald interval it stays inside [0, 1] and keeps its coverage at 0/n and n/n.
import { normalQuantile } from "./normal.js";

export interface Interval {
  lower: number;
  upper: number;
}

export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a Wilson interval needs n >= 1 trials, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new RangeError(`successes must be a whole number in [0, ${n}], got ${successes}`);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  const p = successes / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0/n and n/n the bound is exactly 0 or 1; rounding must not push it outside.
  return { lower: successes === 0 ? 0 : Math.max(0, centre - half), upper: successes === n ? 1 : Math.min(1, centre + half) };
}
