// Fingerprints at the edges of their character classes, and MinHash's defining property: a
// signature depends only on the set of shingles, not on their order. Two texts that walk the same
// cycle of 300 words from different starting words have exactly the same set of word 3-shingles
// (every cyclic triple), in a different order; with 64 bins most bins see several shingles, so a
// signature that kept the last value of a bin instead of the least would tell them apart.
import { describe, expect, it } from "vitest";
import { TextHasher } from "../../src/core/quality/fingerprints.js";
import { minhashSignature } from "../support/minhash.js";

const signature = minhashSignature;
const hash = (text: string) => new TextHasher().text(text).value();

describe("MinHash signatures depend on the set of shingles only", () => {
  const cycle = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
  const walk = (start: number) => Array.from({ length: cycle.length + 2 }, (_, i) => cycle[(start + i) % cycle.length]).join(" ");

  it("the same cycle of words walked from any start signs alike", () => {
    const first = signature(walk(0));
    for (const start of [1, 37, 150, 299]) expect(signature(walk(start)), `start ${start}`).toEqual(first);
  });

  it("and a different cycle does not", () => {
    const other = [...cycle];
    [other[10], other[11]] = [other[11]!, other[10]!];
    const text = Array.from({ length: other.length + 2 }, (_, i) => other[i % other.length]).join(" ");
    expect(signature(text)).not.toEqual(signature(walk(0)));
  });
});

describe("word characters: ASCII letters and digits, any other character that is not whitespace", () => {
  it.each([
    ["a digit 9 inside a word", "ab9 cd ef", "ab cd ef"],
    ["a digit 0 inside a word", "ab0 cd ef", "ab cd ef"],
    ["the letter a", "ab cd ef", "b cd ef"],
    ["the letter z", "az cd ef", "a cd ef"],
    ["a letter past ASCII (é)", "éa éb éc", "a b c"],
    ["U+0080, past ASCII and not a space", "ab\u0080cd ef gh", "ab cd ef gh"],
  ])("%s belongs to its word", (_name, text, without) => {
    expect(signature(text)).not.toEqual(signature(without));
  });

  it.each([
    ["A", "Ab cd ef", "ab cd ef"],
    ["Z", "Zb cd ef", "zb cd ef"],
    ["É (Latin-1)", "Éa éb éc", "éa éb éc"],
    ["Ж (Cyrillic)", "Жa b c", "жa b c"],
  ])("upper-case %s signs as its lower case", (_name, text, lower) => {
    expect(signature(text)).toEqual(signature(lower));
  });

  it.each([["/"], [":"], ["@"], ["["], ["`"], ["{"], ["\u007f"], ["\u00a0"], ["\u3000"]])("%j separates words", (sep) => {
    expect(signature(`ab${sep}cd ef`)).toEqual(signature("ab cd ef"));
  });
});

describe("TextHasher's normal form at the edges", () => {
  it("lowers A to Z, and only letters", () => {
    expect(hash("AZ")).toBe(hash("az"));
    expect(hash("@[")).not.toBe(hash("`{"));
  });

  it("lowers below U+0590 by the table and keeps the code units above as they are", () => {
    expect(hash("ÀΩЖ")).toBe(hash("àωж"));
    // U+0590 and U+0591 are the first code units past the table: themselves, and distinct from U+0000.
    expect(hash("a\u0590b")).not.toBe(hash("a\u0000b"));
    expect(hash("a\u0590b")).not.toBe(hash("a\u0591b"));
    expect(hash("a\u058fb")).not.toBe(hash("a\u0000b"));
  });

  it("takes U+0080 and DEL as characters, not as spaces", () => {
    expect(hash("a\u0080b")).not.toBe(hash("a b"));
    expect(hash("a\u007fb")).not.toBe(hash("a b"));
    expect(hash("a\u0085b")).not.toBe(hash("a b"));
  });
});
