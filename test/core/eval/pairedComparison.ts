// A paired comparison as the statistics would report it, for the gate's tests: each test sets the
// fields that matter to it (the rest are a tie on 200 pairs).
import type { PairedComparison } from "../../../src/core/eval/stats/paired.js";

export function paired(fields: Partial<PairedComparison>): PairedComparison {
  return {
    pairs: 200,
    excluded: { candidateMissing: 0, referenceMissing: 0, bothMissing: 0 },
    candidateMean: 0.7,
    referenceMean: 0.7,
    delta: 0,
    interval: { lower: -0.01, upper: 0.01 },
    test: "mcnemar-exact",
    p: 1,
    pExact: true,
    discordant: { candidateOnly: 10, referenceOnly: 10 },
    mde: 0.05,
    ...fields,
  };
}
