// An example seen as a conversation: the prompt (everything before the answer), the answer, and
// for preference data the rejected answer. Shared by the rules, the measures and the split.
import type { DatasetFormat } from "./formats.js";

export type Message = Record<string, unknown>;

export interface Conversation {
  prompt: Message[];
  answer: Message | undefined;
  rejected: Message | undefined;
  /** Top-level values that are sent with the example and count as tokens (tools, functions). */
  extras: unknown[];
}

export function asMessages(value: unknown): Message[] {
  return Array.isArray(value) ? value.filter((m): m is Message => typeof m === "object" && m !== null && !Array.isArray(m)) : [];
}

/** The text of a message's content: a string, or the text parts of a content array. */
export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    // The parts' texts joined with newlines, built so that an array of millions of parts without
    // text costs one string of newlines, not millions of pieces.
    const pieces: string[] = [];
    let newlines = 0;
    content.forEach((p, i) => {
      if (i > 0) newlines++;
      if (!(p && typeof p === "object" && typeof p.text === "string" && p.text !== "")) return;
      if (newlines > 0) pieces.push("\n".repeat(newlines));
      newlines = 0;
      pieces.push(p.text);
    });
    if (newlines > 0) pieces.push("\n".repeat(newlines));
    return pieces.join("");
  }
  return "";
}

/** The last assistant message of a chat is its answer; a preference pair's is its preferred output. */
export function toConversation(record: Record<string, unknown>, format: DatasetFormat): Conversation {
  if (format === "preference") {
    const input = (record.input ?? {}) as Record<string, unknown>;
    return { prompt: asMessages(input.messages), answer: asMessages(record.preferred_output)[0], rejected: asMessages(record.non_preferred_output)[0], extras: [input.tools] };
  }
  const messages = asMessages(record.messages);
  const lastAssistant = messages.findLastIndex((m) => m.role === "assistant");
  return {
    prompt: lastAssistant >= 0 ? messages.slice(0, lastAssistant) : messages,
    answer: lastAssistant >= 0 ? messages[lastAssistant] : undefined,
    rejected: undefined,
    extras: [record.tools, record.functions],
  };
}

/** Parses a line into an object record, or says why it is not one. */
export function parseRecord(text: string): { record: Record<string, unknown> } | { error: unknown; value?: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: undefined, value };
  return { record: value as Record<string, unknown> };
}
