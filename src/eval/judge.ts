// The optional LLM judge: for every example both arms answered, a judge model is shown the question,
// the reference answer and the two answers, and says which is better. Each pair is judged twice,
// once in each order, so that a judge that prefers whichever answer comes first cancels out: the
// candidate wins an example only when both orders prefer it, loses only when both prefer the other
// answer, and anything else (a tie, or the two orders disagreeing) is a tie. The prompt is a file in
// the repository (eval.judge.prompt) or the bundled one below.
import { textOf, type Message } from "../core/dataset/conversation.js";
import { estimateMean, type MeanEstimate } from "../core/eval/stats/estimate.js";
import { mcnemarExact } from "../core/eval/stats/mcnemar.js";
import { seededRng } from "../core/eval/stats/random.js";
import type { Answer, Reference } from "../core/eval/types.js";

export const DEFAULT_JUDGE_PROMPT = `You are comparing two answers to the same request. A reference answer, written by a person, shows what a good answer says.

# Request
{{question}}

# Reference answer
{{reference}}

# Answer A
{{answer_a}}

# Answer B
{{answer_b}}

Which answer is better: closer to the reference in substance, correct, and as useful to the person asking? Ignore length and style unless they change the substance, and do not prefer an answer for coming first or second. Explain in at most three sentences, then end with exactly one line:
Verdict: A
Verdict: B
or
Verdict: tie`;

export const PLACEHOLDERS = ["{{question}}", "{{reference}}", "{{answer_a}}", "{{answer_b}}"] as const;

/** Placeholders the template lacks (each must appear for the judge to see everything). */
export function missingPlaceholders(template: string): string[] {
  return PLACEHOLDERS.filter((p) => !template.includes(p));
}

function answerText(answer: Answer | Reference): string {
  const calls = answer.toolCalls?.length ? `\n[tool calls] ${JSON.stringify(answer.toolCalls)}` : "";
  return `${answer.text ?? ""}${calls}`.trim() || "(empty)";
}

/** The conversation before the answer, one turn per paragraph. */
export function questionText(messages: readonly Message[]): string {
  return messages.map((m) => `${String(m.role)}: ${textOf(m.content)}${m.tool_calls ? ` [tool calls] ${JSON.stringify(m.tool_calls)}` : ""}`).join("\n\n");
}

/** One pass replaces every placeholder, so text inside an answer that looks like one stays as it is. */
export function judgePrompt(template: string, question: string, reference: Reference, a: Answer, b: Answer): string {
  const values: Record<string, string> = { "{{question}}": question, "{{reference}}": answerText(reference), "{{answer_a}}": answerText(a), "{{answer_b}}": answerText(b) };
  return template.replace(/\{\{(?:question|reference|answer_a|answer_b)\}\}/g, (p) => values[p]!);
}

export type JudgeCall = "A" | "B" | "tie";

/** The last "Verdict: X" line of the judge's answer, or undefined when it has none. */
export function parseVerdict(text: string): JudgeCall | undefined {
  const matches = [...text.matchAll(/verdict\s*[:：]\s*[*_`"']*\s*(A|B|tie)\b/gi)];
  const last = matches.at(-1)?.[1];
  if (!last) return undefined;
  return last.toLowerCase() === "tie" ? "tie" : (last.toUpperCase() as "A" | "B");
}

export type JudgeOutcome = "win" | "tie" | "loss";

/** `first`: candidate shown as A; `second`: candidate shown as B. */
export function combine(first: JudgeCall, second: JudgeCall): JudgeOutcome {
  const a = first === "A" ? "candidate" : first === "B" ? "other" : "tie";
  const b = second === "B" ? "candidate" : second === "A" ? "other" : "tie";
  if (a === "candidate" && b === "candidate") return "win";
  if (a === "other" && b === "other") return "loss";
  return "tie";
}

export interface JudgeSummary {
  model: string;
  vs: string;
  promptSource: string;
  /** Examples judged in both orders. */
  judged: number;
  wins: number;
  ties: number;
  losses: number;
  /** Of the ties, how many were the two orders disagreeing (position bias at work). */
  disagreements: number;
  /** Examples left out: an arm failed to answer, or a judge request failed or gave no verdict. */
  excluded: number;
  /** Mean of win = 1, tie = 0.5, loss = 0, with a bootstrap interval; 0.5 is "no preference". */
  score: MeanEstimate;
  /** Two-sided sign test of wins against losses (ties carry no information): McNemar's exact p. */
  p: number;
}

export interface JudgedExample {
  outcome: JudgeOutcome | "excluded";
  disagreement: boolean;
}

export function summariseJudge(examples: readonly JudgedExample[], meta: { model: string; vs: string; promptSource: string; seed: number; resamples: number }): JudgeSummary {
  const counted = examples.filter((e) => e.outcome !== "excluded");
  const wins = counted.filter((e) => e.outcome === "win").length;
  const losses = counted.filter((e) => e.outcome === "loss").length;
  const ties = counted.length - wins - losses;
  const values = counted.map((e) => (e.outcome === "win" ? 1 : e.outcome === "loss" ? 0 : 0.5));
  return {
    model: meta.model,
    vs: meta.vs,
    promptSource: meta.promptSource,
    judged: counted.length,
    wins,
    ties,
    losses,
    disagreements: counted.filter((e) => e.disagreement).length,
    excluded: examples.length - counted.length,
    score: estimateMean(values, false, { rng: seededRng(meta.seed, `judge:${meta.vs}`), resamples: meta.resamples }),
    p: mcnemarExact(wins, losses).p,
  };
}
