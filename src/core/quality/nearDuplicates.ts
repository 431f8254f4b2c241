// Near-duplicates and near-leaks by locality-sensitive hashing over MinHash signatures: 16 bands of
// 4 slots each, so pairs above ~0.6 Jaccard almost always share a band, then each candidate pair is
// confirmed by its estimated similarity against the configured threshold.
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { FindingCollector } from "../findingCollector.js";
import { SIGNATURE_SIZE, estimatedJaccard } from "./fingerprints.js";
import { describe } from "./duplicates.js";

const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;

export interface NearDuplicateOptions {
  threshold: number;
  /** Rows already reported as exact duplicates: not reported again as near ones. */
  exactDuplicates: Set<number>;
  /** Holdout rows already reported as exact leaks. */
  exactLeaks: Set<number>;
}

export function findNearDuplicates(store: ExampleStore, findings: FindingCollector, options: NearDuplicateOptions): void {
  const reported: Reported = { "near-duplicate": new Set(options.exactDuplicates), "holdout-leak": new Set(options.exactLeaks) };
  for (let band = 0; band < BANDS; band++) {
    // Band key -> first row seen with it, per role. One band at a time keeps memory to one map pair.
    const first = { train: new Map<number, number>(), holdout: new Map<number, number>() };
    for (let row = 0; row < store.size; row++) {
      const key = bandKey(store.signature.row(row), band);
      const role = store.roleOf(row);
      const other = role === "train" ? "holdout" : "train";
      const sameSide = first[role].get(key);
      if (sameSide === undefined) first[role].set(key, row);
      else consider(store, findings, options.threshold, reported, sameSide, row, "near-duplicate");
      const otherSide = first[other].get(key);
      if (otherSide === undefined) continue;
      // A leak is reported on the holdout line, whichever file was read first.
      if (role === "holdout") consider(store, findings, options.threshold, reported, otherSide, row, "holdout-leak");
      else consider(store, findings, options.threshold, reported, row, otherSide, "holdout-leak");
    }
  }
}

function bandKey(signature: Uint16Array, band: number): number {
  const o = band * ROWS_PER_BAND;
  const high = ((signature[o]! << 16) | signature[o + 1]!) >>> 0;
  const low = Math.imul(((signature[o + 2]! << 16) | signature[o + 3]!) ^ 0x5bd1e995, 0x9e3779b1) >>> 11;
  // A colliding key only adds a candidate, which the similarity check then rejects.
  return high * 2097152 + low;
}

type Code = "near-duplicate" | "holdout-leak";
type Reported = Record<Code, Set<number>>;

function consider(
  store: ExampleStore,
  findings: FindingCollector,
  threshold: number,
  reported: Reported,
  first: number,
  second: number,
  code: Code,
): void {
  if (reported[code].has(second)) return;
  if (store.exampleHash.get(first) === store.exampleHash.get(second)) return;
  // Same prompt with another answer is a conflict, reported as such.
  if (code === "near-duplicate" && store.promptHash.get(first) === store.promptHash.get(second)) return;
  const similarity = estimatedJaccard(store.signature.row(first), store.signature.row(second));
  if (similarity < threshold) return;
  reported[code].add(second);
  const percent = Math.round(similarity * 100);
  const message =
    code === "near-duplicate"
      ? `${percent}% similar to ${describe(store, first)} (MinHash estimate of word 3-shingle Jaccard)`
      : `${percent}% similar to the training example at ${describe(store, first)}`;
  findings.add(code, store.locate(second), message, store.locate(first));
}
