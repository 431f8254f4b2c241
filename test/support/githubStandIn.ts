// A local stand-in for api.github.com: pull requests served from a real git repository, issue
// comments, check runs, commit statuses, releases and other runs' artifacts kept in memory, every
// request recorded and checked against GitHub's OpenAPI description (and GitHub's rules the
// description states only in words: per_page at most 100, a comment body at most 65,536
// characters, a token on every call), permissions a workflow's token may lack withheld on demand,
// and faults injected on demand, including a write that happens but whose answer is lost. Tests
// assert on `violations` being empty. A second origin stands for uploads.github.com and for the
// signed storage URLs GitHub redirects downloads to. It also serves the repository's Git LFS
// objects through the LFS batch API (lfsBatchSpec.ts), and refuses files over the contents API's
// size limits as GitHub does.
import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GitRepository } from "./gitRepository.js";
import { StandInArtifacts } from "./githubArtifactsStandIn.js";
import { StandInChecks } from "./githubChecksStandIn.js";
import { StandInReleases } from "./githubReleasesStandIn.js";
import { NOT_FOUND, notAccessible, paginate, readBody, send } from "./githubStandInHttp.js";
import { batchProblems, LFS_MEDIA_TYPE } from "./lfsBatchSpec.js";
import { githubApiOperations } from "./openApiOperations.js";

export interface StandInUser {
  login: string;
  id: number;
  type: "Bot" | "User";
}

/** The identity behind a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT: StandInUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export interface StandInComment {
  id: number;
  body: string;
  user: StandInUser;
  issueNumber: number;
}

export interface PullRequestSpec {
  base: string;
  head: string;
  /** owner/name of the head repository; differs from the base repository for a fork. */
  headRepoFullName?: string;
}

/**
 * - lost-response: the request takes effect (a comment is written), then the connection drops
 *   before the answer: what makes a retried POST write twice.
 * - corrupt-body: the answer's bytes are changed (same length): for the LFS object download.
 */
export type FaultKind = "bad-gateway" | "secondary-rate-limit" | "primary-rate-limit" | "connection-reset" | "lost-response" | "corrupt-body";

/** The LFS routes, which are git's HTTP endpoint and the object storage, not the REST API. */
export const LFS_BATCH_ROUTE = "/{owner}/{repo}.git/info/lfs/objects/batch";
export const LFS_DOWNLOAD_ROUTE = "/lfs-objects/{oid}";

export interface Fault {
  method: string;
  /** An OpenAPI path template, e.g. "/repos/{owner}/{repo}/issues/{issue_number}/comments", or an LFS route. */
  route: string;
  kind: FaultKind;
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  route?: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  fault?: FaultKind;
}

export interface StandInOptions {
  repository: GitRepository;
  owner: string;
  repo: string;
  pulls: Record<number, PullRequestSpec>;
  /** The token every request must carry; without it any token is taken, but one must be there. */
  token?: string;
  /** The contents API's limits; tests lower them to stand for files of many megabytes. */
  contentLimits?: Partial<ContentLimits>;
}

/**
 * "Get repository content" (docs.github.com/rest/repos/contents): up to 1 MB every media type
 * works; between 1 and 100 MB only raw and object do, and the JSON form has content "" and
 * encoding "none"; over 100 MB "this endpoint is not supported". The refusal's shape is GitHub's for
 * a blob over a limit: 403, errors [{ resource: "Blob", field: "data", code: "too_large" }] (as
 * quoted in tinacms/tinacms#1308 for the former 1 MB limit; GitHub does not document the exact
 * wording over 100 MB).
 */
export interface ContentLimits {
  /** Largest file whose content the JSON media type carries: 1 MB. */
  jsonBytes: number;
  /** Largest file served at all: 100 MB. */
  rawBytes: number;
}

const MB = 1024 * 1024;
export const GITHUB_CONTENT_LIMITS: ContentLimits = { jsonBytes: MB, rawBytes: 100 * MB };

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_CAP = 3000;

/** Permissions a workflow's `permissions:` block grants its GITHUB_TOKEN, as the stand-in checks them. */
export type Permission = "checks: write" | "statuses: write" | "contents: write" | "actions: read";

