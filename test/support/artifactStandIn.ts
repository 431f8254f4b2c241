// A local stand-in for GitHub's workflow artifact service (v4 artifacts), which these machines
// cannot reach. It speaks both halves of what @actions/artifact's upload and download talk to:
//  - the results service, Twirp JSON: POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>,
//    Authorization: Bearer ACTIONS_RUNTIME_TOKEN, bodies in protobuf's JSON mapping with the proto
//    field names (int64 as decimal strings, Timestamp as RFC 3339, StringValue as a plain string);
//  - the signed upload URL it hands out, Azure Blob storage's block-blob protocol as
//    @azure/storage-blob's BlockBlobClient.uploadStream uses it: Put Block (PUT ?comp=block&blockid=…)
//    for each chunk, then Put Block List (PUT ?comp=blocklist, an XML <BlockList>).
// Downloads within the run: ListArtifacts (by name or id; every job of the run sees the run's
// artifacts, expired ones are not listed), GetSignedArtifactURL, then a plain GET of the signed
// blob URL (read permission, no Authorization header), as @actions/artifact's downloadArtifact does.
// Every request is checked against those protocols; what does not match goes to `violations`
// (tests assert it stays empty) and is answered with the error the real service would give.
// Finalized artifacts are kept with their bytes; `zipEntries` reads the uploaded zip back.
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { crc32, inflateRawSync } from "node:zlib";

export const ARTIFACT_SERVICE = "github.actions.results.api.v1.ArtifactService";

/** The storage account in the signed URLs; an IP-style (Azurite-like) URL: /<account>/<container>/<blob>. */
const ACCOUNT = "devstoreaccount1";
const CONTAINER = "actions-results";
/** Azure Blob: at most 50,000 blocks, block ids at most 64 bytes before base64 and all the same length. */
const MAX_BLOCKS = 50_000;

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  version: number;
  mimeType?: string;
  expiresAt?: string;
  /** The committed blob, as the block list assembled it. */
  bytes: Buffer;
  contentType?: string;
  /** The size and hash FinalizeArtifact reported (checked against `bytes`). */
  size: number;
  hash?: string;
  blocks: number;
  createdAt: string;
  blobPath: string;
}

export interface RecordedArtifactRequest {
  method: string;
  /** "CreateArtifact", "FinalizeArtifact", "PutBlock", "PutBlockList", or the raw path. */
  operation: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  fault?: boolean;
}

export interface ArtifactFault {
  operation: "CreateArtifact" | "FinalizeArtifact" | "PutBlock" | "PutBlockList" | "GetBlob";
  status: number;
  /** How many requests to fail (default 1). */
  times?: number;
  msg?: string;
}

interface PendingArtifact {
  create: Omit<StoredArtifact, "id" | "bytes" | "size" | "hash" | "blocks" | "contentType" | "createdAt" | "blobPath">;
  blobPath: string;
  sig: string;
  uncommitted: Map<string, Buffer>;
  blockIdLength?: number;
  committed?: { bytes: Buffer; contentType?: string; blocks: number };
  finalized?: StoredArtifact;
}

