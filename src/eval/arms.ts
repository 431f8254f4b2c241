// The config's arms as plain specs the runner can send with: model, endpoint, the NAME of the key
// variable, generation parameters, prices and limits. Every mistake a user can make here is a
// config error naming the key, found before anything is read or sent.
import { findSecrets } from "../core/dataset/secrets.js";
import { inferencePrice } from "../core/cost/inference.js";
import type { ModelOverride } from "../core/cost/openaiModels.js";
import type { ArmKind, Prices } from "../core/eval/types.js";
import type { EvalArmSettings, EvalSettings } from "../settings/settings.js";
import { EvalSetupError } from "./errors.js";

export const OPENAI_BASE_URL = "https://api.openai.com/v1";
export const DEFAULT_SHOTS = 3;

export interface ArmSpec {
  name: string;
  kind: ArmKind;
  model: string;
  baseURL: string;
  /** The environment variable that holds the key; undefined sends none. */
  apiKeyEnv?: string;
  /** Where apiKeyEnv comes from, for the message when the variable is not set. */
  apiKeySource: "arm" | "base arm" | "default";
  temperature: number;
  seed: number;
  /** Set by the runner from the references when the config leaves it out. */
  maxTokens?: number;
  /** prompted: few-shot examples; 0 for the others. */
  shots: number;
  prices: Prices | null;
  /** Where the prices come from, or why there are none. */
  priceSource: string;
  concurrency: number;
  timeoutMs: number;
  /** Answers may come from and go to the on-disk cache. */
  cache: boolean;
  /** What identifies the endpoint in the cache key: the baseURL, or the served base model (its port changes). */
  cacheIdentity: string;
  /** Answered by the server eval.serve starts. */
  served: boolean;
}

