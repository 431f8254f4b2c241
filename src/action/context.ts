// What every command of the Action receives: the inputs and settings read once, what the runner
// told us about the run, the worker scripts, and one GitHub client made on first use.
import * as core from "@actions/core";
import { createOctokit, type GitHubClient } from "../adapters/github/octokit.js";
import type { Workers } from "../adapters/parallel/reviewInWorker.js";
import { SettingsError, type Settings } from "../settings/settings.js";
import { Input, type ActionInputs } from "./inputs.js";
import type { RunnerEnvironment } from "./runner.js";

export interface ActionContext {
  inputs: ActionInputs;
  settings: Settings;
  runner: RunnerEnvironment;
  workers?: Workers;
  /** The one GitHub client of this run (retries rate limits and 5xx); throws without a token. */
  github(): GitHubClient;
}

export type Command = (context: ActionContext) => Promise<void>;

export function createContext(inputs: ActionInputs, settings: Settings, runner: RunnerEnvironment, workers: Workers | undefined): ActionContext {
  let client: GitHubClient | undefined;
  return {
    inputs,
    settings,
    runner,
    ...(workers ? { workers } : {}),
    github() {
      if (!inputs.githubToken) throw new SettingsError(`input ${Input.githubToken} is empty: pass \${{ github.token }} (the default) or a token that may read the repository`);
      client ??= createOctokit({
        token: inputs.githubToken,
        baseUrl: runner.apiUrl,
        // Retries and rate limits go to the log, not to annotations: those ten places per level
        // belong to the dataset's findings.
        log: { debug: core.debug, info: core.debug, warn: (m) => core.info(m), error: (m) => core.info(m) },
        ...testOnlyClientOptions(runner.apiUrl),
      });
      return client;
    },
  };
}

/**
 * Test-only: FINETUNE_CI_TEST_RETRY_UNIT_MS shortens retry waits (and write pacing is dropped) so
 * that the end-to-end tests can inject rate limits. Honoured only when the API is on this machine
 * (a stand-in server), so it can never change how the Action treats api.github.com.
 */
function testOnlyClientOptions(apiUrl: string): { retryUnitMs?: number; paceWrites?: boolean } {
  const unit = process.env.FINETUNE_CI_TEST_RETRY_UNIT_MS;
  if (!unit || !/^\d+$/.test(unit)) return {};
  const host = new URL(apiUrl).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") return {};
  return { retryUnitMs: Number(unit), paceWrites: false };
}
