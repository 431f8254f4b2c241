// `release: latest` on a baseline arm: the model in production is the one the last passing
// evaluation promoted (src/eval/step/promote.ts), found through the repository's releases. A
// promoted adapter is downloaded and served beside the candidate on the same base model; a promoted
// hosted model is called by its id with the arm's own endpoint. When there is nothing to compare
// with (no promotion yet, no GitHub client, an adapter on another base model), the arm is left out
// and the report says why: its gate rules show as not applied.
import { join } from "node:path";
import { fetchPromotedAdapter, latestPromotedModel } from "../../adapters/github/modelRelease.js";
import { inlineText } from "../../report/escape.js";
import type { Settings } from "../../settings/settings.js";
import { EvalSetupError } from "../errors.js";
import { serveSettings } from "../serve.js";
import type { EvalStepContext } from "./context.js";

export interface ReleasedBaselines {
  settings: Settings;
  /** Arm name → the promoted adapter folder eval.serve serves under that name. */
  served: Record<string, string>;
  /** Arms left out of this run. */
  leftOut: string[];
  /** For the report, one markdown paragraph per arm: what it compared with, or why it was left out. */
  notes: string[];
}

export async function resolveReleasedBaselines(context: EvalStepContext, settings: Settings, tempDir: string): Promise<ReleasedBaselines> {
  const arms = Object.entries(settings.eval.arms).filter(([, arm]) => arm.release !== undefined);
  const result: ReleasedBaselines = { settings, served: {}, leftOut: [], notes: [] };
  if (arms.length === 0) return result;
  const out = structuredClone(settings);
  result.settings = out;
  const leaveOut = (name: string, why: string) => {
    result.leftOut.push(name);
    result.notes.push(`Baseline **${inlineText(name, 100)}** (\`release: latest\`) was left out: ${why}`);
    context.log.warning(`eval.arms.${name} (release: latest) left out: ${why}`);
  };
  const [owner, repo] = context.runner.repository.split("/");
  const octokit = context.github();
  if (!owner || !repo || !octokit) {
    for (const [name] of arms) leaveOut(name, "there is no GitHub client to read the releases with (input github-token is empty, or not in a workflow run).");
    return result;
  }
  const latest = await latestPromotedModel(octokit, { owner, repo });
  for (const [name, arm] of arms) {
    const key = `eval.arms.${name}`;
    if (!latest) {
      leaveOut(name, "no model has been promoted yet (eval.promote: release promotes one on a pass).");
      continue;
    }
    const record = latest.record;
    const { release: _release, ...rest } = arm;
    if (!record.adapterAsset) {
      out.eval.arms[name] = { ...rest, model: record.model };
      result.notes.push(`Baseline **${inlineText(name, 100)}** is ${inlineText(record.model, 200)}, promoted in [${inlineText(latest.tag, 200)}](${latest.url}).`);
      context.log.info(`${key}: the latest promoted model is ${record.model} (${latest.url})`);
      continue;
    }
    const serve = serveSettings(out.eval);
    if (!serve) {
      leaveOut(name, `the latest promotion ([${inlineText(latest.tag, 200)}](${latest.url})) is an adapter, and only a candidate served by eval.serve (an adapter) can have one served beside it.`);
      continue;
    }
    if (serve.baseModel !== record.model) {
      leaveOut(name, `the promoted adapter ([${inlineText(latest.tag, 200)}](${latest.url})) was trained on ${inlineText(record.model, 200)}, and the candidate is served on ${inlineText(serve.baseModel, 200)}: one server serves one base model.`);
      continue;
    }
    if (arm.baseURL !== undefined) {
      throw new EvalSetupError("config", `${key}.baseURL`, "the latest promoted model is an adapter, served by eval.serve beside the candidate, and this arm sends its requests elsewhere", "Remove baseURL from the arm");
    }
    const { adapterPath } = await fetchPromotedAdapter(octokit, { owner, repo }, latest, join(tempDir, `baseline-${name}`));
    out.eval.arms[name] = rest;
    result.served[name] = adapterPath;
    result.notes.push(`Baseline **${inlineText(name, 100)}** is the adapter promoted in [${inlineText(latest.tag, 200)}](${latest.url}), served beside the candidate on ${inlineText(serve.baseModel, 200)}.`);
    context.log.info(`${key}: serving the adapter promoted in ${latest.url} beside the candidate`);
  }
  return result;
}
