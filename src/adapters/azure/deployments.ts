// Azure OpenAI deployments, which only the control plane (Azure Resource Manager) creates: the v1
// data-plane API that trains a model cannot deploy it. One PUT of the deployment resource with a
// bearer token, then its provisioningState until it is Succeeded or Failed, as Microsoft's
// fine-tuning guide does it ("Deploy a fine-tuned model": PUT .../accounts/NAME/deployments/DEPLOYMENT
// with api-version 2024-10-01). The token is sent as the Authorization header only, never logged.

export const ARM_API_VERSION = "2024-10-01";

export interface DeploymentRequest {
  /** https://management.azure.com */
  managementURL: string;
  /** /subscriptions/SUB/resourceGroups/GROUP/providers/Microsoft.CognitiveServices/accounts/NAME */
  resourceId: string;
  name: string;
  /** The fine-tuned model (Azure's "gpt-4o-mini-2024-07-18.ft-…" id). */
  model: string;
  sku: string;
  capacity: number;
  token: string;
  fetch?: typeof fetch;
}

export interface DeploymentState {
  provisioningState: string;
  model: string | null;
}

/** An answer from Resource Manager that is not a success, with its error code and message. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = "ArmError";
  }
}

function url(request: Pick<DeploymentRequest, "managementURL" | "resourceId" | "name">): string {
  return `${request.managementURL.replace(/\/+$/, "")}${request.resourceId}/deployments/${encodeURIComponent(request.name)}?api-version=${ARM_API_VERSION}`;
}

async function call(method: "PUT" | "GET", request: DeploymentRequest, body?: unknown): Promise<DeploymentState> {
  const response = await (request.fetch ?? fetch)(url(request), {
    method,
    headers: { authorization: `Bearer ${request.token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new ArmError(response.status, null, `Azure Resource Manager answered ${response.status} with a body that is not JSON`);
  }
  if (!response.ok) {
    const error = (json.error ?? {}) as { code?: unknown; message?: unknown };
    throw new ArmError(response.status, typeof error.code === "string" ? error.code : null, typeof error.message === "string" ? error.message : `HTTP ${response.status}`);
  }
  const properties = (json.properties ?? {}) as { provisioningState?: unknown; model?: { name?: unknown } };
  return { provisioningState: typeof properties.provisioningState === "string" ? properties.provisioningState : "Unknown", model: typeof properties.model?.name === "string" ? properties.model.name : null };
}

/** Creates (or updates) the deployment; Resource Manager answers at once and provisions it after. */
export function putDeployment(request: DeploymentRequest): Promise<DeploymentState> {
  return call("PUT", request, {
    sku: { name: request.sku, capacity: request.capacity },
    properties: { model: { format: "OpenAI", name: request.model, version: "1" } },
  });
}

export function getDeployment(request: DeploymentRequest): Promise<DeploymentState> {
  return call("GET", request);
}
