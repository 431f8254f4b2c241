// Uploading the adapter and run records as a workflow artifact, so that the evaluation job (and a
// person) can download them. Outside a workflow run the artifact service is not there: the upload
// is then skipped, and the report says so, rather than pretending.
import { DefaultArtifactClient } from "@actions/artifact";

/** What became of an upload, as the training report shows it. */
export type ArtifactStatus = { uploaded: true; name: string; id: number; bytes: number; url?: string } | { uploaded: false; name: string; reason: string };

export interface ArtifactStore {
  /** Uploads `files` (absolute, under `root`) as artifact `name`; never throws for a missing service. */
  upload(name: string, files: string[], root: string, options: { retentionDays?: number }): Promise<ArtifactStatus>;
}

/** The variables the Actions runner gives a JavaScript action for the artifact (Twirp) service. */
export const ARTIFACT_SERVICE_ENV = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"] as const;

export function workflowArtifactStore(env: Record<string, string | undefined>, client: Pick<DefaultArtifactClient, "uploadArtifact"> = new DefaultArtifactClient()): ArtifactStore {
  return {
    async upload(name, files, root, options) {
      const missing = ARTIFACT_SERVICE_ENV.filter((key) => !env[key]);
      if (missing.length > 0) {
        return { uploaded: false, name, reason: `the workflow artifact service is not available (${missing.join(" and ")} not set: not running inside a GitHub Actions job), so nothing was uploaded; the files stay on the runner` };
      }
      const response = await client.uploadArtifact(name, files, root, options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {});
      if (response.id === undefined) return { uploaded: false, name, reason: "the artifact service accepted no files" };
      const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${response.id}` : undefined;
      return { uploaded: true, name, id: response.id, bytes: response.size ?? 0, ...(url ? { url } : {}) };
    },
  };
}
