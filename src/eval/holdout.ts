// The holdout set as the evaluation uses it: per example its file and line, the prompt to send (every
// message before the final assistant turn, with the fine-tuning-only `weight` key removed), the tools
// it offers, and the reference answer (that final assistant turn: content and/or tool calls). Every
// physical line is accounted for: an example, a blank line, or a problem that stops the run with the
// file, the line and the fix; nothing is skipped in silence.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { asMessages, parseRecord, textOf, type Message } from "../core/dataset/conversation.js";
import { detectFormat, type DatasetFormat, type FormatChoice } from "../core/dataset/formats.js";
import type { Reference, ToolCall } from "../core/eval/types.js";
import { EvalSetupError } from "./errors.js";

export interface HoldoutExample {
  file: string;
  /** 1-based physical line. */
  line: number;
  /** The prompt as the API takes it. */
  messages: Message[];
  tools?: unknown[];
  parallelToolCalls?: boolean;
  reference: Reference;
  /** The prompt normalised (roles and text, lower case, collapsed spaces): few-shot examples never share it. */
  promptKey: string;
}

export interface HoldoutFile {
  path: string;
  lines: number;
  examples: number;
  blankLines: number;
}

export interface Holdout {
  examples: HoldoutExample[];
  files: HoldoutFile[];
}

interface LineProblem {
  file: string;
  line: number;
  problem: string;
}

const FIX = "End every holdout example with the assistant turn the model should give (it is the reference answer); `finetune-ci validate FILE` lists every problem of a file";
const MAX_LISTED = 20;

