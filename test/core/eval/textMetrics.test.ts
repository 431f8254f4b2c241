import { describe, expect, it } from "vitest";
import { exactMatch, normalizeAnswer } from "../../../src/core/eval/metrics/exactMatch.js";
import { lcsLength, rougeL, rougeScoreTokens, unicodeTokens } from "../../../src/core/eval/metrics/rougeL.js";
import { squadTokens, tokenF1 } from "../../../src/core/eval/metrics/tokenF1.js";
import { seededRng } from "../../../src/core/eval/stats/random.js";

/** The textbook dynamic programme (Cormen et al., Introduction to Algorithms, 15.4), as rouge-score fills it. */
function lcsTable(a: string[], b: string[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}

describe("exact match after normalisation", () => {
  it("forgives case, Unicode compatibility forms, whitespace and surrounding quotes or punctuation", () => {
    expect(exactMatch("  Paris. ", "paris")).toBe(1);
    expect(exactMatch('"Yes!"', "yes")).toBe(1);
    expect(exactMatch("«Oui»", "oui")).toBe(1);
    expect(exactMatch("「はい」。", "はい")).toBe(1);
    // NFKC: full-width letters and the "ﬁ" ligature are their plain forms.
    expect(exactMatch("ＡＢＣ", "abc")).toBe(1);
    expect(exactMatch("ﬁne", "fine")).toBe(1);
    expect(exactMatch("New\n\tYork", "new york")).toBe(1);
    expect(normalizeAnswer("  ‘It’s   DONE…’ ")).toBe("it’s done");
  });

  it("keeps what changes the meaning inside or around the answer", () => {
    expect(exactMatch("$5", "5")).toBe(0);
    expect(exactMatch("5%", "5")).toBe(0);
    expect(exactMatch("(a)", "a")).toBe(0);
    expect(exactMatch("The Hague", "Hague")).toBe(0);
    expect(exactMatch("new-york", "new york")).toBe(0);
  });

  it("normalises a long run of punctuation inside an answer in linear time (no regex backtracking)", () => {
    const hostile = `x${". ".repeat(500_000)}y`;
    expect(normalizeAnswer(hostile)).toBe(hostile.toLowerCase());
  });

  it("scores the empty answer", () => {
    expect(exactMatch("", "yes")).toBe(0);
    expect(exactMatch(" . ", "")).toBe(1);
  });
});

describe("token-F1 (SQuAD v1.1)", () => {
  // Expected: the official SQuAD v1.1 script's normalize_answer and f1_score, run verbatim with
  // Python 3.11 (test/core/eval/oracle/text_oracle.py); the arithmetic is worked in each comment.
  it.each([
    // Articles and punctuation go: [eiffel, tower] vs [eiffel, tower].
    { answer: "The Eiffel Tower!", reference: "eiffel tower", f1: 1 },
    // [in, year, 1889] vs [1889]: P = 1/3, R = 1, F = 2 * (1/3) / (4/3) = 0.5.
    { answer: "in the year 1889", reference: "1889", f1: 0.5 },
    // [paris, france] vs [paris]: P = 1/2, R = 1, F = 2/3.
    { answer: "Paris, France", reference: "paris", f1: 2 / 3 },
    // The hyphen is deleted, not replaced: [wellknown] vs [well, known] share nothing.
    { answer: "well-known", reference: "well known", f1: 0 },
    // Shared tokens count with multiplicity: [cat, cat, cat] vs [cat, dog, cat]: 2 shared, P = R = 2/3.
    { answer: "the the cat cat cat", reference: "cat dog cat", f1: 2 / 3 },
    // Unicode letters are word characters, so "thé" is not an article; "an" is.
    { answer: "Théâtre the an\u00a0Ünïcödé", reference: "théâtre ünïcödé", f1: 1 },
    { answer: "l'été thé", reference: "lété", f1: 2 / 3 },
    // Python splits on the ideographic and em spaces too.
    { answer: "ÉTÉ\u3000a\u2003b", reference: "été b", f1: 1 },
    // "_" is punctuation in string.punctuation and is deleted before articles are looked for.
    { answer: "antheme a_the the_a", reference: "antheme", f1: 0.5 },
    // Nothing shared gives 0, also when both are empty (v1.1 behaviour).
    { answer: "", reference: "x", f1: 0 },
    { answer: "", reference: "", f1: 0 },
  ])("$answer vs $reference: $f1", ({ answer, reference, f1 }) => {
    expect(tokenF1(answer, reference)).toBeCloseTo(f1, 15);
  });

  it("tokenises as normalize_answer(text).split() does", () => {
    expect(squadTokens("l'été thé")).toEqual(["lété", "thé"]);
    expect(squadTokens("antheme a_the the_a")).toEqual(["antheme", "athe", "thea"]);
  });
});

describe("ROUGE-L F-measure", () => {
  it("reproduces Lin (2004), section 3.1: S2 scores 3/4 and S3 scores 1/2 against S1", () => {
    expect(rougeL("police kill the gunman", "police killed the gunman")).toBe(0.75);
    expect(rougeL("the gunman kill police", "police killed the gunman")).toBe(0.5);
  });

  it.each([
    // Expected: rouge-score 0.1.2, RougeScorer(["rougeL"]).score(reference, answer)["rougeL"].fmeasure
    // (test/core/eval/oracle/text_oracle.py).
    { reference: "the cat sat on the mat", answer: "the cat lay on the mat", f: 0.8333333333333334 },
    { reference: "Hello, World! It's 2024.", answer: "hello world its 2024", f: 0.6666666666666665 },
    { reference: "Café au lait, s'il vous plaît", answer: "cafe au lait", f: 0.36363636363636365 },
    { reference: "a b c d e f", answer: "a c e g", f: 0.6 },
    { reference: "The quick brown fox jumps over the lazy dog. The dog sleeps.", answer: "A quick brown dog jumps over the lazy fox; the fox sleeps.", f: 0.6666666666666666 },
    { reference: "anything", answer: "", f: 0 },
    // The default tokenizer keeps only a-z and 0-9: Japanese text has no tokens and scores 0.
    { reference: "日本語のテキスト", answer: "日本語のテキスト", f: 0 },
  ])("$answer vs $reference: $f (rouge-score)", ({ reference, answer, f }) => {
    expect(rougeL(answer, reference)).toBeCloseTo(f, 15);
  });

  it("tokenises as rouge-score's default tokenizer does", () => {
    expect(rougeScoreTokens("Café au lait, s'il vous plaît")).toEqual(["caf", "au", "lait", "s", "il", "vous", "pla", "t"]);
  });

  it("with the unicode tokenizer, scores non-Latin text: each Han or kana character is a token", () => {
    expect(unicodeTokens("日本語のテキスト")).toEqual(["日", "本", "語", "の", "テ", "キ", "ス", "ト"]);
    expect(unicodeTokens("Привет, мир! Café")).toEqual(["привет", "мир", "café"]);
    expect(rougeL("日本語のテキスト", "日本語のテキスト", "unicode")).toBe(1);
    // LCS of [日, 本, 語, の, 本] and [日, 本, の, 本] is 4: P = 4/4, R = 4/5, F = 8/9.
    expect(rougeL("日本の本", "日本語の本", "unicode")).toBeCloseTo(8 / 9, 15);
  });

  it("finds the longest common subsequence", () => {
    // Cormen et al., Introduction to Algorithms, 15.4: LCS(ABCBDAB, BDCABA) has length 4 (BCBA).
    expect(lcsLength([..."ABCBDAB"], [..."BDCABA"])).toBe(4);
    expect(lcsLength([], ["a"])).toBe(0);
  });

  it("agrees with the textbook table on random sequences across 32-token word boundaries", () => {
    const rng = seededRng(3, "lcs");
    const words = (n: number, vocabulary: number) => Array.from({ length: n }, () => `w${rng.below(vocabulary)}`);
    for (const [n, m] of [[1, 1], [31, 40], [32, 32], [33, 70], [64, 65], [100, 97], [250, 180]] as const) {
      for (const vocabulary of [2, 5, 50]) {
        const a = words(n, vocabulary);
        const b = words(m, vocabulary);
        expect(lcsLength(a, b)).toBe(lcsTable(a, b));
        expect(lcsLength(b, a)).toBe(lcsTable(a, b));
      }
    }
  });

  it("scores answers of 20,000 words", () => {
    const rng = seededRng(4, "long");
    const reference = Array.from({ length: 20_000 }, () => `w${rng.below(300)}`).join(" ");
    expect(rougeL(reference, reference)).toBe(1);
    expect(rougeL(`${reference} extra`, reference)).toBeCloseTo((2 * 20_000) / 40_001, 12);
  });
});
