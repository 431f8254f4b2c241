// A small synthetic evaluation task for the eval tests: support tickets, each decided by one keyword
// (a label set of four), with a training file and a holdout file whose tickets are worded apart, and
// a stand-in responder that answers like three models of known quality: the base model right on
// about 35% of tickets, the few-shot prompted base on about 55%, the fine-tuned candidate on about
// 95%. Which tickets each model gets right is fixed by a hash of model and ticket, so runs repeat.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChatAnswer, ChatRequest } from "../../support/openaiStandIn.js";

export const LABELS = ["billing", "shipping", "account", "technical"] as const;
const KEYWORDS: Record<(typeof LABELS)[number], string[]> = {
  billing: ["invoice", "refund", "charge", "receipt"],
  shipping: ["parcel", "courier", "tracking number", "delivery"],
  account: ["password", "login", "username", "two-factor code"],
  technical: ["crash", "error message", "firmware", "blue screen"],
};
export const SYSTEM = "Classify the support ticket. Answer with one word: billing, shipping, account or technical.";

export interface Ticket {
  text: string;
  label: string;
}

/** n tickets; `variant` words them differently (training and holdout never share a ticket). */
export function tickets(n: number, variant: "train" | "holdout"): Ticket[] {
  const openers = variant === "train" ? ["Hello, about my", "Quick question on the", "Please help with the", "I need help: my"] : ["Hi team, regarding the", "Urgent:", "Could you check the", "Something is wrong with my"];
  return Array.from({ length: n }, (_, i) => {
    const label = LABELS[i % LABELS.length]!;
    const keyword = KEYWORDS[label][Math.floor(i / LABELS.length) % 4]!;
    return { text: `${openers[i % openers.length]} ${keyword} (ticket ${variant}-${i}).`, label };
  });
}

export function chatLine(ticket: Ticket): string {
  return JSON.stringify({ messages: [{ role: "system", content: SYSTEM }, { role: "user", content: ticket.text }, { role: "assistant", content: ticket.label }] });
}

export const MODELS = { base: "base-model", candidate: "ft:gpt-4o-mini-2024-07-18:acme::tickets" };
/** Share of tickets each model answers right; prompted is the base model with shots in the prompt. */
export const SKILL = { base: 0.35, prompted: 0.55, candidate: 0.95 };

function unit(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** The stand-in's answers: the right label with the model's skill, else a wrong one (or chatter for the base). */
export function ticketResponder(truth: Map<string, string>): (request: ChatRequest) => ChatAnswer {
  return ({ model, messages }) => {
    const ticket = String(messages.at(-1)?.content ?? "");
    const label = truth.get(ticket);
    if (!label) return { content: "I am not sure what you mean." };
    const shots = messages.filter((m) => m.role === "assistant").length;
    const skill = model === MODELS.candidate ? SKILL.candidate : shots > 0 ? SKILL.prompted : SKILL.base;
    if (unit(`${model}|${shots}|${ticket}`) < skill) return { content: label };
    const wrong = LABELS[(LABELS.indexOf(label as (typeof LABELS)[number]) + 1 + Math.floor(unit(ticket) * 3)) % 4]!;
    return { content: model === MODELS.candidate || shots > 0 ? wrong : `This looks like a ${wrong} issue to me.` };
  };
}

export interface Workspace {
  dir: string;
  config: string;
  truth: Map<string, string>;
}

const made: string[] = [];

/** Removes every workspace ticketWorkspace made (call it in afterAll). */
export function removeWorkspaces(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A folder with data/train.jsonl, the holdout (data/holdout.jsonl unless `holdoutPath` names another) and .finetune-ci.yml (JSON is YAML) holding `evalSection`. */
export function ticketWorkspace(evalSection: Record<string, unknown>, options: { train?: number; holdout?: number; holdoutLines?: string[]; holdoutPath?: string } = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "finetune-ci-eval-"));
  made.push(dir);
  mkdirSync(join(dir, "data"));
  const train = tickets(options.train ?? 40, "train");
  const holdout = tickets(options.holdout ?? 60, "holdout");
  writeFileSync(join(dir, "data/train.jsonl"), `${train.map(chatLine).join("\n")}\n`);
  const holdoutPath = options.holdoutPath ?? "data/holdout.jsonl";
  writeFileSync(join(dir, holdoutPath), `${(options.holdoutLines ?? holdout.map(chatLine)).join("\n")}\n`);
  const config = join(dir, ".finetune-ci.yml");
  writeFileSync(config, JSON.stringify({ datasets: { train: ["data/train.jsonl"], holdout: [holdoutPath] }, eval: evalSection }, null, 2));
  return { dir, config, truth: new Map(holdout.map((t) => [t.text, t.label])) };
}
