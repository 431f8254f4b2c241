// Seeded random numbers for the bootstrap and the permutation test, so that the same answers and the
// same seed always give the same intervals and p-values. Generator: xoshiro128** 1.0 (Blackman &
// Vigna, "Scrambled linear pseudorandom number generators", 2021; reference code
// https://prng.di.unimi.it/xoshiro128starstar.c). Its 128-bit state is filled by SplitMix64
// (https://prng.di.unimi.it/splitmix64.c), as the authors recommend, from the seed and a stream
// name: each interval draws from its own stream, so adding an arm or a metric changes no other figure.

export interface Rng {
  /** The next 32-bit output, as an unsigned integer; a plain function, safe to call detached. */
  readonly nextUint32: () => number;
  /** A uniform integer in [0, n), n <= 2^21: floor(u * n / 2^32), bias below n / 2^32. */
  below(n: number): number;
}

const MASK64 = (1n << 64n) - 1n;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** xoshiro128** from an explicit state of four 32-bit words (not all zero). */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): Rng {
  let [s0, s1, s2, s3] = state.map((w) => w >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** needs a state that is not all zero");
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    below(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 21) throw new RangeError(`below(n) needs an integer 1 <= n <= 2^21, got ${n}`);
      return Math.floor((nextUint32() * n) / 4294967296);
    },
  };
}

/** SplitMix64: the stream of 64-bit outputs from a 64-bit state, as BigInts. */
export function splitMix64(state: bigint): () => bigint {
  let x = state & MASK64;
  return () => {
    x = (x + 0x9e3779b97f4a7c15n) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
}

/** FNV-1a (64-bit) of the UTF-8 bytes of a stream name. */
function fnv1a64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & MASK64;
  return h;
}

/** The generator for one named stream of one seed. */
export function seededRng(seed: number, stream = ""): Rng {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`the random seed must be an integer, got ${seed}`);
  const next = splitMix64(BigInt.asUintN(64, BigInt(seed)) ^ (stream === "" ? 0n : fnv1a64(stream)));
  const a = next();
  const b = next();
  const words: [number, number, number, number] = [Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n)];
  // SplitMix64 never yields two zero outputs in a row, but a zero state would stall the generator.
  if (words.every((w) => w === 0)) words[0] = 1;
  return xoshiro128StarStar(words);
}
