// The settings the evaluation runs with once the step's inputs have named the candidate: an adapter
// is served by eval.serve on its base model (which also answers the base and prompted arms), a
// hosted model becomes the candidate arm's model. A config without arms gets the comparison the
// seed asks for, base vs prompted (few-shot from the training set) vs candidate, with every default
// the schema gives an arm; a config with arms keeps them and only has its candidate filled in.
import { resolveSettings, type EvalArmSettings, type Settings } from "../../settings/settings.js";
import { EvalSetupError } from "../errors.js";
import type { Candidate } from "./candidate.js";

/** OpenAI's fine-tuned ids: ft:BASE:ORG[:SUFFIX]:ID. */
const OPENAI_FINE_TUNED = /^ft:([^:]+):/;

export function settingsForCandidate(settings: Settings, candidate: Candidate, log: { info(message: string): void }): Settings {
  if (candidate.kind === "config") return settings;
  const out = structuredClone(settings);
  const arms = out.eval.arms;
  const configured = Object.entries(arms);
  const candidateArm = configured.find(([, a]) => a.kind === "candidate");

  if (candidate.kind === "adapter") {
    const serve = out.eval.serve;
    out.eval.serve = {
      ...(serve ?? defaults({ serve: { baseModel: candidate.baseModel, adapter: candidate.adapterPath } }).serve!),
      // Without eval.serve in the config, the python command: train used has the runner's requirements.
      ...(serve ? {} : { python: settings.train.python }),
      baseModel: candidate.baseModel,
      adapter: candidate.adapterPath,
    };
    // The report shows the training run's losses beside the metrics.
    if (candidate.runRecord) out.eval.runRecord = candidate.runRecord.path;
    if (serve && serve.baseModel !== candidate.baseModel) log.info(`eval.serve.baseModel ${serve.baseModel} is replaced by ${candidate.baseModel}, the base model the adapter was trained on`);
    if (configured.length === 0) {
      out.eval.arms = defaultArms(settings, { base: {}, candidate: {} });
      return out;
    }
    if (!candidateArm) return out;
    const [name, arm] = candidateArm;
    if (arm.baseURL !== undefined) {
      throw new EvalSetupError("config", `eval.arms.${name}.baseURL`, `the candidate is the adapter from ${candidate.source}, served by eval.serve, and this arm sends its requests to ${arm.baseURL}`, "Remove baseURL (and model) from the candidate arm: the served adapter answers it");
    }
    if (arm.model !== undefined && arm.model !== out.eval.serve.adapterName) log.info(`eval.arms.${name}.model (${arm.model}) is replaced by the served adapter's name, ${out.eval.serve.adapterName}`);
    const { model: _model, ...rest } = arm;
    arms[name] = rest;
    return out;
  }

  if (settings.eval.serve) {
    throw new EvalSetupError("config", "eval.serve", `the candidate is the hosted model ${candidate.model} (from ${candidate.source}), and eval.serve would serve an adapter in its place`, "Remove eval.serve to evaluate a hosted model, or evaluate the adapter (adapter-path or training-artifact)");
  }
  if (configured.length === 0) {
    const base = OPENAI_FINE_TUNED.exec(candidate.model)?.[1];
    if (!base) {
      throw new EvalSetupError("config", "eval.arms", `no arms are configured, and ${candidate.model} is not an OpenAI ft: model whose base model could be read from its name`, "Name the arms in eval.arms: a base arm (model and baseURL of the base model or deployment) and a candidate arm (its baseURL; the model comes from the input)");
    }
    // Where training ran (train.openai.baseURL, e.g. a proxy) is where the fine-tuned model answers.
    const hosted = settings.train.openai;
    const endpoint = hosted.baseURL ? { baseURL: hosted.baseURL, ...(hosted.apiKeyEnv ? { apiKeyEnv: hosted.apiKeyEnv } : {}) } : hosted.apiKeyEnv ? { apiKeyEnv: hosted.apiKeyEnv } : {};
    out.eval.arms = defaultArms(settings, { base: { model: base, ...endpoint }, candidate: { model: candidate.model, ...endpoint } });
    return out;
  }
  if (!candidateArm) return out;
  const [name, arm] = candidateArm;
  if (arm.model !== undefined && arm.model !== candidate.model) log.info(`eval.arms.${name}.model (${arm.model}) is replaced by ${candidate.model} from ${candidate.source}`);
  arms[name] = { ...arm, model: candidate.model };
  return out;
}

/** base, prompted when there is a training set to draw few-shot examples from, and candidate. */
function defaultArms(settings: Settings, models: { base: Partial<EvalArmSettings>; candidate: Partial<EvalArmSettings> }): Record<string, EvalArmSettings> {
  const prompted = settings.datasets.train.length > 0 ? { prompted: { kind: "prompted" } } : {};
  return defaults({ arms: { base: { kind: "base", ...models.base }, ...prompted, candidate: { kind: "candidate", ...models.candidate } } }).arms;
}

/** The eval section with the schema's defaults filled in, as a config file with just these keys would give it. */
function defaults(section: Record<string, unknown>): Settings["eval"] {
  return resolveSettings([{ eval: section }], "command: eval's default arms").eval;
}
