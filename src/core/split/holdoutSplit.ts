// A deterministic train/holdout split keyed on a hash of each example's prompt: adding examples
// never moves an old one across, and examples that share a prompt always land on the same side
// (otherwise the holdout would leak).
import { detectFormat, type DatasetFormat } from "../dataset/formats.js";
import { parseRecord, toConversation } from "../dataset/conversation.js";
import { MessageHasher } from "../dataset/exampleHashes.js";
import { hash53 } from "../quality/fingerprints.js";
import type { LineIssue } from "../dataset/formats.js";
import { jsonErrorPlace } from "../dataset/jsonError.js";
import { jsonSize, MAX_NESTING } from "../dataset/jsonValues.js";

export type Side = "train" | "holdout";

const TWO_POW_53 = 2 ** 53;
const hasher = new MessageHasher();

export function sideOf(promptHash: number, fraction: number, seed: string): Side {
  return hash53(`${seed}\u0000${promptHash}`) / TWO_POW_53 < fraction ? "holdout" : "train";
}

export type SplitDecision = { side: Side } | { side: "invalid"; issue: LineIssue };

export function decideLine(text: string, fraction: number, seed: string, format: DatasetFormat | undefined): SplitDecision {
  const parsed = parseRecord(text);
  if (!("record" in parsed)) {
    return "value" in parsed
      ? { side: "invalid", issue: { code: "not-an-object", message: "the line is not a JSON object" } }
      : { side: "invalid", issue: { code: "invalid-json", message: invalidJson(text, parsed.error) } };
  }
  const record = parsed.record;
  // Hashing a prompt serialises tool calls (JSON.stringify), which a very deep line would overflow.
  if (jsonSize(record).depth > MAX_NESTING) return { side: "invalid", issue: { code: "nesting-too-deep", message: `the line nests values more than ${MAX_NESTING} levels deep` } };
  return { side: sideOf(hasher.messages(toConversation(record, format ?? detectFormat(record)).prompt), fraction, seed) };
}

function invalidJson(text: string, error: unknown): string {
  const { column, reason } = jsonErrorPlace(text, error);
  return `invalid JSON at column ${column}: ${reason}`;
}
