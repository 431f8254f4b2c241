// OpenAI's own tokenizer (the tiktoken package) as the tests' independent count of a string's tokens.
import { get_encoding, type TiktokenEncoding } from "tiktoken";

/** tiktoken's count of `text` in `encoding`, without special tokens (encode_ordinary). */
export function tiktokenCount(encoding: TiktokenEncoding, text: string): number {
  const enc = get_encoding(encoding);
  try {
    return enc.encode_ordinary(text).length;
  } finally {
    enc.free();
  }
}
