// The few GitHub endpoints command: train calls after a merge, served locally: the pull requests of
// a commit, and the issue comments a sticky comment lists, creates and edits.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StandInComment {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string; id: number; type: string };
}

export class MergedPullStandIn {
  readonly requests: string[] = [];
  readonly comments: StandInComment[] = [];
  private nextId = 1;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  private constructor(
    private readonly repo: string,
    /** commit sha -> pull request number it merged */
    private readonly merges: Record<string, number>,
  ) {}

  static async start(repo: string, merges: Record<string, number>): Promise<MergedPullStandIn> {
    const standIn = new MergedPullStandIn(repo, merges);
    standIn.server.listen(0, "127.0.0.1");
    await once(standIn.server, "listening");
    return standIn;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, "close");
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { body: string }) : undefined;
    this.requests.push(`${req.method} ${url.pathname}`);
    const base = `/repos/${this.repo}`;
    let m: RegExpMatchArray | null;
    if (req.method === "GET" && (m = url.pathname.match(new RegExp(`^${base}/commits/([0-9a-f]{40})/pulls$`)))) {
      const number = this.merges[m[1]!];
      const pulls = number === undefined ? [] : [{ number, state: "closed", html_url: `https://github.com/${this.repo}/pull/${number}`, merge_commit_sha: m[1], merged_at: "2026-11-28T11:00:00Z" }];
      return send(res, 200, pulls);
    }
    if ((m = url.pathname.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const issueNumber = Number(m[1]);
      if (req.method === "GET") return send(res, 200, this.comments.filter((c) => c.issueNumber === issueNumber).map((c) => this.json(c)));
      if (req.method === "POST" && body) {
        const comment = { id: this.nextId++, issueNumber, body: body.body, user: { login: "github-actions[bot]", id: 41898282, type: "Bot" } };
        this.comments.push(comment);
        return send(res, 201, this.json(comment));
      }
    }
    if (req.method === "PATCH" && body && (m = url.pathname.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (comment) {
        comment.body = body.body;
        return send(res, 200, this.json(comment));
      }
    }
    send(res, 404, { message: "Not Found" });
  }

  private json(c: StandInComment) {
    return { id: c.id, body: c.body, user: c.user, html_url: `https://github.com/${this.repo}/pull/${c.issueNumber}#issuecomment-${c.id}` };
  }
}

function send(res: ServerResponse, status: number, json: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(json));
}
