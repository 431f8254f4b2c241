// Everything that can be judged from one line alone: parse, schema, semantic rules, scanners,
// tokens, and the fingerprints the dataset-wide checks need. Pure: text in, facts out.
import { findPii, findSecrets, findSpecialToken } from "./scanners.js";
import { detectFormat, schemaIssues, type DatasetFormat, type LineIssue } from "./formats.js";
import { hash53, minhashSignature, normalizeText } from "../quality/fingerprints.js";
import { countMessages, type CachedCounter } from "../tokens/countExample.js";

type Message = Record<string, unknown>;

export interface ExampleFacts {
  format: DatasetFormat;
  issues: LineIssue[];
  messages: number;
  tokens: number;
  assistantTokens: number;
  /** Identity of the whole example after normalising case and whitespace. */
  exampleHash: number;
  /** Identity of everything before the answer; NaN when the example has no answer. */
  promptHash: number;
  answerHash: number;
  /** Text of the first system message, when there is one. */
  systemPrompt: string | undefined;
  /** "text", "json-array", or "json:" followed by the answer object's sorted keys (NUL-separated). */
  answerShape: string | undefined;
  /** The answer itself when it is short enough to be a class label. */
  label: string | undefined;
  /** Prompt tokens (everything but the answer) and answer tokens, for inference cost. */
  promptTokens: number;
  answerTokens: number;
}

export type LineOutcome = { kind: "invalid"; issue: LineIssue } | { kind: "example"; facts: ExampleFacts };

export interface AnalyzeOptions {
  format: DatasetFormat | undefined;
  counter: CachedCounter;
  tokenLimit: number;
  labelMaxChars: number;
  /** Filled with the example's MinHash signature. */
  signature: Uint16Array;
}

export function analyzeLine(text: string, options: AnalyzeOptions): LineOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "invalid", issue: { code: "invalid-json", message: describeJsonError(text, error) } };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { kind: "invalid", issue: { code: "not-an-object", message: `the line is a JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}, not an object` } };
  }
  const record = value as Record<string, unknown>;
  const format = options.format ?? detectFormat(record);
  const issues = schemaIssues(record, format);
  return { kind: "example", facts: examineExample(record, format, issues, options) };
}

/** V8 says "at position N"; people want a column (1-based, in characters). */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const column = position ? Number(position[1]) + 1 : text.length + 1;
  const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/^Unexpected end of JSON input$/, "unexpected end of line");
  const excerpt = text.slice(Math.max(0, column - 21), column + 19).replace(/\s+/g, " ");
  return `invalid JSON at column ${column}: ${reason} (near "${excerpt}")`;
}

function asMessages(value: unknown): Message[] {
  return Array.isArray(value) ? value.filter((m): m is Message => typeof m === "object" && m !== null && !Array.isArray(m)) : [];
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === "object" && typeof p.text === "string" ? p.text : "")).join("\n");
  return "";
}

export interface Conversation {
  prompt: Message[];
  answer: Message | undefined;
  rejected: Message | undefined;
  /** Top-level values that are sent with the example and count as tokens (tools, functions). */
  extras: unknown[];
}

/** The example as prompt and answer: the last assistant message of a chat, the preferred output of a preference pair. */
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

/** The prompt, normalised: what "the same prompt" means for conflicts, leaks and the holdout split. */
export function promptKey(prompt: Message[]): string {
  return normalizeText(prompt.map((m) => `${String(m.role)}: ${textOf(m.content)}${m.tool_calls ? JSON.stringify(m.tool_calls) : ""}`).join("\n"));
}

function examineExample(record: Record<string, unknown>, format: DatasetFormat, issues: LineIssue[], options: AnalyzeOptions): ExampleFacts {
  const { prompt, answer, rejected, extras } = toConversation(record, format);
  if (format === "chat" && ("functions" in record || "function_call" in record)) {
    issues.push({ code: "deprecated-function-format", message: "the example uses the deprecated functions/function_call keys" });
  }
  const all = answer ? [...prompt, answer] : prompt;
  checkMessages(all, format, issues);

  const strings: string[] = [];
  for (const m of rejected ? [...all, rejected] : all) collectStrings(m, strings);
  scanStrings(strings, issues);

  const counted = countMessages(rejected ? [...all, rejected] : all, extras, options.counter);
  const answerTokens = answer ? options.counter.count(textOf(answer.content)) : 0;
  if (counted.total > options.tokenLimit) {
    issues.push({ code: "over-token-limit", message: `${counted.total} tokens, over the model's ${options.tokenLimit}-token limit per training example` });
  }

  const normalizedPrompt = promptKey(prompt);
  const answerText = answer ? textOf(answer.content) + (answer.tool_calls ? JSON.stringify(answer.tool_calls) : "") : "";
  const normalizedAnswer = normalizeText(answerText);
  const system = all.find((m) => m.role === "system" || m.role === "developer");
  // The shared system prompt would make every pair look alike: similarity is over the rest.
  minhashSignature(
    normalizeText(all.filter((m) => m !== system).map((m) => textOf(m.content)).join(" ")),
    options.signature,
  );
  const trimmedAnswer = answerText.trim();
  return {
    format,
    issues,
    messages: all.length,
    tokens: counted.total,
    assistantTokens: counted.assistant,
    exampleHash: hash53(`${normalizedPrompt}\u0001${normalizedAnswer}${rejected ? `\u0001${normalizeText(textOf(rejected.content))}` : ""}`),
    promptHash: answer ? hash53(normalizedPrompt) : Number.NaN,
    answerHash: answer ? hash53(normalizedAnswer) : Number.NaN,
    systemPrompt: system ? textOf(system.content) : undefined,
    answerShape: answer && !answer.tool_calls && trimmedAnswer !== "" ? shapeOf(trimmedAnswer) : undefined,
    label: answer && trimmedAnswer !== "" && trimmedAnswer.length <= options.labelMaxChars ? trimmedAnswer : undefined,
    promptTokens: counted.total - answerTokens,
    answerTokens,
  };
}

