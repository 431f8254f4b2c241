// Whether the base model can still be fine-tuned today, and for how long the result will serve,
// from the one dated table (src/core/cost/openaiModels.ts), the dates the API itself lists for the
// model (preferred to the table), and the config file's `models:` overrides (preferred to both:
// the user may know better, e.g. an Azure customer whose training continues).
import { LIFECYCLE_TABLE_DATE, tableLifecycle, type ModelLifecycle, type ModelOverride } from "../../../core/cost/openaiModels.js";
import type { ModelDates } from "../../../adapters/openai/fineTuning.js";
import type { HostedPlan } from "../../plan.js";

/** Within this many days of a date, the run warns. */
export const WARN_DAYS = 30;

export interface LifecycleCheck {
  newJobsEnd: string | null;
  retires: string | null;
  /** Where each date came from. */
  sources: { newJobsEnd: string | null; retires: string | null };
  /** Set when no new job may be created: the dates and why. */
  refusal: string | null;
  warnings: string[];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function checkLifecycle(plan: HostedPlan, over: ModelOverride, api: ModelDates | undefined, today: string): LifecycleCheck {
  const table: ModelLifecycle = tableLifecycle(plan.baseModel, plan.provider) ?? {};
  const pick = (key: "newJobsEnd" | "retires", fromApi: string | undefined): [string | null, string | null] => {
    if (over[key]) return [over[key]!, "config file (models)"];
    if (fromApi) return [fromApi, `the ${plan.provider === "azure-openai" ? "Azure OpenAI" : "OpenAI"} models API`];
    if (table[key]) return [table[key]!, `finetune-ci's lifecycle table (${LIFECYCLE_TABLE_DATE})`];
    return [null, null];
  };
  const [newJobsEnd, jobsSource] = pick("newJobsEnd", api?.fineTuneEnd);
  const [retires, retiresSource] = pick("retires", api?.shutdown);
  const check: LifecycleCheck = { newJobsEnd, retires, sources: { newJobsEnd: jobsSource, retires: retiresSource }, refusal: null, warnings: [] };
  if (retires && daysBetween(today, retires) <= 0) {
    check.refusal = `the snapshot retired on ${retires} (${retiresSource})`;
  } else if (newJobsEnd && daysBetween(today, newJobsEnd) < 0) {
    check.refusal = `new fine-tuning jobs ended on ${newJobsEnd} (${jobsSource})${retires ? `; the snapshot retires on ${retires}` : ""}`;
  }
  if (!check.refusal) {
    if (newJobsEnd && daysBetween(today, newJobsEnd) <= WARN_DAYS) check.warnings.push(`new fine-tuning jobs on ${plan.baseModel} end on ${newJobsEnd}, in ${daysBetween(today, newJobsEnd)} days (${jobsSource}): plan the move to provider: self-hosted`);
    if (retires && daysBetween(today, retires) <= WARN_DAYS) check.warnings.push(`${plan.baseModel}, and every model fine-tuned from it, stops serving on ${retires}, in ${daysBetween(today, retires)} days (${retiresSource})`);
  }
  return check;
}
