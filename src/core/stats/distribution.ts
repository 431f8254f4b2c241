// Summary statistics of a numeric column. Quantiles use linear interpolation between order
// statistics (numpy's default, Hyndman & Fan type 7), the method OpenAI's cookbook prints with.

export interface Distribution {
  count: number;
  min: number;
  max: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
}

export const QUANTILE_METHOD = "linear interpolation between order statistics (numpy default, Hyndman-Fan type 7)";

export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  return quantileOfOrder(sorted.length, (k) => sorted[k]!, q);
}

/** The type-7 quantile of `n` values, given the k-th smallest (0-based) by `valueAt`. */
export function quantileOfOrder(n: number, valueAt: (k: number) => number, q: number): number {
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  const a = valueAt(lower);
  return a + (valueAt(upper) - a) * (position - lower);
}

export function distribution(values: ArrayLike<number>): Distribution {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return { count: 0, min: 0, max: 0, mean: 0, p5: 0, p50: 0, p95: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    count: n,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    mean: sum / n,
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
  };
}
