// Everything that can be judged from one line alone: parse, schema, semantic rules and scanners.
// Pure: text in, facts out. The line's measures (tokens, fingerprints) come from measureLine,
// which may run on another thread, and are joined in by withMeasures.
import { findPii, findSpecialToken } from "./scanners.js";
import { describeSecrets, findSecretsIn, findSecretsInRawLine, mayHoldSecret, redactedSlice, redactSecrets, type SecretHit } from "./secrets.js";
import { containersInText, forEachString, jsonSize, MAX_CONTAINERS, MAX_NESTING } from "./jsonValues.js";
import { detectFormat, schemaIssues, type DatasetFormat, type LineIssue } from "./formats.js";
import { jsonErrorPlace } from "./jsonError.js";
import { parseRecord, textOf, toConversation, type Message } from "./conversation.js";
import { fingerprint, type Fingerprints, type MessageHasher } from "./exampleHashes.js";
import { planTokens, type KnownCounts, type LineTokens, type TokenPlan } from "../tokens/countExample.js";
import { templateIssues, type TemplateSupport } from "../chatTemplates.js";

export interface ExampleFacts extends LineTokens, Fingerprints {
  format: DatasetFormat;
  issues: LineIssue[];
  messages: number;
  /** Text of the first system message, when there is one. */
  systemPrompt: string | undefined;
  /** "text", "json-array", or "json:" followed by the answer object's sorted keys (NUL-separated). */
  answerShape: string | undefined;
  /** The answer itself when it is short enough to be a class label. */
  label: string | undefined;
  /** The strings still to tokenize; the counts are joined in by withTokens. */
  tokenPlan: TokenPlan;
}

/** A line that is not an example: the reason first, then what else it holds (a credential, say). */
export type LineOutcome = { kind: "invalid"; issues: [LineIssue, ...LineIssue[]] } | { kind: "example"; facts: ExampleFacts };

export interface AnalyzeOptions {
  format: DatasetFormat | undefined;
  labelMaxChars: number;
  hasher: MessageHasher;
  known: KnownCounts;
  template?: TemplateSupport;
}

export function analyzeLine(text: string, options: AnalyzeOptions): LineOutcome {
  if (containersInText(text) > MAX_CONTAINERS) {
    const message = `the line holds more than ${MAX_CONTAINERS.toLocaleString("en-US")} arrays and objects; it was not parsed`;
    return invalid({ code: "too-many-values", message }, findSecretsInRawLine(text));
  }
  const parsed = parseRecord(text);
  if (!("record" in parsed) && !("value" in parsed)) {
    // Not JSON, but still searched for credentials as JSON text would be read.
    const secrets = findSecretsInRawLine(text);
    return invalid({ code: "invalid-json", message: describeJsonError(text, parsed.error) }, secrets);
  }
  const value = "record" in parsed ? parsed.record : parsed.value;
  const scan = scanStrings(text, value);
  if (!("record" in parsed)) {
    return invalid({ code: "not-an-object", message: `the line is a JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}, not an object` }, scan.secrets);
  }
  const size = jsonSize(value);
  if (size.depth > MAX_NESTING) {
    return invalid({ code: "nesting-too-deep", message: `the line nests values more than ${MAX_NESTING} levels deep; it was not examined further` }, scan.secrets);
  }
  const record = parsed.record;
  const format = options.format ?? detectFormat(record);
  // Every schema error of an ordinary line; the first one of a line of tens of thousands of values
  // (a million unknown keys would be a million findings, and as many error objects in memory).
  const issues = schemaIssues(record, format, size.values > WIDE_LINE_VALUES);
  const facts = examineExample(text, record, format, issues, scan, options);
  // The one redaction step for what leaves this line: every message, and the texts kept for
  // dataset-wide checks, with the credentials found anywhere in the line masked (and a message
  // that quotes a huge key or value cut to a readable length after that, never before).
  const known = scan.secrets.map((h) => h.value);
  for (const issue of facts.issues) issue.message = capped(redactSecrets(issue.message, known));
  if (known.length) {
    if (facts.label !== undefined) facts.label = redactSecrets(facts.label, known);
    if (facts.systemPrompt !== undefined) facts.systemPrompt = redactSecrets(facts.systemPrompt, known);
  }
  return { kind: "example", facts };
}

/** Longer messages keep their start and end: a key of megabytes is shown, not printed whole. */
const MAX_MESSAGE_CHARS = 500;

function capped(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  const head = safeCut(message, 300);
  const tail = message.length - safeCut(message, message.length - 150);
  return `${message.slice(0, head)}…(${(message.length - head - tail).toLocaleString("en-US")} characters)…${message.slice(message.length - tail)}`;
}

