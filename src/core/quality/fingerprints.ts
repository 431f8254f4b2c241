// Compact fingerprints of an example, so that dataset-wide checks (duplicates, near-duplicates,
// conflicts, leaks) keep a few hundred bytes per example instead of its text.

/** 53-bit string hash (cyrb53): collisions are negligible at dataset sizes (2^-53 per pair). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Lower case, whitespace runs collapsed, trimmed: what "the same example" means for duplicates. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

export const SIGNATURE_SIZE = 64;
const BIN_BITS = 6; // 2^6 = 64 bins
const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava 2017)
 * over word 3-shingles: one hash per shingle instead of 64, which keeps the check cheap next to
 * tokenizing. Values are folded to 16 bits; two signatures agree in a slot with probability equal
 * to the Jaccard similarity of their shingle sets (plus 2^-16).
 */
export function minhashSignature(normalized: string, out: Uint16Array): void {
  const mins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  let w1 = 0;
  let w2 = 0;
  let words = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const n = normalized.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? normalized.charCodeAt(i) : 32;
    const separator = c === 32 || (c < 128 && !((c >= 48 && c <= 57) || (c >= 97 && c <= 122)));
    if (!separator) {
      h = Math.imul(h ^ c, 16777619);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    const w = h >>> 0;
    h = 0x811c9dc5;
    words++;
    if (words >= 3) addShingle(mins, mix(w1, w2, w));
    w1 = w2;
    w2 = w;
  }
  // Texts of one or two words still need a fingerprint: the words themselves.
  if (words === 1) addShingle(mins, mix(0, 0, w2));
  if (words === 2) addShingle(mins, mix(0, w1, w2));
  densify(mins, out);
}

function mix(a: number, b: number, c: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x85ebca6b, 0xc2b2ae35) ^ c;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

function addShingle(mins: Uint32Array, x: number): void {
  const bin = x & (SIGNATURE_SIZE - 1);
  const value = x >>> BIN_BITS;
  if (value < mins[bin]!) mins[bin] = value;
}

function densify(mins: Uint32Array, out: Uint16Array): void {
  const k = SIGNATURE_SIZE;
  let anyFilled = false;
  for (let i = 0; i < k; i++) if (mins[i] !== EMPTY) anyFilled = true;
  for (let i = 0; i < k; i++) {
    if (!anyFilled) {
      out[i] = 0;
      continue;
    }
    let j = i;
    let step = 0;
    while (mins[j] === EMPTY) {
      j = (j + 1) % k;
      step++;
    }
    // The borrowed value is offset by the distance so that borrowed slots do not all agree.
    out[i] = (mins[j]! + Math.imul(step, 0x9e3779b1)) & 0xffff;
  }
}

/** Fraction of agreeing slots: the MinHash estimate of Jaccard similarity. */
export function estimatedJaccard(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