export interface ServedEndpoint {
  baseURL: string;
  /** The base model's name on the server (its id or path). */
  baseName: string;
  adapterName: string;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AZURE_KEY = /^[0-9a-f]{32}$/i;

/** A value that is an API key rather than the name of the variable holding one: never echoed. */
function literalKeyProblem(value: string): string | undefined {
  const secrets = findSecrets(value);
  if (secrets.length > 0) return `it holds what looks like ${/^[aeiou]/i.test(secrets[0]!.kind) ? "an" : "a"} ${secrets[0]!.kind} (not shown), not the name of an environment variable`;
  if (AZURE_KEY.test(value)) return "it holds what looks like an Azure OpenAI key (32 hex digits, not shown), not the name of an environment variable";
  if (!VARIABLE_NAME.test(value)) return "it is not an environment variable name (letters, digits and _, not starting with a digit)";
  return undefined;
}

export function checkKeyVariable(value: string | undefined, key: string): void {
  if (value === undefined) return;
  const problem = literalKeyProblem(value);
  if (problem) {
    throw new EvalSetupError("config", key, `${problem}`, "Put the key in an environment variable (a repository secret on GitHub) and write that variable's name here, e.g. apiKeyEnv: OPENAI_API_KEY; if a real key was committed, revoke it");
  }
}

function normalisedURL(url: string): string {
  return url.replace(/\/+$/, "");
}

/** A key in the URL would be printed in every report and log that names the endpoint. */
export function checkBaseURL(url: string | undefined, key: string): void {
  if (url === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EvalSetupError("config", key, `"${url}" is not a URL`, "Write the endpoint's base URL, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1");
  }
  if (parsed.username || parsed.password || /(key|token|secret|sig|password)/i.test(parsed.search)) {
    throw new EvalSetupError("config", key, "the URL carries credentials (user:password@ or a key in its query), which would be printed wherever the endpoint is named", "Remove them and name the variable that holds the key in apiKeyEnv (sent as a header, never logged); if they were committed, revoke them");
  }
}

function isOpenAI(url: string): boolean {
  try {
    return new URL(url).hostname === "api.openai.com";
  } catch {
    return false;
  }
}

export function armPrices(model: string, explicit: { inputPerMillion?: number; outputPerMillion?: number }, overrides: Record<string, ModelOverride>, key: string): { prices: Prices | null; source: string } {
  const table = inferencePrice(model, overrides);
  if (explicit.inputPerMillion !== undefined || explicit.outputPerMillion !== undefined) {
    const input = explicit.inputPerMillion ?? table?.inputPerMillion;
    const output = explicit.outputPerMillion ?? table?.outputPerMillion;
    if (input === undefined || output === undefined) {
      throw new EvalSetupError("config", key, "only one of inputPerMillion and outputPerMillion is set and the model is not in the price table", "Set both, or neither (the answers are then shown with an unknown price)");
    }
    return { prices: { inputPerMillion: input, outputPerMillion: output }, source: `${key} in the config` };
  }
  if (table) return { prices: { inputPerMillion: table.inputPerMillion, outputPerMillion: table.outputPerMillion }, source: table.source };
  return { prices: null, source: "unknown: not an OpenAI model in the price table (set inputPerMillion and outputPerMillion on the arm to price it)" };
}

export interface ResolveArmsOptions {
  /** `--arms a,b`: the subset to run (the candidate must be in it). */
  only?: string[];
  served?: ServedEndpoint;
  /** Baseline arms answered by a promoted adapter that eval.serve serves beside the candidate, under the arm's name. */
  servedBaselines?: readonly string[];
  models: Record<string, ModelOverride>;
}

export function resolveArms(settings: EvalSettings, options: ResolveArmsOptions): ArmSpec[] {
  const entries = Object.entries(settings.arms);
  const names = entries.map(([name]) => name);
  if (entries.length === 0) {
    throw new EvalSetupError("config", "eval.arms", "no arms are configured", "Name the models to compare, e.g. eval.arms: { base: { kind: base, model: ... }, candidate: { kind: candidate, model: ... } }");
  }
  const candidates = entries.filter(([, a]) => a.kind === "candidate");
  if (candidates.length !== 1) {
    throw new EvalSetupError("config", "eval.arms", `an evaluation needs exactly one arm of kind candidate, found ${candidates.length}${candidates.length ? ` (${candidates.map(([n]) => n).join(", ")})` : ""}`, "Mark the fine-tuned model's arm kind: candidate, and only that one");
  }
  if (options.only) {
    for (const name of options.only) if (!names.includes(name)) throw new EvalSetupError("config", "--arms", `there is no arm named "${name}"`, `Use arms of eval.arms: ${names.join(", ")}`);
    if (!options.only.includes(candidates[0]![0])) throw new EvalSetupError("config", "--arms", `the candidate arm "${candidates[0]![0]}" is not in the list`, "Every evaluation compares the candidate: include it");
  }
  const bases = entries.filter(([, a]) => a.kind === "base");
  const served = options.served;
  // Every arm is checked; only the arms run are resolved (one left out may name a model only the Action can find).
  return entries.flatMap(([name, arm]): ArmSpec[] => {
    const key = `eval.arms.${name}`;
    checkKeyVariable(arm.apiKeyEnv, `${key}.apiKeyEnv`);
    checkBaseURL(arm.baseURL, `${key}.baseURL`);
    if (arm.shots !== undefined && arm.kind !== "prompted") throw new EvalSetupError("config", `${key}.shots`, `shots is for prompted arms, and "${name}" is a ${arm.kind} arm`, "Remove shots, or add an arm of kind prompted");
    if (arm.release !== undefined && arm.kind !== "baseline") throw new EvalSetupError("config", `${key}.release`, `release is for baseline arms, and "${name}" is a ${arm.kind} arm`, "Remove release, or make the arm kind: baseline");
    if (arm.release !== undefined && arm.model !== undefined) throw new EvalSetupError("config", `${key}.release`, "release and model both say which model the arm is", "Keep release: latest (the newest promoted model) or model, not both");
    if (options.only && !options.only.includes(name)) return [];
    const servedBaseline = arm.kind === "baseline" && (options.servedBaselines?.includes(name) ?? false);
    let from: EvalArmSettings | undefined;
    if (arm.kind === "prompted" && (arm.model === undefined || arm.baseURL === undefined)) {
      if (bases.length !== 1) {
        throw new EvalSetupError("config", `${key}.model`, bases.length === 0 ? "a prompted arm without its own model needs a base arm to take it from" : `a prompted arm without its own model is ambiguous with ${bases.length} base arms`, "Add one arm of kind base, or set model (and baseURL) on the prompted arm");
      }
      from = bases[0]![1];
    }
    const servedHere = served !== undefined && arm.baseURL === undefined && (from ? from.baseURL === undefined : arm.kind !== "baseline" || servedBaseline);
    const model = servedBaseline ? name : (arm.model ?? from?.model ?? (servedHere ? (arm.kind === "candidate" ? served.adapterName : arm.kind === "base" || arm.kind === "prompted" ? served.baseName : undefined) : undefined));
    if (!model && arm.release !== undefined) {
      throw new EvalSetupError("config", `${key}.release`, `release: ${arm.release} names a model only command: eval in the Action can find (it reads the repository's releases)`, `Leave the arm out here (--arms ${names.filter((n) => n !== name).join(",")}), or set model (and baseURL) to the promoted model instead of release`);
    }
    if (!model) {
      throw new EvalSetupError("config", `${key}.model`, `arm "${name}" has no model`, served ? "Set model: the name the endpoint serves it under" : "Set model: the name the endpoint serves it under (or use eval.serve to serve the base model and the adapter)");
    }
    const baseURL = normalisedURL(arm.baseURL ?? from?.baseURL ?? (servedHere ? served.baseURL : OPENAI_BASE_URL));
    const inherited = arm.baseURL === undefined ? from?.apiKeyEnv : undefined;
    const apiKeyEnv = arm.apiKeyEnv ?? inherited ?? (isOpenAI(baseURL) ? "OPENAI_API_KEY" : undefined);
    const apiKeySource = arm.apiKeyEnv !== undefined ? "arm" : inherited !== undefined ? "base arm" : "default";
    const { prices, source } = armPrices(model, arm, options.models, key);
    return [
      {
        name,
        kind: arm.kind,
        model,
        baseURL,
        ...(apiKeyEnv ? { apiKeyEnv } : {}),
        apiKeySource,
        temperature: arm.temperature,
        seed: arm.seed,
        ...(arm.maxTokens !== undefined ? { maxTokens: arm.maxTokens } : {}),
        shots: arm.kind === "prompted" ? (arm.shots ?? DEFAULT_SHOTS) : 0,
        prices,
        priceSource: source,
        concurrency: arm.concurrency ?? settings.concurrency,
        timeoutMs: (arm.timeoutSeconds ?? settings.timeoutSeconds) * 1000,
        // A candidate's name stays while its weights change with every training run.
        // A served promoted adapter answers under the arm's name whichever release it came from.
        cache: arm.cache && arm.kind !== "candidate" && !servedBaseline,
        cacheIdentity: servedHere ? `eval.serve:${served.baseName}` : baseURL,
        served: servedHere,
      },
    ];
  });
}

/** Endpoint limits: arms that share a baseURL share one limit, the smallest any of them sets. */
export function endpointLimits(arms: readonly Pick<ArmSpec, "baseURL" | "concurrency">[]): Map<string, number> {
  const limits = new Map<string, number>();
  for (const arm of arms) limits.set(arm.baseURL, Math.min(limits.get(arm.baseURL) ?? Infinity, arm.concurrency));
  return limits;
}
