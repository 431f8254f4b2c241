// Counts of values in equal-width bins with round edges (1, 2 or 5 times a power of ten), so a
// chart of token lengths reads "0-100, 100-200" rather than "0-97.3".

export interface HistogramBin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge (the last bin includes the maximum). */
  to: number;
  count: number;
}

export interface Histogram {
  binWidth: number;
  bins: HistogramBin[];
}

/** At most `maxBins` bins from 0 to just past the largest value; none for no values. */
export function histogram(values: ArrayLike<number>, maxBins = 12): Histogram {
  return histogramOf(Array.from(values, (v): [number, number] => [v, 1]), maxBins);
}

/** The same, from each distinct value and how often it occurs. */
export function histogramOf(counts: Iterable<[value: number, count: number]>, maxBins = 12): Histogram {
  const entries = [...counts];
  if (entries.length === 0) return { binWidth: 0, bins: [] };
  let max = 0;
  for (const [v] of entries) max = Math.max(max, v);
  const width = roundWidth(Math.max(max, 1) / maxBins);
  const count = Math.max(1, Math.min(maxBins, Math.floor(max / width) + 1));
  const bins = Array.from({ length: count }, (_, i) => ({ from: i * width, to: (i + 1) * width, count: 0 }));
  for (const [v, n] of entries) bins[Math.min(count - 1, Math.floor(v / width))]!.count += n;
  return { binWidth: width, bins };
}

function roundWidth(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 5, 10]) if (step * power >= raw) return Math.max(1, step * power);
  return Math.max(1, 10 * power);
}
