// How often each whole number occurs: token and message counts per example, tallied as they stream
// past. Exact quantiles need only the tally (the values are integers), so memory is bounded by the
// number of distinct values, not the number of examples.
import { quantileOfOrder, type Distribution } from "./distribution.js";
import { histogramOf, type Histogram } from "./histogram.js";

const DENSE = 1 << 16;

export class IntegerCounts {
  /** Counts of the values below DENSE, by value; larger ones are in `sparse`. */
  private dense: Uint32Array | undefined;
  private readonly sparse = new Map<number, number>();
  count = 0;
  sum = 0;

  add(value: number): void {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`IntegerCounts takes whole numbers >= 0, not ${value}`);
    this.count++;
    this.sum += value;
    if (value < DENSE) {
      this.dense ??= new Uint32Array(DENSE);
      this.dense[value]!++;
    } else {
      this.sparse.set(value, (this.sparse.get(value) ?? 0) + 1);
    }
  }

  /** Each distinct value with its count, ascending. */
  *entries(): Generator<[value: number, count: number]> {
    if (this.dense) for (let v = 0; v < DENSE; v++) if (this.dense[v]) yield [v, this.dense[v]!];
    for (const v of [...this.sparse.keys()].sort((a, b) => a - b)) yield [v, this.sparse.get(v)!];
  }

  /** The same figures as distribution() over the values themselves. */
  distribution(): Distribution {
    const n = this.count;
    if (n === 0) return { count: 0, min: 0, max: 0, mean: 0, p5: 0, p50: 0, p95: 0 };
    // The order statistics that type-7 quantiles interpolate between, found in one ascending walk.
    const wanted = [0, n - 1];
    for (const q of [0.05, 0.5, 0.95]) {
      const lower = Math.floor((n - 1) * q);
      wanted.push(lower, Math.min(lower + 1, n - 1));
    }
    const ranks = [...new Set(wanted)].sort((a, b) => a - b);
    const at = new Map<number, number>();
    let seen = 0;
    let next = 0;
    for (const [value, count] of this.entries()) {
      seen += count;
      while (next < ranks.length && ranks[next]! < seen) at.set(ranks[next++]!, value);
      if (next === ranks.length) break;
    }
    const quantile = (q: number) => quantileOfOrder(n, (k) => at.get(k)!, q);
    return { count: n, min: at.get(0)!, max: at.get(n - 1)!, mean: this.sum / n, p5: quantile(0.05), p50: quantile(0.5), p95: quantile(0.95) };
  }

  histogram(maxBins?: number): Histogram {
    return histogramOf(this.entries(), maxBins);
  }
}
