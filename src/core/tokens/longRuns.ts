// Long runs without a break, counted in pieces. The tokenizer's byte-pair merge is quadratic in the
// length of one pre-token (a run of letters, of punctuation or of whitespace): 400 KB of letters
// took 56 s and 6 MB ran out of memory. Text is therefore handed to it in pieces in which no run
// is longer than MAX_RUN characters; ordinary text (words, code, prose in any script with spaces
// or punctuation every thousand characters) is never cut and is counted exactly.
//
// Where a run must be cut, the cut goes where the tokenizer's own pre-tokenizer splits anyway, when
// there is such a place in the last half of the piece: before punctuation that follows a letter or
// digit, or before a digit that follows anything else (both o200k_base's and cl100k_base's split
// patterns end a pre-token there), so the count stays exact. Only a run with no such place for
// MAX_RUN / 2 characters (all letters, all digits, all symbols, all whitespace) is cut where it
// is, and each such cut changes the count by -1 to +2 tokens: measured against OpenAI's tiktoken
// over 33,000 single cuts per encoding in runs of every kind (test/core/tokens.test.ts keeps a
// sample of it).
import { isSpace } from "../quality/fingerprints.js";
import type { CountTokens } from "./tokenizer.js";

/** The longest run a piece may hold: short enough to keep the merge fast, long enough to be rare. */
export const MAX_RUN = 1000;

/** The most a cut where the tokenizer would not split can move the count (see the header). */
export const MAX_ERROR_PER_FORCED_CUT = 2;

const LETTER = 1;
const DIGIT = 2;
const OTHER = 3;

const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_DIGIT = /^\p{N}$/u;

/** Letter, digit or other (marks count as other: cl100k_base does not take them into words). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : OTHER;
  // The code point that ends at i (a low surrogate belongs to the pair before it).
  const start = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  const ch = String.fromCodePoint(text.codePointAt(start)!);
  return UNICODE_LETTER.test(ch) ? LETTER : UNICODE_DIGIT.test(ch) ? DIGIT : OTHER;
}

/** True when both encodings' pre-tokenizers end a pre-token between text[i - 1] and text[i]. */
function splitsBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // An apostrophe may start a contraction ("'s") that o200k_base joins to the word before it.
  if (c === 39 || (c >= 0xdc00 && c <= 0xdfff)) return false;
  const here = classAt(text, i);
  const before = classAt(text, i - 1);
  return (here === OTHER && before !== OTHER) || (here === DIGIT && before !== DIGIT);
}

/** Where to end a piece whose current run reached MAX_RUN characters at `end`. */
function cutPoint(text: string, pieceStart: number, end: number): number {
  for (let i = end; i > end - MAX_RUN / 2 && i > pieceStart; i--) if (splitsBefore(text, i)) return i;
  // Never between the two halves of a surrogate pair.
  const c = text.charCodeAt(end);
  return c >= 0xdc00 && c <= 0xdfff ? end - 1 : end;
}

/**
 * True when some aligned window of MAX_RUN / 2 characters is all whitespace or all not: a run of
 * MAX_RUN characters always contains one, and ordinary text has none. In ordinary text each window
 * is left after its first few characters, so the test costs a few per cent of one pass.
 */
function hasUniformWindow(text: string): boolean {
  const half = MAX_RUN / 2;
  for (let w = 0; w + half <= text.length; w += half) {
    const space = isSpace(text.charCodeAt(w));
    let j = w + 1;
    while (j < w + half && isSpace(text.charCodeAt(j)) === space) j++;
    if (j === w + half) return true;
  }
  return false;
}

/** The text's tokens, counted in pieces in which no run without a break exceeds MAX_RUN characters. */
export function countInPieces(text: string, count: CountTokens): number {
  if (text.length <= MAX_RUN || !hasUniformWindow(text)) return count(text);
  let total = 0;
  let pieceStart = 0;
  let runStart = 0;
  let runIsSpace = isSpace(text.charCodeAt(0));
  for (let i = 1; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space !== runIsSpace) {
      runStart = i;
      runIsSpace = space;
    } else if (i - (runStart > pieceStart ? runStart : pieceStart) >= MAX_RUN) {
      const cut = cutPoint(text, pieceStart, i);
      total += count(text.slice(pieceStart, cut));
      pieceStart = cut;
    }
  }
  return total + count(text.slice(pieceStart));
}
