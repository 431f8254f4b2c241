// The token thread's side of a batch (TokenCounter.answer): one count per string that counts, none
// asked for a string kept for the signature only, one signature per line built from that line's
// similarity strings alone (the same as a MinHasher fed them directly), and a zero signature for
// a line with no strings.
import { describe, expect, it } from "vitest";
import { TokenCounter, type TokenRequest } from "../../src/core/dataset/analyzeBatch.js";
import { SIGNATURE_SIZE } from "../../src/core/quality/fingerprints.js";
import { minhashSignature } from "../support/minhash.js";
import { COUNT_NOTHING, SIMILARITY } from "../../src/core/tokens/countExample.js";

const signatureOf = (texts: string[]) => minhashSignature(...texts);

describe("TokenCounter.answer", () => {
  const strings = ["user", "the quick brown fox jumps over", "part one\npart two", "assistant", "lazy dogs sleep all day long", "third line words here"];
  const flags = Uint8Array.from([0, SIMILARITY, SIMILARITY | COUNT_NOTHING, 0, SIMILARITY, SIMILARITY]);
  // Line 0: strings 0-2; line 1: none (not an example); line 2: strings 3-4; line 3: string 5.
  const request: TokenRequest = { strings, flags, offsets: Uint32Array.from([0, 3, 3, 5, 6]) };

  it("counts every string that counts, and never asks for the others", () => {
    const asked: string[] = [];
    const counter = new TokenCounter((text) => {
      asked.push(text);
      return text.length;
    });
    const { counts } = counter.answer(request);
    expect([...counts]).toEqual([4, 30, 0, 9, 28, 21]);
    expect(asked).toEqual(["user", "the quick brown fox jumps over", "assistant", "lazy dogs sleep all day long", "third line words here"]);
  });

  it("gives one signature per line, from that line's similarity strings only", () => {
    const { signatures } = new TokenCounter((t) => t.length).answer(request);
    expect(signatures.length).toBe(4 * SIGNATURE_SIZE);
    const line = (i: number) => [...signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE)];
    expect(line(0)).toEqual([...signatureOf(["the quick brown fox jumps over", "part one\npart two"])]);
    expect(line(1)).toEqual(new Array(SIGNATURE_SIZE).fill(0));
    expect(line(2)).toEqual([...signatureOf(["lazy dogs sleep all day long"])]);
    expect(line(3)).toEqual([...signatureOf(["third line words here"])]);
    expect(line(2)).not.toEqual(line(3));
  });

  it("a batch of no lines is no work", () => {
    expect(new TokenCounter(() => 1).answer({ strings: [], flags: new Uint8Array(0), offsets: Uint32Array.from([0]) })).toEqual({ counts: new Uint32Array(0), signatures: new Uint8Array(0) });
  });
});
