// The one way finetune-ci makes an OpenAI-compatible client (OpenAI, Azure OpenAI's v1 endpoint,
// vLLM, SGLang, the runner's serve.py), with the official openai SDK, as adapters/github/octokit.ts
// makes Octokit. Everything the client sends is what the caller named: the SDK's own fallbacks to
// OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID are switched off, so a key
// meant for api.openai.com never reaches a local or third-party server. The key is read from the
// named variable, sent only as the Authorization header, and never logged or put in an error.
import OpenAI from "openai";

export type OpenAIClient = OpenAI;

export interface OpenAIClientOptions {
  /** e.g. https://api.openai.com/v1, https://NAME.openai.azure.com/openai/v1, http://127.0.0.1:8000/v1 */
  baseURL: string;
  /** The name of the environment variable that holds the key; unset: no key is sent (a local server). */
  apiKeyEnv?: string;
  /** Where apiKeyEnv is looked up (default process.env). */
  env?: Record<string, string | undefined>;
  /** Per request, each attempt (default 60 s). */
  timeoutMs?: number;
  /** Retries of a request on 408, 409, 429, 5xx and connection errors, honouring retry-after(-ms) (default 2). */
  maxRetries?: number;
  /** A fetch of your own (proxies, tests); default the global fetch. */
  fetch?: typeof fetch;
  /** Headers sent with every request (an api-version, a routing header). Not for the key. */
  defaultHeaders?: Record<string, string>;
}

/** The configured key variable is not set: the message names it, and says how to pass it. */
export class OpenAIKeyMissing extends Error {
  constructor(readonly variable: string) {
    super(`the environment variable ${variable} (apiKeyEnv) is not set or empty: pass the key to the step as env: ${variable}: \${{ secrets.${variable} }}, or export it in your shell`);
    this.name = "OpenAIKeyMissing";
  }
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

export function createOpenAIClient(options: OpenAIClientOptions): OpenAIClient {
  const env = options.env ?? process.env;
  let apiKey: string | undefined;
  if (options.apiKeyEnv !== undefined) {
    apiKey = env[options.apiKeyEnv];
    if (!apiKey) throw new OpenAIKeyMissing(options.apiKeyEnv);
  }
  return new OpenAI({
    baseURL: options.baseURL,
    // The SDK insists on a credential; without one, a placeholder satisfies it and the null
    // Authorization header below removes it from every request.
    apiKey: apiKey ?? "no-key",
    adminAPIKey: null,
    organization: null,
    project: null,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    // OPENAI_LOG=debug would print request bodies (holdout text) into a public job log.
    logLevel: "warn",
    ...(options.fetch ? { fetch: options.fetch } : {}),
    defaultHeaders: { ...withoutKeyHeaders(options.defaultHeaders), ...(apiKey === undefined ? { Authorization: null } : {}) },
  });
}

/** The key travels in one header only; a caller cannot add it (or a second one) through defaultHeaders. */
function withoutKeyHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !["authorization", "api-key"].includes(name.toLowerCase())));
}
