// What the runner tells a step through its environment: the repository, the event, and the files
// where outputs, the job summary and temporary data go. The one place that reads GITHUB_* and
// RUNNER_*; the Action reads it once (src/action/main.ts) and every flow gets it in its context.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";

export interface RunnerEnvironment {
  /** owner/name */
  repository: string;
  eventName: string;
  /** The event's payload (GITHUB_EVENT_PATH), {} when there is none. */
  event: Record<string, unknown>;
  sha: string;
  /** This workflow run's id (GITHUB_RUN_ID), for links to it. */
  runId?: string;
  apiUrl: string;
  serverUrl: string;
  workspace: string;
  temp: string;
  stepSummary?: string;
}

export function runnerEnvironment(env: NodeJS.ProcessEnv = process.env): RunnerEnvironment {
  return {
    repository: env.GITHUB_REPOSITORY ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    event: env.GITHUB_EVENT_PATH ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>) : {},
    sha: env.GITHUB_SHA ?? "",
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    temp: env.RUNNER_TEMP || tmpdir(),
    ...(env.GITHUB_STEP_SUMMARY ? { stepSummary: env.GITHUB_STEP_SUMMARY } : {}),
  };
}
