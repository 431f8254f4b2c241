// The evaluation flow: plan (arms, holdout, scorer, gate, estimate) -> budget check -> the server
// (eval.serve) -> the first prompts of every arm, which find a dead endpoint and run the sanity probe
// cheaply -> every other request -> the judge -> answers.jsonl -> metrics, statistics and the gate
// (src/core/eval) -> the report model and report.json. The CLI (`finetune-ci eval`) and the Action's
// command: eval only build the context, render the report and set the exit code or outputs.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { createOpenAIClient, OpenAIKeyMissing, type OpenAIClient } from "../adapters/openai/client.js";
import { EvalInputError } from "../core/eval/errors.js";
import { evaluate, type EvalResult } from "../core/eval/evaluate.js";
import type { Answer, ArmAnswers } from "../core/eval/types.js";
import { usd } from "../report/format.js";
import { parseRunJson, RunRecordError } from "../train/runRecord.js";
import { endpointLimits, type ArmSpec } from "./arms.js";
import { writeAnswers, type JudgeLine } from "./answersFile.js";
import { Budget, type Estimate } from "./budget.js";
import type { EvalContext } from "./context.js";
import { EvalSetupError } from "./errors.js";
import { combine, judgePrompt, parseVerdict, questionText, summariseJudge, type JudgedExample, type JudgeSummary } from "./judge.js";
import { answersPathIn, planEval, setupErrorOf, type EvalPlan, type JudgePlan } from "./plan.js";
import { probeCandidate, type ProbeResult } from "./probe.js";
import { buildReport } from "./report/build.js";
import type { EvalReport, TrainingRecordSummary } from "./report/model.js";
import { cacheKey, type ChatBody } from "./requests.js";
import { EndpointPool, send, SYSTEM_CLOCK, type Outcome, type SendContext } from "./send.js";
import { serveSettings, startServer, type ServedModels } from "./serve.js";

export interface EvalRun {
  report: EvalReport;
  /** 0 pass (and inconclusive unless eval.failOnInconclusive), 1 otherwise. */
  exitCode: 0 | 1;
  answersPath: string;
  reportPath: string;
}

/** `finetune-ci eval --estimate`: the plan's estimate, nothing sent. */
export async function estimateEval(context: EvalContext): Promise<Estimate> {
  return (await planEval(context)).estimate;
}

function clientFor(target: { baseURL: string; apiKeyEnv?: string; timeoutMs: number }, key: string, context: EvalContext, source: ArmSpec["apiKeySource"]): OpenAIClient {
  try {
    return createOpenAIClient({ baseURL: target.baseURL, ...(target.apiKeyEnv ? { apiKeyEnv: target.apiKeyEnv } : {}), env: context.env, timeoutMs: target.timeoutMs, maxRetries: 0 });
  } catch (error) {
    if (error instanceof OpenAIKeyMissing) {
      const where = source === "arm" ? key : `${key} (unset here: ${source === "base arm" ? "the base arm's" : `${error.variable} is the default for ${target.baseURL}`})`;
      throw new EvalSetupError("key-missing", where, `the environment variable ${error.variable} is not set or empty`, `Pass the key to the step (env: ${error.variable}: \${{ secrets.${error.variable} }}) or export it in your shell; for a local server without a key, set baseURL to it`);
    }
    throw error;
  }
}

async function readTraining(context: EvalContext): Promise<TrainingRecordSummary | null> {
  const path = context.settings.eval.runRecord;
  if (!path) return null;
  const text = await readFile(resolve(context.cwd, path), "utf8").catch(() => {
    throw new EvalSetupError("config", "eval.runRecord", `${path} cannot be read`, "Point it at the run.json train.py wrote (train.outputDir/run.json), or remove it");
  });
  try {
    const run = parseRunJson(text, path);
    return { path, baseModel: run.baseModel, method: run.method, steps: run.globalSteps, trainedTokens: run.trainedTokens, finalTrainLoss: run.finalTrainLoss, finalEvalLoss: run.finalEvalLoss };
  } catch (error) {
    if (error instanceof RunRecordError) throw new EvalSetupError("config", "eval.runRecord", error.message, "Point it at the run.json train.py wrote");
    throw error;
  }
}

