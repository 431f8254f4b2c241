// A local stand-in for api.github.com: pull requests served from a real git repository, issue
// comments kept in memory, every request recorded and checked against GitHub's OpenAPI
// description, and faults injected on demand. Tests assert on `violations` being empty.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GitRepository } from "./gitRepository.js";
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

export type FaultKind = "bad-gateway" | "secondary-rate-limit" | "primary-rate-limit" | "connection-reset";

export interface Fault {
  method: string;
  /** An OpenAPI path template, e.g. "/repos/{owner}/{repo}/issues/{issue_number}/comments". */
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
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_CAP = 3000;

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Comment writes answer 403, as with the read-only token of a pull request from a fork. */
  readOnly = false;
  private readonly comments: StandInComment[] = [];
  private readonly faults: Required<Fault>[] = [];
  private nextCommentId = 1_000_000;
  private readonly pullFilesCache = new Map<string, object[]>();
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, { message: "stand-in error" });
    });
  });

  private constructor(private readonly options: StandInOptions) {}

  static async start(options: StandInOptions): Promise<GitHubStandIn> {
    const standIn = new GitHubStandIn(options);
    standIn.server.listen(0, "127.0.0.1");
    await once(standIn.server, "listening");
    return standIn;
  }

  /** The GITHUB_API_URL to give a client. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
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

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", this.url);
    const path = decodeURIComponent(url.pathname);
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), headers: { ...req.headers } };
    this.requests.push(record);
    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw.toString("utf8"));
      } catch {
        return this.reject(res, 400, `${method} ${path}: body is not JSON`);
      }
    }
    const operations = githubApiOperations();
    const matched = operations.match(method, path);
    if (!matched) return this.reject(res, 404, `${method} ${path} is not an endpoint of GitHub's REST API`);
    record.route = matched.template;
    const problems = operations.violations(method, matched.template, url.searchParams, record.body);
    if (problems.length > 0) {
      this.violations.push(...problems);
      return send(res, 422, { message: "Invalid request.", errors: problems, status: "422" });
    }
    const fault = this.takeFault(method, matched.template);
    if (fault) {
      record.fault = fault;
      return applyFault(fault, req, res);
    }
    const { owner, repo } = matched.params;
    if (owner !== this.options.owner || repo !== this.options.repo) return send(res, 404, NOT_FOUND);
    await this.route(`${method} ${matched.template}`, matched.params, url, req, res, record.body);
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
        if (this.readOnly) return send(res, 403, NOT_ACCESSIBLE);
        return send(res, 201, this.commentJson(this.seedComment(Number(params.issue_number), (body as { body: string }).body, ACTIONS_BOT)));
      case "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": {
        if (this.readOnly) return send(res, 403, NOT_ACCESSIBLE);
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return send(res, 404, NOT_FOUND);
        comment.body = (body as { body: string }).body;
        return send(res, 200, this.commentJson(comment));
      }
      default:
        return this.reject(res, 501, `the stand-in does not serve ${key}`);
    }
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
    let type: string;
    try {
      type = git(["cat-file", "-t", `${ref}:${path}`]).toString().trim();
    } catch {
      return send(res, 404, NOT_FOUND);
    }
    if (type !== "blob") {
      const names = git(["ls-tree", "--name-only", "-z", `${ref}:${path}`]).toString().split("\0").filter(Boolean);
      return send(res, 200, names.map((name) => ({ type: "file", name, path: `${path}/${name}` })));
    }
    const bytes = git(["show", `${ref}:${path}`]);
    if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept))) {
      // What api.github.com sends for raw content; it tempts a client to decode the bytes as text.
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-length": bytes.length });
      res.end(bytes);
      return;
    }
    send(res, 200, { type: "file", encoding: "base64", path, size: bytes.length, content: bytes.toString("base64") });
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

const NOT_FOUND = { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" };
const NOT_ACCESSIBLE = {
  message: "Resource not accessible by integration",
  documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
  status: "403",
};

function applyFault(kind: FaultKind, req: IncomingMessage, res: ServerResponse): void {
  switch (kind) {
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
  }
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(json));
}

/** GitHub's page-number pagination: per_page (default 30, at most 100), page, and a Link header. */
function paginate(res: ServerResponse, url: URL, items: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30) || 30, 100);
  const page = Math.max(Number(url.searchParams.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, "prev"), link(1, "first")] : []),
    ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
  ];
  send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {});
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

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
