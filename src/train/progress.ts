// train.py's FINETUNE_CI_PROGRESS stdout lines (self-hosted-runner/README.md, "Progress lines"),
// parsed into events and told as one readable log line each. Unknown fields are ignored, as the
// runner's contract asks, so a newer train.py does not break an older action.
import { parseRecord } from "../core/dataset/conversation.js";
import { duration, int, num } from "../report/format.js";

export const PROGRESS_PREFIX = "FINETUNE_CI_PROGRESS ";

export interface TrainProgress {
  event: "train";
  step: number;
  totalSteps: number;
  epoch: number | null;
  loss: number | null;
  learningRate: number | null;
  numTokens: number;
  tokensPerSecond: number | null;
  etaSeconds: number | null;
}

export interface EvalProgress {
  event: "eval";
  step: number;
  totalSteps: number;
  epoch: number | null;
  evalLoss: number | null;
  evalTokenAccuracy: number | null;
}

export interface DoneProgress {
  event: "done";
  runJson: string;
  adapterPath: string;
  mergedPath: string | null;
  finalTrainLoss: number | null;
  finalEvalLoss: number | null;
}

export type ProgressEvent = TrainProgress | EvalProgress | DoneProgress;

/** The event on a progress line; undefined for any other line, or one too broken to use. */
export function parseProgressLine(line: string): ProgressEvent | undefined {
  if (!line.startsWith(PROGRESS_PREFIX)) return undefined;
  const parsed = parseRecord(line.slice(PROGRESS_PREFIX.length));
  if (!("record" in parsed)) return undefined;
  const o = parsed.record;
  switch (o.event) {
    case "train":
      if (!isCount(o.step)) return undefined;
      return {
        event: "train",
        step: o.step,
        totalSteps: isCount(o.total_steps) ? o.total_steps : 0,
        epoch: numberOrNull(o.epoch),
        loss: numberOrNull(o.loss),
        learningRate: numberOrNull(o.learning_rate),
        numTokens: isCount(o.num_tokens) ? o.num_tokens : 0,
        tokensPerSecond: numberOrNull(o.tokens_per_second),
        etaSeconds: numberOrNull(o.eta_seconds),
      };
    case "eval":
      if (!isCount(o.step)) return undefined;
      return {
        event: "eval",
        step: o.step,
        totalSteps: isCount(o.total_steps) ? o.total_steps : 0,
        epoch: numberOrNull(o.epoch),
        evalLoss: numberOrNull(o.eval_loss),
        evalTokenAccuracy: numberOrNull(o.eval_mean_token_accuracy),
      };
    case "done":
      if (typeof o.run_json !== "string" || typeof o.adapter_path !== "string") return undefined;
      return {
        event: "done",
        runJson: o.run_json,
        adapterPath: o.adapter_path,
        mergedPath: typeof o.merged_path === "string" ? o.merged_path : null,
        finalTrainLoss: numberOrNull(o.final_train_loss),
        finalEvalLoss: numberOrNull(o.final_eval_loss),
      };
    default:
      return undefined;
  }
}

/** One log line per event, e.g. "step 7/30 (23%) · epoch 2.33 · loss 1.2000 · 5,374 tokens/s · ETA 12 s". */
export function describeProgress(event: ProgressEvent): string {
  switch (event.event) {
    case "train": {
      const parts = [event.totalSteps > 0 ? `step ${event.step}/${event.totalSteps} (${Math.floor((100 * event.step) / event.totalSteps)}%)` : `step ${event.step}`];
      if (event.epoch !== null) parts.push(`epoch ${num(event.epoch, 2)}`);
      if (event.loss !== null) parts.push(`loss ${lossText(event.loss)}`);
      parts.push(`${int(event.numTokens)} tokens`);
      if (event.tokensPerSecond !== null) parts.push(`${int(event.tokensPerSecond)} tokens/s`);
      parts.push(`ETA ${event.etaSeconds === null ? "unknown" : duration(event.etaSeconds)}`);
      return parts.join(" · ");
    }
    case "eval": {
      const parts = [`eval at step ${event.step}${event.epoch !== null ? ` (epoch ${num(event.epoch, 2)})` : ""}`];
      if (event.evalLoss !== null) parts.push(`eval loss ${lossText(event.evalLoss)}`);
      if (event.evalTokenAccuracy !== null) parts.push(`token accuracy ${num(100 * event.evalTokenAccuracy, 1)}%`);
      return parts.join(" · ");
    }
    case "done":
      return `training done · adapter ${event.adapterPath}${event.mergedPath ? ` · merged model ${event.mergedPath}` : ""}`;
  }
}

export function lossText(loss: number): string {
  return loss.toFixed(4);
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

function numberOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
