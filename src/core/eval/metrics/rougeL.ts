// ROUGE-L F-measure (Lin, "ROUGE: A package for automatic evaluation of summaries", 2004, sec. 3.1):
// the longest common subsequence of the two token sequences, P = LCS / |answer|, R = LCS / |reference|,
// F = 2 P R / (P + R), i.e. Lin's F_lcs with beta = 1, as Google's rouge-score package (0.1.2,
// rouge_scorer._score_lcs) computes it; 0 when either side has no tokens. Sentence-level "rougeL", not
// the summary-level "rougeLsum".
//
// Tokenizers:
//   "rouge-score": the package's default tokenizer without stemming: lower case, every run of
//     characters other than a-z and 0-9 is a separator. Text in other scripts has no tokens at all.
//   "unicode": NFKC and lower case; each Han, Hiragana or Katakana character is a token, and so is
//     every other run of letters, marks and digits. Chosen automatically for references mostly in
//     non-Latin scripts (see scoring.ts), where the default tokenizer would score every answer 0.

export type RougeTokenizer = "rouge-score" | "unicode";

export function rougeScoreTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function unicodeTokens(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

export function tokensFor(tokenizer: RougeTokenizer): (text: string) => string[] {
  return tokenizer === "unicode" ? unicodeTokens : rougeScoreTokens;
}

/** Length of the longest common subsequence, in O(|a| |b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function rougeL(answer: string, reference: string, tokenizer: RougeTokenizer = "rouge-score"): number {
  const tokenize = tokensFor(tokenizer);
  const predicted = tokenize(answer);
  const truth = tokenize(reference);
  if (predicted.length === 0 || truth.length === 0) return 0;
  const lcs = lcsLength(truth, predicted);
  const precision = lcs / predicted.length;
  const recall = lcs / truth.length;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
