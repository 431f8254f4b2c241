// How small a difference this many paired examples can detect, and how many pairs a given difference
// needs: two-sided alpha 0.05 and 80% power unless told otherwise.
//
// Continuous metrics (normal approximation for the mean of paired differences):
//   MDE = (z_{1-alpha/2} + z_{power}) * sd_diff / sqrt(n),  n = ((z_{1-alpha/2} + z_{power}) * sd_diff / effect)^2.
// Binary metrics (McNemar's test; Connor, "Sample size for testing differences in proportions for
// the paired-sample design", Biometrics 43:207-211, 1987), with psi the share of discordant pairs:
//   n = (z_{1-alpha/2} * sqrt(psi) + z_{power} * sqrt(psi - effect^2))^2 / effect^2,
// and the MDE is the effect that solves this for the observed n and psi.
import { normalQuantile } from "./normal.js";

export interface PowerOptions {
  alpha?: number;
  power?: number;
}

function criticalValues({ alpha = 0.05, power = 0.8 }: PowerOptions): { zAlpha: number; zPower: number } {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must lie in (0, 1), got ${power}`);
  return { zAlpha: normalQuantile(1 - alpha / 2), zPower: normalQuantile(power) };
}

/** The smallest mean difference n pairs detect, given the standard deviation of the differences. */
export function mdeContinuous(sdDiff: number, n: number, options: PowerOptions = {}): number {
  const { zAlpha, zPower } = criticalValues(options);
  return ((zAlpha + zPower) * sdDiff) / Math.sqrt(n);
}

/** Pairs needed to detect a mean difference `effect` (rounded up). */
export function pairsNeededContinuous(sdDiff: number, effect: number, options: PowerOptions = {}): number {
  const { zAlpha, zPower } = criticalValues(options);
  return Math.ceil((((zAlpha + zPower) * sdDiff) / Math.abs(effect)) ** 2);
}

/**
 * Pairs needed to detect a difference `effect` in a paired proportion when a share `discordant` of
 * pairs disagree (rounded up). A difference can never exceed the discordant share, so a larger
 * effect is planned with psi = effect (every discordant pair going one way).
 */
export function pairsNeededPaired(discordant: number, effect: number, options: PowerOptions = {}): number {
  const { zAlpha, zPower } = criticalValues(options);
  const delta = Math.abs(effect);
  const psi = Math.max(discordant, delta);
  return Math.ceil((zAlpha * Math.sqrt(psi) + zPower * Math.sqrt(Math.max(0, psi - delta * delta))) ** 2 / (delta * delta));
}

/**
 * The smallest difference in a paired proportion that n pairs detect with a share `discordant` of
 * pairs disagreeing; null when no difference up to psi itself is detectable, or psi is 0.
 */
export function mdePaired(discordant: number, n: number, options: PowerOptions = {}): number | null {
  const { zAlpha, zPower } = criticalValues(options);
  const psi = discordant;
  if (!(psi > 0) || n < 1) return null;
  // Connor's equation, sqrt(n) * delta = zAlpha sqrt(psi) + zPower sqrt(psi - delta^2), has one root in
  // (0, psi] because the left side rises and the right side falls; bisection finds it to 1e-12.
  const gap = (delta: number): number => Math.sqrt(n) * delta - zAlpha * Math.sqrt(psi) - zPower * Math.sqrt(Math.max(0, psi - delta * delta));
  if (gap(psi) < 0) return null;
  let lo = 0;
  let hi = psi;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
