// What makes two runs "the same job": the bytes of the datasets and the settings that shape the
// job. Both go into the job's metadata as hashes, so a re-run, a cancelled workflow started again
// or two pushes racing find the job that is already there instead of paying for a second one.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { HostedPlan } from "../../plan.js";

/** Metadata keys on every job finetune-ci creates (OpenAI allows 16 keys, 64-char keys, 512-char values). */
export const META = { tool: "finetune_ci", repository: "repository", commit: "commit", dataset: "dataset_sha256", settings: "settings_sha256" } as const;

export interface JobIdentity {
  datasetSha256: string;
  settingsSha256: string;
  /** The pairs a job must carry to be this run's job. */
  match: Record<string, string>;
  /** Everything the job is created with. */
  metadata: Record<string, string>;
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest("hex");
}

/** Train and holdout files, each by role and order and content, in one hash. */
export async function datasetSha256(plan: Pick<HostedPlan, "trainFiles" | "holdoutFiles">): Promise<string> {
  const hash = createHash("sha256");
  for (const [role, files] of [["train", plan.trainFiles], ["holdout", plan.holdoutFiles]] as const) {
    for (const file of files) hash.update(`${role}\0${await fileSha256(file)}\n`);
  }
  return hash.digest("hex");
}

/** The settings a job is created with; anything else (paths, the artifact's name) does not change the job. */
export function settingsSha256(plan: HostedPlan): string {
  const shaping = { provider: plan.provider, model: plan.baseModel, method: plan.method, hyperparameters: plan.hyperparameters, suffix: plan.suffix ?? null, seed: plan.seed, trainingType: plan.trainingType ?? null };
  return createHash("sha256").update(JSON.stringify(shaping)).digest("hex");
}

export async function jobIdentity(plan: HostedPlan, source: { repository: string; commit: string }): Promise<JobIdentity> {
  const dataset = await datasetSha256(plan);
  const settings = settingsSha256(plan);
  const match = { [META.tool]: "train", [META.dataset]: dataset, [META.settings]: settings };
  const metadata: Record<string, string> = { ...match };
  if (source.repository) metadata[META.repository] = source.repository.slice(0, 512);
  if (source.commit) metadata[META.commit] = source.commit.slice(0, 512);
  return { datasetSha256: dataset, settingsSha256: settings, match, metadata };
}