/** `at`, moved back by one when it would split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

const WIDE_LINE_VALUES = 10_000;

function invalid(reason: LineIssue, secrets: SecretHit[]): LineOutcome {
  // The same redaction step: a parser's own message may quote the line.
  const said = { code: reason.code, message: capped(redactSecrets(reason.message, secrets.map((h) => h.value))) };
  return { kind: "invalid", issues: secrets.length ? [said, secretIssue(secrets)] : [said] };
}

function secretIssue(secrets: SecretHit[]): LineIssue {
  return { code: "secret", message: `contains what looks like a credential: ${describeSecrets(secrets)}` };
}

/** People want a column (1-based, in characters), and the text around it. */
function describeJsonError(text: string, error: unknown): string {
  const { column, reason } = jsonErrorPlace(text, error);
  // Cut from the line with its credentials redacted, so that no part of one shows.
  const excerpt = redactedSlice(text, Math.max(0, column - 21), column + 19).replace(/\s+/g, " ");
  return `invalid JSON at column ${column}: ${reason} (near "${excerpt}")`;
}

function examineExample(rawLine: string, record: Record<string, unknown>, format: DatasetFormat, issues: LineIssue[], scan: StringScan, options: AnalyzeOptions): ExampleFacts {
  const conversation = toConversation(record, format);
  const { prompt, answer, rejected, extras } = conversation;
  if (format === "chat" && ("functions" in record || "function_call" in record)) {
    issues.push({ code: "deprecated-function-format", message: "the example uses the deprecated functions/function_call keys" });
  }
  const all = answer ? [...prompt, answer] : prompt;
  checkMessages(all, format, issues);
  if (options.template) issues.push(...templateIssues(record, format, options.template));

  issues.push(...scan.issues);

  const answerText = answer ? textOf(answer.content) + (answer.tool_calls ? JSON.stringify(answer.tool_calls) : "") : "";
  const system = all.find((m) => m.role === "system" || m.role === "developer");
  const trimmedAnswer = answerText.trim();
  return {
    format,
    issues,
    messages: all.length,
    systemPrompt: system ? textOf(system.content) : undefined,
    answerShape: answer && !answer.tool_calls && trimmedAnswer !== "" ? shapeOf(trimmedAnswer) : undefined,
    label: answer && trimmedAnswer !== "" && trimmedAnswer.length <= options.labelMaxChars ? trimmedAnswer : undefined,
    ...fingerprint(conversation, options.hasher, rawLine),
    tokenPlan: planTokens({ messages: rejected ? [...all, rejected] : all, answer, system, extras }, options.known),
    total: 0,
    assistant: 0,
    answer: 0,
  };
}

/** Joins a line's token counts into its facts, with the finding that needs them (over-token-limit). */
export function withTokens(facts: ExampleFacts, tokens: LineTokens, tokenLimit: number): ExampleFacts {
  facts.total = tokens.total;
  facts.assistant = tokens.assistant;
  facts.answer = tokens.answer;
  if (tokens.total > tokenLimit) {
    facts.issues.push({ code: "over-token-limit", message: `${tokens.total} tokens, over the model's ${tokenLimit}-token limit per training example` });
  }
  return facts;
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

// Cheap tests on the raw line decide which scanners a line needs: credentials, e-mail addresses
// and special tokens are ASCII that survives JSON escaping, and phone or card numbers need digit
// groups. Most lines pass none of them and cost a few substring scans. A "\u" escape can hide any
// of them, so a line with one is always scanned; the scanners then read the decoded strings.
// Phone numbers have at least 7 digits and cards at least 13; shorter runs (order numbers,
// prices) are common and need no closer look.
const NUMBER_GATE = /\d(?:[ .()-]{0,2}\d){6}/;

interface StringScan {
  /** Credentials anywhere in the line: message text, keys, tools, any string. */
  secrets: SecretHit[];
  /** secret, pii and special-token findings. */
  issues: LineIssue[];
}

const NOTHING_FOUND: StringScan = { secrets: [], issues: [] };
/** Kinds of personal data named per line: enough to act on. */
const PII_SHOWN = 10;

/** Scans every string of the parsed line (keys included, tools and all), as decoded by JSON.parse. */
function scanStrings(rawLine: string, value: unknown): StringScan {
  const escaped = rawLine.includes("\\u");
  const secretsPossible = escaped || mayHoldSecret(rawLine);
  const emailPossible = escaped || rawLine.includes("@");
  const numbersPossible = escaped || NUMBER_GATE.test(rawLine);
  const specialPossible = escaped || rawLine.includes("<|");
  if (!secretsPossible && !emailPossible && !numbersPossible && !specialPossible) return NOTHING_FOUND;
  const strings = (visit: (text: string) => void) => forEachString(value, visit);
  const secrets = secretsPossible ? findSecretsIn(strings) : [];
  const pii = new Set<string>();
  let special: string | undefined;
  if (emailPossible || numbersPossible || specialPossible) {
    strings((s) => {
      if ((emailPossible || numbersPossible) && pii.size < PII_SHOWN) for (const hit of findPii(s)) pii.add(`${hit.kind} (${hit.sample})`);
      if (specialPossible) special ??= findSpecialToken(s);
    });
  }
  const issues: LineIssue[] = [];
  if (secrets.length) issues.push(secretIssue(secrets));
  if (pii.size) issues.push({ code: "pii", message: `contains personal data: ${[...pii].join(", ")}` });
  if (special) issues.push({ code: "special-token", message: `contains the special token text ${special}` });
  return { secrets, issues };
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
