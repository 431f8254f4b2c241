// Exact match after a normalisation that forgives what a reader would not call a different answer:
//   1. Unicode NFKC (full-width letters, ligatures and compatibility forms become their plain forms);
//   2. lower case (Unicode default case mapping, locale-independent);
//   3. every run of whitespace becomes one space;
//   4. quotes and sentence punctuation around the answer are dropped, repeatedly with whitespace:
//      Unicode initial/final quotes (Pi, Pf), " ' ` „ ‚ 「 」 『 』, and . , ; : ! ? ¡ ¿ 。 、
//      (after NFKC, "…" is "..." and full-width "！" is "!").
// Inside the answer nothing is removed: "$5" and "5", "5%" and "5", "(a)" and "a" stay different.
// SQuAD's article removal ("the", "a", "an") is not applied: it is English-only, and the formats a
// fine-tuned model learns ("The Hague", "A-") are part of the answer; token-F1 uses SQuAD's lenient
// normalisation for free text.

// Every character of the set is in the Basic Multilingual Plane, so testing UTF-16 units one by one
// is exact; trimming by hand keeps the cost linear (an anchored regex backtracks quadratically on a
// long run of punctuation inside the answer).
const EDGE_CHAR = /^[\s\p{Pi}\p{Pf}"'\x60„‚「」『』.,;:!?¡¿。、]$/u;

export function normalizeAnswer(text: string): string {
  const collapsed = text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ");
  let start = 0;
  let end = collapsed.length;
  while (start < end && EDGE_CHAR.test(collapsed[start]!)) start++;
  while (end > start && EDGE_CHAR.test(collapsed[end - 1]!)) end--;
  return collapsed.slice(start, end);
}

export function exactMatch(answer: string, reference: string): 0 | 1 {
  return normalizeAnswer(answer) === normalizeAnswer(reference) ? 1 : 0;
}
