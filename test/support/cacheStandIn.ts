// A local stand-in for GitHub's Actions cache service, v2 (the only one github.com runs since the
// legacy service was retired), as @actions/cache 6 speaks to it when the runner sets
// ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RESULTS_URL:
//  - the results service, Twirp JSON: POST /twirp/github.actions.results.api.v1.CacheService/<Method>
//    with Authorization: Bearer ACTIONS_RUNTIME_TOKEN and proto field names: CreateCacheEntry
//    {key, version} -> {ok, signed_upload_url}; FinalizeCacheEntryUpload {key, version, size_bytes}
//    -> {ok, entry_id}; GetCacheEntryDownloadURL {key, restore_keys, version} -> {ok,
//    signed_download_url, matched_key} (the key exactly, else the newest entry whose key starts with
//    a restore key, in order; the version must match);
//  - the signed URLs, Azure Blob storage: Put Blob (one PUT, x-ms-blob-type: BlockBlob) for the
//    archive, as BlockBlobClient.uploadFile sends anything under its 128 MiB single-shot size, and
//    a plain GET to download it (@actions/cache reads hosts that are not *.blob.core.windows.net
//    with its own HTTP client instead of the Azure SDK's ranged reads).
// Every request is checked; what does not match goes to `violations`. Entries are immutable: a
// second CreateCacheEntry for a key and version answers 409, as the service does.
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fakeRuntimeToken } from "./artifactStandIn.js";

export const CACHE_SERVICE = "github.actions.results.api.v1.CacheService";

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  bytes: Buffer;
  finalized: boolean;
  uploadSig: string;
  readSig: string;
  createdAt: number;
}

export interface RecordedCacheRequest {
  method: string;
  operation: string;
  status: number;
  body?: unknown;
  headers: IncomingMessage["headers"];
}

export type CacheFaultOperation = "GetCacheEntryDownloadURL" | "CreateCacheEntry" | "FinalizeCacheEntryUpload" | "PutBlob" | "GetBlob";

export class CacheStandIn {
  /** ACTIONS_RUNTIME_TOKEN; a job's one token when the stand-in shares a results URL with others (resultsServiceStandIn.ts). */
  readonly token: string;
  readonly entries: CacheEntry[] = [];
  readonly requests: RecordedCacheRequest[] = [];
  readonly violations: string[] = [];
  private readonly faults: { operation: CacheFaultOperation; status: number; times: number }[] = [];
  private nextId = 90_001;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  private constructor(token?: string) {
    this.token = token ?? fakeRuntimeToken(randomUUID(), randomUUID());
  }

