// Everything decided before the first request: the arms, the holdout, the scorer and the gate
// (checked against each other), the few-shot examples, one planned request per arm and example with
// its token estimate, the judge, and what it will all cost. Reads files, never the network: it is
// what `finetune-ci eval --estimate` prints.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { expandPaths } from "../adapters/files/files.js";
import { EvalInputError } from "../core/eval/errors.js";
import type { MetricId } from "../core/eval/metrics/definitions.js";
import { chooseScorer, type ScorerChoice, type ScoringOptions } from "../core/eval/scoring.js";
import type { Prices, Reference } from "../core/eval/types.js";
import type { EvalSettings } from "../settings/settings.js";
import { loadTokenCounter, type CountTokens } from "../core/tokens/tokenizer.js";
import { armPrices, checkBaseURL, checkKeyVariable, OPENAI_BASE_URL, resolveArms, type ArmSpec, type ServedEndpoint } from "./arms.js";
import { dollars, estimateRequest, ESTIMATE_TOKENIZER, defaultMaxTokens, promptTokens, referenceTokens, type Estimate, type RequestEstimate } from "./budget.js";
import { directoryCache, NO_CACHE, type AnswerCache } from "./cache.js";
import type { EvalContext } from "./context.js";
import { EvalSetupError } from "./errors.js";
import { drawShots, type ShotDraw } from "./fewShot.js";
import { checkGate, gateConfig, type GateConfig } from "./gateConfig.js";
import { readHoldout, type Holdout } from "./holdout.js";
import { DEFAULT_JUDGE_PROMPT, missingPlaceholders } from "./judge.js";
import { planRequests, type PlannedRequest } from "./requests.js";
import { freePort, servedEndpoint, serveSettings } from "./serve.js";

export interface JudgePlan {
  model: string;
  baseURL: string;
  apiKeyEnv?: string;
  template: string;
  /** The prompt file, or "bundled". */
  promptSource: string;
  vs: string;
  maxTokens: number;
  prices: Prices | null;
  priceSource: string;
  concurrency: number;
  timeoutMs: number;
}

export interface EvalPlan {
  arms: ArmSpec[];
  holdout: Holdout;
  references: Reference[];
  scoring: ScoringOptions;
  scorer: ScorerChoice;
  gate: GateConfig;
  shots: ShotDraw | null;
  /** Per arm, one request per example, in holdout order. */
  requests: Map<string, PlannedRequest[]>;
  /** Per arm, the token estimate of each request. */
  estimates: Map<string, RequestEstimate[]>;
  judge: JudgePlan | null;
  estimate: Estimate;
  cache: AnswerCache;
  served: ServedEndpoint | null;
  countTokens: CountTokens;
  outDir: string;
  warnings: string[];
}

/** A judge asked for its verdict writes a few sentences: the estimate assumes this many tokens. */
export const JUDGE_OUTPUT_ESTIMATE = 150;

async function scoringOptions(context: EvalContext): Promise<ScoringOptions> {
  const { settings } = context;
  const scoring = settings.eval.scoring;
  let jsonSchema: Record<string, unknown> | undefined;
  if (scoring.jsonSchema) {
    const text = await readFile(resolve(context.cwd, scoring.jsonSchema), "utf8").catch(() => {
      throw new EvalSetupError("config", "eval.scoring.jsonSchema", `${scoring.jsonSchema} cannot be read`, "Point it at a JSON Schema file, relative to the config file");
    });
    try {
      jsonSchema = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new EvalSetupError("config", "eval.scoring.jsonSchema", `${scoring.jsonSchema} is not valid JSON (${(error as Error).message})`, "Fix the schema file");
    }
  }
  return {
    ...(scoring.kind !== "auto" ? { kind: scoring.kind } : {}),
    ...(scoring.primary ? { primary: scoring.primary as MetricId } : {}),
    ...(scoring.labels ? { labels: scoring.labels } : {}),
    ...(jsonSchema ? { jsonSchema } : {}),
    maxLabels: settings.review.maxLabels,
    labelMaxChars: settings.review.labelMaxChars,
    key: "eval.scoring",
  };
}

/** A core input error (a bad primary metric, a reference outside the labels) as a setup error naming the file and line. */
export function setupErrorOf(error: EvalInputError, holdout: Holdout | undefined): EvalSetupError {
  const problem = error.message.slice(error.key ? error.key.length + 2 : 0).replace(`. ${error.fix}`, "");
  const example = error.example !== undefined ? holdout?.examples[error.example] : undefined;
  return new EvalSetupError(example ? "holdout" : "config", example ? `${example.file}:${example.line}` : (error.key ?? "eval"), example && error.key ? `${problem} (${error.key})` : problem, error.fix);
}

