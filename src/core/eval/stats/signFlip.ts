// The paired sign-flip permutation test for a continuous metric (Fisher 1935; Good, "Permutation,
// Parametric and Bootstrap Tests of Hypotheses", 2005, sec. 3.7): under no difference between two
// arms, each example's difference is as likely to have either sign, so the observed |mean difference|
// is compared with its distribution over random sign flips. It assumes only that the differences are
// symmetric about zero under the null, not that they are normal. Exact (all 2^k flips of the k
// non-zero differences) when k <= 16; otherwise Monte Carlo with the add-one estimate
// p = (1 + #{|T*| >= |T|}) / (1 + B) (Phipson & Smyth 2010), which never reports p = 0.
import type { Rng } from "./random.js";

export interface SignFlipResult {
  p: number;
  /** True when every sign pattern was enumerated; false for a Monte Carlo estimate. */
  exact: boolean;
  /** Sign patterns evaluated. */
  flips: number;
}

const EXACT_MAX_NONZERO = 16;

export function signFlipTest(differences: ArrayLike<number>, rng: Rng, flips: number): SignFlipResult {
  if (!Number.isInteger(flips) || flips < 1) throw new RangeError(`sign flips must be a whole number >= 1, got ${flips}`);
  const nonZero = Float64Array.from(Array.from(differences).filter((d) => d !== 0));
  const k = nonZero.length;
  if (k === 0) return { p: 1, exact: true, flips: 1 };
  let total = 0;
  let magnitude = 0;
  for (const d of nonZero) {
    total += d;
    magnitude += Math.abs(d);
  }
  // Sums equal up to rounding count as ties, which keeps the test conservative.
  const threshold = Math.abs(total) - 1e-9 * magnitude;
  if (k <= EXACT_MAX_NONZERO) {
    const patterns = 2 ** k;
    let extreme = 0;
    for (let mask = 0; mask < patterns; mask++) {
      let sum = 0;
      for (let i = 0; i < k; i++) sum += mask & (1 << i) ? -nonZero[i]! : nonZero[i]!;
      if (Math.abs(sum) >= threshold) extreme++;
    }
    return { p: extreme / patterns, exact: true, flips: patterns };
  }
  let extreme = 0;
  const next = rng.nextUint32;
  for (let b = 0; b < flips; b++) {
    let sum = 0;
    let bits = 0;
    for (let i = 0; i < k; i++) {
      if ((i & 31) === 0) bits = next();
      sum += bits & 1 ? -nonZero[i]! : nonZero[i]!;
      bits >>>= 1;
    }
    if (Math.abs(sum) >= threshold) extreme++;
  }
  return { p: (1 + extreme) / (1 + flips), exact: false, flips };
}
