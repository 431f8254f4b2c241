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

/**
 * Length of the longest common subsequence, by the bit-parallel algorithm of Allison & Dix (1986) in
 * Hyyro's form (2004): one bit per token of the shorter sequence, V' = (V + (V & M[t])) | (V & ~M[t])
 * for each token t of the longer one, LCS = zero bits of V. Exact, and 32 times fewer steps than the
 * table rouge-score fills, so long answers cannot stall the evaluation.
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  const m = pattern.length;
  if (m === 0) return 0;
  const words = Math.ceil(m / 32);
  const masks = new Map<string, Uint32Array>();
  pattern.forEach((token, i) => {
    let mask = masks.get(token);
    if (!mask) masks.set(token, (mask = new Uint32Array(words)));
    mask[i >>> 5]! |= 1 << (i & 31);
  });
  const v = new Uint32Array(words).fill(0xffffffff);
  for (const token of text) {
    const mask = masks.get(token);
    if (!mask) continue;
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const vw = v[w]!;
      const u = vw & mask[w]!;
      const sum = vw + (u >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = (sum >>> 0) | (vw & ~mask[w]!);
    }
  }
  let ones = 0;
  for (let i = 0; i < m; i++) if (v[i >>> 5]! & (1 << (i & 31))) ones++;
  return m - ones;
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
