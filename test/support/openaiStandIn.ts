// A local stand-in for OpenAI's API (and the OpenAI-compatible servers: vLLM, SGLang, serve.py):
// chat completions and models, every request recorded and checked against the official `openai`
// SDK's types (openaiSdkSchemas.ts), answers checked against the SDK's response types too, and
// faults injected on demand: 429 with retry-after or retry-after-ms, 500, 502, a reset connection,
// a malformed body, a response lost after the work was done, added latency. Tests assert on
// `violations` being empty. More routes (files, fine-tuning jobs) are added with `route()`.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { get_encoding } from "tiktoken";
import { SDK_TYPES, sdkTypeProblems } from "./openaiSdkSchemas.js";

export type ChatMessage = { role: string; content?: unknown; name?: string; tool_calls?: unknown[]; tool_call_id?: string };

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  /** Everything else the request carried (temperature, seed, max_tokens, tools...). */
  params: Record<string, unknown>;
  /** 0-based index among this stand-in's chat requests, faulted ones included. */
  index: number;
}

export interface ChatAnswer {
  content?: string | null;
  tool_calls?: { id: string; type: "function"; function: { name: string; arguments: string } }[];
  finish_reason?: "stop" | "length" | "tool_calls";
}

export type FaultKind =
  /** 429 with `retry-after` (seconds) or `retry-after-ms`. */
  | "rate-limit"
  | "server-error"
  | "bad-gateway"
  /** The connection is destroyed before any response. */
  | "reset"
  /** 200 with a body that is not JSON. */
  | "malformed"
  /** The request is served and counted, then the connection is destroyed: the client never learns it succeeded. */
  | "lost-response";

export interface Fault {
  kind: FaultKind;
  /** Only requests for this model (chat) or this route key ("POST /v1/chat/completions"); default any. */
  model?: string;
  route?: string;
  /** How many requests it hits; default 1. */
  times?: number;
  retryAfterSeconds?: number;
  retryAfterMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** "POST /v1/chat/completions", or the template given to route(). */
  route?: string;
  model?: string;
  body?: unknown;
  /** The request's headers with the authorization value replaced by whether it matched. */
  headers: Record<string, string | string[] | undefined>;
  authorized: boolean;
  fault?: FaultKind;
  status?: number;
}

/** A route's answer: `body` is sent as JSON, or as it is when `raw` (a file's content). */
export type RouteAnswer = { status?: number; body: unknown; headers?: Record<string, string>; raw?: boolean };

export type RouteHandler = (request: { path: string; params: Record<string, string>; query: URLSearchParams; body: unknown; raw: Buffer; headers: IncomingMessage["headers"] }) => RouteAnswer | Promise<RouteAnswer>;

export interface OpenAIStandInOptions {
  /** The key clients must send as `Authorization: Bearer …`; undefined accepts any (a local server without auth). */
  apiKey?: string;
  /** Model ids served; chat requests for others get OpenAI's 404 model_not_found. */
  models: string[];
  respond?: (request: ChatRequest) => ChatAnswer | Promise<ChatAnswer>;
  /** Added before every answer, in ms (a number, or per request). */
  latencyMs?: number | ((request: ChatRequest) => number);
}

const encoding = get_encoding("o200k_base");
const tokens = (text: string) => encoding.encode_ordinary(text).length;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => (p && typeof p === "object" && "text" in p ? String((p as { text: unknown }).text) : "")).join("");
  return "";
}

/** Prompt tokens the way OpenAI's cookbook counts a chat request: 3 per message, its strings, 3 to prime the reply. */
export function promptTokens(messages: ChatMessage[]): number {
  let n = 3;
  for (const m of messages) {
    n += 3 + tokens(m.role) + tokens(textOf(m.content));
    if (m.name) n += 1 + tokens(m.name);
    if (m.tool_calls) n += tokens(JSON.stringify(m.tool_calls));
  }
  return n;
}

function openaiError(status: number, message: string, type: string, code: string | null, param: string | null = null) {
  return { status, body: { error: { message, type, param, code } } };
}

