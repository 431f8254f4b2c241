// The one way this project talks to the GitHub REST API: an Octokit that survives rate limits and
// transient server errors, but gives up at once on answers that retrying cannot change.
import { retry } from "@octokit/plugin-retry";
import { throttling, type ThrottlingOptions } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

export type GitHubClient = InstanceType<typeof ResilientOctokit>;

export interface OctokitLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface CreateOctokitOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GHES host, or a local stand-in in tests. */
  baseUrl?: string;
  log: OctokitLog;
  /**
   * Milliseconds per second of Retry-After and of plugin-retry's quadratic backoff. GitHub's
   * 1000 in production; tests pass 1 so that a "retry-after: 1" costs a millisecond.
   */
  retryUnitMs?: number;
  /**
   * GitHub asks integrations to leave a second between writes, and plugin-throttling spaces
   * comment writes up to three seconds. Only tests against a local server turn it off.
   */
  paceWrites?: boolean;
}

const ResilientOctokit = Octokit.plugin(retry, throttling);

/** Both plugins count retries after the first attempt: at most three requests in all. */
const MAX_RETRIES = 2;

// plugin-retry handles network errors and 5xx. 403 and 429 are left to plugin-throttling, which
// retries them only when they are rate limits: a 403 such as "Resource not accessible by
// integration" (a fork's read-only token) can never succeed and must fail fast.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

// Each client's retry unit, for the one caller that retries by hand (a comment write, which must
// look before it writes again: stickyComment.ts).
const RETRY_UNITS = new WeakMap<object, number>();

/** plugin-retry's wait before retry number `retry` (1, 2...): the square of it, in the client's unit. */
export function retryDelayMs(client: GitHubClient, retry: number): number {
  return (RETRY_UNITS.get(client) ?? 1000) * retry * retry;
}

/** The client makes at most this many attempts at one request (the first and MAX_RETRIES more). */
export const MAX_ATTEMPTS = 3;

export function createOctokit(options: CreateOctokitOptions): GitHubClient {
  const { token, baseUrl, log, retryUnitMs = 1000, paceWrites = true } = options;
  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: retryUnitMs,
    onRateLimit: (retryAfter, request, _octokit, retryCount) =>
      retryOrGiveUp(log, `GitHub API rate limit reached by ${request.method} ${request.url}`, retryAfter, retryCount),
    onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) =>
      retryOrGiveUp(log, `GitHub API secondary rate limit hit by ${request.method} ${request.url}`, retryAfter, retryCount),
    ...(paceWrites ? {} : { write: UNPACED_GROUP, notifications: UNPACED_GROUP }),
  };
  const client = new ResilientOctokit({
    auth: token,
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, "") } : {}),
    log: quietRequestLog(log),
    throttle,
    retry: { retries: MAX_RETRIES, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: retryUnitMs },
  });
  RETRY_UNITS.set(client, retryUnitMs);
  return client;
}

function retryOrGiveUp(log: OctokitLog, what: string, retryAfter: number, retryCount: number): boolean {
  const retry = retryCount < MAX_RETRIES;
  log.warn(retry ? `${what}; retry ${retryCount + 1} of ${MAX_RETRIES} after ${retryAfter} s` : `${what}; giving up after ${MAX_RETRIES} retries`);
  return retry;
}

type LimiterGroup = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>["write"]>;

// plugin-throttling only calls group.key(id).schedule(options, task, ...args); a group that runs
// the task at once removes the spacing without importing its undeclared Bottleneck dependency.
const UNPACED_GROUP = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(task(...args)),
  }),
} as unknown as LimiterGroup;

// @octokit/rest logs every response at info and every failed request at error. On a runner
// core.error makes an annotation, and an expected 404 (a file added by the pull request has no
// base version) or a retried 502 is not one: failures reach the caller as thrown errors or
// results anyway, so the per-request lines go to debug. Plugin warnings (rate limits) stay.
function quietRequestLog(log: OctokitLog): OctokitLog {
  const debug = (message: string) => log.debug(message);
  return { debug, info: debug, warn: (message) => log.warn(message), error: debug };
}