/** Why every request of an arm failed, and what to do about it. */
function unreachable(arm: ArmSpec, outcomes: Outcome[]): EvalSetupError {
  const reason = outcomes[0]!.answer.error ?? "no answer";
  const where = `eval.arms.${arm.name}`;
  let fix = `Check baseURL (${arm.baseURL}), model (${arm.model}) and the key`;
  if (/could not connect|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|request timeout/i.test(reason)) fix = `Is the server running at ${arm.baseURL}? Start it, correct baseURL, or let eval.serve start one`;
  else if (/^HTTP 40[13]\b/.test(reason)) fix = `The endpoint refused the key${arm.apiKeyEnv ? ` in ${arm.apiKeyEnv}` : " (none was sent: set apiKeyEnv)"}: give it a valid key for ${arm.baseURL}`;
  else if (/^HTTP 404\b/.test(reason)) fix = `The endpoint does not serve "${arm.model}" at ${arm.baseURL}: check model (a deployment, served or adapter name) and that baseURL ends in /v1 (Azure: https://RESOURCE.openai.azure.com/openai/v1)`;
  return new EvalSetupError("endpoint", where, `all ${outcomes.length} first request(s) to ${arm.baseURL} (model ${arm.model}) failed: ${reason}`, fix);
}

interface Runner {
  run(arm: ArmSpec, indices: readonly number[]): Promise<void>;
  outcomes: Map<string, Outcome[]>;
}

function runner(plan: EvalPlan, clients: Map<string, OpenAIClient>, sendContext: SendContext, budget: Budget, progress: { settled(): void }): Runner {
  const outcomes = new Map(plan.arms.map((arm) => [arm.name, new Array<Outcome>(plan.holdout.examples.length)]));
  return {
    outcomes,
    async run(arm, indices) {
      const planned = plan.requests.get(arm.name)!;
      const estimates = plan.estimates.get(arm.name)!;
      const target = { client: clients.get(arm.name)!, endpoint: arm.baseURL, timeoutMs: arm.timeoutMs, cache: arm.cache };
      // What the plan found missing from the cache is written, not looked up again.
      const writeOnly = { ...target, cache: false, store: arm.cache };
      await Promise.all(
        indices.map(async (i) => {
          const request = planned[i]!;
          // The budget holds what the request can cost at most: its prompt and a full-length answer.
          const hold = { inputTokens: estimates[i]!.inputTokens, outputTokens: request.body.max_completion_tokens };
          const outcome = await send(request.body, request.cacheKey, request.inCache === false ? writeOnly : target, sendContext, budget.gate(arm.prices, hold));
          outcomes.get(arm.name)![i] = outcome;
          progress.settled();
        }),
      );
    },
  };
}

