// Following a fine-tuning job until it ends: its status with backoff (the first wait grows by half
// each time, up to a minute), each new event told in the log as it comes (steps with train and
// validation loss, and the API's messages), and a timeout after which the job keeps running at the
// provider and a later run picks it up.
import type { FineTuningApi, FineTuningJob, FineTuningJobEvent } from "../../../adapters/openai/fineTuning.js";
import { duration, int, num } from "../../../report/format.js";
import { lossText } from "../../progress.js";
import type { HostedPlan } from "../../plan.js";
import { TrainingFailed } from "../provider.js";
import type { Calls } from "./calls.js";

export const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);
const MAX_POLL_MS = 60_000;

/** What a status means to a person reading the log. */
export const STATUS_TEXT: Record<string, string> = {
  validating_files: "validating the files",
  queued: "queued",
  running: "training",
  pausing: "pausing",
  paused: "paused (resume it at the provider)",
  succeeded: "succeeded",
  failed: "failed",
  cancelled: "cancelled",
};

export async function followJob(api: FineTuningApi, calls: Calls, plan: HostedPlan, job: FineTuningJob): Promise<FineTuningJob> {
  const started = calls.now();
  let current = job;
  let lastEvent: string | undefined;
  let lastStatus = "";
  let wait = calls.pollMs;
  for (;;) {
    const events = await calls.read(`the events of job ${current.id}`, () => api.listEvents(current.id, lastEvent));
    for (const event of events) {
      calls.log.info(describeEvent(event));
      lastEvent = event.id;
      const step = stepOf(event);
      if (step) calls.progress(`job ${current.id}: step ${step.step}${step.total ? `/${step.total}` : ""}${step.loss !== null ? ` · loss ${lossText(step.loss)}` : ""}`);
    }
    if (current.status !== lastStatus) {
      lastStatus = current.status;
      calls.log.info(`job ${current.id}: ${STATUS_TEXT[current.status] ?? current.status}`);
      calls.progress(`job ${current.id}: ${STATUS_TEXT[current.status] ?? current.status}`);
    }
    if (TERMINAL.has(current.status)) return current;
    const waited = calls.now() - started;
    if (waited >= plan.follow.timeoutMs) {
      throw new TrainingFailed(
        `job ${current.id} is still ${STATUS_TEXT[current.status] ?? current.status} after ${duration(waited / 1000)} (train.openai.timeoutMinutes); it keeps running at the provider. Run command: train again (or finetune-ci train --resume) to pick it up: no second job is created.`,
      );
    }
    await calls.sleep(Math.min(wait, plan.follow.timeoutMs - waited));
    wait = Math.min(wait * 1.5, MAX_POLL_MS);
    current = await calls.read(`the status of job ${current.id}`, () => api.retrieveJob(current.id));
  }
}

interface StepData {
  step: number;
  total: number | null;
  loss: number | null;
  validLoss: number | null;
}

function stepOf(event: FineTuningJobEvent): StepData | undefined {
  const data = event.data as Record<string, unknown> | null | undefined;
  if (event.type !== "metrics" || !data || typeof data.step !== "number") return undefined;
  const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  return { step: data.step, total: n(data.total_steps), loss: n(data.train_loss), validLoss: n(data.full_valid_loss) ?? n(data.valid_loss) };
}

/** One log line per event: a step's losses, or the API's own message. */
export function describeEvent(event: FineTuningJobEvent): string {
  const step = stepOf(event);
  if (!step) return `${event.level === "info" ? "" : `${event.level}: `}${event.message}`;
  const parts = [step.total ? `step ${int(step.step)}/${int(step.total)} (${num((100 * step.step) / step.total, 0)}%)` : `step ${int(step.step)}`];
  if (step.loss !== null) parts.push(`loss ${lossText(step.loss)}`);
  if (step.validLoss !== null) parts.push(`validation loss ${lossText(step.validLoss)}`);
  return parts.join(" · ");
}
