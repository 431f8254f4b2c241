// The measures of one line that need no judgement: token counts (the cookbook's way), taken on a
// worker thread when one is available, and the fingerprints dataset-wide checks compare
// (normalised hashes, MinHash signature).
import { detectFormat, type DatasetFormat } from "./formats.js";
import { parseRecord, textOf, toConversation, type Conversation, type Message } from "./conversation.js";
import { MinHasher, TextHasher } from "../quality/fingerprints.js";
import { countMessages, type CachedCounter } from "../tokens/countExample.js";

export interface LineTokens {
  total: number;
  assistant: number;
  /** Tokens of the answer's content alone (the rest is the prompt), for inference cost. */
  answer: number;
}

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
    const repeated = m.role === "system" || m.role === "developer";
    if (repeated) {
      const hit = this.cache.get(content);
      if (hit !== undefined) return hit;
    }
    const h = new TextHasher().text(String(m.role)).separator(ROLE_SEPARATOR).text(content);
    if (m.tool_calls) h.text(JSON.stringify(m.tool_calls));
    const value = h.value();
    if (repeated) {
      if (this.cache.size >= 64) this.cache.clear();
      this.cache.set(content, value);
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

const minHasher = new MinHasher();
const NO_TOKENS: LineTokens = { total: 0, assistant: 0, answer: 0 };

/** Token counts of a line, the cookbook's way; a line that is not a JSON object counts zero (the rules report it). */
export function countLineTokens(text: string, format: DatasetFormat | undefined, counter: CachedCounter): LineTokens {
  const parsed = parseRecord(text);
  if (!("record" in parsed)) return NO_TOKENS;
  const record = parsed.record;
  const { prompt, answer, rejected, extras } = toConversation(record, format ?? detectFormat(record));
  const all = [...prompt];
  if (answer) all.push(answer);
  if (rejected) all.push(rejected);
  return { ...countMessages(all, extras, counter), answer: answer ? counter.count(textOf(answer.content)) : 0 };
}

/** Hashes and MinHash signature (written into `signature`) of a conversation. */
export function fingerprint(conversation: Conversation, hasher: MessageHasher, signature: Uint16Array): Fingerprints {
  const { prompt, answer, rejected } = conversation;
  const promptHash = hasher.messages(prompt);
  const answerHash = answer ? hasher.message(answer) : Number.NaN;
  const rejectedHash = rejected ? hasher.message(rejected) : 0;
  const all = answer ? [...prompt, answer] : prompt;
  const system = all.find((m) => m.role === "system" || m.role === "developer");
  // The shared system prompt would make every pair look alike: similarity is over the rest.
  for (const m of all) if (m !== system) minHasher.text(textOf(m.content));
  minHasher.finish(signature);
  return { exampleHash: combineHashes([promptHash, answerHash, rejectedHash]), promptHash: answer ? promptHash : Number.NaN, answerHash };
}
