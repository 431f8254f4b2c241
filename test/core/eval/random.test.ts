import { describe, expect, it } from "vitest";
import { seededRng, splitMix64, xoshiro128StarStar } from "../../../src/core/eval/stats/random.js";

describe("seeded random numbers", () => {
  it("xoshiro128** gives the reference implementation's outputs", () => {
    // Expected: Vigna's reference C (prng.di.unimi.it/xoshiro128starstar.c), compiled with gcc and
    // run from the state {1, 2, 3, 4}.
    const rng = xoshiro128StarStar([1, 2, 3, 4]);
    expect(Array.from({ length: 8 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it("SplitMix64 gives the reference implementation's outputs", () => {
    // Expected: the reference C (prng.di.unimi.it/splitmix64.c), compiled with gcc, from states 0 and 1234567.
    const fromZero = splitMix64(0n);
    expect([fromZero(), fromZero(), fromZero()]).toEqual([16294208416658607535n, 7960286522194355700n, 487617019471545679n]);
    const fromSeed = splitMix64(1234567n);
    expect([fromSeed(), fromSeed(), fromSeed()]).toEqual([6457827717110365317n, 3203168211198807973n, 9817491932198370423n]);
  });

  it("gives the same numbers for the same seed and stream, and different ones otherwise", () => {
    const draw = (seed: number, stream: string) => {
      const rng = seededRng(seed, stream);
      return Array.from({ length: 5 }, () => rng.below(1000));
    };
    expect(draw(7, "bootstrap:accuracy")).toEqual(draw(7, "bootstrap:accuracy"));
    expect(draw(7, "bootstrap:accuracy")).not.toEqual(draw(8, "bootstrap:accuracy"));
    expect(draw(7, "bootstrap:accuracy")).not.toEqual(draw(7, "bootstrap:rouge-l"));
  });

  it("draws integers below n uniformly enough for resampling", () => {
    const rng = seededRng(1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.below(10)]!++;
    // Chi-square with 9 degrees of freedom; 27.88 is its 0.999 quantile (any chi-square table).
    const chiSquare = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chiSquare).toBeLessThan(27.88);
  });

  it("refuses a seed that is not an integer", () => {
    expect(() => seededRng(1.5)).toThrow(/integer/);
  });
});