  static async start(options: { token?: string } = {}): Promise<CacheStandIn> {
    const standIn = new CacheStandIn(options.token);
    standIn.server.listen(0, "127.0.0.1");
    await once(standIn.server, "listening");
    return standIn;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The variables a runner on github.com gives a job for the cache service. */
  env(): Record<string, string> {
    return { ACTIONS_RUNTIME_TOKEN: this.token, ACTIONS_RESULTS_URL: this.url, ACTIONS_CACHE_SERVICE_V2: "True" };
  }

  fail(operation: CacheFaultOperation, status: number, times = 1): void {
    this.faults.push({ operation, status, times });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
  }

  private takeFault(operation: CacheFaultOperation): number | undefined {
    const fault = this.faults.find((f) => f.operation === operation && f.times > 0);
    if (!fault) return undefined;
    fault.times -= 1;
    return fault.status;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", this.url);
    const twirp = url.pathname.match(/^\/twirp\/([\w.]+)\/(\w+)$/);
    if (twirp) return this.handleTwirp(req, res, twirp[1]!, twirp[2]!, raw);
    const blob = url.pathname.match(/^\/cache-blobs\/(\d+)$/);
    if (blob) return this.handleBlob(req, res, Number(blob[1]), url, raw);
    this.violations.push(`unexpected request ${req.method} ${url.pathname}`);
    res.writeHead(404).end();
  }

  private record(req: IncomingMessage, operation: string, status: number, body?: unknown): void {
    this.requests.push({ method: req.method ?? "", operation, status, headers: { ...req.headers }, ...(body !== undefined ? { body } : {}) });
  }

  private handleTwirp(req: IncomingMessage, res: ServerResponse, service: string, method: string, raw: Buffer): void {
    const problems: string[] = [];
    if (service !== CACHE_SERVICE) problems.push(`service ${service}, expected ${CACHE_SERVICE}`);
    if (req.method !== "POST") problems.push(`method ${req.method}, Twirp needs POST`);
    if (!String(req.headers["content-type"]).startsWith("application/json")) problems.push(`Content-Type ${req.headers["content-type"]}, expected application/json`);
    if (req.headers.authorization !== `Bearer ${this.token}`) problems.push('Authorization is not "Bearer <ACTIONS_RUNTIME_TOKEN>"');
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
    } catch {
      problems.push("the body is not JSON");
    }
    const fields: Record<string, Record<string, "string" | "string?" | "int64" | "string[]?">> = {
      CreateCacheEntry: { key: "string", version: "string" },
      FinalizeCacheEntryUpload: { key: "string", version: "string", size_bytes: "int64" },
      GetCacheEntryDownloadURL: { key: "string", version: "string", restore_keys: "string[]?" },
    };
    const expected = fields[method];
    if (!expected) problems.push(`${method} is not a method of the cache service`);
    else problems.push(...checkFields(body, expected));
    if (problems.length > 0) {
      this.record(req, method, 400, body);
      this.violations.push(...problems.map((p) => `${method}: ${p}`));
      return twirpError(res, 400, "invalid_argument", problems.join("; "));
    }
    const fault = this.takeFault(method as CacheFaultOperation);
    if (fault) {
      this.record(req, method, fault, body);
      return twirpError(res, fault, fault === 429 ? "resource_exhausted" : "internal", "stand-in: injected fault");
    }
    const status = method === "CreateCacheEntry" ? this.create(res, body) : method === "FinalizeCacheEntryUpload" ? this.finalize(res, body) : this.lookup(res, body);
    this.record(req, method, status, body);
  }

  /** Each handler answers and returns the status it sent. */
  private create(res: ServerResponse, body: Record<string, unknown>): number {
    const key = body.key as string;
    if (key.length > 512 || key.includes(",")) this.violations.push(`CreateCacheEntry: key ${JSON.stringify(key)} is over 512 characters or holds a comma`);
    if (this.entries.some((e) => e.key === key && e.version === body.version)) {
      twirpError(res, 409, "already_exists", "cache entry with the same key, version, and scope already exists");
      return 409;
    }
    const entry: CacheEntry = { id: this.nextId++, key, version: body.version as string, bytes: Buffer.alloc(0), finalized: false, uploadSig: randomUUID(), readSig: randomUUID(), createdAt: Date.now() + this.entries.length };
    this.entries.push(entry);
    sendJson(res, 200, { ok: true, signed_upload_url: `${this.url}cache-blobs/${entry.id}?sv=2025-01-05&sr=b&sp=cw&sig=${entry.uploadSig}` });
    return 200;
  }

  private finalize(res: ServerResponse, body: Record<string, unknown>): number {
    const entry = this.entries.find((e) => e.key === body.key && e.version === body.version && !e.finalized);
    if (!entry) {
      this.violations.push(`FinalizeCacheEntryUpload: no entry was created for ${JSON.stringify(body.key)}`);
      twirpError(res, 404, "not_found", "no such cache entry");
      return 404;
    }
    if (Number(body.size_bytes) !== entry.bytes.length) this.violations.push(`FinalizeCacheEntryUpload: size_bytes ${String(body.size_bytes)} but the blob holds ${entry.bytes.length} bytes`);
    entry.finalized = true;
    sendJson(res, 200, { ok: true, entry_id: String(entry.id) });
    return 200;
  }

