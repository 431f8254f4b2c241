// A whole evaluation of the support-ticket task, run in process as the Action's command: eval runs
// it (runEval), against its own OpenAI stand-in: the report a renderer gets in real use, without a
// hand-written fixture. The arms are the usual three, on OpenAI's model names so that the cost table
// has prices: gpt-4o-mini as base and prompted, a fine-tuned gpt-4o-mini as the candidate.
import { readFileSync } from "node:fs";
import type { EvalContext } from "../../../src/eval/context.js";
import { runEval, type EvalRun } from "../../../src/eval/runEval.js";
import { datasetsRelativeToConfig, resolveSettings } from "../../../src/settings/settings.js";
import { OpenAIStandIn, type ChatAnswer, type ChatRequest } from "../../support/openaiStandIn.js";
import { chatLine, MODELS, ticketResponder, tickets, ticketWorkspace } from "./supportTickets.js";

export const BASE_MODEL = "gpt-4o-mini-2024-07-18";

export interface TicketEvalOptions {
  holdout?: number;
  holdoutLines?: string[];
  holdoutPath?: string;
  /** Labels of holdout tickets the default ones do not have (holdoutLines with other text). */
  labels?: [ticket: string, label: string][];
  /** Eval settings over the three arms (e.g. a gate). */
  extra?: Record<string, unknown>;
  /** Added before every answer; by default 12 to 38 ms, as a real endpoint might take. */
  latencyMs?: number;
  /** Answers in place of the ticket models' for the requests it returns one for. */
  override?: (request: ChatRequest) => ChatAnswer | undefined;
}

export interface TicketEval extends EvalRun {
  dir: string;
}

/** Runs the evaluation and stops the stand-in; the workspace stays until removeWorkspaces(). */
export async function runTicketEval(options: TicketEvalOptions = {}): Promise<TicketEval> {
  const truth = new Map<string, string>();
  const tickets = ticketResponder(truth);
  // The ticket models answer by name: gpt-4o-mini here is the stand-in's base model.
  const respond = (r: ChatRequest) => options.override?.(r) ?? tickets({ ...r, model: r.model === BASE_MODEL ? MODELS.base : r.model });
  // Latencies a real endpoint might have, fixed per request so that runs repeat.
  const latencyMs = (r: ChatRequest) => options.latencyMs ?? (r.model === BASE_MODEL ? 12 : 20) + (r.index % 7) * 3;
  const standIn = await OpenAIStandIn.start({ models: [BASE_MODEL, MODELS.candidate], respond, latencyMs });
  try {
    const arms = {
      base: { kind: "base", model: BASE_MODEL, baseURL: standIn.baseURL },
      prompted: { kind: "prompted", shots: 3 },
      candidate: { kind: "candidate", model: MODELS.candidate, baseURL: standIn.baseURL },
    };
    const ws = ticketWorkspace({ arms, probe: { prompts: 4 }, ...options.extra }, options);
    for (const [k, v] of [...ws.truth, ...(options.labels ?? [])]) truth.set(k, v);
    const config = JSON.parse(readFileSync(ws.config, "utf8")) as Record<string, unknown>;
    const context: EvalContext = {
      settings: resolveSettings([datasetsRelativeToConfig(config, ws.config, ws.dir)], "test"),
      cwd: ws.dir,
      env: {},
      actionRoot: process.cwd(),
      version: "0.1.0",
      now: () => new Date("2026-12-01T12:00:00Z"),
      log: { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined },
      options: {},
    };
    return { ...(await runEval(context)), dir: ws.dir };
  } finally {
    await standIn.close();
  }
}

/**
 * Text a pull request author or a model controls that would do something if a page or a comment
 * took it as markup: each sets window.pwned, opens a dialog, loads something, links, mentions, runs
 * a workflow command, reorders text, or closes a block early.
 */
export const HOSTILE = [
  '<img src=x onerror="window.pwned=1;alert(1)">',
  "</script><script>window.pwned=1</script>",
  '<svg onload="window.pwned=1"></svg><iframe src="https://evil.example/"></iframe>',
  '[click](javascript:window.pwned=1) <a href="javascript:window.pwned=1">link</a>',
  "@octocat ::add-mask::hunter2 ##[add-mask]hunter2",
  "\u202eevil\u202c \u2066isolated\u2069",
  "</details> ``` <!-- <style>body{display:none}</style>",
];
export const HOSTILE_FILE = "data/<img src=x onerror=window.pwned=1> @octocat.jsonl";

/** The ticket evaluation with hostile text in prompts (tickets 1 to 7), in the holdout's file name and in answers of base and candidate. */
export async function hostileTicketEval(): Promise<TicketEval & { hostileTickets: string[] }> {
  const lines = tickets(60, "holdout").map((t, i) => (i >= 1 && i <= HOSTILE.length ? { ...t, text: `${t.text} ${HOSTILE[i - 1]}` } : t));
  const hostileTickets = lines.slice(1, HOSTILE.length + 1).map((t) => t.text);
  const run = await runTicketEval({
    holdoutLines: lines.map(chatLine),
    holdoutPath: HOSTILE_FILE,
    labels: lines.map((t) => [t.text, t.label]),
    // Base answers the hostile tickets with the payload itself; the candidate does on two of them.
    override: (r) => {
      const ticket = String(r.messages.at(-1)?.content ?? "");
      const i = hostileTickets.indexOf(ticket);
      if (i < 0) return undefined;
      if (r.model === BASE_MODEL && r.messages.length === 2) return { content: `Answer: ${HOSTILE[i]}` };
      if (r.model === MODELS.candidate && i < 2) return { content: HOSTILE[(i + 3) % HOSTILE.length]! };
      return undefined;
    },
  });
  return { ...run, hostileTickets };
}
