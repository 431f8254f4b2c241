// The end of self-serve fine-tuning, told once and the same way everywhere: a refused organisation
// (HTTP 403 training_not_available), a model past its dates. Each sentence says what happened, when
// it began, and what to do instead: train on your own GPU, with the config that does it.
import { OPENAI_FINE_TUNING_CUTOFFS } from "../../../core/cost/openaiModels.js";
import type { HostedPlan } from "../../plan.js";
import { TrainingFailed } from "../provider.js";

/** The config that moves training to your own GPU (self-hosted-runner/README.md). */
export const SELF_HOSTED_SNIPPET = ["train:", "  provider: self-hosted # train.py with LoRA on your GPU runner (self-hosted-runner/README.md)", "  baseModel: meta-llama/Llama-3.1-8B-Instruct"].join("\n");

const ALTERNATIVE = "Train on your own GPU instead: set train.provider: self-hosted in the config file (self-hosted-runner/README.md)";

export function cutoffsText(): string {
  return OPENAI_FINE_TUNING_CUTOFFS.map((c) => `${c.who} on ${c.date}`).join(", ");
}

export function windDownRefusal(plan: HostedPlan, apiMessage: string): TrainingFailed {
  const who = plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI";
  const wind = plan.provider === "azure-openai" ? "" : ` OpenAI is winding down self-serve fine-tuning and has stopped new jobs for ${cutoffsText()}.`;
  return new TrainingFailed(`${who} refused to create a fine-tuning job for ${plan.baseModel} (403 training_not_available: ${apiMessage.trim().slice(0, 300)}).${wind} ${ALTERNATIVE}.`, undefined, SELF_HOSTED_SNIPPET);
}

export function lifecycleRefusal(plan: HostedPlan, reason: string): TrainingFailed {
  return new TrainingFailed(`${plan.baseModel} cannot be fine-tuned on ${plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI"} any more: ${reason}. ${ALTERNATIVE}.`, undefined, SELF_HOSTED_SNIPPET);
}
