// Exact binomial probabilities in log space, accurate for n up to 100,000 and beyond: each term by
// Loader's saddle-point form (C. Loader, "Fast and accurate computation of binomial probabilities",
// 2000; the method behind R's dbinom), which avoids the cancellation of log-factorial differences,
// and the tail summed outward from its largest term with a log-sum-exp, so tails far below the
// smallest double (2^-100000) still have a finite logarithm.

const LN_2PI = Math.log(2 * Math.PI);
const HALF_LN_2PI = 0.5 * LN_2PI;

/** ln(n!) - ((n + 1/2) ln n - n + ln sqrt(2 pi)): the error of Stirling's formula. */
function stirlingError(n: number): number {
  if (n <= 15) {
    // n! is exact in a double up to 22!, so the logarithm is correct to an ulp.
    let factorial = 1;
    for (let k = 2; k <= n; k++) factorial *= k;
    return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - HALF_LN_2PI;
  }
  // Stirling's series: 1/12n - 1/360n^3 + 1/1260n^5 - 1/1680n^7 + 1/1188n^9.
  const nn = n * n;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / nn) / nn) / nn) / nn) / n;
}

/** x ln(x / np) + np - x, computed without cancellation when x is close to np. */
function deviance(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let sum = (x - np) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / np) + np - x;
}

function checkArguments(k: number, n: number, p: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial n must be a whole number >= 0, got ${n}`);
  if (!Number.isInteger(k)) throw new RangeError(`binomial k must be a whole number, got ${k}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial p must lie in [0, 1], got ${p}`);
}

/** ln P(X = k) for X ~ Binomial(n, p). */
export function binomialLogPmf(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  if (k < 0 || k > n) return -Infinity;
  if (n === 0) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (q === 0) return k === n ? 0 : -Infinity;
  if (k === 0) return p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
  if (k === n) return q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
  const lc = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const lf = LN_2PI + Math.log(k) + Math.log1p(-k / n);
  return lc - 0.5 * lf;
}

/** ln of the sum of P(X = i) for lo <= i <= hi, summed outward from the largest term. */
function logSumRange(lo: number, hi: number, n: number, p: number): number {
  if (lo > hi) return -Infinity;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const start = Math.min(hi, Math.max(lo, mode));
  const top = binomialLogPmf(start, n, p);
  if (top === -Infinity) return -Infinity;
  // Terms fall monotonically away from the mode, so stop once they no longer change the sum.
  let sum = 1;
  for (let i = start - 1; i >= lo; i--) {
    const term = Math.exp(binomialLogPmf(i, n, p) - top);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  for (let i = start + 1; i <= hi; i++) {
    const term = Math.exp(binomialLogPmf(i, n, p) - top);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return top + Math.log(sum);
}

/** ln P(X <= k) for X ~ Binomial(n, p). */
export function binomialLogCdf(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  if (k < 0) return -Infinity;
  if (k >= n) return 0;
  return logSumRange(0, k, n, p);
}

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  return Math.exp(binomialLogCdf(k, n, p));
}

/** ln P(X >= k) for X ~ Binomial(n, p). */
export function binomialLogSurvival(k: number, n: number, p: number): number {
  checkArguments(k, n, p);
  if (k <= 0) return 0;
  if (k > n) return -Infinity;
  return logSumRange(k, n, n, p);
}
