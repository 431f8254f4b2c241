// An oracle for near-duplicate tests, written from the definition the review documents rather than
// from its code: the exact Jaccard similarity of two examples' word 3-shingle sets. Words are runs of
// ASCII letters and digits, or of non-ASCII characters, lower-cased (the tests use ASCII text);
// an example's words are those of its non-system messages in order, and shingles run across them.

/** The set of word 3-shingles of the pieces of text, in order. */
export function wordShingles(pieces: string[]): Set<string> {
  const words = pieces.flatMap((piece) => piece.toLowerCase().match(/(?:[a-z0-9]|[^\x00-\x7f\s])+/g) ?? []);
  const shingles = new Set<string>();
  for (let i = 2; i < words.length; i++) shingles.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  return shingles;
}

/** |A ∩ B| / |A ∪ B| of the two examples' shingle sets. */
export function exactJaccard(a: string[], b: string[]): number {
  const sa = wordShingles(a);
  const sb = wordShingles(b);
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}
