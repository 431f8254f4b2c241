// The MinHash signature of some texts, fed to one MinHasher as separate pieces (a piece boundary
// also ends a word), as the review builds one per example.
import { MinHasher, SIGNATURE_SIZE } from "../../src/core/quality/fingerprints.js";

export function minhashSignature(...pieces: string[]): Uint8Array {
  const hasher = new MinHasher();
  for (const p of pieces) hasher.text(p);
  const out = new Uint8Array(SIGNATURE_SIZE);
  hasher.finish(out);
  return out;
}
