// The fingerprints behind duplicates, near-duplicates, conflicts, leaks and the holdout split
// (src/core/quality/fingerprints.ts), against oracles outside it: JavaScript's own \s for
// whitespace; bryc's cyrb53 (public domain, github.com/bryc/code, jshash/experimental/cyrb53.js),
// written out here, with the values its author publishes for "a", "b", "revenge" and "revenue";
// and the normal form and word split the module documents, computed here with regular expressions.
import { describe, expect, it } from "vitest";
import { minhashSignature } from "../support/minhash.js";
import { seededRandom } from "../support/seededRandom.js";
import { estimatedJaccard, hash53, isSpace, MinHasher, SIGNATURE_SIZE, TextHasher } from "../../src/core/quality/fingerprints.js";

function cyrb53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}


// Letters of both cases in Latin, Greek and Cyrillic, digits, punctuation, CJK, a surrogate pair,
// and whitespace of every kind \s matches.
const ALPHABET = ["a", "B", "z", "Q", "7", "0", "É", "é", "ß", "Σ", "σ", "Ж", "ж", "İ", "中", "😀", ".", ",", "-", "'", "@", "[", "`", "{", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028"];
function randomText(next: () => number, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

/** The documented normal form of one piece: lower case (code units below U+0590), whitespace runs as one space, trimmed. */
function normalised(piece: string): string {
  const lower = [...piece].map((ch) => (ch.length === 1 && ch.charCodeAt(0) < 0x0590 && ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch)).join("");
  return lower.replace(/\s+/g, " ").trim();
}

/** The hash of code units fed one by one, through the public separator(): no normalisation. */
function fedRaw(text: string): number {
  const h = new TextHasher();
  for (let i = 0; i < text.length; i++) h.separator(text.charCodeAt(i));
  return h.value();
}

describe("isSpace", () => {
  it("is true exactly for the UTF-16 code units JavaScript's \\s matches", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe("hash53", () => {
  it("is cyrb53: the published values, and an independent implementation on random strings", () => {
    expect([hash53("a"), hash53("b"), hash53("revenge"), hash53("revenue")]).toEqual([7929297801672961, 8684336938537663, 4051478007546757, 8309097637345594]);
    const next = seededRandom(53);
    for (let i = 0; i < 500; i++) {
      const s = randomText(next, Math.floor(next() * 40));
      expect(hash53(s)).toBe(cyrb53(s));
    }
    expect(hash53("")).toBe(cyrb53(""));
  });
});

describe("TextHasher", () => {
  it("hashes the normal form: case, whitespace runs and the ends of each piece do not matter, anything else does", () => {
    const next = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const s = randomText(next, Math.floor(next() * 30));
      expect(new TextHasher().text(s).value(), JSON.stringify(s)).toBe(fedRaw(normalised(s)));
    }
    expect(new TextHasher().text("  Hello \t\n WORLD  ").value()).toBe(new TextHasher().text("hello world").value());
    expect(new TextHasher().text("hello world").value()).not.toBe(new TextHasher().text("helloworld").value());
    // Greek and Cyrillic capitals fold; a character above U+0590 does not.
    expect(new TextHasher().text("ΣΟΦΙΑ Жук").value()).toBe(new TextHasher().text("σοφια жук").value());
    expect(new TextHasher().text("Ａ").value()).not.toBe(new TextHasher().text("ａ").value());
  });

  it("trims each piece on its own; a separator keeps pieces apart", () => {
    expect(new TextHasher().text(" ab ").text(" c").value()).toBe(fedRaw("abc"));
    expect(new TextHasher().text("ab").separator(0).text("c").value()).not.toBe(new TextHasher().text("a").separator(0).text("bc").value());
    expect(new TextHasher().text("ab").separator(0).text("c").value()).toBe(fedRaw("ab\u0000c"));
  });
});

/** The documented words: runs of ASCII letters and digits or of non-ASCII characters other than whitespace, lower-cased. */
function words(text: string): string[] {
  return text.split(/[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]|\s/).filter(Boolean).map(normalised);
}

const signature = minhashSignature;

describe("MinHasher", () => {
  it("signs the word sequence: texts with the same words sign alike, and one word changed changes a short text's signature", () => {
    const next = seededRandom(11);
    for (let i = 0; i < 500; i++) {
      const s = randomText(next, 1 + Math.floor(next() * 25));
      const canonical = words(s).join(" ");
      expect([...signature(s)], JSON.stringify(s)).toEqual([...signature(canonical)]);
    }
    expect([...signature("Hello, World! Foo-bar")]).toEqual([...signature("hello world foo bar")]);
    for (const [a, b] of [["one", "two"], ["one two", "one three"], ["one two", "two one"], ["a b c", "a b d"], ["a b c d", "a b c e"], ["x1", "x2"], ["café", "cafe"]] as [string, string][]) {
      // Their shingles overlap by a third at most: far from the 1 of the same words.
      expect(estimatedJaccard(signature(a), signature(b)), `${a} / ${b}`).toBeLessThan(0.75);
    }
  });

  it("ends a word at the end of a piece, and starts afresh after finish", () => {
    expect([...signature("hello wor", "ld")]).toEqual([...signature("hello wor ld")]);
    expect([...signature("hello wor", "ld")]).not.toEqual([...signature("hello world")]);
    const hasher = new MinHasher();
    const first = new Uint8Array(SIGNATURE_SIZE);
    const second = new Uint8Array(SIGNATURE_SIZE);
    hasher.text("something else entirely here");
    hasher.finish(first);
    hasher.text("the quick brown fox");
    hasher.finish(second);
    expect([...second]).toEqual([...signature("the quick brown fox")]);
  });

  it("gives a text without words the all-zero signature, and a text of one or two words a full one", () => {
    expect([...signature("", " ... ", "!!")]).toEqual(new Array(SIGNATURE_SIZE).fill(0));
    for (const text of ["word", "two words"]) {
      const sig = signature(text);
      expect(new Set(sig).size, text).toBeGreaterThan(16);
    }
  });
});

describe("estimatedJaccard", () => {
  it("corrects the share of agreeing 8-bit slots for their 1-in-256 chance agreement (Li & König 2010)", () => {
    const a = new Uint8Array(64);
    const b = new Uint8Array(64);
    expect(estimatedJaccard(a, b)).toBe(1);
    for (let i = 0; i < 32; i++) b[i] = 1;
    // (32/64 - 1/256) / (1 - 1/256) = 127/255.
    expect(estimatedJaccard(a, b)).toBeCloseTo(127 / 255, 12);
    b.fill(1);
    expect(estimatedJaccard(a, b)).toBe(0);
    b[0] = 0;
    // One slot in 64 agreeing is a little more than chance (1 in 256).
    expect(estimatedJaccard(a, b)).toBeCloseTo((1 / 64 - 1 / 256) / (1 - 1 / 256), 12);
  });
});
