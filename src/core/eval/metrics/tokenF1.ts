// Token-F1 exactly as the official SQuAD v1.1 evaluation script (evaluate-v1.1.py, Rajpurkar et al.
// 2016) defines it for one ground truth:
//   normalize_answer: lower case; delete every ASCII punctuation character (Python's
//   string.punctuation); replace the words "a", "an", "the" with a space; split on whitespace.
//   F1 = 2 P R / (P + R), P = common / |answer tokens|, R = common / |reference tokens|, where common
//   counts shared tokens with multiplicity (Counter intersection); 0 when nothing is shared,
//   including when both are empty (SQuAD v2.0's script would give 1 there; v1.1 gives 0).
// Python's word boundary and whitespace are Unicode-aware; the patterns below reproduce them.

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/gu;
// Python's \b(a|an|the)\b: \w is a Unicode letter, number or underscore.
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;
// The characters Python's str.split() splits on (str.isspace()).
// \x0b is \v: StrykerJS's regex mutator rewrites \v as \V, which a /u pattern rejects, and the module would
// then fail to load under mutation testing.
const PYTHON_WHITESPACE = /[\t\n\x0b\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/** The tokens SQuAD's normalize_answer(text).split() gives. */
export function squadTokens(text: string): string[] {
  const normalized = text.toLowerCase().replace(ASCII_PUNCTUATION, "").replace(ARTICLES, " ");
  return normalized.split(PYTHON_WHITESPACE).filter((t) => t !== "");
}

export function tokenF1(answer: string, reference: string): number {
  const predicted = squadTokens(answer);
  const truth = squadTokens(reference);
  const counts = new Map<string, number>();
  for (const t of truth) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of predicted) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / truth.length;
  return (2 * precision * recall) / (precision + recall);
}
