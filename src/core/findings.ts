// Every problem the engine can report, with its default severity and the fix a user should make.
// Codes are a public contract (config files override severities by code): never rename one.

export type Severity = "error" | "warning" | "info";
export type SeverityOverride = Severity | "off";
/** The lowest severity that fails a run ("never": report only). */
export type FailOn = "error" | "warning" | "never";

export interface Location {
  file: string;
  line: number;
}

export interface Finding extends Location {
  code: FindingCode;
  severity: Severity;
  message: string;
  hint: string;
  /** The other side of a pair finding (duplicate, leak, conflict). */
  related?: Location;
}

interface CodeInfo {
  severity: Severity;
  hint: string;
}

export const FINDING_CODES = {
  "invalid-json": { severity: "error", hint: "Make the line one complete JSON object (check quotes, commas and braces)." },
  "invalid-utf8": { severity: "error", hint: "Re-save the file as UTF-8; the bytes shown are not valid UTF-8." },
  "utf8-bom": { severity: "info", hint: "Save the file without a byte-order mark; finetune-ci strips it, other tools may not." },
  "crlf-line-endings": { severity: "info", hint: "Convert to LF line endings (dos2unix); finetune-ci reads CRLF, other tools may not." },
  "no-final-newline": { severity: "info", hint: "End the file with a newline so the last line is not merged with appended data." },
  "line-too-long": { severity: "error", hint: "Split or shorten the example; lines over the configured maxLineBytes are not read." },
  "nesting-too-deep": { severity: "error", hint: "Flatten the value: lines nested more than 100 levels deep are not examined (real examples, tool schemas included, stay far below)." },
  "too-many-values": { severity: "error", hint: "Split the example: lines with more than 200,000 arrays and objects are not parsed (real examples hold a few hundred)." },
  "not-an-object": { severity: "error", hint: "Each line must be a JSON object such as {\"messages\": [...]}." },
  "missing-messages": { severity: "error", hint: "Add a \"messages\" array of {role, content} objects." },
  "message-missing-key": { severity: "error", hint: "Every message needs a \"role\" (and content, tool_calls or function_call)." },
  "unrecognized-key": { severity: "warning", hint: "Remove the key or fix its spelling; OpenAI rejects unknown keys." },
  "unrecognized-role": { severity: "error", hint: "Use one of the roles system, developer, user, assistant, tool." },
  "missing-content": { severity: "error", hint: "Give the message a string \"content\" (or content parts)." },
  "missing-assistant-message": { severity: "error", hint: "Add at least one assistant message: it is what the model learns to write." },
  "invalid-weight": { severity: "error", hint: "Set \"weight\" to 0 (do not train on this turn) or 1, on assistant messages only." },
  "invalid-tool-call": { severity: "error", hint: "Give each tool call an id, type \"function\", a function name and JSON-string arguments; answer it with a tool message carrying the same tool_call_id." },
  "invalid-preference": { severity: "error", hint: "A preference example needs input.messages, and preferred_output and non_preferred_output each holding one assistant message." },
  "deprecated-function-format": { severity: "warning", hint: "Move from functions/function_call/role \"function\" to tools/tool_calls/role \"tool\"." },
  "too-few-examples": { severity: "error", hint: "OpenAI requires at least 10 training examples; 50-100 good ones is a sensible start." },
  "blank-line": { severity: "warning", hint: "Remove empty lines: OpenAI's validator rejects them." },
  "no-system-message": { severity: "warning", hint: "Add the same system message you will use in production." },
  "no-user-message": { severity: "warning", hint: "Add the user turn the assistant is answering." },
  "over-token-limit": { severity: "error", hint: "Shorten the example or split the conversation; tokens past the limit are truncated or the job fails." },
  "special-token": { severity: "error", hint: "Remove or escape the special token text (for example \"<|endoftext|>\"): fine-tuning jobs reject it." },
  "duplicate": { severity: "warning", hint: "Remove the repeated example: duplicates over-weight one pattern." },
  "near-duplicate": { severity: "warning", hint: "Keep the better of the two, or make them cover different cases." },
  "conflicting-answers": { severity: "error", hint: "Decide which answer is right and make the dataset consistent." },
  "holdout-leak": { severity: "error", hint: "Remove the example from one side: a leaked holdout example inflates evaluation scores." },
  "holdout-also-train": { severity: "warning", hint: "Name each file on one side only: remove it from datasets.train (or narrow the train pattern that matches it) to keep it as holdout data, or from datasets.holdout to train on it." },
  "inconsistent-system-prompt": { severity: "warning", hint: "Use one system prompt for the whole dataset, the one you will ship." },
  "inconsistent-format": { severity: "warning", hint: "Write the answer in the same shape as the rest of the dataset." },
  "empty-assistant": { severity: "error", hint: "Write the answer, or drop the example." },
  "secret": { severity: "error", hint: "Remove the credential from the data and rotate it: it must never be uploaded." },
  "pii": { severity: "warning", hint: "Replace personal data with placeholders (jane@example.com, 555 numbers) unless you are allowed to train on it." },
  "class-imbalance": { severity: "warning", hint: "Add examples of the rare labels or down-sample the common ones." },
  "unknown-model": { severity: "warning", hint: "Give the model's prices and per-example token limit under models: in the config file, or target a model finetune-ci knows (gpt-4o-mini, gpt-4o, gpt-4.1, gpt-4.1-mini, gpt-4.1-nano, gpt-3.5-turbo)." },
  "chat-template-unsupported": { severity: "error", hint: "Pick a base model whose chat template supports it (train.baseModel), or rewrite the example; train.py refuses such examples before training." },
  "model-lifecycle": { severity: "warning", hint: "Plan the move to the self-hosted path (provider: self-hosted) before the date shown." },
  "findings-truncated": { severity: "info", hint: "Fix the reported ones first; all occurrences are counted in the summary." },
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof FINDING_CODES;

export const ALL_CODES = Object.keys(FINDING_CODES) as FindingCode[];

/**
 * Codes that are recorded whatever severity a config gives them (off included), beside the
 * findings a reader sees: a config may quiet a credential in a comment, but the training gate
 * must still see it (src/train/datasetGate.ts).
 */
export const UNSILENCEABLE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(["secret"]);

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/** Orders findings the way a person wants to read them: worst first, then by place. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.code.localeCompare(b.code)
  );
}

export function severityAtLeast(severity: Severity, level: Severity): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[level];
}
