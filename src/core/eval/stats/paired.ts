// The candidate against one reference arm on one metric, paired on the examples both answered: the
// mean difference with a seeded paired-bootstrap 95% interval, a two-sided p-value (McNemar's exact
// test for binary metrics, the paired sign-flip permutation test otherwise), and the minimum
// detectable effect at 80% power for the number of pairs used.
import { bootstrapMeanInterval } from "./bootstrap.js";
import { mcnemarExact } from "./mcnemar.js";
import { mdeContinuous, mdePaired, pairsNeededContinuous, pairsNeededPaired, type PowerOptions } from "./power.js";
import type { Rng } from "./random.js";
import { signFlipTest } from "./signFlip.js";
import type { Interval } from "./wilson.js";

export type PairedTest = "mcnemar-exact" | "sign-flip-permutation";

export interface PairedComparison {
  /** Examples where both arms have a value: the n of everything below. */
  pairs: number;
  /** Examples left out because the candidate, the reference arm, or both have no value. */
  excluded: { candidateMissing: number; referenceMissing: number; bothMissing: number };
  candidateMean: number;
  referenceMean: number;
  /** candidateMean - referenceMean over the pairs; NaN when there are none. */
  delta: number;
  /** Paired percentile bootstrap interval of delta; null when there are no pairs. */
  interval: Interval | null;
  test: PairedTest;
  /** Two-sided p-value of "no difference"; 1 when there are no pairs. */
  p: number;
  /** For the sign-flip test: whether p is exact (all sign patterns) or a Monte Carlo estimate. */
  pExact: boolean;
  /** Binary metrics: pairs where only the candidate / only the reference arm scored 1. */
  discordant?: { candidateOnly: number; referenceOnly: number };
  /** Continuous metrics: the sample standard deviation of the differences (n - 1 denominator). */
  sdDiff?: number;
  /** Minimum detectable |delta| at the power options (80%, alpha 0.05); null when not estimable. */
  mde: number | null;
}

export interface PairedOptions extends PowerOptions {
  /** Stream for the bootstrap interval. */
  bootstrapRng: Rng;
  /** Stream for the permutation test. */
  permutationRng: Rng;
  resamples: number;
  flips: number;
  confidence?: number;
}

export function comparePaired(
  candidate: readonly (number | null)[],
  reference: readonly (number | null)[],
  binary: boolean,
  options: PairedOptions,
): PairedComparison {
  if (candidate.length !== reference.length) throw new RangeError(`paired arms need one value per example: ${candidate.length} vs ${reference.length}`);
  const excluded = { candidateMissing: 0, referenceMissing: 0, bothMissing: 0 };
  const a: number[] = [];
  const b: number[] = [];
  candidate.forEach((x, i) => {
    const y = reference[i]!;
    if (x === null && y === null) excluded.bothMissing++;
    else if (x === null) excluded.candidateMissing++;
    else if (y === null) excluded.referenceMissing++;
    else {
      a.push(x);
      b.push(y);
    }
  });
  const pairs = a.length;
  const test: PairedTest = binary ? "mcnemar-exact" : "sign-flip-permutation";
  if (pairs === 0) {
    return { pairs, excluded, candidateMean: Number.NaN, referenceMean: Number.NaN, delta: Number.NaN, interval: null, test, p: 1, pExact: true, mde: null };
  }
  const differences = a.map((x, i) => x - b[i]!);
  const candidateMean = mean(a);
  const referenceMean = mean(b);
  const delta = mean(differences);
  const interval = bootstrapMeanInterval(differences, options.bootstrapRng, options.resamples, options.confidence);
  const base = { pairs, excluded, candidateMean, referenceMean, delta, interval, test };
  if (binary) {
    const candidateOnly = differences.filter((d) => d === 1).length;
    const referenceOnly = differences.filter((d) => d === -1).length;
    if (candidateOnly + referenceOnly + differences.filter((d) => d === 0).length !== pairs) throw new RangeError("a binary metric has values other than 0 and 1");
    const { p } = mcnemarExact(candidateOnly, referenceOnly);
    return { ...base, p, pExact: true, discordant: { candidateOnly, referenceOnly }, mde: mdePaired((candidateOnly + referenceOnly) / pairs, pairs, options) };
  }
  const { p, exact } = signFlipTest(differences, options.permutationRng, options.flips);
  const sdDiff = standardDeviation(differences, delta);
  return { ...base, p, pExact: exact, sdDiff, mde: pairs >= 2 && sdDiff > 0 ? mdeContinuous(sdDiff, pairs, options) : null };
}

/**
 * Pairs needed to detect `effect` with the variability this comparison observed (its discordant
 * share, or the standard deviation of its differences); null when that variability is zero or unknown.
 */
export function pairsNeeded(comparison: PairedComparison, effect: number, options: PowerOptions = {}): number | null {
  if (!(Math.abs(effect) > 0) || comparison.pairs === 0) return null;
  if (comparison.discordant) {
    const psi = (comparison.discordant.candidateOnly + comparison.discordant.referenceOnly) / comparison.pairs;
    return psi > 0 ? pairsNeededPaired(psi, effect, options) : null;
  }
  return comparison.sdDiff !== undefined && comparison.sdDiff > 0 ? pairsNeededContinuous(comparison.sdDiff, effect, options) : null;
}

function mean(values: readonly number[]): number {
  return values.reduce((x, y) => x + y, 0) / values.length;
}

function standardDeviation(values: readonly number[], centre: number): number {
  if (values.length < 2) return 0;
  return Math.sqrt(values.reduce((s, v) => s + (v - centre) ** 2, 0) / (values.length - 1));
}
