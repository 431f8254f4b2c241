// The OpenAI-compatible client (the official openai SDK, made by adapters/openai/client.ts) against
// a small local server that records every request: the SDK really talks to it, the key goes only
// into the Authorization header, and failures come back as plain values.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import type { ChatCompletion } from "openai/resources/chat/completions";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIClient, OpenAIKeyMissing } from "../../src/adapters/openai/client.js";
import { callApi } from "../../src/adapters/openai/failure.js";
import { shared } from "../../scripts/build.mjs";

const KEY = `sk-proj-test-${"Z9y8X7w6".repeat(4)}`;
const ENV = { FINETUNE_CI_TEST_KEY: KEY };

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

type Reply = (res: ServerResponse, request: Seen) => void;

/** A chat completion exactly as the SDK's types describe it. */
function completion(content: string): ChatCompletion {
  return {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1_764_000_000,
    model: "tiny-chat",
    choices: [{ index: 0, finish_reason: "stop", logprobs: null, message: { role: "assistant", content, refusal: null } }],
    usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (res) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
const apiError = (status: number, message: string, type: string, code: string | null, headers: Record<string, string> = {}) => json(status, { error: { message, type, param: null, code } }, headers);

let server: Server;
let baseURL: string;
const seen: Seen[] = [];
const replies: Reply[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      seen.push(request);
      const reply = replies.shift();
      if (reply) reply(res, request);
      else apiError(500, "the test server had no reply queued", "server_error", null)(res, request);
    });
  });
  server.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterEach(() => {
  seen.length = 0;
  replies.length = 0;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const ask = (client: ReturnType<typeof createOpenAIClient>) =>
  callApi(() => client.chat.completions.create({ model: "tiny-chat", messages: [{ role: "user", content: "what color is the sky ?" }], temperature: 0, seed: 7 }));

describe("an OpenAI-compatible client", () => {
  it("sends a chat completion to the configured base URL and reads the answer", async () => {
    replies.push(json(200, completion("the sky is blue .")));
    const result = await ask(createOpenAIClient({ baseURL, apiKeyEnv: "FINETUNE_CI_TEST_KEY", env: ENV }));
    expect(result).toMatchObject({ ok: true, value: { choices: [{ message: { content: "the sky is blue ." } }], usage: { prompt_tokens: 9 } } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/v1/chat/completions" });
    expect(JSON.parse(seen[0]!.body)).toEqual({ model: "tiny-chat", messages: [{ role: "user", content: "what color is the sky ?" }], temperature: 0, seed: 7 });
  });

  it("sends the key only as the Authorization header: not in the URL, another header or the body", async () => {
    replies.push(json(200, completion("ok")));
    await ask(createOpenAIClient({ baseURL, apiKeyEnv: "FINETUNE_CI_TEST_KEY", env: ENV, defaultHeaders: { "api-key": "not-this-way", "X-Route": "a" } }));
    const request = seen[0]!;
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    const elsewhere = Object.entries(request.headers).filter(([name, value]) => name !== "authorization" && String(value).includes(KEY.slice(8)));
    expect(elsewhere).toEqual([]);
    expect(request.url).not.toContain(KEY.slice(8));
    expect(request.body).not.toContain(KEY.slice(8));
    expect(request.headers["api-key"]).toBeUndefined();
    expect(request.headers["x-route"]).toBe("a");
  });

  it("without apiKeyEnv sends no key at all, and ignores OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: "http://127.0.0.1:9/v1", OPENAI_ORG_ID: "org-secret", OPENAI_PROJECT_ID: "proj-secret" });
    try {
      replies.push(json(200, completion("local answer")));
      const result = await ask(createOpenAIClient({ baseURL }));
      expect(result.ok).toBe(true);
      const headers = seen[0]!.headers;
      expect(headers.authorization).toBeUndefined();
      expect(headers["openai-organization"]).toBeUndefined();
      expect(headers["openai-project"]).toBeUndefined();
      expect(JSON.stringify(seen[0])).not.toContain(KEY.slice(8));
    } finally {
      process.env = saved;
    }
  });

  it("names the missing key variable, and how to pass it", () => {
    const error = (() => {
      try {
        createOpenAIClient({ baseURL, apiKeyEnv: "ACME_OPENAI_KEY", env: {} });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(OpenAIKeyMissing);
    expect((error as Error).message).toBe("the environment variable ACME_OPENAI_KEY (apiKeyEnv) is not set or empty: pass the key to the step as env: ACME_OPENAI_KEY: ${{ secrets.ACME_OPENAI_KEY }}, or export it in your shell");
  });
});

describe("failures as plain values", () => {
  it("a 429 with retry-after: status, code, the wait in milliseconds, retryable", async () => {
    replies.push(apiError(429, "Rate limit reached for tiny-chat", "requests", "rate_limit_exceeded", { "retry-after": "2", "x-request-id": "req_429" }));
    const result = await ask(createOpenAIClient({ baseURL, maxRetries: 0 }));
    expect(result).toEqual({
      ok: false,
      failure: { kind: "http", status: 429, code: "rate_limit_exceeded", type: "requests", message: "Rate limit reached for tiny-chat", retryAfterMs: 2000, retryable: true, requestId: "req_429" },
    });
  });

  it("the SDK's own retries honour retry-after-ms, and the server sees the retry count", async () => {
    replies.push(apiError(429, "slow down", "requests", "rate_limit_exceeded", { "retry-after-ms": "30" }), json(200, completion("after the wait")));
    const result = await ask(createOpenAIClient({ baseURL, maxRetries: 1 }));
    expect(result).toMatchObject({ ok: true, value: { choices: [{ message: { content: "after the wait" } }] } });
    expect(seen.map((r) => r.headers["x-stainless-retry-count"])).toEqual(["0", "1"]);
  });

  it("a 500: the server's message, retryable, no retry-after", async () => {
    replies.push(apiError(500, "The server had an error while processing your request.", "server_error", null));
    const result = await ask(createOpenAIClient({ baseURL, maxRetries: 0 }));
    expect(result).toEqual({ ok: false, failure: { kind: "http", status: 500, code: null, type: "server_error", message: "The server had an error while processing your request.", retryAfterMs: null, retryable: true, requestId: null } });
  });

  it("a 404 for an unknown model is not retryable", async () => {
    replies.push(apiError(404, "The model `nope` does not exist", "invalid_request_error", "model_not_found"));
    const result = await ask(createOpenAIClient({ baseURL, maxRetries: 2 }));
    expect(result).toMatchObject({ ok: false, failure: { kind: "http", status: 404, code: "model_not_found", retryable: false } });
    expect(seen).toHaveLength(1);
  });

  it("a body that is not JSON is an invalid response", async () => {
    replies.push((res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id": "chatcmpl-1", "choices": [');
    });
    const result = await ask(createOpenAIClient({ baseURL, maxRetries: 0 }));
    expect(result).toMatchObject({ ok: false, failure: { kind: "invalid-response", retryable: false } });
  });

  it("no answer within the timeout is a timeout; a closed port is a connection failure", async () => {
    replies.push(() => undefined); // never answers
    expect(await ask(createOpenAIClient({ baseURL, maxRetries: 0, timeoutMs: 200 }))).toMatchObject({ ok: false, failure: { kind: "timeout", retryable: true } });
    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await new Promise((r) => closed.once("listening", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await ask(createOpenAIClient({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 }))).toMatchObject({ ok: false, failure: { kind: "connection", message: "could not connect: ECONNREFUSED", retryable: true } });
  });
});

describe("bundled by esbuild as dist/ is", () => {
  it("runs with Node alone, from a folder without node_modules, and talks to the server", async () => {
    const dir = mkdtempSync(join(tmpdir(), "finetune-ci-openai-bundle-"));
    try {
      const entry = join(dir, "entry.ts");
      writeFileSync(
        entry,
        [
          `import { createOpenAIClient } from ${JSON.stringify(join(import.meta.dirname, "../../src/adapters/openai/client.ts"))};`,
          `const client = createOpenAIClient({ baseURL: process.env.BASE_URL!, apiKeyEnv: "FINETUNE_CI_TEST_KEY" });`,
          `const answer = await client.chat.completions.create({ model: "tiny-chat", messages: [{ role: "user", content: "hi" }] });`,
          "console.log(answer.choices[0]?.message.content);",
        ].join("\n"),
      );
      await build({ ...shared, splitting: false, entryPoints: { main: entry }, outdir: join(dir, "out") });
      writeFileSync(join(dir, "out/package.json"), '{ "type": "module" }\n');
      replies.push(json(200, completion("from the bundle")));
      // Asynchronously: the server answering it runs on this process's event loop.
      const run = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
        execFile(process.execPath, [join(dir, "out/main.js")], { cwd: join(dir, "out"), env: { BASE_URL: baseURL, FINETUNE_CI_TEST_KEY: KEY } }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr }))),
      );
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe("from the bundle");
      expect(seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
