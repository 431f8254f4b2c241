// The hashes that dataset-wide checks compare (duplicates, conflicts, leaks, the holdout split),
// taken over text normalised for case and whitespace.
import { textOf, type Conversation, type Message } from "./conversation.js";
import { TextHasher } from "../quality/fingerprints.js";

export interface Fingerprints {
  /** Identity of the whole example after normalising case and whitespace. */
  exampleHash: number;
  /** Identity of everything before the answer; NaN when the example has no answer. */
  promptHash: number;
  answerHash: number;
}

const ROLE_SEPARATOR = 0x1f;
const MESSAGE_SEPARATOR = 0x1e;

/** Per-message hashes; the repeated system prompt is hashed once per distinct text. */
export class MessageHasher {
  private readonly cache = new Map<string, number>();

  message(m: Message): number {
    const content = textOf(m.content);
    // The system prompt repeats from example to example: its hash is kept, by role and text (a
    // developer message is not the system message with the same text). The rare system message
    // with tool calls is hashed each time.
    const repeated = (m.role === "system" || m.role === "developer") && !m.tool_calls;
    const key = repeated ? `${String(m.role)}\u0000${content}` : "";
    if (repeated) {
      const hit = this.cache.get(key);
      if (hit !== undefined) return hit;
    }
    const h = new TextHasher().text(String(m.role)).separator(ROLE_SEPARATOR).text(content);
    if (m.tool_calls) h.text(JSON.stringify(m.tool_calls));
    const value = h.value();
    if (repeated) {
      if (this.cache.size >= 64) this.cache.clear();
      this.cache.set(key, value);
    }
    return value;
  }

  /**
   * The messages' identity after normalising case and whitespace: what "the same prompt" means
   * for conflicts, leaks and the holdout split.
   */
  messages(messages: readonly Message[]): number {
    return combineHashes(messages.map((m) => this.message(m)));
  }
}

/** A 53-bit hash of a sequence of 53-bit hashes (each fed whole, in two 27-bit halves). */
export function combineHashes(values: readonly number[]): number {
  const h = new TextHasher();
  for (const v of values) {
    const safe = Number.isNaN(v) ? 0 : v;
    h.separator(safe % 0x8000000).separator(Math.floor(safe / 0x8000000)).separator(MESSAGE_SEPARATOR);
  }
  return h.value();
}

/**
 * The hashes duplicate, conflict and leak checks compare. An example with no message at all (`{}`,
 * `{"messages": null}`, a misspelt key) has nothing to compare by meaning, so its identity is its
 * normalised line: otherwise every such line would be a "duplicate" of every other.
 */
export function fingerprint(conversation: Conversation, hasher: MessageHasher, line: string): Fingerprints {
  const { prompt, answer, rejected } = conversation;
  if (prompt.length === 0 && !answer && !rejected) {
    return { exampleHash: new TextHasher().separator(MESSAGE_SEPARATOR).text(line).value(), promptHash: Number.NaN, answerHash: Number.NaN };
  }
  const promptHash = hasher.messages(prompt);
  const answerHash = answer ? hasher.message(answer) : Number.NaN;
  const rejectedHash = rejected ? hasher.message(rejected) : 0;
  return { exampleHash: combineHashes([promptHash, answerHash, rejectedHash]), promptHash: answer ? promptHash : Number.NaN, answerHash };
}