  private lookup(res: ServerResponse, body: Record<string, unknown>): number {
    const usable = this.entries.filter((e) => e.finalized && e.version === body.version);
    const exact = usable.find((e) => e.key === body.key);
    let match = exact;
    for (const prefix of (body.restore_keys as string[] | undefined) ?? []) {
      if (match) break;
      match = usable.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt)[0];
    }
    if (!match) sendJson(res, 200, { ok: false });
    else sendJson(res, 200, { ok: true, signed_download_url: `${this.url}cache-blobs/${match.id}?sv=2025-01-05&sr=b&sp=r&sig=${match.readSig}`, matched_key: match.key });
    return 200;
  }

  private handleBlob(req: IncomingMessage, res: ServerResponse, id: number, url: URL, raw: Buffer): void {
    const entry = this.entries.find((e) => e.id === id);
    const operation = req.method === "PUT" ? "PutBlob" : req.method === "GET" ? "GetBlob" : `${req.method} blob`;
    const problems: string[] = [];
    if (req.headers.authorization) problems.push("an Authorization header on a SAS URL (the runtime token must not go to storage)");
    if (!entry) problems.push(`no cache entry ${id}`);
    if (operation === "PutBlob" && entry) {
      if (url.searchParams.get("sig") !== entry.uploadSig) problems.push("an upload with a signature CreateCacheEntry did not hand out");
      if (req.headers["x-ms-blob-type"] !== "BlockBlob") problems.push(`x-ms-blob-type ${String(req.headers["x-ms-blob-type"])}, Put Blob needs BlockBlob`);
      if (!req.headers["x-ms-version"]) problems.push("no x-ms-version header");
      if (Number(req.headers["content-length"]) !== raw.length) problems.push(`Content-Length ${String(req.headers["content-length"])} but ${raw.length} bytes came`);
      if (entry.finalized || entry.bytes.length > 0) problems.push("a second upload to an entry that was already written");
    } else if (operation === "GetBlob" && entry) {
      if (url.searchParams.get("sig") !== entry.readSig) problems.push("a download with a signature GetCacheEntryDownloadURL did not hand out");
    } else if (entry) problems.push(`${operation}: the cache client only puts and gets whole blobs`);
    if (problems.length > 0 || !entry) {
      this.record(req, operation, 400);
      this.violations.push(...problems.map((p) => `${operation}: ${p}`));
      return azureError(res, 400, "InvalidInput", problems.join("; "));
    }
    const fault = this.takeFault(operation as CacheFaultOperation);
    if (fault) {
      this.record(req, operation, fault);
      return azureError(res, fault, fault === 403 ? "AuthenticationFailed" : "InternalError", "stand-in: injected fault");
    }
    this.record(req, operation, operation === "PutBlob" ? 201 : 200);
    if (operation === "PutBlob") {
      entry.bytes = raw;
      res.writeHead(201, { "Content-MD5": createHash("md5").update(raw).digest("base64"), "x-ms-request-id": randomUUID(), "x-ms-version": String(req.headers["x-ms-version"]), "Content-Length": "0" }).end();
      return;
    }
    res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": String(entry.bytes.length), "x-ms-blob-type": "BlockBlob" }).end(entry.bytes);
  }
}

function checkFields(body: Record<string, unknown>, fields: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(body)) if (!(key in fields)) problems.push(`unknown field ${key} (not in the service's message; camelCase instead of the proto name?)`);
  for (const [key, spec] of Object.entries(fields)) {
    const value = body[key];
    if (value === undefined) {
      if (!spec.endsWith("?")) problems.push(`missing ${key}`);
      continue;
    }
    const type = spec.replace("?", "");
    const ok = type === "string" ? typeof value === "string" : type === "int64" ? typeof value === "string" && /^\d+$/.test(value) : Array.isArray(value) && value.every((v) => typeof v === "string");
    if (!ok) problems.push(`${key} is ${JSON.stringify(value)}, not a protobuf-JSON ${type}`);
  }
  return problems;
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) }).end(text);
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  sendJson(res, status, { code, msg });
}

function azureError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</Message></Error>`;
  res.writeHead(status, { "Content-Type": "application/xml", "x-ms-error-code": code, "Content-Length": Buffer.byteLength(xml) }).end(xml);
}
