// How the hosted provider talks to the API when things go wrong. Reads are retried with backoff
// (the SDK's own two retries first), honouring retry-after. A call that creates something is
// sent once per attempt, and before every attempt the flow looks for what an earlier attempt (or
// an earlier run) may have created, so a lost answer never becomes a second upload or a second job.
// OpenAI's refusal of fine-tuning (403 training_not_available) becomes one sentence, never a trace.
import { apiFailure, type ApiFailure } from "../../../adapters/openai/failure.js";
import type { FlowLog } from "../../../flow/log.js";
import type { HostedPlan } from "../../plan.js";
import { TrainingFailed } from "../provider.js";
import { windDownRefusal } from "./windDown.js";

const ATTEMPTS = 6;
const MAX_BACKOFF_MS = 60_000;

export interface Calls {
  log: FlowLog;
  pollMs: number;
  now(): number;
  sleep(ms: number): Promise<void>;
  progress(text: string): void;
  /** A read: retried while the failure is worth retrying. */
  read<T>(what: string, call: () => Promise<T>): Promise<T>;
  /** A create: `find` before each attempt, `create` once per attempt. */
  createOnce<T>(what: string, find: () => Promise<T | undefined>, create: () => Promise<T>): Promise<{ value: T; found: boolean }>;
}

export function makeCalls(plan: HostedPlan, options: { log: FlowLog; now(): number; sleep(ms: number): Promise<void>; progress?(text: string): void }): Calls {
  const { log } = options;
  const backoff = (attempt: number, failure: ApiFailure) => Math.min(failure.retryAfterMs ?? plan.follow.pollMs * 2 ** attempt, MAX_BACKOFF_MS);
  const fail = (what: string, error: unknown): never => {
    const failure = apiFailure(error);
    if (failure.kind === "other") throw error;
    if (failure.status === 403 && failure.code === "training_not_available") throw windDownRefusal(plan, failure.message);
    throw new TrainingFailed(`${what} failed: ${describeFailure(failure)}`);
  };
  return {
    log,
    pollMs: plan.follow.pollMs,
    now: options.now,
    sleep: options.sleep,
    progress: options.progress ?? (() => {}),
    async read(what, call) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await call();
        } catch (error) {
          const failure = apiFailure(error);
          if (!failure.retryable || attempt >= ATTEMPTS) return fail(what, error);
          const wait = backoff(attempt, failure);
          log.warning(`${what}: ${describeFailure(failure)}; trying again in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${ATTEMPTS})`);
          await options.sleep(wait);
        }
      }
    },
    async createOnce(what, find, create) {
      for (let attempt = 1; ; attempt++) {
        const existing = await this.read(`looking for an earlier ${what}`, find);
        if (existing !== undefined) return { value: existing, found: true };
        try {
          return { value: await create(), found: false };
        } catch (error) {
          const failure = apiFailure(error);
          if (!failure.retryable || attempt >= ATTEMPTS) return fail(what, error);
          const wait = backoff(attempt, failure);
          // The request may have been served and only its answer lost: the next look finds it.
          log.warning(`${what}: ${describeFailure(failure)}; looking for it and trying again in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${ATTEMPTS})`);
          await options.sleep(wait);
        }
      }
    },
  };
}

export function describeFailure(f: ApiFailure): string {
  const status = f.status !== null ? `HTTP ${f.status}${f.code ? ` ${f.code}` : ""}: ` : "";
  return `${status}${f.message}${f.requestId ? ` (request ${f.requestId})` : ""}`;
}
