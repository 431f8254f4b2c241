// What the chat templates of common base models can express, so that the review can say up front what
// self-hosted-runner/train.py would refuse before training (it renders every example with the model's own
// template and refuses what the template rejects or leaves out). Read from each model family's published
// chat template (tokenizer_config.json); a base model not listed here is checked by train.py alone.
import type { LineIssue } from "./dataset/formats.js";
import { asMessages } from "./dataset/conversation.js";
import type { DatasetFormat } from "./dataset/formats.js";

export interface TemplateSupport {
  family: string;
  /** A system (or developer) message is accepted. */
  system: boolean;
  /** A tools list is rendered into the prompt (templates without tools ignore it). */
  tools: boolean;
  /** Assistant tool calls and tool results: none, one call per assistant message, or several. */
  toolCalls: "none" | "single" | "parallel";
  /** Text beside tool calls in the same assistant message is rendered (Llama 3.1 prints only the call). */
  textWithToolCalls: boolean;
  /** After the optional first system message, user and assistant turns must alternate (tool turns aside). */
  alternation: boolean;
  /** Tool call ids must match this (Mistral: 9 letters or digits). */
  toolCallId?: RegExp;
}

const TEMPLATES: { match: RegExp; support: TemplateSupport }[] = [
  { match: /llama-3\.[123]\b/, support: { family: "Llama 3.1/3.2/3.3", system: true, tools: true, toolCalls: "single", textWithToolCalls: false, alternation: false } },
  { match: /llama-3(?![.\d])/, support: { family: "Llama 3", system: true, tools: false, toolCalls: "none", textWithToolCalls: false, alternation: false } },
  { match: /qwen2\.5|qwen3/, support: { family: "Qwen2.5/Qwen3", system: true, tools: true, toolCalls: "parallel", textWithToolCalls: true, alternation: false } },
  { match: /mistral-7b-instruct-v0\.3/, support: { family: "Mistral 7B Instruct v0.3", system: true, tools: true, toolCalls: "parallel", textWithToolCalls: true, alternation: true, toolCallId: /^[a-zA-Z0-9]{9}$/ } },
  { match: /gemma-2\b/, support: { family: "Gemma 2", system: false, tools: false, toolCalls: "none", textWithToolCalls: false, alternation: true } },
  { match: /gemma-3/, support: { family: "Gemma 3", system: true, tools: false, toolCalls: "none", textWithToolCalls: false, alternation: true } },
];

/** The template of a Hugging Face id or a local directory named after the model; undefined when unknown. */
export function templateSupportFor(model: string): TemplateSupport | undefined {
  const name = model.toLowerCase().split(/[\\/]/).filter(Boolean).at(-1) ?? "";
  return TEMPLATES.find((t) => t.match.test(name))?.support;
}

interface Call {
  id?: unknown;
}

/** What in one example the template cannot express, as issues for the chat-template-unsupported finding. */
export function templateIssues(record: Record<string, unknown>, format: DatasetFormat, support: TemplateSupport): LineIssue[] {
  const input = format === "preference" && record.input && typeof record.input === "object" ? (record.input as Record<string, unknown>) : undefined;
  // A preference example is rendered twice, the input with each output: both must be expressible.
  const conversation = format === "preference" ? [...asMessages(input?.messages), ...asMessages(record.preferred_output)] : asMessages(record.messages);
  const messages = format === "preference" ? [...conversation, ...asMessages(record.non_preferred_output)] : conversation;
  const tools = format === "preference" ? input?.tools : (record.tools ?? record.functions);
  const reasons: string[] = [];
  const say = (reason: string) => {
    if (!reasons.includes(reason)) reasons.push(reason);
  };
  if (!support.system && messages.some((m) => m.role === "system" || m.role === "developer")) say("system and developer messages (it has no system role)");
  if (!support.tools && Array.isArray(tools) && tools.length > 0) say("a tools list (it ignores tools)");
  for (const m of messages) {
    const calls: Call[] = Array.isArray(m.tool_calls) ? (m.tool_calls as Call[]) : m.function_call ? [{}] : [];
    if (calls.length > 0 && support.toolCalls === "none") say("tool calls (it leaves them out)");
    if (m.role === "tool" || m.role === "function") {
      if (support.toolCalls === "none") say("tool results (it has no tool role)");
      if (support.toolCallId && typeof m.tool_call_id === "string" && !support.toolCallId.test(m.tool_call_id)) say(`tool_call_id "${m.tool_call_id}" (ids must be 9 letters or digits)`);
    }
    if (calls.length > 1 && support.toolCalls === "single") say("several tool calls in one assistant message (one at a time)");
    if (calls.length > 0 && support.toolCalls !== "none" && !support.textWithToolCalls && hasText(m.content)) say("text beside tool calls in one assistant message (it prints only the call)");
    if (support.toolCallId) for (const c of calls) if (typeof c.id === "string" && !support.toolCallId.test(c.id)) say(`tool call id "${c.id}" (ids must be 9 letters or digits)`);
  }
  if (support.alternation && !alternates(conversation)) say("turns that do not alternate user/assistant (it requires strict alternation)");
  return reasons.map((reason) => ({ code: "chat-template-unsupported" as const, message: `the ${support.family} chat template cannot express ${reason}` }));
}

function hasText(content: unknown): boolean {
  if (typeof content === "string") return content.trim() !== "";
  return Array.isArray(content) && content.some((p) => p && typeof p === "object" && typeof p.text === "string" && p.text.trim() !== "");
}

/** user, assistant, user, ... after an optional first system message, tool turns and tool-calling turns aside. */
function alternates(messages: Record<string, unknown>[]): boolean {
  const turns = messages.filter((m, i) => !(i === 0 && (m.role === "system" || m.role === "developer")) && m.role !== "tool" && m.role !== "function" && !Array.isArray(m.tool_calls) && !m.function_call);
  return turns.every((m, i) => m.role === (i % 2 === 0 ? "user" : "assistant"));
}