async function runJudge(plan: EvalPlan, judge: JudgePlan, candidate: Outcome[], other: Outcome[], client: OpenAIClient, sendContext: SendContext, budget: Budget, settled: () => void): Promise<{ judged: JudgedExample[]; lines: JudgeLine[] }> {
  const judged: JudgedExample[] = [];
  const lines: JudgeLine[] = [];
  const target = { client, endpoint: judge.baseURL, timeoutMs: judge.timeoutMs, cache: true };
  await Promise.all(
    plan.holdout.examples.map(async (example, i) => {
      const a = candidate[i]!.answer;
      const b = other[i]!.answer;
      if (a.status !== "ok" || b.status !== "ok") {
        judged[i] = { outcome: "excluded", disagreement: false };
        return;
      }
      const question = questionText(example.messages);
      const orders = [judgePrompt(judge.template, question, example.reference, a, b), judgePrompt(judge.template, question, example.reference, b, a)];
      const results = await Promise.all(
        orders.map(async (content, order) => {
          const body: ChatBody = { model: judge.model, messages: [{ role: "user", content }], temperature: 0, seed: 2026, max_completion_tokens: judge.maxTokens };
          const hold = { inputTokens: plan.countTokens(content) + 10, outputTokens: judge.maxTokens };
          const outcome = await send(body, cacheKey(judge.baseURL, body), target, sendContext, budget.gate(judge.prices, hold));
          settled();
          const verdict = outcome.answer.status === "ok" ? parseVerdict(outcome.answer.text ?? "") : undefined;
          lines.push({ example: i, order: order === 0 ? "candidate-first" : "candidate-second", outcome, verdict: verdict ?? null });
          return verdict;
        }),
      );
      const [first, second] = results;
      if (!first || !second) {
        judged[i] = { outcome: "excluded", disagreement: false };
        return;
      }
      const outcome = combine(first, second);
      const prefers = (call: string, candidateIs: string) => (call === "tie" ? "tie" : call === candidateIs ? "candidate" : "other");
      judged[i] = { outcome, disagreement: prefers(first, "A") !== prefers(second, "B") };
    }),
  );
  lines.sort((x, y) => x.example - y.example || x.order.localeCompare(y.order));
  return { judged, lines };
}

