// The plain data an evaluation runs on: the holdout's reference answers and each arm's answers to
// them, one per example in the same order. The runner fills these; nothing here does I/O.

/** A function call as the OpenAI chat API writes it: `arguments` is JSON text (an object is taken as parsed). */
export interface ToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
}

/** The final assistant turn of one holdout example. */
export interface Reference {
  text: string;
  toolCalls?: ToolCall[];
}

export type AnswerStatus = "ok" | "failed";

/** One arm's answer to one holdout example. A cached answer is "ok"; the runner counts cache hits. */
export interface Answer {
  status: AnswerStatus;
  /** The assistant's text content ("" when it only called tools). */
  text?: string;
  toolCalls?: ToolCall[];
  /** Prompt tokens the request was billed for. */
  inputTokens?: number;
  /** Completion tokens of the answer. */
  outputTokens?: number;
  /** Time to the full answer; leave unset for answers from the cache. */
  latencyMs?: number;
  /** Why the request failed, for the report. */
  error?: string;
}

export type ArmKind = "base" | "prompted" | "candidate" | "baseline";

/** Dollars per million tokens. */
export interface Prices {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface ArmAnswers {
  /** Unique within the evaluation; gate rules name arms by it. */
  name: string;
  kind: ArmKind;
  answers: Answer[];
  prices?: Prices;
}