/** The judge's endpoint and the variable its key is read from (none for a server other than OpenAI's unless named). */
export function judgeEndpoint(judge: NonNullable<EvalSettings["judge"]>): { baseURL: string; apiKeyEnv?: string } {
  const baseURL = (judge.baseURL ?? OPENAI_BASE_URL).replace(/\/+$/, "");
  const apiKeyEnv = judge.apiKeyEnv ?? (new URL(baseURL).hostname === "api.openai.com" ? "OPENAI_API_KEY" : undefined);
  return { baseURL, ...(apiKeyEnv ? { apiKeyEnv } : {}) };
}

async function judgePlan(context: EvalContext, arms: readonly ArmSpec[]): Promise<JudgePlan | null> {
  const { settings } = context;
  const judge = settings.eval.judge;
  if (!judge) return null;
  checkKeyVariable(judge.apiKeyEnv, "eval.judge.apiKeyEnv");
  checkBaseURL(judge.baseURL, "eval.judge.baseURL");
  const vs = judge.vs ?? arms.find((a) => a.kind === "base")?.name;
  if (!vs) throw new EvalSetupError("config", "eval.judge.vs", "the judge needs an arm to compare the candidate with, and there is no base arm", "Set vs to the name of an arm");
  const arm = arms.find((a) => a.name === vs);
  if (!arm) throw new EvalSetupError("config", "eval.judge.vs", `there is no arm named "${vs}" among the arms run`, `Use one of: ${arms.map((a) => a.name).join(", ")}`);
  if (arm.kind === "candidate") throw new EvalSetupError("config", "eval.judge.vs", "the judge would compare the candidate with itself", "Name another arm");
  let template = DEFAULT_JUDGE_PROMPT;
  let promptSource = "bundled";
  if (judge.prompt) {
    template = await readFile(resolve(context.cwd, judge.prompt), "utf8").catch(() => {
      throw new EvalSetupError("config", "eval.judge.prompt", `${judge.prompt} cannot be read`, "Point it at the judge's prompt file, relative to the config file, or remove it to use the bundled prompt");
    });
    promptSource = judge.prompt;
    const missing = missingPlaceholders(template);
    if (missing.length > 0) throw new EvalSetupError("config", "eval.judge.prompt", `${judge.prompt} lacks ${missing.join(", ")}`, "Put each placeholder where the judge should see that text");
  }
  const { baseURL, apiKeyEnv } = judgeEndpoint(judge);
  const { prices, source } = armPrices(judge.model, judge, settings.models, "eval.judge");
  return {
    model: judge.model,
    baseURL,
    ...(apiKeyEnv ? { apiKeyEnv } : {}),
    template,
    promptSource,
    vs,
    maxTokens: judge.maxTokens,
    prices,
    priceSource: source,
    concurrency: judge.concurrency ?? settings.eval.concurrency,
    timeoutMs: settings.eval.timeoutSeconds * 1000,
  };
}

