// Workflow artifacts of other runs through the public REST API, for the GitHub stand-in: the
// listing of a run's artifacts (filtered by name) and the zip download, which GitHub answers with
// a 302 to a signed blob URL, or 410 Gone once the artifact has expired. Needs `actions: read`.
import type { ServerResponse } from "node:http";
import { NOT_FOUND, notAccessible, paginate, send } from "./githubStandInHttp.js";
import type { RouteRequest, StandInHost, StandInRoutes } from "./githubStandIn.js";

export interface StandInRunArtifact {
  id: number;
  runId: number;
  name: string;
  /** The zip as the artifact service stored it. */
  zip: Buffer;
  expired: boolean;
  createdAt: string;
  expiresAt: string;
  /** "sha256:<hex>" as recorded at upload, when known. */
  digest?: string;
}

export class StandInArtifacts {
  readonly artifacts: StandInRunArtifact[] = [];
  /** Runs that exist; GitHub answers 404 for the artifacts of any other run id. */
  private readonly runs = new Set<number>();
  private nextId = 4_100_000_001;

  constructor(private readonly host: StandInHost) {}

  /** A workflow run of the repository, with or without artifacts. */
  addRun(runId: number): void {
    this.runs.add(runId);
  }

  addRunArtifact(artifact: { runId: number; name: string; zip: Buffer; expired?: boolean; digest?: string }): StandInRunArtifact {
    this.runs.add(artifact.runId);
    const createdAt = this.host.now();
    const added: StandInRunArtifact = {
      id: this.nextId++,
      expired: false,
      createdAt,
      expiresAt: new Date(Date.parse(createdAt) + (artifact.expired ? -1 : 90) * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z"),
      ...artifact,
    };
    this.artifacts.push(added);
    return added;
  }

  routes(): StandInRoutes {
    return {
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts": (req, res) => this.list(req, res),
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}": (req, res) => this.download(req, res),
    };
  }

  private list(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("actions: read")) return send(res, 403, notAccessible("https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts"));
    if (!this.runs.has(Number(req.params.run_id))) return send(res, 404, NOT_FOUND);
    const name = req.url.searchParams.get("name");
    const listed = this.artifacts.filter((a) => a.runId === Number(req.params.run_id) && (name === null || a.name === name)).sort((a, b) => b.id - a.id);
    paginate(res, req.url, listed.map((a) => this.json(a)), (page) => ({ total_count: listed.length, artifacts: page }));
  }

  private download(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("actions: read")) return send(res, 403, notAccessible("https://docs.github.com/rest/actions/artifacts#download-an-artifact"));
    const artifact = this.artifacts.find((a) => a.id === Number(req.params.artifact_id));
    if (!artifact || req.params.archive_format !== "zip") return send(res, 404, NOT_FOUND);
    if (artifact.expired) return send(res, 410, { message: "Artifact has expired", documentation_url: "https://docs.github.com/rest/actions/artifacts#download-an-artifact", status: "410" });
    res.writeHead(302, { location: this.host.sign({ bytes: artifact.zip, contentType: "application/zip", fileName: `${artifact.name}.zip` }), "content-length": "0" });
    res.end();
  }

  private json(a: StandInRunArtifact) {
    const api = `https://api.github.com/repos/${this.host.owner}/${this.host.repo}`;
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${api}/actions/artifacts/${a.id}`,
      archive_download_url: `${api}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt,
      ...(a.digest ? { digest: a.digest } : {}),
      workflow_run: { id: a.runId, repository_id: 1, head_repository_id: 1, head_branch: "main", head_sha: "0".repeat(40) },
    };
  }
}
