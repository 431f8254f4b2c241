// The API keys an evaluation reads: only from the environment variables the config names
// (apiKeyEnv, or the default for api.openai.com), which a workflow fills from secrets in `env:`.
// Before any request, every value read is masked in the log. A fork's pull request never gets an
// evaluation that needs a key: GitHub withholds secrets from it on pull_request, and on
// pull_request_target it would run with them beside code from outside; an evaluation whose arms
// all answer from a local server without keys still runs.
import type { Settings } from "../../settings/settings.js";
import { resolveArms } from "../arms.js";
import { EvalSetupError } from "../errors.js";
import { judgeEndpoint } from "../plan.js";
import { servedEndpoint, serveSettings } from "../serve.js";
import type { EvalStepContext } from "./context.js";

export interface KeyUse {
  /** The environment variable. */
  variable: string;
  /** The config keys that read it: eval.arms.base, eval.judge. */
  readers: string[];
}

/** The variables the arms and the judge read their keys from, in the order the config names them. */
export function keyVariables(settings: Settings, options: { arms?: string[]; servedBaselines?: string[] }): KeyUse[] {
  const evalSettings = settings.eval;
  // The port does not matter here: a served arm sends no key.
  const serve = serveSettings(evalSettings);
  const served = serve ? servedEndpoint(serve, 0) : undefined;
  const arms = resolveArms(evalSettings, { ...(options.arms ? { only: options.arms } : {}), ...(served ? { served } : {}), servedBaselines: options.servedBaselines ?? [], models: settings.models });
  const uses = new Map<string, string[]>();
  const add = (variable: string | undefined, reader: string) => {
    if (variable) uses.set(variable, [...(uses.get(variable) ?? []), reader]);
  };
  for (const arm of arms) add(arm.apiKeyEnv, `eval.arms.${arm.name}`);
  if (evalSettings.judge) add(judgeEndpoint(evalSettings.judge).apiKeyEnv, "eval.judge");
  return [...uses].map(([variable, readers]) => ({ variable, readers }));
}

/** Refuses a fork's pull request when a key would be used; masks every key value that is set. */
export function guardKeys(context: EvalStepContext, uses: KeyUse[]): void {
  const pull = context.pullRequest;
  if (pull?.fromFork && uses.length > 0) {
    const readers = uses.map((u) => `${u.readers.join(", ")} (${u.variable})`).join("; ");
    throw new EvalSetupError(
      "fork",
      `pull request #${pull.number}`,
      `it comes from a fork, and this evaluation would send API keys: ${readers}. finetune-ci never uses keys on a fork's pull request`,
      "Evaluate after the merge (command: eval on the push to the default branch), or push the branch to this repository; an evaluation whose arms all answer from a local server (eval.serve) without keys runs on fork pull requests",
    );
  }
  for (const use of uses) {
    const value = context.env[use.variable];
    if (value) context.mask(value);
  }
}
