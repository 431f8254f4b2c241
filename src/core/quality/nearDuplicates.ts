// Near-duplicates and near-leaks by locality-sensitive hashing over MinHash signatures: 16 bands of
// 4 slots each, so pairs above ~0.6 Jaccard almost always share a band; each candidate pair is then
// confirmed by its estimated similarity against the configured threshold. The (band, slots) keys of
// all bands are grouped at once, in bounded memory (keyGroups.ts).
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { RecordBlock } from "../dataset/exampleRecords.js";
import type { FindingCollector } from "../findingCollector.js";
import { SIGNATURE_SIZE, estimatedJaccard } from "./fingerprints.js";
import { describe, type ExactRepeats } from "./duplicates.js";
import { groupByKey, NONE, type GroupingLimits } from "./keyGroups.js";

const BANDS = 16;
const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;

export interface NearDuplicateOptions {
  threshold: number;
  /** Rows already reported as exact duplicates or leaks: not reported again as near ones (the sets grow with the near ones). */
  exact: ExactRepeats;
  limits?: GroupingLimits;
}

type Code = "near-duplicate" | "holdout-leak";

export function findNearDuplicates(store: ExampleStore, findings: FindingCollector, options: NearDuplicateOptions): void {
  const reported = { "near-duplicate": options.exact.duplicates, "holdout-leak": options.exact.leaks };
  const readPair = store.pairReader();
  /** Compares `row` with the earlier `first`; a finding is reported on `row`. */
  const consider = (first: number, row: number, code: Code) => {
    if (reported[code].has(row)) return;
    const pair = readPair(first, row);
    if (pair.exampleHash(0) === pair.exampleHash(1)) return;
    // Same prompt with another answer is a conflict, reported as such.
    if (code === "near-duplicate" && pair.promptHash(0) === pair.promptHash(1)) return;
    const similarity = estimatedJaccard(pair.signature(0), pair.signature(1));
    if (similarity < options.threshold) return;
    reported[code].add(row);
    const percent = Math.round(similarity * 100);
    const message = () => (code === "near-duplicate" ? `${percent}% similar to ${describe(store, first)} (MinHash estimate of word 3-shingle Jaccard)` : `${percent}% similar to the training example at ${describe(store, first)}`);
    findings.add(code, store.locate(row), message, () => store.locate(first));
  };

  groupByKey(
    store.scratch,
    (emit) =>
      store.scan((block, i, row) => {
        const isTrain = store.isTrainFile(block.file(i));
        for (let band = 0; band < BANDS; band++) emit(bandKey(block, i, band), row, isTrain);
      }),
    (row, isTrain, firstTrain, firstHoldout) => {
      // Training rows come first, so a holdout row meets the group's first training row here.
      if (isTrain) consider(firstTrain, row, "near-duplicate");
      else {
        if (firstHoldout !== NONE) consider(firstHoldout, row, "near-duplicate");
        if (firstTrain !== NONE) consider(firstTrain, row, "holdout-leak");
      }
    },
    options.limits,
  );
}

/** A 53-bit key for band `band` of a signature: the band's four bytes and its number, mixed. */
function bandKey(block: RecordBlock, i: number, band: number): number {
  const o = band * ROWS_PER_BAND;
  const a = ((block.signatureByte(i, o) << 24) | (block.signatureByte(i, o + 1) << 16) | (block.signatureByte(i, o + 2) << 8) | block.signatureByte(i, o + 3)) >>> 0;
  const low = mix(a ^ Math.imul(band + 1, 0x9e3779b9));
  const high = mix(a + Math.imul(band + 1, 0x85ebca6b)) & 0x1fffff;
  return high * 2 ** 32 + low;
}

function mix(value: number): number {
  let x = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
