// Azure OpenAI: the fine-tuned model answers only once deployed. The deployment is created through
// Azure Resource Manager (adapters/azure/deployments.ts) with a bearer token from the variable the
// config names, and the run waits until Resource Manager says it succeeded and a chat request to it
// answers. A deployment that fails is reported, not hidden: the training itself is done and kept.
import { ArmError, getDeployment, putDeployment, type DeploymentRequest } from "../../../adapters/azure/deployments.js";
import { apiFailure } from "../../../adapters/openai/failure.js";
import type { FineTuningApi } from "../../../adapters/openai/fineTuning.js";
import type { AzureDeploymentSettings } from "../../../settings/settings.js";
import type { HostedRun } from "../provider.js";
import type { Calls } from "./calls.js";
import { describeFailure } from "./calls.js";

export async function deployAndWait(
  api: FineTuningApi,
  calls: Calls,
  settings: AzureDeploymentSettings,
  model: string,
  env: Record<string, string | undefined>,
  fetchImpl?: typeof fetch,
): Promise<NonNullable<HostedRun["deployment"]>> {
  const token = env[settings.tokenEnv];
  const name = settings.name;
  if (!token) {
    return { name, state: "not created", error: `the environment variable ${settings.tokenEnv} (train.openai.deployment.tokenEnv) is not set: give the step an Azure Resource Manager token (azure/login, then az account get-access-token), or deploy ${model} yourself` };
  }
  const request: DeploymentRequest = { managementURL: settings.managementURL, resourceId: settings.resourceId, name, model, sku: settings.sku, capacity: settings.capacity, token, ...(fetchImpl ? { fetch: fetchImpl } : {}) };
  const deadline = calls.now() + settings.timeoutMinutes * 60_000;
  try {
    let state = await putDeployment(request);
    calls.log.info(`Deployment ${name}: created for ${model} (${state.provisioningState})`);
    let wait = calls.pollMs;
    while (state.provisioningState !== "Succeeded") {
      if (["Failed", "Canceled"].includes(state.provisioningState)) return { name, state: state.provisioningState, error: `Azure Resource Manager reports the deployment as ${state.provisioningState}` };
      if (calls.now() > deadline) return { name, state: state.provisioningState, error: `still ${state.provisioningState} after ${settings.timeoutMinutes} minutes` };
      calls.progress(`deployment ${name}: ${state.provisioningState}`);
      await calls.sleep(wait);
      wait = Math.min(wait * 1.5, 30_000);
      state = await getDeployment(request);
    }
    calls.log.info(`Deployment ${name}: provisioned; waiting for it to answer`);
  } catch (error) {
    if (error instanceof ArmError) return { name, state: "not created", error: `Azure Resource Manager answered ${error.status}${error.code ? ` ${error.code}` : ""}: ${error.message}` };
    throw error;
  }
  // A new deployment can take a while to route requests (404 DeploymentNotFound in the meantime).
  let wait = calls.pollMs;
  for (;;) {
    try {
      await api.answers(name);
      calls.log.info(`Deployment ${name}: answers chat requests`);
      return { name, state: "answering" };
    } catch (error) {
      const failure = apiFailure(error);
      if (failure.kind === "other") throw error;
      if (calls.now() > deadline) return { name, state: "provisioned", error: `provisioned but not answering after ${settings.timeoutMinutes} minutes: ${describeFailure(failure)}` };
      calls.progress(`deployment ${name}: not answering yet (${describeFailure(failure)})`);
      await calls.sleep(wait);
      wait = Math.min(wait * 1.5, 30_000);
    }
  }
}
