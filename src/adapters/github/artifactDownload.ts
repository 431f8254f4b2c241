// The training artifact, downloaded for the evaluation: from an earlier job of this workflow run
// (by name, through the artifact service the runner provides), or from another run of this
// repository (by name and run id, through the REST API with the token, which needs `actions:
// read`). A missing or expired artifact is an error that names the artifact and the run and says
// what to change.
import { DefaultArtifactClient } from "@actions/artifact";
import { mkdir, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ARTIFACT_SERVICE_ENV } from "./artifactStore.js";
import type { GitHubClient } from "./octokit.js";
import { httpStatus, isPermissionDenied, permissionFix } from "./requestErrors.js";

export interface ArtifactRef {
  name: string;
  /** Another workflow run of this repository; absent: this run. */
  runId?: number;
}

export interface DownloadedArtifact {
  name: string;
  id: number;
  /** The run it came from; undefined for this run. */
  runId?: number;
  /** The folder it was extracted into. */
  path: string;
  files: number;
  bytes: number;
}

export type ArtifactProblem = "not-found" | "expired" | "forbidden" | "no-service" | "digest-mismatch";

export class ArtifactUnavailable extends Error {
  constructor(
    readonly problem: ArtifactProblem,
    readonly artifact: ArtifactRef,
    message: string,
  ) {
    super(message);
    this.name = "ArtifactUnavailable";
  }
}

export interface ArtifactSource {
  /** Downloads and extracts the artifact into `destination`, which must be missing or empty. */
  download(ref: ArtifactRef, destination: string): Promise<DownloadedArtifact>;
}

type ArtifactClient = Pick<DefaultArtifactClient, "getArtifact" | "downloadArtifact">;

export interface ArtifactSourceOptions {
  /** owner/name of this repository. */
  repository: string;
  /** This run's id (GITHUB_RUN_ID), for messages. */
  runId?: string;
  /** The token other runs' artifacts are read with; the client its listing goes through. */
  token?: string;
  octokit?: GitHubClient;
  client?: ArtifactClient;
}

export function workflowArtifactSource(env: Record<string, string | undefined>, options: ArtifactSourceOptions): ArtifactSource {
  const client = options.client ?? new DefaultArtifactClient();
  return {
    async download(ref, destination) {
      await mkdir(destination, { recursive: true });
      if ((await readdir(destination)).length > 0) throw new Error(`cannot download artifact ${ref.name} into ${destination}: the folder is not empty`);
      const found = ref.runId === undefined ? await findInThisRun(env, client, ref, options) : await findInOtherRun(ref, options);
      const download = await client
        .downloadArtifact(found.id, {
          path: destination,
          ...(found.digest ? { expectedHash: found.digest } : {}),
          ...(ref.runId === undefined ? {} : { findBy: { token: options.token!, repositoryOwner: owner(options), repositoryName: repoName(options), workflowRunId: ref.runId } }),
        })
        .catch((error: unknown) => {
          throw downloadFailure(ref, options, error);
        });
      if (download.digestMismatch) {
        throw new ArtifactUnavailable("digest-mismatch", ref, `artifact ${ref.name} (id ${found.id}) from ${runLabel(ref, options)} does not match the digest recorded when it was uploaded (${found.digest}): the download was damaged; run the job again`);
      }
      const { files, bytes } = await measure(destination);
      return { name: ref.name, id: found.id, ...(ref.runId === undefined ? {} : { runId: ref.runId }), path: destination, files, bytes };
    },
  };
}

interface FoundArtifact {
  id: number;
  digest?: string;
}

async function findInThisRun(env: Record<string, string | undefined>, client: ArtifactClient, ref: ArtifactRef, options: ArtifactSourceOptions): Promise<FoundArtifact> {
  const missing = ARTIFACT_SERVICE_ENV.filter((key) => !env[key]);
  if (missing.length > 0) {
    throw new ArtifactUnavailable("no-service", ref, `cannot download artifact ${ref.name}: the workflow artifact service is not available (${missing.join(" and ")} not set: not running inside a GitHub Actions job). Give the adapter's path instead`);
  }
  try {
    const { artifact } = await client.getArtifact(ref.name);
    return { id: artifact.id, ...(artifact.digest ? { digest: artifact.digest } : {}) };
  } catch (error) {
    if (error instanceof Error && error.name === "ArtifactNotFoundError") {
      throw new ArtifactUnavailable(
        "not-found",
        ref,
        `artifact ${ref.name} is not in ${runLabel(ref, options)}: it was not uploaded by an earlier job of this run, or it has expired. ` +
          "The job that trains must finish before this one (`needs: train`), and the name must be its `artifact-name` output; " +
          "to evaluate an artifact of another run, give that run's id too",
      );
    }
    throw error;
  }
}

interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  expires_at: string | null;
  digest?: string | null;
}

async function findInOtherRun(ref: ArtifactRef, options: ArtifactSourceOptions): Promise<FoundArtifact> {
  const { octokit, token } = options;
  if (!octokit || !token) throw new ArtifactUnavailable("forbidden", ref, `cannot download artifact ${ref.name} from ${runLabel(ref, options)}: no GitHub token was given (input github-token)`);
  let listed: ListedArtifact[];
  try {
    listed = (await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner: owner(options), repo: repoName(options), run_id: ref.runId!, name: ref.name, per_page: 100 })) as ListedArtifact[];
  } catch (error) {
    if (isPermissionDenied(error)) throw forbidden(ref, options, error);
    if (httpStatus(error) === 404) throw new ArtifactUnavailable("not-found", ref, `workflow run ${ref.runId} was not found in ${options.repository}: check the run id (the number in the run's URL, …/actions/runs/<id>); artifacts of other repositories are not read`);
    throw error;
  }
  const named = listed.filter((a) => a.name === ref.name).sort((a, b) => b.id - a.id);
  const live = named.find((a) => !a.expired);
  if (live) return { id: live.id, ...(live.digest ? { digest: live.digest } : {}) };
  if (named.length > 0) {
    throw new ArtifactUnavailable(
      "expired",
      ref,
      `artifact ${ref.name} of ${runLabel(ref, options)} expired${named[0]!.expires_at ? ` on ${named[0]!.expires_at}` : ""} and can no longer be downloaded: train again, or keep artifacts longer (train.artifactRetentionDays)`,
    );
  }
  const others = await octokit
    .paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner: owner(options), repo: repoName(options), run_id: ref.runId!, per_page: 100 })
    .then((all) => (all as ListedArtifact[]).map((a) => a.name))
    .catch(() => [] as string[]);
  throw new ArtifactUnavailable(
    "not-found",
    ref,
    `artifact ${ref.name} is not in ${runLabel(ref, options)} (${others.length ? `it has: ${[...new Set(others)].join(", ")}` : "it has no artifacts"}): check the name (the train step's artifact-name output) and the run id`,
  );
}

function downloadFailure(ref: ArtifactRef, options: ArtifactSourceOptions, error: unknown): Error {
  if (httpStatus(error) === 410) return new ArtifactUnavailable("expired", ref, `artifact ${ref.name} of ${runLabel(ref, options)} has expired and can no longer be downloaded: train again, or keep artifacts longer (train.artifactRetentionDays)`);
  if (isPermissionDenied(error)) return forbidden(ref, options, error);
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`downloading artifact ${ref.name} from ${runLabel(ref, options)} failed: ${message}`);
}

function forbidden(ref: ArtifactRef, options: ArtifactSourceOptions, error: Error & { status: number }): ArtifactUnavailable {
  return new ArtifactUnavailable("forbidden", ref, `GitHub refused to list or download the artifacts of ${runLabel(ref, options)} (HTTP ${error.status}: ${error.message}); to read another run's artifacts, ${permissionFix("actions: read")}`);
}

function runLabel(ref: ArtifactRef, options: ArtifactSourceOptions): string {
  if (ref.runId !== undefined) return `workflow run ${ref.runId} of ${options.repository}`;
  return options.runId ? `this workflow run (${options.runId})` : "this workflow run";
}

function owner(options: ArtifactSourceOptions): string {
  return options.repository.split("/")[0] ?? "";
}

function repoName(options: ArtifactSourceOptions): string {
  return options.repository.split("/")[1] ?? "";
}

async function measure(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
