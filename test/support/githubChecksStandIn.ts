// Check runs and commit statuses as GitHub keeps them, for the GitHub stand-in: a check run belongs
// to the app whose token made it (GITHUB_TOKEN's is "github-actions"), annotations are appended on
// every update, listing by ref honours check_name, status, app_id and filter=latest, and what
// GitHub's model refuses beyond its OpenAPI description (an unknown commit, a status description
// over 140 characters) is answered with GitHub's 422.
import type { ServerResponse } from "node:http";
import { NOT_FOUND, notAccessible, paginate, send, validationFailed } from "./githubStandInHttp.js";
import type { RouteRequest, StandInHost, StandInRoutes } from "./githubStandIn.js";

export interface StandInApp {
  id: number;
  slug: string;
  name: string;
}

/** The app behind a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_APP: StandInApp = { id: 15368, slug: "github-actions", name: "GitHub Actions" };

export interface StandInAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
  raw_details?: string;
}

export interface StandInCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: StandInAnnotation[];
  app: StandInApp;
}

export interface StandInStatus {
  id: number;
  sha: string;
  state: string;
  description: string | null;
  targetUrl: string | null;
  context: string;
}

/** GitHub refuses a commit status description longer than this (422, "description is too long"). */
export const STATUS_DESCRIPTION_LIMIT = 140;

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  details_url?: string;
  external_id?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: StandInAnnotation[] };
}

export class StandInChecks {
  readonly checkRuns: StandInCheckRun[] = [];
  readonly statuses: StandInStatus[] = [];
  private nextId = 7_000_000_001;

  constructor(private readonly host: StandInHost) {}

  /** A check run some other app (or an earlier run) left on a commit. */
  seedCheckRun(run: Partial<StandInCheckRun> & { name: string; headSha: string }): StandInCheckRun {
    const seeded: StandInCheckRun = {
      id: this.nextId++,
      status: "completed",
      conclusion: "success",
      startedAt: this.host.now(),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      app: GITHUB_ACTIONS_APP,
      ...run,
    };
    this.checkRuns.push(seeded);
    return seeded;
  }