export async function planEval(context: EvalContext): Promise<EvalPlan> {
  const { settings, cwd } = context;
  const evalSettings = settings.eval;
  const warnings: string[] = [];
  const serve = serveSettings(evalSettings);
  const served = serve ? servedEndpoint(serve, serve.port || (await freePort())) : null;
  const servedBaselines = Object.keys(context.options.servedBaselines ?? {});
  if (servedBaselines.length > 0 && !served) throw new EvalSetupError("config", "eval.serve", `the promoted adapter of ${servedBaselines.join(", ")} is served beside the candidate's, and eval.serve is not set`, "Serve the candidate's adapter with eval.serve, or compare with a hosted baseline");
  const arms = resolveArms(evalSettings, { ...(context.options.arms ? { only: context.options.arms } : {}), ...(served ? { served } : {}), servedBaselines, models: settings.models });
  const candidate = arms.find((a) => a.kind === "candidate")!;
  const gate = gateConfig(evalSettings, arms.map((a) => a.name), Object.keys(evalSettings.arms));
  const judge = await judgePlan(context, arms);

  const holdoutPaths = await expandPaths(evalSettings.holdout ?? settings.datasets.holdout, cwd);
  const holdout = await readHoldout(holdoutPaths, { cwd, format: settings.format, maxLineBytes: settings.review.maxLineBytes, key: evalSettings.holdout ? "eval.holdout" : "datasets.holdout" });
  const references = holdout.examples.map((e) => e.reference);
  const scoring = await scoringOptions(context);
  let scorer: ScorerChoice;
  try {
    scorer = chooseScorer(references, scoring);
    checkGate(gate, { candidate: candidate.name, arms, primary: scorer.primary, metrics: [scorer.primary, ...scorer.secondary] });
  } catch (error) {
    throw error instanceof EvalInputError ? setupErrorOf(error, holdout) : error;
  }
  warnings.push(...gate.skipped.map((s) => `Gate rule not applied: ${s}.`));

  let shots: ShotDraw | null = null;
  const prompted = arms.filter((a) => a.kind === "prompted");
  if (prompted.length > 0) {
    const trainPaths = await expandPaths(settings.datasets.train, cwd);
    if (trainPaths.length === 0) throw new EvalSetupError("config", "datasets.train", "a prompted arm draws its few-shot examples from the training set, and there is none", "Set datasets.train, or remove the prompted arm");
    const k = Math.max(...prompted.map((a) => a.shots));
    shots = await drawShots(trainPaths, k, { cwd, holdoutPromptKeys: new Set(holdout.examples.map((e) => e.promptKey)), maxLineBytes: settings.review.maxLineBytes });
    if (shots.shots.length < k) {
      throw new EvalSetupError("config", `eval.arms.${prompted[0]!.name}.shots`, `the training set has ${shots.eligible} usable example(s) for ${k} shots`, "Lower shots, or add training examples (chat examples ending with the assistant's answer)");
    }
  }

  const countTokens = await loadTokenCounter(ESTIMATE_TOKENIZER);
  const referenceCounts = references.map((r) => referenceTokens(countTokens, r));
  const fallbackMax = defaultMaxTokens(referenceCounts);
  for (const arm of arms) arm.maxTokens ??= fallbackMax;

  const cache = context.options.noCache || !evalSettings.cache.enabled ? NO_CACHE : directoryCache(resolve(cwd, evalSettings.cache.dir), (m) => context.log.warning(m));
  const requests = new Map<string, PlannedRequest[]>();
  const estimates = new Map<string, RequestEstimate[]>();
  const estimate: Estimate = { arms: [], totalUsd: 0, unpriced: [], tokenizer: ESTIMATE_TOKENIZER, maxUsd: evalSettings.maxUsd ?? null };
  for (const arm of arms) {
    const armShots = arm.kind === "prompted" ? shots!.shots.slice(0, arm.shots) : [];
    const planned = planRequests(arm, holdout.examples, armShots);
    const perRequest = planned.map((p) => estimateRequest(countTokens, p.body, references[p.example]!));
    requests.set(arm.name, planned);
    estimates.set(arm.name, perRequest);
    const inCache = arm.cache ? await Promise.all(planned.map((p) => cache.has(p.cacheKey))) : planned.map(() => false);
    planned.forEach((p, i) => (p.inCache = inCache[i]));
    const toSend = perRequest.filter((_, i) => !inCache[i]);
    const inputTokens = toSend.reduce((s, e) => s + e.inputTokens, 0);
    const outputTokens = toSend.reduce((s, e) => s + e.outputTokens, 0);
    const usd = dollars(arm.prices, inputTokens, outputTokens);
    estimate.arms.push({ arm: arm.name, kind: arm.kind, model: arm.model, requests: planned.length, cached: planned.length - toSend.length, inputTokens, outputTokens, usd });
    if (usd === null) estimate.unpriced.push(arm.name);
    else estimate.totalUsd += usd;
  }
  if (judge) {
    const templateTokens = countTokens(judge.template);
    let inputTokens = 0;
    holdout.examples.forEach((example, i) => {
      // Both answers are assumed as long as the reference.
      inputTokens += 2 * (templateTokens + promptTokens(countTokens, example.messages) + 3 * referenceCounts[i]!);
    });
    const outputTokens = 2 * holdout.examples.length * Math.min(judge.maxTokens, JUDGE_OUTPUT_ESTIMATE);
    const usd = dollars(judge.prices, inputTokens, outputTokens);
    estimate.arms.push({ arm: "judge", kind: "judge", model: judge.model, requests: 2 * holdout.examples.length, cached: 0, inputTokens, outputTokens, usd });
    if (usd === null) estimate.unpriced.push("judge");
    else estimate.totalUsd += usd;
  }
  return { arms, holdout, references, scoring, scorer, gate, shots, requests, estimates, judge, estimate, cache, served, countTokens, outDir: resolve(cwd, evalSettings.out), warnings };
}

export function answersPathIn(outDir: string): string {
  return join(outDir, "answers.jsonl");
}