export interface RouteRequest {
  params: Record<string, string>;
  url: URL;
  headers: IncomingMessage["headers"];
  body: unknown;
}
export type StandInRoutes = Record<string, (req: RouteRequest, res: ServerResponse) => void | Promise<void>>;

/** What the parts of the stand-in (checks, releases, artifacts) share. */
export interface StandInHost {
  owner: string;
  repo: string;
  bot: StandInUser;
  violations: string[];
  uploadsUrl: string;
  allows(permission: Permission): boolean;
  /** The full SHA a SHA or ref names in the repository, or undefined. */
  resolveCommit(ref: string): string | undefined;
  /** A signed URL on the storage origin that serves these bytes to a request without credentials. */
  sign(blob: SignedBlob): string;
  /** The stand-in's clock: ISO seconds, one second later on every call, so orderings are strict. */
  now(): string;
}

export interface SignedBlob {
  bytes: Buffer;
  contentType: string;
  fileName?: string;
}

/** A pull request GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls lists for a commit. */
export interface AssociatedPull {
  number: number;
  /** Merged as this very commit (merge_commit_sha), merged some other way, or still open. */
  merged: "as-this-commit" | "elsewhere" | false;
}

/** GitHub refuses an issue comment body over this many characters (422 "body is too long"). */
export const COMMENT_BODY_LIMIT = 65_536;

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Comment writes answer 403, as with the read-only token of a pull request from a fork. */
  readOnly = false;
  readonly checks: StandInChecks;
  readonly releases: StandInReleases;
  readonly artifacts: StandInArtifacts;
  /** Requests that reached the uploads and storage origin. */
  readonly storageRequests: RecordedRequest[] = [];
  private readonly denied = new Set<Permission>();
  private readonly associated = new Map<string, AssociatedPull[]>();
  private readonly signed = new Map<string, SignedBlob>();
  private readonly routes: StandInRoutes;
  private clock = Date.parse("2026-11-30T09:00:00Z");
  private readonly comments: StandInComment[] = [];
  private readonly faults: Required<Fault>[] = [];
  private nextCommentId = 1_000_000;
  private readonly pullFilesCache = new Map<string, object[]>();
  private readonly lfsObjects = new Map<string, Buffer>();
  /** What the batch API tells a client to send to the object storage; never the GitHub token. */
  private readonly storageAuthorization = `RemoteAuth ${randomBytes(12).toString("hex")}`;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { message: "stand-in error" });
    });
  });
  private readonly storage = createServer((req, res) => {
    this.handleStorage(req, res).catch((error: unknown) => {
      this.violations.push(`storage stand-in failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { message: "stand-in error" });
    });
  });

  private constructor(private readonly options: StandInOptions) {
    const standIn = this;
    const host: StandInHost = {
      owner: options.owner,
      repo: options.repo,
      bot: ACTIONS_BOT,
      violations: this.violations,
      get uploadsUrl() {
        return standIn.storageUrl;
      },
      allows: (permission) => !this.denied.has(permission),
      resolveCommit: (ref) => this.resolveCommit(ref),
      sign: (blob) => {
        const token = randomBytes(12).toString("hex");
        this.signed.set(token, blob);
        return `${this.storageUrl}/blobs/${token}?se=2026-11-30T10%3A00%3A00Z&sig=${token}`;
      },
      now: () => new Date((this.clock += 1000)).toISOString().replace(/\.\d+Z$/, "Z"),
    };
    this.checks = new StandInChecks(host);
    this.releases = new StandInReleases(host);
    this.artifacts = new StandInArtifacts(host);
    this.routes = { ...this.checks.routes(), ...this.releases.routes(), ...this.artifacts.routes() };
  }

  static async start(options: StandInOptions): Promise<GitHubStandIn> {
    const standIn = new GitHubStandIn(options);
    standIn.server.listen(0, "127.0.0.1");
    standIn.storage.listen(0, "127.0.0.1");
    await Promise.all([once(standIn.server, "listening"), once(standIn.storage, "listening")]);
    return standIn;
  }

  /** The GITHUB_API_URL to give a client. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The other origin: uploads.github.com and the signed storage downloads are redirected to. */
  get storageUrl(): string {
    const { port } = this.storage.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The token loses a permission, as when the workflow's `permissions:` block leaves it out. */
  deny(permission: Permission): void {
    this.denied.add(permission);
  }

  allow(permission: Permission): void {
    this.denied.delete(permission);
  }

  /** What GET /repos/{owner}/{repo}/commits/{sha}/pulls lists for a commit. */
  associatePulls(sha: string, pulls: AssociatedPull[]): void {
    this.associated.set(sha, pulls);
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  seedComment(issueNumber: number, body: string, user: StandInUser): StandInComment {
    const comment = { id: this.nextCommentId++, body, user, issueNumber };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StandInComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  /**
   * Stores `content` as a Git LFS object and returns the pointer file to commit in its place (the
   * format of git-lfs's docs/spec.md, as `git lfs pointer` writes it).
   */
  lfsPointer(content: string | Uint8Array, options: { store?: boolean } = {}): string {
    const bytes = Buffer.from(content);
    const oid = createHash("sha256").update(bytes).digest("hex");
    if (options.store !== false) this.lfsObjects.set(oid, bytes);
    return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${bytes.length}\n`;
  }

  async stop(): Promise<void> {
    for (const server of [this.server, this.storage]) {
      server.closeAllConnections();
      server.close();
    }
    await Promise.all([once(this.server, "close"), once(this.storage, "close")]);
  }

  private resolveCommit(ref: string): string | undefined {
    if (!/^[\w./-]+$/.test(ref) || ref.startsWith("-")) return undefined;
    try {
      return this.options.repository.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).toString().trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The second origin: release asset uploads, and signed downloads that must carry no credentials. */
  private async handleStorage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.storageUrl);
    const raw = await readBody(req);
    this.storageRequests.push({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), headers: { ...req.headers } });
    const blob = url.pathname.match(/^\/blobs\/([0-9a-f]+)$/);
    if (!blob) return this.releases.upload(req, res, url, raw);
    const found = this.signed.get(blob[1]!);
    const problems: string[] = [];
    if (req.method !== "GET") problems.push(`${req.method} on a signed download URL`);
    if (!found || url.searchParams.get("sig") !== blob[1]) problems.push("a signed URL that was never handed out, or its signature altered");
    // S3 and Azure refuse a request carrying both a signature and an Authorization header; a
    // client that forwarded its GitHub token there would also leak it to the storage host.
    if (req.headers.authorization) problems.push("an Authorization header sent to signed storage (the GitHub token must not follow the redirect)");
    if (problems.length > 0 || !found) {
      this.violations.push(...problems.map((p) => `storage ${url.pathname}: ${p}`));
      return send(res, 400, { message: problems.join("; ") });
    }
    res.writeHead(200, {
      "content-type": found.contentType,
      "content-length": String(found.bytes.length),
      ...(found.fileName ? { "content-disposition": `attachment; filename=${found.fileName}; filename*=UTF-8''${encodeURIComponent(found.fileName)}` } : {}),
    });
    res.end(found.bytes);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", this.url);
    const path = decodeURIComponent(url.pathname);
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), headers: { ...req.headers } };
    this.requests.push(record);
    const lfs = /^\/([^/]+)\/([^/]+)\.git\/info\/lfs\/objects\/batch$/.exec(path);
    if (lfs) return this.lfsBatch(method, lfs[1]!, lfs[2]!, raw, req, res, record);
    const object = /^\/lfs-objects\/([0-9a-f]{64})$/.exec(path);
    if (object) return this.lfsDownload(method, object[1]!, req, res, record);
    if (!this.authorized(req.headers.authorization, /^(?:token|bearer) (.+)$/i)) {
      return this.reject(res, 401, `${method} ${path}: no valid token in the Authorization header (got ${req.headers.authorization === undefined ? "none" : "another"})`);
    }
    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw.toString("utf8"));
      } catch {
        return this.reject(res, 400, `${method} ${path}: body is not JSON`);
      }
    }
    const operations = githubApiOperations();
    // Matched on the raw path: a parameter may hold an encoded slash (a tag such as model%2Fx).
    const matched = operations.match(method, url.pathname);
    if (!matched) return this.reject(res, 404, `${method} ${path} is not an endpoint of GitHub's REST API`);
    record.route = matched.template;
    const problems = operations.violations(method, matched.template, url.searchParams, record.body);
    if (problems.length > 0) {
      this.violations.push(...problems);
      return send(res, 422, { message: "Invalid request.", errors: problems, status: "422" });
    }
    const fault = this.takeFault(method, matched.template);
    if (fault) record.fault = fault;
    if (fault && fault !== "lost-response" && fault !== "corrupt-body") return applyFault(fault, req, res);
    // The request is carried out; only its answer never arrives.
    if (fault === "lost-response") loseResponse(req, res);
    const { owner, repo } = matched.params;
    if (owner !== this.options.owner || repo !== this.options.repo) return send(res, 404, NOT_FOUND);
    await this.route(`${method} ${matched.template}`, matched.params, url, req, res, record.body);
  }

  /** Whether the Authorization header carries the token, in the form `pattern` captures. */
  private authorized(header: string | undefined, pattern: RegExp): boolean {
    const token = pattern.exec(header ?? "")?.[1];
    return token !== undefined && token !== "" && (this.options.token === undefined || token === this.options.token);
  }

  /** POST {owner}/{repo}.git/info/lfs/objects/batch, as git-lfs's docs/api/batch.md specifies it. */
  private lfsBatch(method: string, owner: string, repo: string, raw: Buffer, req: IncomingMessage, res: ServerResponse, record: RecordedRequest): void {
    record.route = LFS_BATCH_ROUTE;
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => send(res, status, json, { "content-type": LFS_MEDIA_TYPE, ...headers });
    const refuse = (status: number, violation: string, headers: Record<string, string> = {}) => {
      this.violations.push(violation);
      reply(status, { message: violation }, headers);
    };
    if (method !== "POST") return refuse(405, `${method} ${LFS_BATCH_ROUTE}: the batch API takes POST only`);
    if (!String(req.headers.accept).includes(LFS_MEDIA_TYPE)) return refuse(406, `${LFS_BATCH_ROUTE}: Accept must be ${LFS_MEDIA_TYPE} (got ${req.headers.accept})`);
    if (!String(req.headers["content-type"]).startsWith(LFS_MEDIA_TYPE)) return refuse(415, `${LFS_BATCH_ROUTE}: Content-Type must be ${LFS_MEDIA_TYPE} (got ${req.headers["content-type"]})`);
    // git and git-lfs on a runner authenticate as actions/checkout sets them up: Basic, the token as password.
    const basic = /^basic (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const password = basic ? Buffer.from(basic, "base64").toString("utf8").replace(/^[^:]*:/, "") : undefined;
    if (!this.authorized(password === undefined ? undefined : `token ${password}`, /^token (.+)$/)) {
      return refuse(401, `${LFS_BATCH_ROUTE}: no Basic authorization with the token`, { "lfs-authenticate": 'Basic realm="GitHub"' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      return refuse(422, `${LFS_BATCH_ROUTE}: body is not JSON`);
    }
    const problems = batchProblems("request", body);
    if (problems.length) {
      this.violations.push(...problems);
      return reply(422, { message: problems.join("; ") });
    }
    const request = body as { operation: string; objects: { oid: string; size: number }[] };
    if (request.operation !== "download") return refuse(403, `${LFS_BATCH_ROUTE}: finetune-ci only ever downloads, and asked to ${request.operation}`);
    const fault = this.takeFault(method, LFS_BATCH_ROUTE);
    if (fault) {
      record.fault = fault;
      return applyFault(fault, req, res);
    }
    if (owner !== this.options.owner || repo !== this.options.repo) return reply(404, { message: "Repository not found" });
    const answer = {
      transfer: "basic",
      objects: request.objects.map(({ oid, size }) => {
        const stored = this.lfsObjects.get(oid);
        if (!stored) return { oid, size, error: { code: 404, message: "Object does not exist" } };
        if (stored.length !== size) return { oid, size, error: { code: 422, message: "Object size does not match" } };
        return {
          oid,
          size,
          authenticated: true,
          actions: { download: { href: `${this.url}/lfs-objects/${oid}`, header: { Authorization: this.storageAuthorization }, expires_in: 3600 } },
        };
      }),
    };
    // The stand-in holds itself to the spec too.
    this.violations.push(...batchProblems("response", answer).map((p) => `stand-in: ${p}`));
    reply(200, answer);
  }

  /** The object storage a batch answer points at: it wants the header the answer gave, and never sees the GitHub token. */
  private lfsDownload(method: string, oid: string, req: IncomingMessage, res: ServerResponse, record: RecordedRequest): void {
    record.route = LFS_DOWNLOAD_ROUTE;
    if (method !== "GET") return this.reject(res, 405, `${method} ${LFS_DOWNLOAD_ROUTE}: downloads are GET`);
    const token = this.options.token;
    const leaked = Object.entries(req.headers).filter(([, v]) => token !== undefined && String(v).includes(token));
    if (leaked.length || /^(basic|token|bearer) /i.test(req.headers.authorization ?? "")) {
      this.violations.push(`${LFS_DOWNLOAD_ROUTE}: the GitHub token was sent to the object storage (${leaked.map(([k]) => k).join(", ") || "authorization"})`);
    }
    if (req.headers.authorization !== this.storageAuthorization) return this.reject(res, 403, `${LFS_DOWNLOAD_ROUTE}: not the header the batch answer gave`);
    const stored = this.lfsObjects.get(oid);
    if (!stored) return send(res, 404, { message: "Not Found" });
    const fault = this.takeFault(method, LFS_DOWNLOAD_ROUTE);
    if (fault) record.fault = fault;
    if (fault && fault !== "corrupt-body") return applyFault(fault, req, res);
    const bytes = fault === "corrupt-body" ? Buffer.from(stored.map((b, i) => (i === 0 ? b ^ 0xff : b))) : stored;
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
    res.end(bytes);
  }

  private async route(
    key: string,
    params: Record<string, string>,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
  ): Promise<void> {
    switch (key) {
      case "GET /repos/{owner}/{repo}/pulls/{pull_number}":
        return this.getPull(Number(params.pull_number), res);
      case "GET /repos/{owner}/{repo}/pulls/{pull_number}/files":
        return this.listPullFiles(Number(params.pull_number), url, res);
      case "GET /repos/{owner}/{repo}/compare/{basehead}":
        return this.compare(params.basehead ?? "", url, res);
      case "GET /repos/{owner}/{repo}/contents/{path}":
        return this.getContent(params.path ?? "", url.searchParams.get("ref") ?? "HEAD", req, res);
      case "GET /repos/{owner}/{repo}/issues/{issue_number}/comments":
        return paginate(res, url, this.commentsOn(Number(params.issue_number)).map((c) => this.commentJson(c)));
      case "POST /repos/{owner}/{repo}/issues/{issue_number}/comments":
        if (this.readOnly) return send(res, 403, notAccessible("https://docs.github.com/rest/issues/comments#create-an-issue-comment"));
        if (this.tooLong(body, key, res)) return;
        return send(res, 201, this.commentJson(this.seedComment(Number(params.issue_number), (body as { body: string }).body, ACTIONS_BOT)));
      case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        if (this.readOnly) return send(res, 403, notAccessible("https://docs.github.com/rest/issues/comments#create-an-issue-comment"));
        if (this.tooLong(body, key, res)) return;
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return send(res, 404, NOT_FOUND);
        comment.body = (body as { body: string }).body;
        return send(res, 200, this.commentJson(comment));
      }
      case "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls":
        return this.associatedPulls(params.commit_sha ?? "", url, res);
      default: {
        const handler = this.routes[key];
        if (handler) return handler({ params, url, headers: req.headers, body }, res);
        return this.reject(res, 501, `the stand-in does not serve ${key}`);
      }
    }
  }

  /** GitHub's own rule on comment bodies, which its OpenAPI description leaves out. */
  private tooLong(body: unknown, key: string, res: ServerResponse): boolean {
    const text = (body as { body: string }).body;
    if (text.length <= COMMENT_BODY_LIMIT) return false;
    this.violations.push(`${key}: body is ${text.length} characters, over GitHub's ${COMMENT_BODY_LIMIT}`);
    send(res, 422, {
      message: "Validation Failed",
      errors: [{ resource: "IssueComment", code: "custom", field: "body", message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` }],
      status: "422",
    });
    return true;
  }

  private associatedPulls(ref: string, url: URL, res: ServerResponse): void {
    const sha = this.resolveCommit(ref);
    if (!sha) return send(res, 422, { message: `No commit found for SHA: ${ref}`, status: "422" });
    const web = `https://github.com/${this.options.owner}/${this.options.repo}`;
    const pulls = (this.associated.get(sha) ?? []).map((p) => ({
      number: p.number,
      html_url: `${web}/pull/${p.number}`,
      state: p.merged ? "closed" : "open",
      merged_at: p.merged ? "2026-11-30T08:00:00Z" : null,
      merge_commit_sha: p.merged === "as-this-commit" ? sha : p.merged === "elsewhere" ? "f".repeat(40) : null,
    }));
    paginate(res, url, pulls);
  }

  private getPull(number: number, res: ServerResponse): void {
    const pull = this.options.pulls[number];
    if (!pull) return send(res, 404, NOT_FOUND);
    const fullName = `${this.options.owner}/${this.options.repo}`;
    const side = (ref: string, repoFullName: string) => ({
      ref,
      sha: this.options.repository.git(["rev-parse", ref]).toString().trim(),
      repo: { full_name: repoFullName, fork: repoFullName !== fullName },
    });
    send(res, 200, {
      number,
      state: "open",
      head: side(pull.head, pull.headRepoFullName ?? fullName),
      base: side(pull.base, fullName),
    });
  }

  private listPullFiles(number: number, url: URL, res: ServerResponse): void {
    const pull = this.options.pulls[number];
    if (!pull) return send(res, 404, NOT_FOUND);
    const git = this.options.repository.git;
    const range = `${git(["rev-parse", pull.base]).toString().trim()}...${git(["rev-parse", pull.head]).toString().trim()}`;
    // Every page would otherwise diff the whole pull request again.
    let files = this.pullFilesCache.get(range);
    if (!files) {
      files = pullFiles(this.options.repository, range);
      this.pullFilesCache.set(range, files);
    }
    paginate(res, url, files.slice(0, PULL_FILES_CAP));
  }

  /**
   * A three-dot comparison, BASE...HEAD, of two commits (SHAs, branches or tags) of the
   * repository: the merge base from `git merge-base`, the commits HEAD has beyond it (paginated as
   * GitHub does, oldest first), and the other fields GitHub's description requires. GitHub also
   * lists up to 300 changed files on the first page; the stand-in leaves out that optional field.
   */
  private compare(basehead: string, url: URL, res: ServerResponse): void {
    const git = (args: string[]) => this.options.repository.git(args).toString("utf8").trim();
    const [baseRef, headRef, ...rest] = basehead.split("...");
    if (!baseRef || !headRef || rest.length > 0) return send(res, 404, NOT_FOUND);
    let base: string;
    let head: string;
    try {
      base = git(["rev-parse", "--verify", "--quiet", `${baseRef}^{commit}`]);
      head = git(["rev-parse", "--verify", "--quiet", `${headRef}^{commit}`]);
    } catch {
      return send(res, 404, NOT_FOUND);
    }
    let mergeBase: string;
    try {
      mergeBase = git(["merge-base", base, head]);
    } catch {
      // Unrelated histories: GitHub answers 404 "No common ancestor between ...".
      return send(res, 404, { ...NOT_FOUND, message: `No common ancestor between ${baseRef} and ${headRef}.` });
    }
    const ahead = git(["rev-list", "--reverse", `${mergeBase}..${head}`]).split("\n").filter(Boolean);
    const behindBy = Number(git(["rev-list", "--count", `${mergeBase}..${base}`]));
    const status = ahead.length && behindBy ? "diverged" : ahead.length ? "ahead" : behindBy ? "behind" : "identical";
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 250) || 250, 250);
    const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
    const web = `https://github.com/${this.options.owner}/${this.options.repo}`;
    const api = `https://api.github.com/repos/${this.options.owner}/${this.options.repo}`;
    send(res, 200, {
      url: `${api}/compare/${basehead}`,
      html_url: `${web}/compare/${basehead}`,
      permalink_url: `${web}/compare/${this.options.owner}:${base.slice(0, 7)}...${this.options.owner}:${head.slice(0, 7)}`,
      diff_url: `${web}/compare/${basehead}.diff`,
      patch_url: `${web}/compare/${basehead}.patch`,
      base_commit: this.commitJson(base),
      merge_base_commit: this.commitJson(mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits: ahead.slice((page - 1) * perPage, page * perPage).map((sha) => this.commitJson(sha)),
    });
  }

  /** A commit as the REST API's `commit` schema requires it, read from the repository. */
  private commitJson(sha: string) {
    const [tree, parents, authorName, authorEmail, authorDate, committerName, committerEmail, committerDate, ...message] = this.options.repository
      .git(["show", "-s", "--format=%T%n%P%n%an%n%ae%n%aI%n%cn%n%ce%n%cI%n%B", sha])
      .toString("utf8")
      .trimEnd()
      .split("\n");
    const api = `https://api.github.com/repos/${this.options.owner}/${this.options.repo}`;
    const web = `https://github.com/${this.options.owner}/${this.options.repo}`;
    return {
      url: `${api}/commits/${sha}`,
      sha,
      node_id: `C_stand-in-${sha.slice(0, 12)}`,
      html_url: `${web}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      commit: {
        url: `${api}/git/commits/${sha}`,
        author: { name: authorName, email: authorEmail, date: authorDate },
        committer: { name: committerName, email: committerEmail, date: committerDate },
        message: message.join("\n"),
        comment_count: 0,
        tree: { sha: tree, url: `${api}/git/trees/${tree}` },
      },
      // No GitHub accounts behind the stand-in's identities.
      author: null,
      committer: null,
      parents: (parents ?? "").split(" ").filter(Boolean).map((parent) => ({ sha: parent, url: `${api}/commits/${parent}`, html_url: `${web}/commit/${parent}` })),
    };
  }

  private getContent(path: string, ref: string, req: IncomingMessage, res: ServerResponse): void {
    const git = this.options.repository.git;
    const object = path === "" ? `${ref}^{tree}` : `${ref}:${path}`;
    let type: string;
    try {
      type = git(["cat-file", "-t", object]).toString().trim();
    } catch {
      return send(res, 404, NOT_FOUND);
    }
    const api = `https://api.github.com/repos/${this.options.owner}/${this.options.repo}`;
    if (type !== "blob") {
      // "<mode> <type> <sha> <size>\t<name>" per entry; the size is "-" for folders.
      const entries = git(["ls-tree", "-z", "-l", object]).toString().split("\0").filter(Boolean);
      return send(
        res,
        200,
        entries.map((entry) => {
          const [meta, name] = entry.split("\t") as [string, string];
          const [, kind, sha, size] = meta.split(/\s+/) as [string, string, string, string];
          const full = path === "" ? name : `${path}/${name}`;
          const url = `${api}/contents/${full}?ref=${ref}`;
          return {
            type: kind === "tree" ? "dir" : kind === "commit" ? "submodule" : "file",
            size: Number(size) || 0,
            name,
            path: full,
            sha,
            url,
            git_url: `${api}/git/${kind === "tree" ? "trees" : "blobs"}/${sha}`,
            html_url: null,
            download_url: null,
            _links: { self: url, git: null, html: null },
          };
        }),
      );
    }
    const size = Number(git(["cat-file", "-s", object]).toString().trim());
    const limits = { ...GITHUB_CONTENT_LIMITS, ...this.options.contentLimits };
    if (size > limits.rawBytes) {
      return send(res, 403, {
        message: "This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.",
        errors: [{ resource: "Blob", field: "data", code: "too_large" }],
        documentation_url: "https://docs.github.com/rest/repos/contents#get-repository-content",
        status: "403",
      });
    }
    const bytes = git(["show", object]);
    if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept))) {
      // What api.github.com sends for raw content; it tempts a client to decode the bytes as text.
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-length": bytes.length });
      res.end(bytes);
      return;
    }
    const sha = git(["rev-parse", object]).toString().trim();
    // Between 1 and 100 MB the JSON form says how large the file is, but carries none of it.
    const content = size > limits.jsonBytes ? { encoding: "none", content: "" } : { encoding: "base64", content: bytes.toString("base64") };
    send(res, 200, { type: "file", ...content, name: path.split("/").pop(), path, sha, size });
  }

  private commentJson(comment: StandInComment) {
    const htmlUrl = `https://github.com/${this.options.owner}/${this.options.repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`;
    return { id: comment.id, body: comment.body, user: comment.user, html_url: htmlUrl };
  }

  private takeFault(method: string, route: string): FaultKind | undefined {
    const fault = this.faults.find((f) => f.method === method && f.route === route && f.times > 0);
    if (!fault) return undefined;
    fault.times--;
    return fault.kind;
  }

  private reject(res: ServerResponse, status: number, violation: string): void {
    this.violations.push(violation);
    send(res, status, { message: violation, status: String(status) });
  }
}

function applyFault(kind: FaultKind, req: IncomingMessage, res: ServerResponse): void {
  switch (kind) {
    // Where a request has no effect to carry out, a lost answer is a dropped connection.
    case "lost-response":
    case "connection-reset":
      req.socket.destroy();
      return;
    case "bad-gateway":
      return send(res, 502, { message: "Server Error" });
    case "secondary-rate-limit":
      return send(
        res,
        403,
        { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", status: "403" },
        { "retry-after": "1" },
      );
    case "primary-rate-limit":
      return send(
        res,
        403,
        { message: "API rate limit exceeded for installation.", status: "403" },
        { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000)) },
      );
    case "corrupt-body":
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end("{ not json");
      return;
  }
}

/** Lets the handler carry out the request, then drops the connection instead of answering. */
function loseResponse(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead = (() => res) as unknown as ServerResponse["writeHead"];
  res.end = (() => {
    req.socket.destroy();
    return res;
  }) as unknown as ServerResponse["end"];
}

const STATUS: Record<string, string> = { A: "added", M: "modified", D: "removed", R: "renamed", C: "copied", T: "changed" };

/** The pull request's files as GitHub computes them: a diff from the merge base, renames found. */
function pullFiles(repository: GitRepository, range: string): object[] {
  const head = range.split("...")[1]!;
  const git = (args: string[]) => repository.git(args).toString("utf8").split("\0");
  const blobs = new Map<string, string>();
  for (const entry of git(["ls-tree", "-r", "-z", head])) {
    const [meta, path] = entry.split("\t");
    if (path !== undefined) blobs.set(path, meta!.split(" ")[2]!);
  }
  const counts = new Map<string, { additions: number; deletions: number }>();
  const numstat = git(["diff", "-z", "--numstat", "-M", range]);
  for (let i = 0; i < numstat.length - 1; ) {
    const [added, deleted, path] = numstat[i++]!.split("\t");
    // A rename leaves the path empty and gives the old and new names as the next two fields.
    const filename = path === "" ? (i++, numstat[i++]!) : path!;
    // Binary files count "-": GitHub reports 0 changes for them.
    counts.set(filename, { additions: Number(added) || 0, deletions: Number(deleted) || 0 });
  }
  const fields = git(["diff", "-z", "--name-status", "-M", range]);
  const files: object[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const letter = fields[i++]![0]!;
    const previous = letter === "R" || letter === "C" ? fields[i++] : undefined;
    const filename = fields[i++]!;
    const { additions, deletions } = counts.get(filename) ?? { additions: 0, deletions: 0 };
    files.push({
      sha: blobs.get(filename) ?? null,
      filename,
      status: STATUS[letter] ?? "changed",
      additions,
      deletions,
      changes: additions + deletions,
      ...(previous === undefined ? {} : { previous_filename: previous }),
    });
  }
  return files;
}
