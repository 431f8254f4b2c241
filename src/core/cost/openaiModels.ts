// OpenAI's fine-tunable models: prices, per-example token limits and lifecycle dates. Dated, and
// overridable from the config file, because all three change.
import { ownEntry } from "../ownEntry.js";

export const PRICE_TABLE_DATE = "2025-06-01";
export const PRICE_TABLE_SOURCE = "OpenAI pricing page (fine-tuning section), as published at that date";

export interface ModelPrice {
  /** Dollars per million training tokens (billed tokens x epochs). */
  trainingPerMillion: number;
  /** Dollars per million input / output tokens when calling the fine-tuned model. */
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface ModelLifecycle {
  /** Last day new fine-tuning jobs can be created. */
  newJobsEnd?: string;
  /** Day the snapshot (and models fine-tuned from it) stops serving. */
  retires?: string;
  note?: string;
}

/** A config file's correction or addition to the table (its `models:` section), by model name. */
export interface ModelOverride {
  trainingPerMillion?: number;
  inputPerMillion?: number;
  outputPerMillion?: number;
  trainingTokenLimit?: number;
  newJobsEnd?: string;
  retires?: string;
}

export interface OpenAiModel extends ModelPrice {
  trainingTokenLimit: number;
  lifecycle: ModelLifecycle;
}

const WIND_DOWN = "OpenAI is winding down self-serve fine-tuning: new jobs end on 2027-01-06 for the organisations still allowed.";

export const OPENAI_MODELS: Record<string, OpenAiModel> = {
  "gpt-4o-2024-08-06": { trainingPerMillion: 25, inputPerMillion: 3.75, outputPerMillion: 15, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4o-mini-2024-07-18": { trainingPerMillion: 3, inputPerMillion: 0.3, outputPerMillion: 1.2, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4.1-2025-04-14": { trainingPerMillion: 25, inputPerMillion: 3, outputPerMillion: 12, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4.1-mini-2025-04-14": { trainingPerMillion: 5, inputPerMillion: 0.8, outputPerMillion: 3.2, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4.1-nano-2025-04-14": { trainingPerMillion: 1.5, inputPerMillion: 0.2, outputPerMillion: 0.8, trainingTokenLimit: 65_536, lifecycle: { retires: "2026-10-23", note: "The snapshot was reportedly retired on 2026-10-23: new jobs on it fail." } },
  "gpt-3.5-turbo-0125": { trainingPerMillion: 8, inputPerMillion: 3, outputPerMillion: 6, trainingTokenLimit: 16_385, lifecycle: { newJobsEnd: "2027-01-06", note: WIND_DOWN } },
};

const ALIASES: Record<string, string> = {
  "gpt-4o": "gpt-4o-2024-08-06",
  "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
  "gpt-4.1": "gpt-4.1-2025-04-14",
  "gpt-4.1-mini": "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano": "gpt-4.1-nano-2025-04-14",
  "gpt-3.5-turbo": "gpt-3.5-turbo-0125",
};

export function resolveModelName(model: string): string {
  return ownEntry(ALIASES, model) ?? model;
}

export type LifecycleStatus = "available" | "jobs-ending" | "no-new-jobs" | "retired" | "unknown";

export interface LifecycleView extends ModelLifecycle {
  status: LifecycleStatus;
  /** Days from `today` to the next date that matters (negative when passed). */
  daysLeft?: number;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Where a model stands on `today` (YYYY-MM-DD), for the report and the lifecycle finding. */
export function lifecycleOn(lifecycle: ModelLifecycle | undefined, today: string): LifecycleView {
  if (!lifecycle) return { status: "unknown" };
  if (lifecycle.retires && daysBetween(today, lifecycle.retires) <= 0) return { ...lifecycle, status: "retired", daysLeft: daysBetween(today, lifecycle.retires) };
  if (lifecycle.newJobsEnd) {
    const left = daysBetween(today, lifecycle.newJobsEnd);
    if (left < 0) return { ...lifecycle, status: "no-new-jobs", daysLeft: lifecycle.retires ? daysBetween(today, lifecycle.retires) : left };
    return { ...lifecycle, status: left <= 90 ? "jobs-ending" : "available", daysLeft: left };
  }
  return { ...lifecycle, status: "available" };
}
