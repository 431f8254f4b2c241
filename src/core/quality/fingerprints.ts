// Compact fingerprints of an example, so that dataset-wide checks (duplicates, near-duplicates,
// conflicts, leaks) keep a few hundred bytes per example instead of its text. Both fingerprints
// read each string once, normalising as they go (lower case, whitespace runs collapsed, trimmed),
// because on large files this is the hottest code after the tokenizer.

/** Lower-case mapping of the code units below 0x0590 (Latin, Greek, Cyrillic); others map to themselves. */
const LOWER = (() => {
  const table = new Uint16Array(0x0590);
  for (let c = 0; c < table.length; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return table;
})();

function lower(c: number): number {
  return c < 0x0590 ? LOWER[c]! : c;
}

/** The characters JavaScript's \s matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * 53-bit hash (cyrb53 mixing) of the normalised form of everything added (lower case, whitespace
 * runs collapsed, each piece trimmed: what "the same text" means for duplicates), without building
 * that form.
 */
export class TextHasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  private feed(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
  }

  /** Adds normalised text; whitespace at the ends of a piece is dropped. */
  text(text: string): this {
    // Locals, and an ASCII fast path: this loop runs over every character of every example.
    let h1 = this.h1;
    let h2 = this.h2;
    let pendingSpace = false;
    let atStart = true;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c > 32 && c < 128) {
        if (c >= 65 && c <= 90) c += 32;
      } else if (isSpace(c)) {
        if (!atStart) pendingSpace = true;
        continue;
      } else c = lower(c);
      if (pendingSpace) {
        h1 = Math.imul(h1 ^ 32, 2654435761);
        h2 = Math.imul(h2 ^ 32, 1597334677);
        pendingSpace = false;
      }
      atStart = false;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  /** Adds a separator between pieces, so that ["ab", "c"] and ["a", "bc"] differ. */
  separator(code: number): this {
    this.feed(code);
    return this;
  }

  value(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/** 53-bit hash of a string as it is (no normalisation). */
export function hash53(text: string): number {
  const h = new TextHasher();
  for (let i = 0; i < text.length; i++) h.separator(text.charCodeAt(i));
  return h.value();
}

export const SIGNATURE_SIZE = 64;
const BIN_BITS = 6; // 2^6 = 64 bins
const EMPTY = 0xffffffff;
const FNV_OFFSET = 0x811c9dc5;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava 2017)
 * over word 3-shingles: one hash per shingle instead of 64, which keeps the check cheap next to
 * tokenizing. Values are folded to 8 bits (b-bit MinHash: 64 bytes per example); two signatures
 * agree in a slot with probability J + (1 - J)/256 for Jaccard similarity J, which
 * estimatedJaccard corrects for. Words are runs of ASCII letters
 * and digits or of non-ASCII characters, lower-cased.
 */
export class MinHasher {
  private readonly mins = new Uint32Array(SIGNATURE_SIZE);
  private w1 = 0;
  private w2 = 0;
  private words = 0;

  reset(): this {
    this.mins.fill(EMPTY);
    this.w1 = this.w2 = this.words = 0;
    return this;
  }

  constructor() {
    this.reset();
  }

  /** Adds text; a piece boundary also ends a word. */
  text(text: string): this {
    const mins = this.mins;
    let { w1, w2, words } = this;
    let h = FNV_OFFSET;
    let inWord = false;
    for (let i = 0, n = text.length; i <= n; i++) {
      let c = i < n ? text.charCodeAt(i) : 32;
      let separator: boolean;
      if (c < 128) {
        if (c >= 65 && c <= 90) c += 32;
        separator = !((c >= 48 && c <= 57) || (c >= 97 && c <= 122));
      } else {
        separator = isSpace(c);
        if (!separator) c = lower(c);
      }
      if (!separator) {
        h = Math.imul(h ^ c, 16777619);
        inWord = true;
        continue;
      }
      if (!inWord) continue;
      // A word ended: shift it into the 3-word window, and from the third word on, add a shingle.
      inWord = false;
      const w = h >>> 0;
      h = FNV_OFFSET;
      if (++words >= 3) {
        const x = mix(w1, w2, w);
        const bin = x & (SIGNATURE_SIZE - 1);
        const value = x >>> BIN_BITS;
        if (value < mins[bin]!) mins[bin] = value;
      }
      w1 = w2;
      w2 = w;
    }
    this.w1 = w1;
    this.w2 = w2;
    this.words = words;
    return this;
  }

  private addShingle(x: number): void {
    const bin = x & (SIGNATURE_SIZE - 1);
    const value = x >>> BIN_BITS;
    if (value < this.mins[bin]!) this.mins[bin] = value;
  }

  /** Writes the signature into `out` and resets for the next example. */
  finish(out: Uint8Array): void {
    // Texts of one or two words still need a fingerprint: the words themselves.
    if (this.words === 1) this.addShingle(mix(0, 0, this.w2));
    if (this.words === 2) this.addShingle(mix(0, this.w1, this.w2));
    densify(this.mins, out);
    this.reset();
  }
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

function densify(mins: Uint32Array, out: Uint8Array): void {
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
    out[i] = (mins[j]! + Math.imul(step, 0x9e3779b1)) & 0xff;
  }
}

/**
 * The MinHash estimate of Jaccard similarity from the share of agreeing slots, corrected for the
 * 1-in-256 chance that two different 8-bit values agree (b-bit MinHash, Li & König 2010).
 */
export function estimatedJaccard(a: Uint8Array, b: Uint8Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  const chance = 1 / 256;
  return Math.max(0, (same / a.length - chance) / (1 - chance));
}
