// answers.jsonl: every arm's answer to every holdout example, one JSON line each (then the judge's
// verdicts), so that any figure of the report can be checked by hand and nothing is hidden: failed
// requests are there with their reason, cached ones say so.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { EvalPlan } from "./plan.js";
import type { Outcome } from "./send.js";

export interface JudgeLine {
  example: number;
  order: "candidate-first" | "candidate-second";
  outcome: Outcome;
  verdict: "A" | "B" | "tie" | null;
}

function fields(outcome: Outcome) {
  const a = outcome.answer;
  return {
    status: a.status,
    answer: a.status === "ok" ? (a.text ?? "") : null,
    tool_calls: a.toolCalls ?? null,
    finish_reason: outcome.finishReason,
    input_tokens: a.inputTokens ?? null,
    output_tokens: a.outputTokens ?? null,
    latency_ms: a.latencyMs ?? null,
    cached: outcome.cached,
    attempts: outcome.attempts,
    error: a.error ?? null,
  };
}

export async function writeAnswers(path: string, plan: EvalPlan, outcomes: Map<string, Outcome[]>, judge: JudgeLine[]): Promise<void> {
  const out = createWriteStream(path);
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, "drain");
  };
  for (const arm of plan.arms) {
    const list = outcomes.get(arm.name)!;
    for (const [i, example] of plan.holdout.examples.entries()) {
      // A request the run never reached (it stopped after the probe) has no line.
      if (!list[i]) continue;
      await write({ file: example.file, line: example.line, arm: arm.name, kind: arm.kind, model: arm.model, ...fields(list[i]!) });
    }
  }
  for (const line of judge) {
    const example = plan.holdout.examples[line.example]!;
    await write({ file: example.file, line: example.line, arm: "judge", kind: "judge", model: plan.judge!.model, vs: plan.judge!.vs, order: line.order, verdict: line.verdict, ...fields(line.outcome) });
  }
  out.end();
  await once(out, "close");
}