/** An unsigned JWT carrying the scp claim @actions/artifact reads the backend ids from. */
export function fakeRuntimeToken(workflowRunBackendId: string, workflowJobRunBackendId: string): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    scp: `Actions.ExampleScope Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
    iss: "vstoken.actions.githubusercontent.com",
    aud: "vso:stand-in",
    nbf: now - 60,
    exp: now + 3600,
  };
  return `${b64({ typ: "JWT", alg: "none" })}.${b64(claims)}.`;
}

export class ArtifactStandIn {
  readonly workflowRunBackendId = randomUUID();
  readonly workflowJobRunBackendId = randomUUID();
  readonly token = fakeRuntimeToken(this.workflowRunBackendId, this.workflowJobRunBackendId);
  readonly requests: RecordedArtifactRequest[] = [];
  readonly violations: string[] = [];
  /** Finalized artifacts, in order. */
  readonly artifacts: StoredArtifact[] = [];
  private readonly pending = new Map<string, PendingArtifact>();
  private readonly faults: { operation: ArtifactFault["operation"]; status: number; times: number; msg?: string }[] = [];
  /** Runtime token → the job it was issued to (every job of the run gets its own). */
  private readonly jobsByToken = new Map<string, string>([[this.token, this.workflowJobRunBackendId]]);
  /** Read signatures GetSignedArtifactURL handed out → the artifact they read. */
  private readonly readSignatures = new Map<string, StoredArtifact>();
  private nextArtifactId = 4_200_000_001;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) twirpError(res, 500, "internal", "stand-in error");
    });
  });

  private constructor() {}

  static async start(): Promise<ArtifactStandIn> {
    const standIn = new ArtifactStandIn();
    standIn.server.listen(0, "127.0.0.1");
    await once(standIn.server, "listening");
    return standIn;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** The variables the runner gives a job for the artifact service, pointing here. */
  env(): { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string } {
    return { ACTIONS_RUNTIME_TOKEN: this.token, ACTIONS_RESULTS_URL: this.url };
  }

  /** The runtime token of another job of the same workflow run (the eval job after the train job). */
  jobToken(): string {
    const job = randomUUID();
    const token = fakeRuntimeToken(this.workflowRunBackendId, job);
    this.jobsByToken.set(token, job);
    return token;
  }

  /** Past its retention: no longer listed, no longer downloadable. */
  expire(name: string): void {
    this.artifact(name).expiresAt = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, "Z");
  }

  /** Fails the next `times` requests of `operation` with `status` (a Twirp error, or an Azure error for the blob). */
  fail(fault: ArtifactFault): void {
    this.faults.push({ operation: fault.operation, status: fault.status, times: fault.times ?? 1, ...(fault.msg ? { msg: fault.msg } : {}) });
  }

  artifact(name: string): StoredArtifact {
    const found = this.artifacts.find((a) => a.name === name);
    if (!found) throw new Error(`no artifact named ${name} was finalized (have: ${this.artifacts.map((a) => a.name).join(", ") || "none"})`);
    return found;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(operation: ArtifactFault["operation"]): { status: number; msg?: string } | undefined {
    const index = this.faults.findIndex((f) => f.operation === operation && f.times > 0);
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.times -= 1;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", this.url);
    const twirp = url.pathname.match(/^\/twirp\/([\w.]+)\/(\w+)$/);
    if (twirp) return this.handleTwirp(req, res, twirp[1]!, twirp[2]!, body);
    if (url.pathname.startsWith(`/${ACCOUNT}/`)) return this.handleBlob(req, res, url, body);
    this.record(req, url.pathname, 404);
    this.violations.push(`unexpected request ${req.method} ${req.url}`);
    res.writeHead(404).end();
  }

  private record(req: IncomingMessage, operation: string, status: number, body?: unknown, fault?: boolean): void {
    this.requests.push({ method: req.method ?? "", operation, status, headers: { ...req.headers }, ...(body !== undefined ? { body } : {}), ...(fault ? { fault } : {}) });
  }

  // ---- the results service (Twirp) ----

  private handleTwirp(req: IncomingMessage, res: ServerResponse, service: string, method: string, raw: Buffer): void {
    const problems: string[] = [];
    if (service !== ARTIFACT_SERVICE) problems.push(`service ${service}, expected ${ARTIFACT_SERVICE}`);
    if (req.method !== "POST") problems.push(`method ${req.method}, Twirp needs POST`);
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) problems.push(`Content-Type ${req.headers["content-type"]}, expected application/json (the JSON client)`);
    const bearer = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
    const tokenJob = this.jobsByToken.get(bearer);
    if (!req.headers.authorization?.startsWith("Bearer ") || tokenJob === undefined) {
      this.record(req, method, 401);
      this.violations.push(`${method}: Authorization is not "Bearer <ACTIONS_RUNTIME_TOKEN>"`);
      return twirpError(res, 401, "unauthenticated", "missing or wrong bearer token");
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      problems.push("the body is not JSON");
    }
    if (problems.length > 0) {
      this.record(req, method, 400, raw.toString("utf8"));
      this.violations.push(...problems.map((p) => `${method}: ${p}`));
      return twirpError(res, 400, "malformed", problems.join("; "));
    }
    const fault = method === "CreateArtifact" || method === "FinalizeArtifact" ? this.takeFault(method) : undefined;
    if (fault) {
      this.record(req, method, fault.status, body, true);
      return twirpError(res, fault.status, twirpCode(fault.status), fault.msg ?? "stand-in: injected fault");
    }
    if (method === "CreateArtifact") return this.createArtifact(req, res, body);
    if (method === "FinalizeArtifact") return this.finalizeArtifact(req, res, body);
    if (method === "ListArtifacts") return this.listArtifacts(req, res, body, tokenJob);
    if (method === "GetSignedArtifactURL") return this.getSignedArtifactUrl(req, res, body);
    this.record(req, method, 404, body);
    this.violations.push(`${method}: not implemented by the stand-in`);
    return twirpError(res, 404, "bad_route", `no handler for ${method}`);
  }

  private createArtifact(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const problems = checkFields(body, {
      workflow_run_backend_id: "string",
      workflow_job_run_backend_id: "string",
      name: "string",
      version: "int32",
      expires_at: "timestamp?",
      mime_type: "string?",
    });
    const b = (problems.length === 0 ? body : {}) as Record<string, unknown>;
    if (problems.length === 0) problems.push(...this.checkIds(b));
    if (problems.length === 0 && !(b.name as string)) problems.push("name is empty");
    if (problems.length === 0 && typeof b.expires_at === "string" && Date.parse(b.expires_at) <= Date.now()) problems.push(`expires_at ${b.expires_at} is not in the future`);
    if (problems.length > 0) {
      this.record(req, "CreateArtifact", 400, body);
      this.violations.push(...problems.map((p) => `CreateArtifact: ${p}`));
      return twirpError(res, 400, "invalid_argument", problems.join("; "));
    }
    const name = b.name as string;
    if (this.pending.get(name)?.finalized) {
      this.record(req, "CreateArtifact", 409, body);
      return twirpError(res, 409, "already_exists", `an artifact with this name already exists on the workflow run: ${name}`);
    }
    const sig = createHash("sha256").update(randomUUID()).digest("base64");
    const blobPath = `/${ACCOUNT}/${CONTAINER}/${this.workflowRunBackendId}/${encodeURIComponent(name)}.zip`;
    this.pending.set(name, {
      create: {
        name,
        workflowRunBackendId: b.workflow_run_backend_id as string,
        workflowJobRunBackendId: b.workflow_job_run_backend_id as string,
        version: b.version as number,
        ...(typeof b.mime_type === "string" ? { mimeType: b.mime_type } : {}),
        ...(typeof b.expires_at === "string" ? { expiresAt: b.expires_at } : {}),
      },
      blobPath,
      sig,
      uncommitted: new Map(),
    });
    this.record(req, "CreateArtifact", 200, body);
    const expiry = new Date(Date.now() + 6 * 3600_000).toISOString().replace(/\.\d+Z$/, "Z");
    const signed = `${this.url.replace(/\/$/, "")}${blobPath}?sv=2025-01-05&se=${encodeURIComponent(expiry)}&sr=b&sp=cw&sig=${encodeURIComponent(sig)}`;
    sendJson(res, 200, { ok: true, signed_upload_url: signed });
  }

  private finalizeArtifact(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const problems = checkFields(body, {
      workflow_run_backend_id: "string",
      workflow_job_run_backend_id: "string",
      name: "string",
      size: "int64",
      hash: "string?",
    });
    const b = (problems.length === 0 ? body : {}) as Record<string, unknown>;
    if (problems.length === 0) problems.push(...this.checkIds(b));
    const pending = problems.length === 0 ? this.pending.get(b.name as string) : undefined;
    if (problems.length === 0 && !pending) problems.push(`no artifact ${JSON.stringify(b.name)} was created`);
    if (pending && !pending.committed) problems.push(`artifact ${JSON.stringify(b.name)} has no committed blob (no Put Block List)`);
    if (pending?.finalized) problems.push(`artifact ${JSON.stringify(b.name)} was already finalized`);
    if (pending?.committed && problems.length === 0) {
      const { bytes } = pending.committed;
      // protobuf JSON: an int64 is a decimal string; the service also takes a number.
      const size = Number(b.size ?? "0");
      if (size !== bytes.length) problems.push(`size ${String(b.size)} but the blob holds ${bytes.length} bytes`);
      if (b.hash !== undefined) {
        const hash = b.hash as string;
        const expected = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
        if (!/^sha256:[0-9a-f]{64}$/.test(hash)) problems.push(`hash ${JSON.stringify(hash)} is not "sha256:" and 64 lowercase hex digits`);
        else if (hash !== expected) problems.push(`hash ${hash} but the blob's sha256 is ${expected.slice(7)}`);
      }
    }
    if (problems.length > 0) {
      this.record(req, "FinalizeArtifact", 400, body);
      this.violations.push(...problems.map((p) => `FinalizeArtifact: ${p}`));
      return twirpError(res, 400, "invalid_argument", problems.join("; "));
    }
    const committed = pending!.committed!;
    const artifact: StoredArtifact = {
      ...pending!.create,
      createdAt: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      blobPath: pending!.blobPath,
      id: this.nextArtifactId++,
      bytes: committed.bytes,
      ...(committed.contentType ? { contentType: committed.contentType } : {}),
      size: Number(b.size ?? "0"),
      ...(typeof b.hash === "string" ? { hash: b.hash } : {}),
      blocks: committed.blocks,
    };
    pending!.finalized = artifact;
    this.artifacts.push(artifact);
    this.record(req, "FinalizeArtifact", 200, body);
    sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
  }

  // ---- downloads within the run ----

  private listArtifacts(req: IncomingMessage, res: ServerResponse, body: unknown, tokenJob: string): void {
    const problems = checkFields(body, { workflow_run_backend_id: "string", workflow_job_run_backend_id: "string", name_filter: "string?", id_filter: "int64?" });
    const b = (problems.length === 0 ? body : {}) as Record<string, unknown>;
    if (problems.length === 0 && b.workflow_run_backend_id !== this.workflowRunBackendId) problems.push(`workflow_run_backend_id ${JSON.stringify(b.workflow_run_backend_id)} is not the token's run`);
    if (problems.length === 0 && b.workflow_job_run_backend_id !== tokenJob) problems.push(`workflow_job_run_backend_id ${JSON.stringify(b.workflow_job_run_backend_id)} is not the token's job`);
    if (problems.length > 0) {
      this.record(req, "ListArtifacts", 400, body);
      this.violations.push(...problems.map((p) => `ListArtifacts: ${p}`));
      return twirpError(res, 400, "invalid_argument", problems.join("; "));
    }
    const now = Date.now();
    const listed = this.artifacts.filter(
      (a) =>
        a.workflowRunBackendId === this.workflowRunBackendId &&
        (a.expiresAt === undefined || Date.parse(a.expiresAt) > now) &&
        (b.name_filter === undefined || a.name === b.name_filter) &&
        (b.id_filter === undefined || String(a.id) === String(b.id_filter)),
    );
    this.record(req, "ListArtifacts", 200, body);
    sendJson(res, 200, {
      artifacts: listed.map((a) => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.bytes.length),
        created_at: a.createdAt,
        ...(a.hash ? { digest: a.hash } : {}),
      })),
    });
  }

  private getSignedArtifactUrl(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const problems = checkFields(body, { workflow_run_backend_id: "string", workflow_job_run_backend_id: "string", name: "string" });
    const b = (problems.length === 0 ? body : {}) as Record<string, unknown>;
    const artifact =
      problems.length === 0
        ? this.artifacts.find((a) => a.workflowRunBackendId === b.workflow_run_backend_id && a.workflowJobRunBackendId === b.workflow_job_run_backend_id && a.name === b.name)
        : undefined;
    if (problems.length === 0 && !artifact) problems.push(`no artifact ${JSON.stringify(b.name)} of job ${JSON.stringify(b.workflow_job_run_backend_id)} in this run (the ids must be the artifact's, from ListArtifacts)`);
    if (problems.length > 0 || !artifact) {
      this.record(req, "GetSignedArtifactURL", 404, body);
      this.violations.push(...problems.map((p) => `GetSignedArtifactURL: ${p}`));
      return twirpError(res, 404, "not_found", problems.join("; "));
    }
    const sig = randomUUID().replace(/-/g, "");
    this.readSignatures.set(sig, artifact);
    this.record(req, "GetSignedArtifactURL", 200, body);
    const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, "Z");
    sendJson(res, 200, { signed_url: `${this.url.replace(/\/$/, "")}${artifact.blobPath}?sv=2025-01-05&se=${encodeURIComponent(expiry)}&sr=b&sp=r&sig=${sig}` });
  }

  /** GET on a signed read URL: the committed zip, as Azure Blob storage serves it. */
  private getBlob(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const problems: string[] = [];
    const artifact = this.readSignatures.get(url.searchParams.get("sig") ?? "");
    if (!artifact || artifact.blobPath !== url.pathname) problems.push("a read signature GetSignedArtifactURL did not hand out for this blob");
    if (url.searchParams.get("sp") !== "r") problems.push("a download with a URL not signed for reading");
    if (req.headers.authorization) problems.push("an Authorization header on a SAS URL (the runtime token must not go to storage)");
    if (problems.length > 0 || !artifact) {
      this.record(req, "GetBlob", 403);
      this.violations.push(...problems.map((p) => `GetBlob: ${p}`));
      return azureError(res, 403, "AuthenticationFailed", problems.join("; "));
    }
    const fault = this.takeFault("GetBlob");
    if (fault) {
      this.record(req, "GetBlob", fault.status, undefined, true);
      return azureError(res, fault.status, fault.status >= 500 ? "InternalError" : "InvalidInput", fault.msg ?? "stand-in: injected fault");
    }
    this.record(req, "GetBlob", 200);
    res.writeHead(200, { ...azureHeaders(req), "Content-Type": artifact.contentType ?? "application/octet-stream", "Content-Length": String(artifact.bytes.length), "x-ms-blob-type": "BlockBlob" }).end(artifact.bytes);
  }

  private checkIds(b: Record<string, unknown>): string[] {
    const problems: string[] = [];
    if (b.workflow_run_backend_id !== this.workflowRunBackendId) problems.push(`workflow_run_backend_id ${JSON.stringify(b.workflow_run_backend_id)} is not the token's run (${this.workflowRunBackendId})`);
    if (b.workflow_job_run_backend_id !== this.workflowJobRunBackendId) problems.push(`workflow_job_run_backend_id ${JSON.stringify(b.workflow_job_run_backend_id)} is not the token's job (${this.workflowJobRunBackendId})`);
    return problems;
  }

  // ---- the signed upload URL (Azure Blob storage, block blob) ----

  private handleBlob(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    if (req.method === "GET") return this.getBlob(req, res, url);
    const comp = url.searchParams.get("comp");
    const operation = req.method === "PUT" && comp === "block" ? "PutBlock" : req.method === "PUT" && comp === "blocklist" ? "PutBlockList" : `${req.method} ${url.pathname}?comp=${comp}`;
    const pending = [...this.pending.values()].find((p) => p.blobPath === url.pathname);
    const problems: string[] = [];
    if (!pending) problems.push(`no artifact was created for blob ${url.pathname}`);
    else if (url.searchParams.get("sig") !== pending.sig) problems.push("the SAS signature (sig) is not the one CreateArtifact signed");
    if (!req.headers["x-ms-version"]) problems.push("no x-ms-version header");
    if (!req.headers["x-ms-client-request-id"]) problems.push("no x-ms-client-request-id header");
    if (req.headers.authorization) problems.push("an Authorization header on a SAS URL (the runtime token must not go to storage)");
    const length = req.headers["content-length"];
    if (length === undefined) problems.push("no Content-Length (Azure Blob does not take chunked uploads)");
    else if (Number(length) !== body.length) problems.push(`Content-Length ${length} but ${body.length} bytes came`);
    if (operation !== "PutBlock" && operation !== "PutBlockList") problems.push(`${operation}: the upload path should only Put Block and Put Block List`);
    if (problems.length > 0 || !pending) {
      this.record(req, operation, 400);
      this.violations.push(...problems.map((p) => `${operation}: ${p}`));
      return azureError(res, problems.some((p) => p.includes("sig")) ? 403 : 400, "InvalidInput", problems.join("; "));
    }
    if (pending.committed) {
      this.record(req, operation, 409);
      this.violations.push(`${operation}: the blob was already committed`);
      return azureError(res, 409, "BlobAlreadyExists", "The specified blob already exists.");
    }
    const fault = this.takeFault(operation as "PutBlock" | "PutBlockList");
    if (fault) {
      this.record(req, operation, fault.status, undefined, true);
      return azureError(res, fault.status, fault.status >= 500 ? "InternalError" : "InvalidInput", fault.msg ?? "stand-in: injected fault");
    }
    if (operation === "PutBlock") return this.putBlock(req, res, url, body, pending);
    return this.putBlockList(req, res, body, pending);
  }

  private putBlock(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer, pending: PendingArtifact): void {
    const id = url.searchParams.get("blockid") ?? "";
    const problems: string[] = [];
    const decoded = Buffer.from(id, "base64");
    if (!id || decoded.toString("base64") !== id) problems.push(`blockid ${JSON.stringify(id)} is not base64`);
    else if (decoded.length > 64) problems.push(`blockid decodes to ${decoded.length} bytes, more than 64`);
    else if (pending.blockIdLength !== undefined && pending.blockIdLength !== id.length) problems.push(`blockid length ${id.length} differs from the blob's other block ids (${pending.blockIdLength}); Azure requires one length`);
    if (body.length === 0) problems.push("an empty block");
    if (body.length > 4000 * 1024 * 1024) problems.push(`a ${body.length}-byte block, over Azure's 4000 MiB`);
    const md5 = req.headers["content-md5"];
    if (typeof md5 === "string" && md5 !== createHash("md5").update(body).digest("base64")) problems.push("Content-MD5 does not match the block");
    if (pending.uncommitted.size >= MAX_BLOCKS && !pending.uncommitted.has(id)) problems.push(`more than ${MAX_BLOCKS} uncommitted blocks`);
    if (problems.length > 0) {
      this.record(req, "PutBlock", 400);
      this.violations.push(...problems.map((p) => `PutBlock: ${p}`));
      return azureError(res, 400, "InvalidQueryParameterValue", problems.join("; "));
    }
    pending.blockIdLength = id.length;
    pending.uncommitted.set(id, body);
    this.record(req, "PutBlock", 201, { blockid: id, bytes: body.length });
    res.writeHead(201, { ...azureHeaders(req), "Content-MD5": createHash("md5").update(body).digest("base64"), "x-ms-request-server-encrypted": "true", "Content-Length": "0" }).end();
  }

  private putBlockList(req: IncomingMessage, res: ServerResponse, body: Buffer, pending: PendingArtifact): void {
    const xml = body.toString("utf8");
    const problems: string[] = [];
    const list = xml.match(/^(?:<\?xml[^>]*\?>)?\s*<BlockList>([\s\S]*)<\/BlockList>\s*$/);
    if (!list) problems.push(`the body is not a <BlockList> document: ${xml.slice(0, 200)}`);
    const ids: string[] = [];
    if (list) {
      const rest = list[1]!.replace(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g, (_all, kind: string, id: string) => {
        if (kind === "Committed") problems.push(`<Committed>${id}</Committed>: nothing was committed before`);
        ids.push(id);
        return "";
      });
      if (rest.trim()) problems.push(`unexpected content in <BlockList>: ${rest.trim().slice(0, 200)}`);
      if (ids.length === 0) problems.push("an empty block list");
      for (const id of ids) if (!pending.uncommitted.has(id)) problems.push(`block ${id} was never put`);
    }
    const contentType = req.headers["x-ms-blob-content-type"];
    if (problems.length > 0) {
      this.record(req, "PutBlockList", 400, xml);
      this.violations.push(...problems.map((p) => `PutBlockList: ${p}`));
      return azureError(res, 400, "InvalidBlockList", problems.join("; "));
    }
    const bytes = Buffer.concat(ids.map((id) => pending.uncommitted.get(id)!));
    pending.committed = { bytes, blocks: ids.length, ...(typeof contentType === "string" ? { contentType } : {}) };
    pending.uncommitted.clear();
    this.record(req, "PutBlockList", 201, { blocks: ids, contentType });
    res.writeHead(201, {
      ...azureHeaders(req),
      ETag: `"0x${createHash("md5").update(bytes).digest("hex").slice(0, 15).toUpperCase()}"`,
      "Last-Modified": new Date().toUTCString(),
      "x-ms-request-server-encrypted": "true",
      "Content-Length": "0",
    }).end();
  }
}

