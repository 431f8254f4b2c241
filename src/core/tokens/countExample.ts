// Token counts the way OpenAI's cookbook counts them ("Data preparation and analysis for chat model
// fine-tuning"): 3 per example, 3 per message, the tokens of every string value of a message (role
// included) and 1 more for a name. Values the cookbook never meets (tool_calls, tools) are counted
// as their JSON text, an approximation stated in the docs.
//
// Counting is split in two so the tokenizer can run on another thread: planTokens lists the
// strings to tokenize (with what each one counts towards) and the fixed overhead; finishTokens adds
// up the counts once they are known. Counts of repeated strings (role names, the system prompt)
// come from a small cache and are never sent.
import type { Message } from "../dataset/conversation.js";
import { textOf } from "../dataset/conversation.js";

const TOKENS_PER_EXAMPLE = 3;
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;

/** What a string's tokens count towards, besides the example's total. */
export const ASSISTANT = 1;
export const ANSWER = 2;
/** The string takes part in the near-duplicate signature. */
export const SIMILARITY = 4;
/** The string repeats across examples: cache its count. */
export const REPEATED = 8;

export interface LineTokens {
  total: number;
  assistant: number;
  /** Tokens of the answer's content alone (the rest is the prompt), for inference cost. */
  answer: number;
}

export interface TokenPlan extends LineTokens {
  strings: string[];
  flags: number[];
}

/** Counts of repeated strings, bounded so that memory stays flat. */
export class KnownCounts {
  private readonly counts = new Map<string, number>();
  constructor(private readonly limit = 256) {}

  get(text: string): number | undefined {
    return this.counts.get(text);
  }

  set(text: string, n: number): void {
    if (this.counts.size >= this.limit) this.counts.clear();
    this.counts.set(text, n);
  }
}

export interface PlannedConversation {
  /** Every message in token order: prompt, answer, then a preference pair's rejected answer. */
  messages: readonly Message[];
  answer: Message | undefined;
  /** The message whose text is left out of the similarity signature (the shared system prompt). */
  system: Message | undefined;
  extras: readonly unknown[];
}

export function planTokens(c: PlannedConversation, known: KnownCounts): TokenPlan {
  const plan: TokenPlan = { total: TOKENS_PER_EXAMPLE, assistant: 0, answer: 0, strings: [], flags: [] };
  const add = (text: string, flags: number) => {
    // A similarity string is always sent: the signature must not depend on what is cached yet.
    const n = flags & REPEATED && !(flags & SIMILARITY) ? known.get(text) : undefined;
    if (n === undefined) {
      plan.strings.push(text);
      plan.flags.push(flags);
      return;
    }
    plan.total += n;
    if (flags & ASSISTANT) plan.assistant += n;
    if (flags & ANSWER) plan.answer += n;
  };
  for (const m of c.messages) {
    plan.total += TOKENS_PER_MESSAGE;
    const role = m.role;
    const repeated = role === "system" || role === "developer";
    for (const key in m) {
      const value = m[key];
      if (key === "name") plan.total += TOKENS_PER_NAME;
      if (typeof value === "string") {
        let flags = key === "role" || repeated ? REPEATED : 0;
        if (key === "content") {
          if (role === "assistant") flags |= ASSISTANT;
          if (m === c.answer) flags |= ANSWER;
          if (m !== c.system) flags |= SIMILARITY;
        }
        add(value, flags);
      } else if (key !== "weight" && value !== null && value !== undefined && typeof value === "object") {
        const isContent = key === "content";
        let flags = isContent && role === "assistant" ? ASSISTANT : 0;
        if (isContent && m === c.answer) flags |= ANSWER;
        add(JSON.stringify(value), flags);
        // Content parts: their text still belongs to the similarity signature.
        if (isContent && m !== c.system) add(textOf(value), SIMILARITY | COUNT_NOTHING);
      }
    }
  }
  for (const extra of c.extras) if (extra !== undefined) add(JSON.stringify(extra), REPEATED);
  return plan;
}

/** The string is there for the similarity signature only: its tokens count towards nothing. */
export const COUNT_NOTHING = 16;

/** Adds the counts of a plan's strings (counts[from + i] for strings[i]) and caches repeated ones. */
export function finishTokens(plan: TokenPlan, counts: ArrayLike<number>, from: number, known: KnownCounts): LineTokens {
  let { total, assistant, answer } = plan;
  plan.strings.forEach((text, i) => {
    const n = counts[from + i]!;
    const flags = plan.flags[i]!;
    if (flags & COUNT_NOTHING) return;
    total += n;
    if (flags & ASSISTANT) assistant += n;
    if (flags & ANSWER) answer += n;
    if (flags & REPEATED) known.set(text, n);
  });
  return { total, assistant, answer };
}
