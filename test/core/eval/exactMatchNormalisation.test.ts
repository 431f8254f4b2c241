// Exact match's normalisation, rule by rule as src/core/eval/metrics/exactMatch.ts documents it:
// NFKC, lower case, whitespace runs to one space, quotes and sentence punctuation dropped at the
// edges only. Each expected string is written by hand from those rules.
import { describe, expect, it } from "vitest";
import { exactMatch, normalizeAnswer } from "../../../src/core/eval/metrics/exactMatch.js";

describe("normalizeAnswer", () => {
  it.each([
    ["Paris", "paris"],
    ["  „Paris!“  ", "paris"],
    ["¿Qué tal?", "qué tal"],
    ["「東京」。", "東京"],
    ["Ｐａｒｉｓ", "paris"],
    ["New\t\n  York", "new york"],
    ['"\'`quoted`\'"', "quoted"],
    ["U.S.A.", "u.s.a"],
    ["...!!!", ""],
    ["", ""],
    [" . a . ", "a"],
    ["a", "a"],
  ])("%j -> %j", (text, normalized) => {
    expect(normalizeAnswer(text)).toBe(normalized);
  });

  it("keeps what is inside the answer: currency, percent, brackets, inner punctuation", () => {
    expect(normalizeAnswer("$5")).toBe("$5");
    expect(normalizeAnswer("5%")).toBe("5%");
    expect(normalizeAnswer("(a)")).toBe("(a)");
    expect(normalizeAnswer("yes, sir")).toBe("yes, sir");
  });
});

describe("exactMatch", () => {
  it("is 1 for answers a reader would call the same and 0 otherwise", () => {
    expect(exactMatch("  The Hague.", "the hague")).toBe(1);
    expect(exactMatch("The Hague", "Hague")).toBe(0);
    expect(exactMatch("$5", "5")).toBe(0);
    expect(exactMatch("", "...")).toBe(1);
  });
});
