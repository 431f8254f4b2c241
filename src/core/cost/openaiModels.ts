// OpenAI's fine-tunable models: prices, per-example token limits and lifecycle dates (OpenAI's and,
// where they differ, Azure OpenAI's). Dated, and overridable from the config file, because all three change.
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
  /** On OpenAI's API. */
  lifecycle: ModelLifecycle;
  /** On Azure OpenAI, where its dates differ from OpenAI's. */
  azure?: ModelLifecycle;
}

/**
 * Lifecycle dates, as published on LIFECYCLE_TABLE_DATE. One table for every flow (the review's
 * model-lifecycle finding, the training gate, the reports); a config file's `models:` section
 * overrides a date, and a date the API itself lists (OpenAI's models `shutdown_date`, Azure's
 * `deprecation.fine_tune` / `deprecation.inference`) is preferred to both at training time.
 *
 * Sources, read on 2026-12-01:
 * - OpenAI, API deprecations page (developers.openai.com/api/docs/deprecations), "Update to OpenAI's
 *   self-serve fine-tuning" (notice of 2026-05-07): organisations that never created a fine-tuning
 *   job lost job creation on 2026-05-07; those with no inference on a fine-tuned model in the past
 *   60 days on 2026-07-02; every remaining organisation on 2027-01-06. Inference on fine-tuned
 *   models continues until the base model shuts down.
 * - Same page, "2026-10-14: GPT-4 series": gpt-4o-2024-08-06, gpt-4o-mini-2024-07-18,
 *   gpt-4.1-2025-04-14 and gpt-4.1-mini-2025-04-14 shut down on 2027-01-14, their fine-tunes with them.
 * - Same page, "2026-04-22: Legacy GPT model snapshots": gpt-3.5-turbo-0125 shut down on 2026-10-23.
 * - gpt-4.1-nano-2025-04-14: only secondary sources (retirement scheduled for 2026-10-23); OpenAI's
 *   page as read does not list it, so the date stays marked "reportedly".
 * - Azure OpenAI (Microsoft Foundry "model retirements", fine-tuned models table): training retires
 *   no earlier than 2027-04-01 for gpt-4o-2024-08-06 and gpt-4o-mini-2024-07-18 and no earlier than
 *   2027-04-14 for the gpt-4.1 family (nano included), for existing customers only (otherwise at the
 *   base model's retirement); deployments of the fine-tuned models retire on 2027-10-01 and
 *   2027-10-14. An earlier version of the page gave 2026-09-31 for gpt-4o; the newer dates are used.
 */
export const LIFECYCLE_TABLE_DATE = "2026-12-01";

/** OpenAI's staged end of self-serve fine-tuning: who loses job creation, and when. */
export const OPENAI_FINE_TUNING_CUTOFFS = [
  { date: "2026-05-07", who: "organisations that had never created a fine-tuning job" },
  { date: "2026-07-02", who: "organisations with no inference on a fine-tuned model in the previous 60 days" },
  { date: "2027-01-06", who: "every remaining organisation" },
] as const;

const WIND_DOWN = "OpenAI is winding down self-serve fine-tuning: new jobs end on 2027-01-06 for the organisations still allowed (since 2026-05-07 for those that never fine-tuned, since 2026-07-02 for those with no fine-tuned inference in 60 days).";
const AZURE_EXISTING = "Azure OpenAI keeps training this model for existing customers until at least this date (new customers: until the base model retires); deployments of the fine-tuned model retire on the date shown.";

/** The providers that train on a hosted fine-tuning API (the dates differ between them). */
export type HostedProvider = "openai" | "azure-openai";

export const OPENAI_MODELS: Record<string, OpenAiModel> = {
  "gpt-4o-2024-08-06": { trainingPerMillion: 25, inputPerMillion: 3.75, outputPerMillion: 15, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN }, azure: { newJobsEnd: "2027-04-01", retires: "2027-10-01", note: AZURE_EXISTING } },
  "gpt-4o-mini-2024-07-18": { trainingPerMillion: 3, inputPerMillion: 0.3, outputPerMillion: 1.2, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN }, azure: { newJobsEnd: "2027-04-01", retires: "2027-10-01", note: AZURE_EXISTING } },
  "gpt-4.1-2025-04-14": { trainingPerMillion: 25, inputPerMillion: 3, outputPerMillion: 12, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN }, azure: { newJobsEnd: "2027-04-14", retires: "2027-10-14", note: AZURE_EXISTING } },
  "gpt-4.1-mini-2025-04-14": { trainingPerMillion: 5, inputPerMillion: 0.8, outputPerMillion: 3.2, trainingTokenLimit: 65_536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN }, azure: { newJobsEnd: "2027-04-14", retires: "2027-10-14", note: AZURE_EXISTING } },
  "gpt-4.1-nano-2025-04-14": { trainingPerMillion: 1.5, inputPerMillion: 0.2, outputPerMillion: 0.8, trainingTokenLimit: 65_536, lifecycle: { retires: "2026-10-23", note: "The snapshot was reportedly retired on 2026-10-23: new jobs on it fail." }, azure: { newJobsEnd: "2027-04-14", retires: "2027-10-14", note: AZURE_EXISTING } },
  "gpt-3.5-turbo-0125": { trainingPerMillion: 8, inputPerMillion: 3, outputPerMillion: 6, trainingTokenLimit: 16_385, lifecycle: { retires: "2026-10-23", note: "OpenAI shut the snapshot down on 2026-10-23 (deprecation of 2026-04-22)." } },
};

/** The table's dates for `model` (resolved name) on `provider`; Azure's fall back to OpenAI's where the table has none. */
export function tableLifecycle(model: string, provider: HostedProvider = "openai"): ModelLifecycle | undefined {
  const known = ownEntry(OPENAI_MODELS, model);
  if (!known) return undefined;
  return provider === "azure-openai" ? (known.azure ?? known.lifecycle) : known.lifecycle;
}

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
