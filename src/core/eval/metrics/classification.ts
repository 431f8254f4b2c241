// Classification: answers from a small set of labels. Each answer is mapped to a label by the exact-
// match normalisation (so "Positive." is the label "positive"); an answer that is no label counts
// as "outside the label set", a column of its own in the confusion matrix and a miss for accuracy.
// Macro-F1 is the unweighted mean of the per-label F1 over the labels that occur among the scored
// references (scikit-learn's f1_score(average="macro", labels=those labels, zero_division=0)).
import { normalizeAnswer } from "./exactMatch.js";

export interface LabelSet {
  /** Labels as first written in the references (or by the caller), in display order. */
  labels: string[];
  /** Their normalised forms, same order. */
  keys: string[];
}

/** Index of the answer's label in the set, or -1 when it is none of them. */
export type LabelIndex = number;

export function labelSet(texts: readonly string[]): LabelSet {
  const seen = new Map<string, string>();
  for (const text of texts) {
    const key = normalizeAnswer(text);
    if (!seen.has(key)) seen.set(key, text.trim());
  }
  const keys = [...seen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { labels: keys.map((k) => seen.get(k)!), keys };
}

export function labelIndex(text: string, set: LabelSet): LabelIndex {
  return set.keys.indexOf(normalizeAnswer(text));
}

export interface LabelScores {
  label: string;
  /** References with this label. */
  support: number;
  /** Answers with this label. */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationReport {
  /** Examples scored (answer and reference both present). */
  n: number;
  accuracy: number;
  macroF1: number;
  perLabel: LabelScores[];
  /**
   * counts[i][j]: references with label i answered with label j; the last column, j = labels.length,
   * counts answers outside the label set.
   */
  confusion: { labels: string[]; counts: number[][] };
}

/** Per-label counts over the examples at `indices` (all examples when omitted). */
function tally(references: readonly number[], predictions: readonly number[], labelCount: number, indices?: ArrayLike<number>) {
  const truePositive = new Uint32Array(labelCount);
  const support = new Uint32Array(labelCount);
  const predicted = new Uint32Array(labelCount);
  const n = indices ? indices.length : references.length;
  let correct = 0;
  for (let k = 0; k < n; k++) {
    const i = indices ? indices[k]! : k;
    const truth = references[i]!;
    const guess = predictions[i]!;
    support[truth]!++;
    if (guess >= 0) predicted[guess]!++;
    if (guess === truth) {
      truePositive[truth]!++;
      correct++;
    }
  }
  return { truePositive, support, predicted, correct, n };
}

function f1Of(tp: number, support: number, predicted: number): { precision: number; recall: number; f1: number } {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = support > 0 ? tp / support : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Macro-F1 of label indices (reference labels >= 0, predictions -1 for outside the set), over the
 * examples at `indices` when given: the statistic the bootstrap resamples.
 */
export function macroF1(references: readonly number[], predictions: readonly number[], labelCount: number, indices?: ArrayLike<number>): number {
  const { truePositive, support, predicted } = tally(references, predictions, labelCount, indices);
  let sum = 0;
  let present = 0;
  for (let l = 0; l < labelCount; l++) {
    if (support[l] === 0) continue;
    sum += f1Of(truePositive[l]!, support[l]!, predicted[l]!).f1;
    present++;
  }
  return present > 0 ? sum / present : Number.NaN;
}

export function classificationReport(references: readonly number[], predictions: readonly number[], set: LabelSet): ClassificationReport {
  const labelCount = set.labels.length;
  const { truePositive, support, predicted, correct, n } = tally(references, predictions, labelCount);
  const counts = set.labels.map(() => new Array<number>(labelCount + 1).fill(0));
  references.forEach((truth, i) => {
    const guess = predictions[i]!;
    counts[truth]![guess >= 0 ? guess : labelCount]!++;
  });
  return {
    n,
    accuracy: n > 0 ? correct / n : Number.NaN,
    macroF1: macroF1(references, predictions, labelCount),
    perLabel: set.labels.map((label, l) => ({ label, support: support[l]!, predicted: predicted[l]!, ...f1Of(truePositive[l]!, support[l]!, predicted[l]!) })),
    confusion: { labels: set.labels, counts },
  };
}
