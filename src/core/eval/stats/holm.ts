// Holm's step-down correction (S. Holm, "A simple sequentially rejective multiple test procedure",
// Scandinavian Journal of Statistics 6:65-70, 1979): with m p-values sorted ascending, the i-th
// (1-based) is multiplied by m - i + 1, made non-decreasing, and capped at 1. Rejecting where the
// adjusted p is below alpha controls the family-wise error rate at alpha, like Bonferroni, but
// rejects at least as often. Adjusted values come back in the input's order.

export function holmAdjust(pValues: readonly number[]): number[] {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must lie in [0, 1], got ${p}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