function shapeOf(answer: string): string {
  const first = answer[0];
  if (first !== "{" && first !== "[") return "text";
  try {
    const parsed: unknown = JSON.parse(answer);
    if (Array.isArray(parsed)) return "json-array";
    if (parsed && typeof parsed === "object") return `json:${Object.keys(parsed).sort().join("\u0000")}`;
  } catch {
    // Looks like JSON but is not: that is text, and exactly what the format check should catch.
  }
  return "text";
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) collectStrings(v, out);
}

function scanStrings(strings: string[], issues: LineIssue[]): void {
  const secrets = new Set<string>();
  const pii = new Set<string>();
  let special: string | undefined;
  for (const s of strings) {
    for (const hit of findSecrets(s)) secrets.add(`${hit.kind} (${hit.sample})`);
    for (const hit of findPii(s)) pii.add(`${hit.kind} (${hit.sample})`);
    special ??= findSpecialToken(s);
  }
  if (secrets.size) issues.push({ code: "secret", message: `contains what looks like a credential: ${[...secrets].join(", ")}` });
  if (pii.size) issues.push({ code: "pii", message: `contains personal data: ${[...pii].join(", ")}` });
  if (special) issues.push({ code: "special-token", message: `contains the special token text ${special}` });
}

function checkMessages(messages: Message[], format: DatasetFormat, issues: LineIssue[]): void {
  const callIds = new Set<string>();
  let sawSystem = false;
  let sawUser = false;
  let sawAssistant = false;
  messages.forEach((m, i) => {
    const where = format === "preference" ? `message ${i + 1}` : `messages[${i}]`;
    const role = m.role;
    if (role === "system" || role === "developer") sawSystem = true;
    if (role === "user") sawUser = true;
    if (role === "function") issues.push({ code: "deprecated-function-format", message: `${where} uses the deprecated role "function"` });
    if (role === "assistant") {
      sawAssistant = true;
      const hasCalls = Array.isArray(m.tool_calls) || m.function_call !== undefined;
      if ((m.content === undefined || m.content === null) && !hasCalls) {
        issues.push({ code: "missing-content", message: `${where} (assistant) has neither content nor tool_calls` });
      } else if (typeof m.content === "string" && m.content.trim() === "" && !hasCalls) {
        issues.push({ code: "empty-assistant", message: `${where} (assistant) is empty` });
      }
      if (Array.isArray(m.tool_calls)) checkToolCalls(m.tool_calls, where, callIds, issues);
    } else if (typeof role === "string" && role !== "function" && (m.content === undefined || m.content === null)) {
      issues.push({ code: "missing-content", message: `${where} (${role}) has no content` });
    }
    if ("weight" in m && role !== "assistant") issues.push({ code: "invalid-weight", message: `${where} has a weight, but only assistant messages can` });
    if (role === "tool") {
      const id = m.tool_call_id;
      if (typeof id !== "string") issues.push({ code: "invalid-tool-call", message: `${where} (tool) has no tool_call_id` });
      else if (!callIds.has(id)) issues.push({ code: "invalid-tool-call", message: `${where} answers tool_call_id "${id}", which no earlier assistant message called` });
    }
  });
  if (messages.length === 0) return;
  if (!sawAssistant && format === "chat") issues.push({ code: "missing-assistant-message", message: "the example has no assistant message to learn from" });
  if (!sawSystem) issues.push({ code: "no-system-message", message: "the example has no system message" });
  if (!sawUser) issues.push({ code: "no-user-message", message: "the example has no user message" });
}

function checkToolCalls(calls: unknown[], where: string, callIds: Set<string>, issues: LineIssue[]): void {
  calls.forEach((call, j) => {
    if (!call || typeof call !== "object") return;
    const c = call as { id?: unknown; function?: { arguments?: unknown } };
    if (typeof c.id === "string") {
      if (callIds.has(c.id)) issues.push({ code: "invalid-tool-call", message: `${where}.tool_calls[${j}] reuses the id "${c.id}"` });
      callIds.add(c.id);
    }
    const args = c.function?.arguments;
    if (typeof args === "string") {
      try {
        JSON.parse(args);
      } catch {
        issues.push({ code: "invalid-tool-call", message: `${where}.tool_calls[${j}].function.arguments is not valid JSON text` });
      }
    }
  });
}
