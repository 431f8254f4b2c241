// McNemar's exact test for a binary metric on paired examples. Only the discordant pairs carry
// information: b where the candidate alone is right, c where the reference arm alone is right. Under
// no difference each discordant pair goes either way with probability 1/2, so the two-sided p-value
// is min(1, 2 P(X <= min(b, c))) with X ~ Binomial(b + c, 1/2), the definition used by statsmodels'
// mcnemar(exact=True) and R's exact2x2 "central" method.
import { binomialLogCdf } from "./binomial.js";

export interface McNemarResult {
  /** Pairs where only the candidate scored 1. */
  candidateOnly: number;
  /** Pairs where only the reference arm scored 1. */
  referenceOnly: number;
  p: number;
}

export function mcnemarExact(candidateOnly: number, referenceOnly: number): McNemarResult {
  for (const count of [candidateOnly, referenceOnly]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`discordant counts must be whole numbers >= 0, got ${count}`);
  }
  const n = candidateOnly + referenceOnly;
  const p = n === 0 ? 1 : Math.min(1, 2 * Math.exp(binomialLogCdf(Math.min(candidateOnly, referenceOnly), n, 0.5)));
  return { candidateOnly, referenceOnly, p };
}