export function promptKey(messages: readonly Message[]): string {
  return messages
    .map((m) => `${String(m.role)}:${textOf(m.content)}${m.tool_calls ? JSON.stringify(m.tool_calls) : ""}`)
    .join("\n")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A message as the chat API takes it: the dataset's `weight` is for fine-tuning only. */
function apiMessage(message: Message): Message {
  const { weight: _weight, ...rest } = message;
  return rest;
}

function toolCallsOf(message: Message): ToolCall[] | undefined {
  if (Array.isArray(message.tool_calls)) {
    return message.tool_calls.map((call) => {
      const fn = (call as { function?: { name?: unknown; arguments?: unknown } }).function ?? {};
      return { name: String(fn.name ?? ""), arguments: typeof fn.arguments === "string" || (fn.arguments && typeof fn.arguments === "object") ? (fn.arguments as string | Record<string, unknown>) : "" };
    });
  }
  const legacy = message.function_call as { name?: unknown; arguments?: unknown } | undefined;
  if (legacy && typeof legacy === "object") return [{ name: String(legacy.name ?? ""), arguments: typeof legacy.arguments === "string" ? legacy.arguments : "" }];
  return undefined;
}

/** The legacy `functions` list as the tools the API takes today. */
function toolsOf(record: Record<string, unknown>, format: DatasetFormat): unknown[] | undefined {
  const source = format === "preference" ? ((record.input ?? {}) as Record<string, unknown>) : record;
  if (Array.isArray(source.tools) && source.tools.length > 0) return source.tools;
  if (Array.isArray(source.functions) && source.functions.length > 0) return source.functions.map((fn) => ({ type: "function", function: fn }));
  return undefined;
}

/** One line: an example, or why it cannot be one. */
export function holdoutExample(text: string, file: string, line: number, formatChoice: FormatChoice): HoldoutExample | LineProblem {
  const parsed = parseRecord(text);
  if (!("record" in parsed)) {
    const why = parsed.error instanceof Error ? `not valid JSON (${parsed.error.message})` : "not a JSON object";
    return { file, line, problem: why };
  }
  const record = parsed.record;
  const format = formatChoice === "auto" ? detectFormat(record) : formatChoice;
  let prompt: Message[];
  let answer: Message | undefined;
  if (format === "preference") {
    prompt = asMessages(((record.input ?? {}) as Record<string, unknown>).messages);
    answer = asMessages(record.preferred_output).find((m) => m.role === "assistant");
    if (!answer) return { file, line, problem: "the preference example has no assistant message in preferred_output to use as the reference answer" };
  } else {
    const messages = asMessages(record.messages);
    if (messages.length === 0) return { file, line, problem: "the example has no messages" };
    const last = messages.at(-1)!;
    if (last.role !== "assistant") return { file, line, problem: `the last message is a ${typeof last.role === "string" ? last.role : "role-less"} message, not the assistant's answer` };
    prompt = messages.slice(0, -1);
    answer = last;
  }
  const toolCalls = toolCallsOf(answer);
  const content = textOf(answer.content);
  if (content.trim() === "" && !toolCalls?.length) return { file, line, problem: "the final assistant message has neither content nor tool_calls: there is no reference answer" };
  if (!prompt.some((m) => m.role === "user" || m.role === "tool")) return { file, line, problem: "there is no user message before the answer: nothing to ask the model" };
  const tools = toolsOf(record, format);
  const parallel = format === "preference" ? ((record.input ?? {}) as Record<string, unknown>).parallel_tool_calls : record.parallel_tool_calls;
  return {
    file,
    line,
    messages: prompt.map(apiMessage),
    ...(tools ? { tools } : {}),
    ...(typeof parallel === "boolean" ? { parallelToolCalls: parallel } : {}),
    reference: { text: content, ...(toolCalls?.length ? { toolCalls } : {}) },
    promptKey: promptKey(prompt),
  };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads the holdout files (paths relative to `cwd`); throws EvalSetupError listing every bad line. */
export async function readHoldout(paths: readonly string[], options: { cwd: string; format: FormatChoice; maxLineBytes: number; key: string }): Promise<Holdout> {
  if (paths.length === 0) {
    throw new EvalSetupError("config", options.key, "there is no holdout file to evaluate on", "Set datasets.holdout (or eval.holdout) to a JSONL file of held-out examples; `finetune-ci split FILE` makes one");
  }
  const examples: HoldoutExample[] = [];
  const files: HoldoutFile[] = [];
  const problems: LineProblem[] = [];
  for (const path of paths) {
    const bytes = await readFile(resolve(options.cwd, path));
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new EvalSetupError("holdout", path, "the file is not valid UTF-8", `Run \`finetune-ci validate ${path}\`: it names the line and byte`);
    }
    const lines = text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    const file: HoldoutFile = { path, lines: lines.length, examples: 0, blankLines: 0 };
    lines.forEach((raw, i) => {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (line.trim() === "") {
        file.blankLines++;
        return;
      }
      if (Buffer.byteLength(line) > options.maxLineBytes) {
        problems.push({ file: path, line: i + 1, problem: `the line is longer than review.maxLineBytes (${options.maxLineBytes} bytes)` });
        return;
      }
      const example = holdoutExample(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line, path, i + 1, options.format);
      if ("problem" in example) problems.push(example);
      else {
        examples.push(example);
        file.examples++;
      }
    });
    files.push(file);
  }
  if (problems.length > 0) {
    const [first, ...rest] = problems;
    const details = rest.slice(0, MAX_LISTED - 1).map((p) => `${p.file}:${p.line}: ${p.problem}`);
    if (rest.length > MAX_LISTED - 1) details.push(`... and ${rest.length - (MAX_LISTED - 1)} more line(s)`);
    throw new EvalSetupError("holdout", `${first!.file}:${first!.line}`, `${first!.problem}${problems.length > 1 ? ` (and ${problems.length - 1} more bad line(s), listed below)` : ""}`, FIX, details);
  }
  if (examples.length === 0) throw new EvalSetupError("holdout", paths.join(", "), "the holdout has no examples", "Add held-out examples to it; `finetune-ci split FILE` makes a holdout file from a dataset");
  return { examples, files };
}