export async function runEval(context: EvalContext): Promise<EvalRun> {
  const evalSettings = context.settings.eval;
  const plan = await planEval(context);
  const training = await readTraining(context);
  const { estimate } = plan;
  if (estimate.maxUsd !== null && estimate.totalUsd > estimate.maxUsd) {
    throw new EvalSetupError("budget", "eval.maxUsd", `the estimated cost is $${estimate.totalUsd.toFixed(2)}, above the budget of $${estimate.maxUsd}`, "Raise eval.maxUsd, run fewer arms (--arms), or use a smaller holdout; `finetune-ci eval --estimate` shows the estimate per arm");
  }
  const clients = new Map(plan.arms.map((arm) => [arm.name, clientFor(arm, `eval.arms.${arm.name}.apiKeyEnv`, context, arm.apiKeySource)]));
  const judgeClient = plan.judge ? clientFor(plan.judge, "eval.judge.apiKeyEnv", context, evalSettings.judge?.apiKeyEnv !== undefined ? "arm" : "default") : undefined;

  const outDir = plan.outDir;
  await mkdir(outDir, { recursive: true });
  const clock = context.clock ?? SYSTEM_CLOCK;
  const limits = endpointLimits([...plan.arms, ...(plan.judge ? [{ baseURL: plan.judge.baseURL, concurrency: plan.judge.concurrency }] : [])]);
  const warned = new Set<string>();
  const sendContext: SendContext = {
    pool: new EndpointPool(limits, clock),
    cache: plan.cache,
    policy: { maxAttempts: evalSettings.maxAttempts },
    clock,
    warn: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      context.log.warning(message);
    },
  };
  const budget = new Budget(estimate.maxUsd);
  const examples = plan.holdout.examples.length;
  let done = 0;
  let total = plan.arms.length * examples;
  const settled = () => context.progress?.tick(++done, total, budget.spentUsd);

  let server: ServedModels | undefined;
  try {
    const serve = serveSettings(evalSettings);
    if (plan.served && serve) {
      context.progress?.stage("eval.serve: starting the model server");
      server = await startServer(
        {
          settings: serve,
          actionRoot: context.actionRoot,
          cwd: context.cwd,
          env: context.env,
          logPath: join(outDir, "serve.log"),
          extraAdapters: Object.entries(context.options.servedBaselines ?? {}).map(([name, path]) => ({ name, path })),
          info: (m) => context.log.info(m),
        },
        Number(new URL(plan.served.baseURL).port),
      );
    }
    const run = runner(plan, clients, sendContext, budget, { settled });
    const candidate = plan.arms.find((a) => a.kind === "candidate")!;
    const base = plan.arms.find((a) => a.kind === "base");
    // The first prompts of every arm: a dead endpoint or a missing adapter shows here, cheaply.
    const first = Math.min(examples, Math.max(1, evalSettings.probe.prompts));
    const head = [...Array(first).keys()];
    context.progress?.stage(`first ${first} prompt(s) of every arm`);
    await Promise.all(plan.arms.map((arm) => run.run(arm, head)));
    for (const arm of plan.arms) {
      const outcomes = run.outcomes.get(arm.name)!.slice(0, first);
      if (!budget.stopped && outcomes.every((o) => o.answer.status === "failed")) throw unreachable(arm, outcomes);
    }
    const probeCount = Math.min(examples, evalSettings.probe.prompts);
    const answersOf = (name: string, n: number) => run.outcomes.get(name)!.slice(0, n).map((o) => o.answer);
    const probe: ProbeResult = probeCandidate(plan.holdout.examples.slice(0, probeCount), answersOf(candidate.name, probeCount), base ? answersOf(base.name, probeCount) : undefined, base?.name ?? null);

    let stopped: EvalReport["stopped"] = null;
    let judgeSummary: JudgeSummary | null = null;
    let judgeLines: Awaited<ReturnType<typeof runJudge>>["lines"] = [];
    if (probe.tripped) {
      stopped = {
        stage: "probe",
        reason: `The adapter is probably not loaded: ${candidate.name} (${candidate.model}) answered the first ${probe.prompts} prompt(s) exactly as ${probe.against} did, so nothing was scored. Check that the server loaded the adapter under that name (vLLM: --enable-lora and --lora-modules); if the candidate truly answers like the base, set eval.probe.prompts: 0.`,
      };
    } else {
      const rest = [...Array(examples).keys()].slice(first);
      context.progress?.stage("answering");
      await Promise.all(plan.arms.map((arm) => run.run(arm, rest)));
      if (plan.judge && judgeClient) {
        total += 2 * examples;
        context.progress?.stage(`judging with ${plan.judge.model}`);
        const { judged, lines } = await runJudge(plan, plan.judge, run.outcomes.get(candidate.name)!, run.outcomes.get(plan.judge.vs)!, judgeClient, sendContext, budget, settled);
        judgeLines = lines;
        judgeSummary = summariseJudge(judged, { model: plan.judge.model, vs: plan.judge.vs, promptSource: plan.judge.promptSource, seed: evalSettings.stats.seed, resamples: evalSettings.stats.resamples });
      }
      if (budget.stopped) stopped = { stage: "budget", reason: `Sending stopped at the budget: ${budget.stopped} with the next request, after ${usd(budget.spentUsd)}. The requests not sent count as failed; answers.jsonl lists them.` };
    }
    context.progress?.done();

    const answersPath = answersPathIn(outDir);
    const reportPath = join(outDir, "report.json");
    await writeAnswers(answersPath, plan, run.outcomes, judgeLines);

    let result: EvalResult | null = null;
    if (!probe.tripped) {
      const arms: ArmAnswers[] = plan.arms.map((arm) => ({ name: arm.name, kind: arm.kind, answers: run.outcomes.get(arm.name)!.map((o): Answer => o.answer), ...(arm.prices ? { prices: arm.prices } : {}) }));
      try {
        result = evaluate({ references: plan.references, arms, scoring: plan.scoring, gate: plan.gate.options, stats: { seed: evalSettings.stats.seed, resamples: evalSettings.stats.resamples } });
      } catch (error) {
        throw error instanceof EvalInputError ? setupErrorOf(error, plan.holdout) : error;
      }
    }
    const report = buildReport({
      context,
      plan,
      outcomes: run.outcomes,
      probe,
      result,
      judge: judgeSummary,
      training,
      stopped,
      budget,
      files: { answers: relative(context.cwd, answersPath) || answersPath, report: relative(context.cwd, reportPath) || reportPath, serverLog: server ? relative(context.cwd, server.logPath) : null },
    });
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    return { report, exitCode: report.verdict.exitCode, answersPath, reportPath };
  } finally {
    context.progress?.done();
    await server?.stop();
  }
}
