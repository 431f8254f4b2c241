// Exact duplicates, conflicting answers and holdout leaks: two groupings of the examples, by the
// example's hash and by its prompt's hash.
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { RecordBlock } from "../dataset/exampleRecords.js";
import type { FindingCollector } from "../findingCollector.js";
import { groupByKey, NONE, type GroupingLimits, type GroupVisitor } from "./keyGroups.js";
import { RowSet } from "./rowSet.js";

export interface ExactRepeats {
  /** Rows reported as a repeat of an earlier example of the same role. */
  duplicates: RowSet;
  /** Holdout rows reported as leaked from the training data. */
  leaks: RowSet;
}

/**
 * Flags every repeat of an example within the same role (pointing at its first occurrence), every
 * holdout example whose example or prompt is in the training data, and every training example
 * whose prompt an earlier one has with a different answer (the model would be taught two things).
 */
export function findExactRepeats(store: ExampleStore, findings: FindingCollector, limits?: GroupingLimits): ExactRepeats {
  const duplicates = new RowSet(store.size);
  const leaks = new RowSet(store.size);
  const readPair = store.pairReader();
  const byKey = (keyOf: (block: RecordBlock, i: number) => number, visit: GroupVisitor) =>
    groupByKey(
      store.scratch,
      (emit) =>
        store.scan((block, i, row) => {
          const key = keyOf(block, i);
          if (!Number.isNaN(key)) emit(key, row, store.isTrainFile(block.file(i)));
        }),
      visit,
      limits,
    );

  byKey(
    (block, i) => block.exampleHash(i),
    (row, isTrain, firstTrain, firstHoldout) => {
      const first = isTrain ? firstTrain : firstHoldout;
      if (first !== NONE) {
        duplicates.add(row);
        findings.add("duplicate", store.locate(row), () => `same example as ${describe(store, first)} (after normalising case and whitespace)`, () => store.locate(first));
      }
      if (!isTrain && firstTrain !== NONE) {
        leaks.add(row);
        findings.add("holdout-leak", store.locate(row), () => `the same example is in the training data at ${describe(store, firstTrain)}`, () => store.locate(firstTrain));
      }
    },
  );

  byKey(
    (block, i) => block.promptHash(i),
    (row, isTrain, firstTrain) => {
      if (firstTrain === NONE) return;
      if (isTrain) {
        const pair = readPair(firstTrain, row);
        if (pair.answerHash(0) === pair.answerHash(1)) return;
        findings.add("conflicting-answers", store.locate(row), () => `same prompt as ${describe(store, firstTrain)} but a different answer`, () => store.locate(firstTrain));
      } else if (!leaks.has(row)) {
        leaks.add(row);
        findings.add("holdout-leak", store.locate(row), () => `the same prompt is in the training data at ${describe(store, firstTrain)}`, () => store.locate(firstTrain));
      }
    },
  );
  return { duplicates, leaks };
}

export function describe(store: ExampleStore, row: number): string {
  const at = store.locate(row);
  return `${at.file}:${at.line}`;
}
