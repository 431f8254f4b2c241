// Named random streams against a reference built from the published algorithms
// (test/core/eval/oracle/seeded_ref.c: the reference xoshiro128** and SplitMix64, and FNV-1a-64,
// whose outputs for "a" and "foobar", 0xaf63dc4c8601ec8c and 0x85944171f73967e8, are FNV's
// published test vectors); and the generator's refusals.
import { describe, expect, it } from "vitest";
import { seededRng, xoshiro128StarStar } from "../../../src/core/eval/stats/random.js";

const first6 = (seed: number, stream?: string) => {
  const rng = stream === undefined ? seededRng(seed) : seededRng(seed, stream);
  return Array.from({ length: 6 }, () => rng.nextUint32());
};

describe("a seed's named streams, as the reference computes them", () => {
  it.each([
    [2026, "", [1032183117, 3932207154, 128566115, 119217151, 3522416841, 2018964209]],
    [2026, "bootstrap:accuracy", [2426589015, 4008816052, 4132455317, 2179855426, 2369580987, 3399290730]],
    [-1, "", [477689756, 2493998634, 555695776, 607808419, 61340979, 301466976]],
    [0, "a", [731641045, 2562886930, 199068156, 3675662689, 2915245461, 3174676846]],
    [7, "流", [2631402677, 1199222414, 2070102258, 1552358912, 1208768775, 1475853189]],
  ])("seed %s, stream %j", (seed, stream, expected) => {
    expect(first6(seed, stream)).toEqual(expected);
  });

  it("takes the empty stream name when none is given", () => {
    expect(first6(2026)).toEqual(first6(2026, ""));
  });

  it("draws below(n) as floor(u * n / 2^32) of the next output", () => {
    // The first outputs of seed 2026: 1032183117 and 3932207154.
    const rng = seededRng(2026);
    expect(rng.below(1000)).toBe(Math.floor((1032183117 * 1000) / 2 ** 32));
    expect(rng.below(2 ** 21)).toBe(Math.floor((3932207154 * 2 ** 21) / 2 ** 32));
    expect(seededRng(2026).below(1)).toBe(0);
  });
});

describe("refusals", () => {
  it("refuses an all-zero state", () => {
    expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow("xoshiro128** needs a state that is not all zero");
    expect(() => xoshiro128StarStar([0, 0, 0, 2 ** 32])).toThrow("xoshiro128** needs a state that is not all zero");
    expect(xoshiro128StarStar([0, 0, 0, 1]).nextUint32()).toBe(0);
  });

  it("takes below(n) only for whole n from 1 to 2^21", () => {
    const rng = seededRng(1);
    for (const n of [0, -3, 1.5, 2 ** 21 + 1, Number.NaN]) expect(() => rng.below(n), String(n)).toThrow(`below(n) needs an integer 1 <= n <= 2^21, got ${n}`);
    expect(rng.below(2 ** 21)).toBeLessThan(2 ** 21);
  });

  it("refuses a seed that is not a safe integer, naming it", () => {
    expect(() => seededRng(2 ** 53)).toThrow(`the random seed must be an integer, got ${2 ** 53}`);
    expect(() => seededRng(Number.NaN)).toThrow("the random seed must be an integer, got NaN");
    expect(first6(2 ** 53 - 1)).toHaveLength(6);
  });
});
