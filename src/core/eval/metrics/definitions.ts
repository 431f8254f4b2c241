// Every metric the evaluation can report, with what the statistics and the gate need to know of it.
// The README in this folder gives each one's definition and source.

export type MetricId =
  | "exact-match"
  | "accuracy"
  | "macro-f1"
  | "json-valid"
  | "json-schema"
  | "json-field-accuracy"
  | "tool-name-match"
  | "tool-call-match"
  | "token-f1"
  | "rouge-l"
  | "answer-chars"
  | "answer-tokens";

export interface MetricDefinition {
  id: MetricId;
  title: string;
  /** Every per-example value is 0 or 1: Wilson intervals and McNemar's test apply. */
  binary: boolean;
  /**
   * "example": one value per example, compared in pairs with a test and usable in gate rules.
   * "corpus": a figure of the whole set (macro-F1), with a bootstrap interval but no per-example test.
   */
  scope: "example" | "corpus";
  /** Whether more is better; gate rules and regressions only make sense for "higher". */
  direction: "higher" | "neutral";
}

export const METRICS: Record<MetricId, MetricDefinition> = {
  "exact-match": { id: "exact-match", title: "Exact match", binary: true, scope: "example", direction: "higher" },
  accuracy: { id: "accuracy", title: "Accuracy", binary: true, scope: "example", direction: "higher" },
  "macro-f1": { id: "macro-f1", title: "Macro-F1", binary: false, scope: "corpus", direction: "higher" },
  "json-valid": { id: "json-valid", title: "Valid JSON", binary: true, scope: "example", direction: "higher" },
  "json-schema": { id: "json-schema", title: "JSON Schema conformance", binary: true, scope: "example", direction: "higher" },
  "json-field-accuracy": { id: "json-field-accuracy", title: "JSON field accuracy", binary: false, scope: "example", direction: "higher" },
  "tool-name-match": { id: "tool-name-match", title: "Tool name match", binary: true, scope: "example", direction: "higher" },
  "tool-call-match": { id: "tool-call-match", title: "Tool call match", binary: true, scope: "example", direction: "higher" },
  "token-f1": { id: "token-f1", title: "Token F1", binary: false, scope: "example", direction: "higher" },
  "rouge-l": { id: "rouge-l", title: "ROUGE-L", binary: false, scope: "example", direction: "higher" },
  "answer-chars": { id: "answer-chars", title: "Answer length (characters)", binary: false, scope: "example", direction: "neutral" },
  "answer-tokens": { id: "answer-tokens", title: "Answer length (tokens)", binary: false, scope: "example", direction: "neutral" },
};

export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

export function isMetricId(value: string): value is MetricId {
  return Object.hasOwn(METRICS, value);
}