export class OpenAIStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Successful chat answers per model (faulted and refused requests not counted). */
  readonly served = new Map<string, number>();
  /** The most chat requests in flight at once, per model. */
  readonly maxInFlight = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();
  private readonly faults: (Fault & { times: number })[] = [];
  private readonly routes: { method: string; template: string; pattern: RegExp; names: string[]; handler: RouteHandler }[] = [];
  private chatIndex = 0;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { error: { message: "stand-in error", type: "server_error", param: null, code: null } });
    });
  });

  private constructor(private readonly options: OpenAIStandInOptions) {
    this.route("GET", "/v1/models", () => ({ body: { object: "list", data: this.options.models.map((id) => this.modelObject(id)) } }));
    this.route("GET", "/v1/models/{model}", ({ params }) =>
      this.options.models.includes(params.model!) ? { body: this.modelObject(params.model!) } : openaiError(404, `The model '${params.model}' does not exist`, "invalid_request_error", "model_not_found", "model"),
    );
  }

  static async start(options: OpenAIStandInOptions): Promise<OpenAIStandIn> {
    const standIn = new OpenAIStandIn(options);
    standIn.server.listen(0, "127.0.0.1");
    await once(standIn.server, "listening");
    return standIn;
  }

  /** The base URL a client is given, ending in /v1 as OpenAI's does. */
  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Adds a route; `template` names parameters in braces: "/v1/fine_tuning/jobs/{job_id}". */
  route(method: string, template: string, handler: RouteHandler): void {
    const names: string[] = [];
    const pattern = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"))}$`);
    this.routes.unshift({ method, template, pattern, names, handler });
  }

  chatRequests(model?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.route === "POST /v1/chat/completions" && (model === undefined || r.model === model));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
  }

  private modelObject(id: string) {
    return { id, object: "model", created: 1_700_000_000, owned_by: "finetune-ci-stand-in" };
  }

  private takeFault(route: string, model: string | undefined): Fault | undefined {
    const i = this.faults.findIndex((f) => f.times > 0 && (f.route === undefined || f.route === route) && (f.model === undefined || f.model === model));
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    fault.times -= 1;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://stand-in");
    const { authorization, ...headers } = req.headers;
    const authorized = this.options.apiKey === undefined || authorization === `Bearer ${this.options.apiKey}`;
    const recorded: RecordedRequest = { method: req.method ?? "", path: url.pathname, headers: { ...headers, authorization: authorized ? "(the expected key)" : "(wrong or missing)" }, authorized };
    this.requests.push(recorded);

    let body: unknown;
    if (raw.length > 0 && String(req.headers["content-type"] ?? "").startsWith("application/json")) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        this.violations.push(`${req.method} ${url.pathname}: the body is not JSON`);
        return send(res, (recorded.status = 400), openaiError(400, "We could not parse the JSON body of your request.", "invalid_request_error", null).body);
      }
      recorded.body = body;
    }
    if (!authorized) {
      return send(res, (recorded.status = 401), openaiError(401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key").body);
    }

    const isChat = req.method === "POST" && url.pathname === "/v1/chat/completions";
    const routeKey = isChat ? "POST /v1/chat/completions" : undefined;
    const model = isChat && body && typeof body === "object" ? String((body as { model?: unknown }).model) : undefined;
    if (isChat) {
      recorded.route = routeKey;
      recorded.model = model;
      return this.chat(req, res, recorded, body);
    }
    for (const r of this.routes) {
      const m = r.method === req.method ? r.pattern.exec(url.pathname) : null;
      if (!m) continue;
      recorded.route = `${r.method} ${r.template}`;
      const fault = this.takeFault(recorded.route, undefined);
      if (fault && (await this.applyFault(fault, res, recorded, false))) return;
      const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      const answer = await r.handler({ path: url.pathname, params, query: url.searchParams, body, raw, headers: req.headers });
      if (fault?.kind === "lost-response") return void res.destroy();
      for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v);
      if (answer.raw) return void res.writeHead((recorded.status = answer.status ?? 200)).end(String(answer.body));
      return send(res, (recorded.status = answer.status ?? 200), answer.body);
    }
    this.violations.push(`${req.method} ${url.pathname}: not a route of OpenAI's API known to this stand-in`);
    send(res, (recorded.status = 404), openaiError(404, `Invalid URL (${req.method} ${url.pathname})`, "invalid_request_error", null).body);
  }

  /** True when the fault answered the request (nothing more to do). */
  private async applyFault(fault: Fault, res: ServerResponse, recorded: RecordedRequest, _chat: boolean): Promise<boolean> {
    recorded.fault = fault.kind;
    switch (fault.kind) {
      case "rate-limit": {
        const headers: Record<string, string> = {};
        if (fault.retryAfterMs !== undefined) headers["retry-after-ms"] = String(fault.retryAfterMs);
        if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
        for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
        send(res, (recorded.status = 429), openaiError(429, "Rate limit reached for requests", "requests", "rate_limit_exceeded").body);
        return true;
      }
      case "server-error":
        send(res, (recorded.status = 500), openaiError(500, "The server had an error while processing your request.", "server_error", null).body);
        return true;
      case "bad-gateway":
        res.writeHead((recorded.status = 502), { "content-type": "text/html" }).end("<html><body>502 Bad Gateway</body></html>");
        return true;
      case "reset":
        res.destroy();
        return true;
      case "malformed":
        res.writeHead((recorded.status = 200), { "content-type": "application/json" }).end('{"id": "chatcmpl-broken", "choices": [');
        return true;
      case "lost-response":
        return false;
    }
  }

  private async chat(req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest, body: unknown): Promise<void> {
    const index = this.chatIndex++;
    for (const problem of sdkTypeProblems(SDK_TYPES.chatCompletionRequest, body)) this.violations.push(`POST /v1/chat/completions ${problem}`);
    if (!body || typeof body !== "object") return send(res, (recorded.status = 400), openaiError(400, "The body must be a JSON object.", "invalid_request_error", null).body);
    const { model, messages, ...params } = body as { model: string; messages: ChatMessage[] } & Record<string, unknown>;
    if (!this.options.models.includes(model)) {
      return send(res, (recorded.status = 404), openaiError(404, `The model '${model}' does not exist or you do not have access to it.`, "invalid_request_error", "model_not_found", "model").body);
    }
    const fault = this.takeFault("POST /v1/chat/completions", model);
    if (fault && (await this.applyFault(fault, res, recorded, true))) return;

    const request: ChatRequest = { model, messages, params, index };
    this.inFlight.set(model, (this.inFlight.get(model) ?? 0) + 1);
    this.maxInFlight.set(model, Math.max(this.maxInFlight.get(model) ?? 0, this.inFlight.get(model)!));
    try {
      const latency = typeof this.options.latencyMs === "function" ? this.options.latencyMs(request) : (this.options.latencyMs ?? 0);
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      const answer: ChatAnswer = await (this.options.respond ?? (() => ({ content: "ok" })))(request);
      const content = answer.content ?? null;
      const completionTokens = tokens(content ?? "") + (answer.tool_calls ? tokens(JSON.stringify(answer.tool_calls)) : 0);
      const prompt = promptTokens(messages);
      const completion = {
        id: `chatcmpl-standin-${index}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content, refusal: null, ...(answer.tool_calls ? { tool_calls: answer.tool_calls } : {}) },
            finish_reason: answer.finish_reason ?? (answer.tool_calls ? "tool_calls" : "stop"),
            logprobs: null,
          },
        ],
        usage: { prompt_tokens: prompt, completion_tokens: completionTokens, total_tokens: prompt + completionTokens },
      };
      for (const problem of sdkTypeProblems(SDK_TYPES.chatCompletion, completion)) this.violations.push(`stand-in's own answer ${problem}`);
      this.served.set(model, (this.served.get(model) ?? 0) + 1);
      if (fault?.kind === "lost-response") return void res.destroy();
      send(res, (recorded.status = 200), completion);
    } finally {
      this.inFlight.set(model, this.inFlight.get(model)! - 1);
    }
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
