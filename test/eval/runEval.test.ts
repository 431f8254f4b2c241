// runEval in process, as the Action's command: eval will call it: the budget that stops sending in
// the middle of a run, and the markdown comment that must stay within its limit, visibly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvalContext } from "../../src/eval/context.js";
import { COMMENT_OPTIONS, renderEvalMarkdown } from "../../src/eval/report/markdown.js";
import { renderEvalText } from "../../src/eval/report/text.js";
import { runEval } from "../../src/eval/runEval.js";
import { datasetsRelativeToConfig, resolveSettings } from "../../src/settings/settings.js";
import { OpenAIStandIn } from "../support/openaiStandIn.js";
import { MODELS, removeWorkspaces, ticketResponder, ticketWorkspace } from "./support/supportTickets.js";

let standIn: OpenAIStandIn;
const truth = new Map<string, string>();
beforeAll(async () => {
  const tickets = ticketResponder(truth);
  // The candidate rambles: 300 words where the estimate expects one label.
  standIn = await OpenAIStandIn.start({ models: Object.values(MODELS), respond: (r) => (r.model === MODELS.candidate ? { content: `${tickets(r).content ?? ""} ${"because ".repeat(300)}` } : tickets(r)) });
});
afterAll(async () => {
  await standIn.close();
  removeWorkspaces();
});

function context(evalSection: Record<string, unknown>, options: Parameters<typeof ticketWorkspace>[1] = {}): EvalContext {
  const ws = ticketWorkspace(evalSection, options);
  for (const [k, v] of ws.truth) truth.set(k, v);
  const config = JSON.parse(readFileSync(ws.config, "utf8")) as Record<string, unknown>;
  const settings = resolveSettings([datasetsRelativeToConfig(config, ws.config, ws.dir)], "test");
  const warnings: string[] = [];
  return {
    settings,
    cwd: ws.dir,
    env: {},
    actionRoot: process.cwd(),
    version: "test",
    now: () => new Date("2026-12-01T12:00:00Z"),
    log: { debug: () => undefined, info: () => undefined, warning: (m) => warnings.push(m), error: () => undefined },
    options: {},
  };
}

const arms = () => ({
  base: { kind: "base", model: MODELS.base, baseURL: standIn.baseURL },
  candidate: { kind: "candidate", model: MODELS.candidate, baseURL: standIn.baseURL, concurrency: 1 },
});

describe("the budget while running", () => {
  it("stops sending when the spend would pass eval.maxUsd, keeps what was answered, and fails with the reason", async () => {
    // The estimate (one-token answers) is far below $0.002; 300-word answers (within the 400 tokens
    // allowed) at $1.20 per million output tokens pass it after a few requests.
    const ctx = context({ arms: { ...arms(), candidate: { ...arms().candidate, maxTokens: 400 } }, maxUsd: 0.002, probe: { prompts: 2 } });
    const { report, exitCode, answersPath } = await runEval(ctx);
    expect(report.estimate.totalUsd).toBeLessThan(0.002);
    expect(exitCode).toBe(1);
    expect(report.stopped?.stage).toBe("budget");
    expect(report.verdict).toMatchObject({ status: "fail", exitCode: 1 });
    expect(report.verdict.summary).toMatch(/^Sending stopped at the budget: the spend would have passed eval\.maxUsd \(\$0\.002\) with the next request, after \$0\.00\d+\./);
    const candidate = report.arms.find((a) => a.name === "candidate")!.requests;
    expect(candidate.ok).toBeGreaterThan(2);
    expect(candidate.notSent).toBe(60 - candidate.ok);
    expect(candidate.ok + candidate.failed).toBe(60);
    expect(report.arms.find((a) => a.name === "candidate")!.spentUsd).toBeLessThanOrEqual(0.002);
    expect(standIn.chatRequests(MODELS.candidate)).toHaveLength(candidate.ok);
    const lines = readFileSync(answersPath, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { arm: string; error: string | null; attempts: number });
    const refused = lines.filter((l) => l.arm === "candidate" && l.error !== null);
    expect(refused).toHaveLength(candidate.notSent);
    expect(refused[0]).toMatchObject({ attempts: 0, error: "not sent: the spend would have passed eval.maxUsd ($0.002)" });
    expect(renderEvalText(report)).toMatch(/STOPPED \(budget\): Sending stopped at the budget/);
  });
});

describe("the markdown report", () => {
  it("is cut to its limit where a reader sees it, with every <details> closed", async () => {
    const ctx = context({ arms: arms(), probe: { prompts: 2 } });
    const { report } = await runEval(ctx);
    const full = renderEvalMarkdown(report, { ...COMMENT_OPTIONS, limit: 1_000_000 });
    expect(full.length).toBeGreaterThan(4000);
    const cut = renderEvalMarkdown(report, { ...COMMENT_OPTIONS, limit: 4000 });
    expect(cut.length).toBeLessThanOrEqual(4001);
    expect(cut.trimEnd()).toMatch(/This report was cut to fit 4,000 characters\. The full report is in the job summary and the report\.json of this workflow run\.$/);
    expect(cut.match(/<details>/g)?.length ?? 0).toBe(cut.match(/<\/details>/g)?.length ?? 0);
    // The verdict comes first, so a cut report still says it.
    expect(cut.split("\n")[0]).toBe(full.split("\n")[0]);
    expect(join(ctx.cwd, report.files.answers)).toMatch(/answers\.jsonl$/);
  });
});

describe("too few examples to tell", () => {
  it("is inconclusive, which passes (exit 0) unless eval.failOnInconclusive says otherwise", async () => {
    // 12 holdout examples: fewer than the 30 pairs a rule needs to decide.
    const { report, exitCode } = await runEval(context({ arms: arms(), probe: { prompts: 2 } }, { holdout: 12 }));
    expect(report.verdict).toMatchObject({ status: "inconclusive", exitCode: 0, failOnInconclusive: false });
    expect(report.verdict.summary).toMatch(/^Accuracy vs base: only 12 paired examples, fewer than the 30 needed to tell\.$/);
    expect(exitCode).toBe(0);
    expect(renderEvalText(report)).toMatch(/inconclusive does not fail the run; set eval\.failOnInconclusive to make it/);
    const strict = await runEval(context({ arms: arms(), probe: { prompts: 2 }, failOnInconclusive: true }, { holdout: 12 }));
    expect(strict.exitCode).toBe(1);
    expect(strict.report.verdict).toMatchObject({ status: "inconclusive", exitCode: 1 });
  });
});