// ---- the uploaded zip, read back ----

export interface ZipEntry {
  name: string;
  method: "stored" | "deflated";
  bytes: Buffer;
}

/** The entries of a zip (its central directory), inflated and checked against their CRC-32 and sizes. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip: no end of central directory record");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error("a Zip64 archive: this reader handles only small artifacts");
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`central directory entry ${n} has a bad signature`);
    const methodCode = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new Error(`${name}: Zip64 sizes; this reader handles only small artifacts`);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    let bytes: Buffer;
    if (methodCode === 0) bytes = Buffer.from(data);
    else if (methodCode === 8) bytes = inflateRawSync(data);
    else throw new Error(`${name}: compression method ${methodCode}, neither stored (0) nor deflated (8)`);
    if (bytes.length !== size) throw new Error(`${name}: ${bytes.length} bytes inflated, the directory says ${size}`);
    if (crc32(bytes) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    entries.push({ name, method: methodCode === 0 ? "stored" : "deflated", bytes });
  }
  return entries;
}

/** A zip of these files, stored (not compressed), as a test builds an artifact another run uploaded. */
export function storedZip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const bytes = Buffer.from(content);
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(bytes.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, bytes);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(bytes.length, 20);
    entry.writeUInt32LE(bytes.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    offset += 30 + fileName.length + bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---- helpers ----

type FieldType = "string" | "int32" | "int64" | "timestamp";

/** Checks a Twirp JSON body (proto field names) for exactly these fields; `?` marks an optional one. */
function checkFields(body: unknown, fields: Record<string, `${FieldType}` | `${FieldType}?`>): string[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return ["the body is not a JSON object"];
  const b = body as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(b)) if (!(key in fields)) problems.push(`unknown field ${key} (the service's message has no such field; camelCase instead of the proto name?)`);
  for (const [key, spec] of Object.entries(fields)) {
    const optional = spec.endsWith("?");
    const type = spec.replace("?", "") as FieldType;
    const value = b[key];
    if (value === undefined) {
      if (!optional) problems.push(`missing ${key}`);
      continue;
    }
    const ok =
      type === "string" ? typeof value === "string"
      : type === "int32" ? Number.isInteger(value) && Math.abs(value as number) < 2 ** 31
      : type === "int64" ? (typeof value === "string" && /^-?\d+$/.test(value)) || Number.isSafeInteger(value)
      : typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/.test(value) && !Number.isNaN(Date.parse(value));
    if (!ok) problems.push(`${key} is ${JSON.stringify(value)}, not a protobuf-JSON ${type}`);
  }
  return problems;
}

function twirpCode(status: number): string {
  return status === 400 ? "invalid_argument" : status === 401 ? "unauthenticated" : status === 403 ? "permission_denied" : status === 404 ? "not_found" : status === 409 ? "already_exists" : status === 429 ? "resource_exhausted" : status === 503 ? "unavailable" : "internal";
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) }).end(text);
}

/** A Twirp error: {"code", "msg"} with the HTTP status of the code. */
function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  sendJson(res, status, { code, msg });
}

function azureHeaders(req: IncomingMessage): Record<string, string> {
  return {
    "x-ms-request-id": randomUUID(),
    "x-ms-version": String(req.headers["x-ms-version"] ?? "2025-01-05"),
    "x-ms-client-request-id": String(req.headers["x-ms-client-request-id"] ?? ""),
    Date: new Date().toUTCString(),
    Server: "Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0",
  };
}

/** An Azure Storage error: x-ms-error-code and an XML <Error> body. */
function azureError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message.replace(/&/g, "&amp;").replace(/</g, "&lt;")}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
  res.writeHead(status, { "Content-Type": "application/xml", "x-ms-error-code": code, "x-ms-request-id": randomUUID(), "Content-Length": Buffer.byteLength(xml) }).end(xml);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
