// Where countInPieces cuts a long run (src/core/tokens/longRuns.ts), piece by piece. The expected
// pieces are worked out by hand from the rule its header states, not taken from the code: a piece
// ends when a run without whitespace (or of whitespace alone) reaches MAX_RUN = 1000 characters; the
// cut goes at the last place in the last 500 characters where the tokenizer splits anyway (before
// punctuation after a letter or digit, before a digit after a non-digit, never before an apostrophe),
// else where the run reached 1000 characters, one code unit earlier if that would split a surrogate
// pair. tokens.test.ts checks the counts against tiktoken; this checks the cuts themselves.
import { describe, expect, it } from "vitest";
import { countInPieces } from "../../../src/core/tokens/longRuns.js";

/** The pieces countInPieces hands to the tokenizer, and its total when each piece counts length + 1. */
function pieces(text: string): { lengths: number[]; total: number; pieces: string[] } {
  const seen: string[] = [];
  const total = countInPieces(text, (piece) => {
    seen.push(piece);
    return piece.length + 1;
  });
  return { lengths: seen.map((p) => p.length), total, pieces: seen };
}

const a = (n: number) => "a".repeat(n);

describe("countInPieces", () => {
  it("hands text of at most 1,000 characters over whole, even one run", () => {
    expect(pieces(a(1000)).lengths).toEqual([1000]);
    expect(pieces("").lengths).toEqual([""].map((s) => s.length));
  });

  it("hands ordinary text over whole, however long: no 500-character window is uniform", () => {
    const prose = "the quick brown fox jumps over the lazy dog ".repeat(200);
    expect(pieces(prose).lengths).toEqual([prose.length]);
    // Spaces every 499 characters: every aligned 500-character window holds one.
    const sparse = `${a(498)} `.repeat(20);
    expect(pieces(sparse).lengths).toEqual([sparse.length]);
  });

  it("does not cut runs shorter than 1,000 characters, even in a text that has long uniform windows", () => {
    const text = `${a(999)} ${a(999)}`;
    expect(pieces(text).lengths).toEqual([1999]);
  });

  it("cuts a run of letters every 1,000 characters, and the total is the sum over the pieces", () => {
    expect(pieces(a(2500))).toMatchObject({ lengths: [1000, 1000, 500], total: 2500 + 3 });
    expect(pieces(a(3000)).lengths).toEqual([1000, 1000, 1000]);
  });

  it("cuts a run of whitespace the same way", () => {
    expect(pieces(" ".repeat(2500)).lengths).toEqual([1000, 1000, 500]);
    expect(pieces("\n".repeat(1001)).lengths).toEqual([1000, 1]);
  });

  it("counts a run from its own start: text before it, up to the space, stays in the first piece", () => {
    // The run of 1,001 letters starts at index 2; it reaches 1,000 characters at index 1002.
    expect(pieces(`x ${a(1001)} y`).lengths).toEqual([1002, 3]);
    // A run of exactly 1,000 is not cut.
    expect(pieces(`x ${a(1000)} y`).lengths).toEqual([1004]);
  });

  it("cuts before a digit or punctuation in the last 500 characters, where the tokenizer splits anyway", () => {
    expect(pieces(`${a(800)}1${a(1700)}`).lengths).toEqual([800, 1000, 701]);
    expect(pieces(`${a(900)}.${a(1600)}`).lengths).toEqual([900, 1000, 601]);
    // Around a digit among punctuation: the latest place is before the punctuation after it.
    expect(pieces(`${".".repeat(700)}7${".".repeat(1800)}`).lengths).toEqual([701, 1000, 800]);
    // The latest such place wins.
    expect(pieces(`${a(600)}.${a(300)}.${a(1598)}`).lengths).toEqual([901, 1000, 599]);
  });

  it("does not cut where the tokenizer would not split: before an apostrophe, between digits, after punctuation", () => {
    expect(pieces(`${a(900)}'${a(1600)}`).lengths).toEqual([1000, 1000, 501]);
    expect(pieces("7".repeat(2500)).lengths).toEqual([1000, 1000, 500]);
    // A letter after punctuation: the tokenizer may join them (".com").
    expect(pieces(`${".".repeat(900)}${a(1600)}`).lengths).toEqual([1000, 1000, 500]);
  });

  it("does not look further back than 500 characters for a place to cut", () => {
    expect(pieces(`${a(400)}.${a(2099)}`).lengths).toEqual([1000, 1000, 500]);
    // At 501 characters back it is still taken.
    expect(pieces(`${a(501)}.${a(1998)}`).lengths).toEqual([501, 1000, 999]);
  });

  it("never splits a surrogate pair", () => {
    // "a" then 1,500 emoji (two code units each): index 1000 is a low surrogate, so the first cut
    // moves back to 999; later cuts fall on high surrogates, where the pair starts.
    const text = `a${"😀".repeat(1500)}`;
    const result = pieces(text);
    expect(result.lengths).toEqual([999, 1000, 1000, 2]);
    // No piece starts or ends with half a pair.
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(result.pieces.filter((p) => lone.test(p))).toEqual([]);
    expect(result.pieces.join("")).toBe(text);
  });

  it("cuts before an emoji that follows a letter, not inside it", () => {
    // The emoji starts at 999 (its low half at 1000): both encodings split before a symbol after a letter.
    const text = `${a(999)}😀${a(1500)}`;
    expect(pieces(text).lengths).toEqual([999, 1000, 502]);
  });

  it.each<[string, string, number[]]>([
    // One character at index 800 of a run of letters: a place to cut before it, or not.
    ["0, the first digit", "0", [800, 1000, 701]],
    ["9, the last digit", "9", [800, 1000, 701]],
    ["/, just before the digits", "/", [800, 1000, 701]],
    [":, just after them", ":", [800, 1000, 701]],
    ["@, just before the capitals", "@", [800, 1000, 701]],
    ["[, just after them", "[", [800, 1000, 701]],
    ["`, just before the small letters", "`", [800, 1000, 701]],
    ["{, just after them", "{", [800, 1000, 701]],
    ["A, a letter", "A", [1000, 1000, 501]],
    ["Z, a letter", "Z", [1000, 1000, 501]],
    ["z, a letter", "z", [1000, 1000, 501]],
    ["é, a letter past ASCII", "é", [1000, 1000, 501]],
  ])("ASCII classes at their edges: %s", (_name, ch, lengths) => {
    expect(pieces(`${a(800)}${ch}${a(1700)}`).lengths).toEqual(lengths);
  });

  it("takes a surrogate pair's class from the whole code point, on either half", () => {
    // U+1D7CF (bold digit one) then "1": no split between two digits, so the cut is before the pair.
    expect(pieces(`${a(800)}𝟏1${a(1699)}`).lengths).toEqual([800, 1000, 702]);
    // U+1D400 (bold capital A) then "/": punctuation after a letter, so the cut is after the pair.
    expect(pieces(`${a(800)}𝐀/${a(1700)}`).lengths).toEqual([802, 1000, 701]);
    // A lone low surrogate at the very start breaks nothing.
    expect(pieces(`\udc00${a(2500)}`).lengths).toEqual([1000, 1000, 501]);
  });

  it("classifies letters and digits of every script as the tokenizer does", () => {
    // Greek letters with an Arabic-Indic digit at 850: a digit after a letter is a place to cut.
    const text = `${"α".repeat(850)}٣${"α".repeat(1650)}`;
    expect(pieces(text).lengths).toEqual([850, 1000, 651]);
    // A combining mark counts as neither letter nor digit: the cut goes before it.
    const marked = `${"e".repeat(950)}\u0301${"e".repeat(1550)}`;
    expect(pieces(marked).lengths).toEqual([950, 1000, 551]);
  });
});
