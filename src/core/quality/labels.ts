// Label distribution for classification datasets: when the answers take only a few distinct short
// values, they are labels, and a strong imbalance is worth a warning.
import type { ExampleStore } from "../dataset/exampleStore.js";
import type { FindingCollector } from "../findingCollector.js";

export interface LabelSummary {
  label: string;
  count: number;
  share: number;
}

export interface LabelOptions {
  /** At least this share of answers must be short labels for the dataset to count as classification. */
  minLabelledShare: number;
  /** Most common label count over least common one that triggers the warning. */
  imbalanceRatio: number;
}

export function checkLabels(store: ExampleStore, findings: FindingCollector, options: LabelOptions): LabelSummary[] | undefined {
  const { labels } = store;
  if (labels.overflowed || labels.values.length < 2) return undefined;
  // Training answers only, tallied by label as they were read.
  const examples = store.tally.train.examples;
  const labelled = labels.counts.reduce((a, b) => a + b, 0);
  // Few examples per label means free-form answers that happen to repeat, not classes.
  if (examples === 0 || labelled / examples < options.minLabelledShare || labelled < 2 * labels.values.length) return undefined;
  const summary = labels.values
    .map((label, id) => ({ label, count: labels.counts[id]!, share: labels.counts[id]! / labelled }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const most = summary[0]!;
  const least = summary[summary.length - 1]!;
  if (most.count / least.count >= options.imbalanceRatio) {
    const rareId = labels.ids.get(least.label)!;
    findings.add(
      "class-imbalance",
      store.locate(labels.firstRow[rareId]!),
      `label "${least.label}" has ${least.count} example(s), "${most.label}" has ${most.count} (${(most.count / least.count).toFixed(1)}x)`,
    );
  }
  return summary;
}