  routes(): StandInRoutes {
    return {
      "POST /repos/{owner}/{repo}/check-runs": (req, res) => this.create(req, res),
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}": (req, res) => this.update(req, res),
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}": (req, res) => {
        const run = this.checkRuns.find((r) => r.id === Number(req.params.check_run_id));
        return run ? send(res, 200, this.json(run)) : send(res, 404, NOT_FOUND);
      },
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs": (req, res) => this.listForRef(req, res),
      "POST /repos/{owner}/{repo}/statuses/{sha}": (req, res) => this.createStatus(req, res),
    };
  }

  private create(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("checks: write")) return send(res, 403, notAccessible("https://docs.github.com/rest/checks/runs#create-a-check-run"));
    const body = req.body as CheckRunBody;
    const sha = this.host.resolveCommit(body.head_sha ?? "");
    if (!sha || sha !== body.head_sha) return send(res, 422, validationFailed("CheckRun", "head_sha", "invalid", `No commit found for SHA: ${body.head_sha}`));
    const run = this.seedCheckRun({ name: body.name ?? "", headSha: sha, status: "queued", conclusion: null });
    this.apply(run, body);
    send(res, 201, this.json(run));
  }

  private update(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("checks: write")) return send(res, 403, notAccessible("https://docs.github.com/rest/checks/runs#update-a-check-run"));
    const run = this.checkRuns.find((r) => r.id === Number(req.params.check_run_id));
    if (!run) return send(res, 404, NOT_FOUND);
    // A check run is the app's own: another app's token may not touch it.
    if (run.app.id !== GITHUB_ACTIONS_APP.id) return send(res, 403, notAccessible("https://docs.github.com/rest/checks/runs#update-a-check-run"));
    this.apply(run, req.body as CheckRunBody);
    send(res, 200, this.json(run));
  }

  private apply(run: StandInCheckRun, body: CheckRunBody): void {
    if (body.name !== undefined) run.name = body.name;
    if (body.status !== undefined) run.status = body.status;
    if (body.started_at !== undefined) run.startedAt = body.started_at;
    if (body.details_url !== undefined) run.detailsUrl = body.details_url;
    if (body.external_id !== undefined) run.externalId = body.external_id;
    // Giving a conclusion completes the run, whatever status was sent.
    if (body.conclusion !== undefined) {
      run.conclusion = body.conclusion;
      run.status = "completed";
      run.completedAt = body.completed_at ?? this.host.now();
    } else if (run.status !== "completed") {
      run.conclusion = null;
      run.completedAt = null;
    }
    if (body.output) {
      if (body.output.title !== undefined) run.output.title = body.output.title;
      if (body.output.summary !== undefined) run.output.summary = body.output.summary;
      if (body.output.text !== undefined) run.output.text = body.output.text;
      // Each update appends its annotations to those already there.
      run.annotations.push(...(body.output.annotations ?? []));
    }
  }

  private listForRef(req: RouteRequest, res: ServerResponse): void {
    const sha = this.host.resolveCommit(req.params.ref ?? "");
    if (!sha) return send(res, 422, validationFailed("CheckRun", "ref", "invalid", `No commit found for SHA: ${req.params.ref}`));
    const q = req.url.searchParams;
    let runs = this.checkRuns.filter((r) => r.headSha === sha);
    if (q.has("check_name")) runs = runs.filter((r) => r.name === q.get("check_name"));
    if (q.has("status")) runs = runs.filter((r) => r.status === q.get("status"));
    if (q.has("app_id")) runs = runs.filter((r) => r.app.id === Number(q.get("app_id")));
    // Newest first; "latest" (the default) keeps only the newest run of each name and app.
    runs = [...runs].sort((a, b) => b.id - a.id);
    if ((q.get("filter") ?? "latest") === "latest") {
      const seen = new Set<string>();
      runs = runs.filter((r) => {
        const key = `${r.app.id}\u0000${r.name}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    paginate(res, req.url, runs.map((r) => this.json(r)), (page) => ({ total_count: runs.length, check_runs: page }));
  }

  private createStatus(req: RouteRequest, res: ServerResponse): void {
    if (!this.host.allows("statuses: write")) return send(res, 403, notAccessible("https://docs.github.com/rest/commits/statuses#create-a-commit-status"));
    const body = req.body as { state: string; description?: string | null; target_url?: string | null; context?: string };
    const sha = this.host.resolveCommit(req.params.sha ?? "");
    if (!sha || sha !== req.params.sha) return send(res, 422, validationFailed("Status", "sha", "invalid", `No commit found for SHA: ${req.params.sha}`));
    if (body.description && body.description.length > STATUS_DESCRIPTION_LIMIT) {
      this.host.violations.push(`POST /repos/{owner}/{repo}/statuses/{sha}: description of ${body.description.length} characters, over GitHub's ${STATUS_DESCRIPTION_LIMIT}`);
      return send(res, 422, validationFailed("Status", "description", "custom", `description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)`));
    }
    const status: StandInStatus = { id: this.nextId++, sha, state: body.state, description: body.description ?? null, targetUrl: body.target_url ?? null, context: body.context ?? "default" };
    this.statuses.push(status);
    send(res, 201, { id: status.id, state: status.state, description: status.description, target_url: status.targetUrl, context: status.context, creator: this.host.bot });
  }

  private json(run: StandInCheckRun) {
    const web = `https://github.com/${this.host.owner}/${this.host.repo}`;
    return {
      id: run.id,
      node_id: `CR_stand-in-${run.id}`,
      head_sha: run.headSha,
      name: run.name,
      url: `https://api.github.com/repos/${this.host.owner}/${this.host.repo}/check-runs/${run.id}`,
      html_url: `${web}/runs/${run.id}`,
      details_url: run.detailsUrl,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      external_id: run.externalId,
      check_suite: { id: 1 },
      output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `https://api.github.com/repos/${this.host.owner}/${this.host.repo}/check-runs/${run.id}/annotations` },
      app: { ...run.app, node_id: `A_${run.app.id}`, owner: null },
      pull_requests: [],
    };
  }
}
