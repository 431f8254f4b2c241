// Near-duplicates and near-leaks by locality-sensitive hashing over MinHash signatures: 16 bands of
// 4 slots each, so pairs above ~0.6 Jaccard almost always share a band; each candidate pair is then
// confirmed by its estimated similarity against the configured threshold. Each band is grouped by
// sorting (band key, row) pairs packed in 64-bit integers: no per-example objects on the heap.
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

type Code = "near-duplicate" | "holdout-leak";
type Reported = Record<Code, Set<number>>;

export function findNearDuplicates(store: ExampleStore, findings: FindingCollector, options: NearDuplicateOptions): void {
  const n = store.size;
  const reported: Reported = { "near-duplicate": new Set(options.exactDuplicates), "holdout-leak": new Set(options.exactLeaks) };
  const isTrain = new Uint8Array(n);
  for (let row = 0; row < n; row++) isTrain[row] = store.roleOf(row) === "train" ? 1 : 0;
  // Little-endian halves of each 64-bit entry: low = row, high = band key. Sorting the 64-bit
  // values groups equal keys, rows ascending within a group.
  const packed = new BigUint64Array(n);
  const halves = new Uint32Array(packed.buffer);
  for (let band = 0; band < BANDS; band++) {
    for (let row = 0; row < n; row++) {
      halves[2 * row] = row;
      halves[2 * row + 1] = bandKey(store, row, band);
    }
    packed.sort();
    for (let start = 0; start < n; ) {
      const key = halves[2 * start + 1];
      let end = start + 1;
      while (end < n && halves[2 * end + 1] === key) end++;
      if (end - start > 1) compareGroup(store, findings, options.threshold, reported, isTrain, halves, start, end);
      start = end;
    }
  }
}

/** Within one group of rows sharing a band key, each row is compared with the first of each role. */
function compareGroup(store: ExampleStore, findings: FindingCollector, threshold: number, reported: Reported, isTrain: Uint8Array, halves: Uint32Array, start: number, end: number): void {
  let firstTrain = -1;
  let firstHoldout = -1;
  for (let i = start; i < end; i++) {
    const row = halves[2 * i]!;
    if (isTrain[row]) {
      if (firstTrain === -1) firstTrain = row;
      else consider(store, findings, threshold, reported, firstTrain, row, "near-duplicate");
      // A leak is reported on the holdout line, whichever file was read first.
      if (firstHoldout !== -1) consider(store, findings, threshold, reported, row, firstHoldout, "holdout-leak");
    } else {
      if (firstHoldout === -1) firstHoldout = row;
      else consider(store, findings, threshold, reported, firstHoldout, row, "near-duplicate");
      if (firstTrain !== -1) consider(store, findings, threshold, reported, firstTrain, row, "holdout-leak");
    }
  }
}

function bandKey(store: ExampleStore, row: number, band: number): number {
  const o = band * ROWS_PER_BAND;
  const sig = store.signature;
  const a = (sig.at(row, o) << 24) | (sig.at(row, o + 1) << 16) | (sig.at(row, o + 2) << 8) | sig.at(row, o + 3);
  // A colliding key only adds a candidate, which the similarity check then rejects.
  let x = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 15), 0xc2b2ae35);
  return (x ^ (x >>> 13)) >>> 0;
}

function consider(store: ExampleStore, findings: FindingCollector, threshold: number, reported: Reported, first: number, second: number, code: Code): void {
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
