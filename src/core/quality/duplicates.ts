// Exact duplicates, conflicting answers and holdout leaks: groupings of the examples' hashes.
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { FindingCollector } from "../findingCollector.js";

/** Flags every repeat of an example within the same role, pointing at its first occurrence. */
export function findExactDuplicates(store: ExampleStore, findings: FindingCollector): Set<number> {
  const firstOf = { train: new Map<number, number>(), holdout: new Map<number, number>() };
  const repeats = new Set<number>();
  for (let row = 0; row < store.size; row++) {
    const seen = firstOf[store.roleOf(row)];
    const key = store.exampleHash.get(row);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      continue;
    }
    repeats.add(row);
    findings.add("duplicate", store.locate(row), `same example as ${describe(store, first)} (after normalising case and whitespace)`, store.locate(first));
  }
  return repeats;
}

/** Same prompt, different answer, within the training data: the model is taught two things. */
export function findConflictingAnswers(store: ExampleStore, findings: FindingCollector): void {
  const firstByPrompt = new Map<number, number>();
  for (const row of store.rowsOf("train")) {
    const prompt = store.promptHash.get(row);
    if (Number.isNaN(prompt)) continue;
    const first = firstByPrompt.get(prompt);
    if (first === undefined) {
      firstByPrompt.set(prompt, row);
      continue;
    }
    if (store.answerHash.get(first) !== store.answerHash.get(row)) {
      findings.add("conflicting-answers", store.locate(row), `same prompt as ${describe(store, first)} but a different answer`, store.locate(first));
    }
  }
}

/** Holdout examples (or their prompts) that also appear in the training data. */
export function findExactLeaks(store: ExampleStore, findings: FindingCollector): Set<number> {
  const trainByExample = new Map<number, number>();
  const trainByPrompt = new Map<number, number>();
  for (const row of store.rowsOf("train")) {
    if (!trainByExample.has(store.exampleHash.get(row))) trainByExample.set(store.exampleHash.get(row), row);
    const prompt = store.promptHash.get(row);
    if (!Number.isNaN(prompt) && !trainByPrompt.has(prompt)) trainByPrompt.set(prompt, row);
  }
  const leaked = new Set<number>();
  for (const row of store.rowsOf("holdout")) {
    const same = trainByExample.get(store.exampleHash.get(row));
    const samePrompt = same === undefined ? trainByPrompt.get(store.promptHash.get(row)) : undefined;
    const train = same ?? samePrompt;
    if (train === undefined) continue;
    leaked.add(row);
    const what = same !== undefined ? "the same example" : "the same prompt";
    findings.add("holdout-leak", store.locate(row), `${what} is in the training data at ${describe(store, train)}`, store.locate(train));
  }
  return leaked;
}

export function describe(store: ExampleStore, row: number): string {
  const at = store.locate(row);
  return `${at.file}:${at.line}`;
}
