// One arm's mean of one metric with its 95% interval: the Wilson score interval when the metric is a
// proportion (every value 0 or 1), the percentile bootstrap of the mean otherwise.
import { bootstrapMeanInterval } from "./bootstrap.js";
import type { Rng } from "./random.js";
import { wilsonInterval, type Interval } from "./wilson.js";

export type IntervalMethod = "wilson" | "percentile-bootstrap";

export interface MeanEstimate {
  /** Examples with a value (failed answers and missing values left out). */
  n: number;
  /** NaN when n is 0. */
  mean: number;
  /** Null when n is 0. */
  interval: Interval | null;
  method: IntervalMethod;
}

export interface EstimateOptions {
  rng: Rng;
  resamples: number;
  confidence?: number;
}

/** Values present (not null) in example order. */
export function presentValues(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

export function estimateMean(values: readonly (number | null)[], binary: boolean, options: EstimateOptions): MeanEstimate {
  const present = presentValues(values);
  const n = present.length;
  const method: IntervalMethod = binary ? "wilson" : "percentile-bootstrap";
  if (n === 0) return { n, mean: Number.NaN, interval: null, method };
  const sum = present.reduce((a, b) => a + b, 0);
  if (binary) {
    if (present.some((v) => v !== 0 && v !== 1)) throw new RangeError("a binary metric has values other than 0 and 1");
    return { n, mean: sum / n, interval: wilsonInterval(sum, n, options.confidence), method };
  }
  return { n, mean: sum / n, interval: bootstrapMeanInterval(present, options.rng, options.resamples, options.confidence), method };
}
