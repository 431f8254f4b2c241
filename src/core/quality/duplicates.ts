// Exact duplicates, conflicting answers and holdout leaks: groupings of the examples' hashes.
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { FindingCollector } from "../findingCollector.js";
import { forEachGroup } from "./groupRows.js";

/** Flags every repeat of an example within the same role, pointing at its first occurrence. */
export function findExactDuplicates(store: ExampleStore, findings: FindingCollector): Set<number> {
  const repeats = new Set<number>();
  for (const role of ["train", "holdout"] as const) {
    forEachGroup(store.rowsOf(role), (row) => store.exampleHash.get(row), ([first, ...rest]) => {
      for (const row of rest) {
        repeats.add(row);
        findings.add("duplicate", store.locate(row), `same example as ${describe(store, first!)} (after normalising case and whitespace)`, store.locate(first!));
      }
    });
  }
  return repeats;
}

/** Same prompt, different answer, within the training data: the model is taught two things. */
export function findConflictingAnswers(store: ExampleStore, findings: FindingCollector): void {
  forEachGroup(store.rowsOf("train"), (row) => store.promptHash.get(row), ([first, ...rest]) => {
    for (const row of rest) {
      if (store.answerHash.get(first!) === store.answerHash.get(row)) continue;
      findings.add("conflicting-answers", store.locate(row), `same prompt as ${describe(store, first!)} but a different answer`, store.locate(first!));
    }
  });
}

/** Holdout examples (or their prompts) that also appear in the training data. */
export function findExactLeaks(store: ExampleStore, findings: FindingCollector): Set<number> {
  const all = Uint32Array.from({ length: store.size }, (_, i) => i);
  const leakedTo = new Map<number, { train: number; what: string }>();
  const collect = (keyOf: (row: number) => number, what: string) =>
    forEachGroup(all, keyOf, (group) => {
      const train = group.find((r) => store.roleOf(r) === "train");
      if (train === undefined) return;
      for (const row of group) if (store.roleOf(row) === "holdout" && !leakedTo.has(row)) leakedTo.set(row, { train, what });
    });
  collect((row) => store.exampleHash.get(row), "the same example");
  collect((row) => store.promptHash.get(row), "the same prompt");
  for (const [row, { train, what }] of [...leakedTo].sort((a, b) => a[0] - b[0])) {
    findings.add("holdout-leak", store.locate(row), `${what} is in the training data at ${describe(store, train)}`, store.locate(train));
  }
  return new Set(leakedTo.keys());
}

export function describe(store: ExampleStore, row: number): string {
  const at = store.locate(row);
  return `${at.file}:${at.line}`;
}
