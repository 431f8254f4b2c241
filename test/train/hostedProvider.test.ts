// provider: openai and azure-openai, driven through the real openai SDK against the fine-tuning
// stand-in (test/support/fineTuningStandIn.ts), which checks every request against the SDK's own
// types and counts the files and jobs it was asked to create.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/settings/settings.js";
import { planTraining, type HostedPlan } from "../../src/train/plan.js";
import { hostedProvider } from "../../src/train/providers/hosted/hostedProvider.js";
import { prepareFile } from "../../src/train/providers/hosted/uploads.js";
import { isPending, TrainingFailed, type PendingTraining, type TrainingResult } from "../../src/train/providers/provider.js";
import { FineTuningStandIn, type FineTuningStandInOptions } from "../support/fineTuningStandIn.js";

const KEY = `sk-proj-standin-${"Zq9".repeat(12)}`;
const AZURE_KEY = "0123456789abcdef0123456789abcdef";
const ARM_TOKEN = "eyJ0eXAiOiJKV1Qi.standin-management-token.sig";
const REPO = "acme/assistant-data";
const COMMIT = "5d9c1e0c2b7a4f3e8d6b5a4c3e2f1a0b9c8d7e6f";
const chat = (q: string, a: string) => JSON.stringify({ messages: [{ role: "system", content: "Answer briefly." }, { role: "user", content: q }, { role: "assistant", content: a }] });
const TRAIN = Array.from({ length: 12 }, (_, i) => chat(`question ${i}?`, `answer ${i}.`));
const HOLDOUT = [chat("held out one?", "one."), chat("held out two?", "two.")];

let scratch: string;
let standIn: FineTuningStandIn | undefined;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "finetune-ci-hosted-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(async () => {
  if (standIn) {
    expect(standIn.violations).toEqual([]);
    await standIn.close();
    standIn = undefined;
  }
});

interface Logged {
  lines: string[];
  text(): string;
}

function workspace(name: string, files: { train?: string[]; holdout?: string[] } = {}): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "data/train.jsonl"), `${(files.train ?? TRAIN).join("\n")}\n`);
  writeFileSync(join(dir, "data/holdout.jsonl"), `${(files.holdout ?? HOLDOUT).join("\n")}\n`);
  return dir;
}

function plan(dir: string, provider: "openai" | "azure-openai", openai: Record<string, unknown>, extra: Record<string, unknown> = {}): HostedPlan {
  const settings = resolveSettings([{ datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, model: "gpt-4o-mini-2024-07-18", train: { provider, outputDir: "out", epochs: 2, openai: { pollSeconds: 0.05, ...openai } }, ...extra }], "test");
  const p = planTraining(settings, { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, { workspace: dir, actionRoot: dir });
  if (p.provider === "self-hosted") throw new Error("expected a hosted plan");
  return p;
}

async function train(p: HostedPlan, env: Record<string, string>, options: { resumeOnly?: boolean; sleep?: (ms: number) => Promise<void>; today?: string } = {}): Promise<{ outcome: TrainingResult | PendingTraining; log: Logged }> {
  const lines: string[] = [];
  const log = { debug: (m: string) => lines.push(`debug: ${m}`), info: (m: string) => lines.push(m), warning: (m: string) => lines.push(`warning: ${m}`), error: (m: string) => lines.push(`error: ${m}`) };
  const logged = { lines, text: () => lines.join("\n") };
  const today = new Date(`${options.today ?? "2026-12-01"}T12:00:00Z`);
  const provider = hostedProvider(p.provider, { sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20)))) });
  try {
    const outcome = await provider.train(p, { log, env, tempDir: join(p.outputDir, "..", "tmp"), source: { repository: REPO, commit: COMMIT }, now: () => today, ...(options.resumeOnly ? { resumeOnly: true } : {}) });
    return { outcome, log: logged };
  } catch (error) {
    (error as { log?: Logged }).log = logged;
    throw error;
  }
}

async function failure(promise: Promise<unknown>): Promise<TrainingFailed & { log: Logged }> {
  try {
    await promise;
  } catch (error) {
    return error as TrainingFailed & { log: Logged };
  }
  throw new Error("expected the run to fail");
}

const result = (o: TrainingResult | PendingTraining): TrainingResult => {
  if (isPending(o)) throw new Error(`job ${o.jobId} is pending`);
  return o;
};

async function openaiStandIn(options: Partial<FineTuningStandInOptions> = {}): Promise<FineTuningStandIn> {
  standIn = await FineTuningStandIn.start({ apiKey: KEY, models: [{ id: "gpt-4o-mini-2024-07-18", shutdownDate: "2027-01-14" }], ...options });
  return standIn;
}

describe("provider: openai", () => {
  it("uploads train and holdout once, creates one job with method, seed, suffix and metadata, follows it, and reads its result", async () => {
    const s = await openaiStandIn();
    const dir = workspace("openai-ok");
    const p = plan(dir, "openai", { baseURL: s.baseURL, suffix: "support" });
    const { outcome, log } = await train(p, { OPENAI_API_KEY: KEY });
    const r = result(outcome);

    expect(s.uploads).toBe(2);
    expect(s.jobCreations).toBe(1);
    const job = [...s.jobs.values()][0]!;
    expect(job.body).toMatchObject({
      model: "gpt-4o-mini-2024-07-18",
      seed: 42,
      suffix: "support",
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2, batch_size: "auto", learning_rate_multiplier: "auto" } } },
      metadata: { finetune_ci: "train", repository: REPO, commit: COMMIT },
    });
    expect((job.body.metadata as Record<string, string>).dataset_sha256).toMatch(/^[0-9a-f]{64}$/);
    // The uploaded bytes are the dataset's bytes, named after their hash.
    const trainFile = s.files.get(String(job.body.training_file))!;
    expect(trainFile.content.toString("utf8")).toBe(readFileSync(join(dir, "data/train.jsonl"), "utf8"));
    expect(trainFile.filename).toMatch(/^finetune-ci-train-[0-9a-f]{40}\.jsonl$/);

    expect(r.model).toBe(job.fine_tuned_model);
    expect(r.model).toMatch(/^ft:gpt-4o-mini-2024-07-18:acme:support:/);
    expect(r.trainedTokens).toBe(job.trained_tokens);
    // The result file came base64-encoded; its rows are the metrics lines, full_valid_loss as the eval loss.
    expect(r.metrics.map((m) => m.loss)).toEqual([1, 2, 3, 4, 5, 6].map((step) => s.loss(step)));
    expect(r.metrics.filter((m) => m.evalLoss !== undefined).map((m) => [m.step, m.evalLoss])).toEqual([[3, s.loss(3) + 0.1], [6, s.loss(6) + 0.1]]);
    expect(r.finalEvalLoss).toBe(s.loss(6) + 0.1);
    expect(r.hosted).toMatchObject({ jobId: job.id, resumed: false, epochs: 2, evalSource: "full_valid_loss", servesUntil: "2027-01-14" });
    expect(r.hosted!.checkpoints.map((c) => c.step)).toEqual([6, 3]);
    expect(readFileSync(join(p.outputDir, "results.csv"), "utf8")).toBe(s.resultCsv());
    expect(readdirSync(p.outputDir).sort()).toEqual(["checkpoints.json", "job.json", "metrics.jsonl", "results.csv"]);
    expect(r.keep.sort()).toEqual(["checkpoints.json", "job.json", "metrics.jsonl", "results.csv"]);

    // Events stream into the log as they come.
    expect(log.text()).toMatch(/step 3\/6 \(50%\) · loss 0\.6250 · validation loss 0\.7250/);
    expect(log.text()).toContain(`job ${job.id}: training`);
    expect(log.text()).toContain(`New fine-tuned model created: ${r.model}`);
    // The key went in the Authorization header of every request, and nowhere else.
    expect(s.api.requests.every((q) => q.authorized)).toBe(true);
    for (const file of readdirSync(p.outputDir)) expect(readFileSync(join(p.outputDir, file), "utf8")).not.toContain(KEY);
    expect(log.text()).not.toContain(KEY);
  });

  it("a second run on the same dataset and settings resumes the job: nothing is uploaded and no job is created", async () => {
    const s = await openaiStandIn();
    const dir = workspace("openai-rerun");
    const p = plan(dir, "openai", { baseURL: s.baseURL });
    const first = result((await train(p, { OPENAI_API_KEY: KEY })).outcome);
    const again = await train(p, { OPENAI_API_KEY: KEY });
    expect(result(again.outcome)).toMatchObject({ model: first.model, hosted: { jobId: first.hosted!.jobId, resumed: true } });
    expect(again.log.text()).toContain(`Resuming job ${first.hosted!.jobId}`);
    expect(s.uploads).toBe(2);
    expect(s.jobCreations).toBe(1);
    // A changed dataset is another job.
    writeFileSync(join(dir, "data/train.jsonl"), `${[...TRAIN, chat("one more?", "yes.")].join("\n")}\n`);
    await train(p, { OPENAI_API_KEY: KEY });
    expect(s.jobCreations).toBe(2);
  });

  it("a run killed after creating the job, started again, follows the same job (the stand-in counts one)", async () => {
    const s = await openaiStandIn();
    const p = plan(workspace("openai-killed"), "openai", { baseURL: s.baseURL });
    const killed = await failure(
      train(p, { OPENAI_API_KEY: KEY }, {
        sleep: async () => {
          if (s.jobCreations > 0) throw new Error("killed (SIGTERM)");
        },
      }),
    );
    expect(killed.message).toBe("killed (SIGTERM)");
    expect(s.jobCreations).toBe(1);
    const { outcome, log } = await train(p, { OPENAI_API_KEY: KEY });
    expect(result(outcome).hosted!.resumed).toBe(true);
    expect(log.text()).toMatch(/Resuming job ftjob-/);
    expect(s.jobCreations).toBe(1);
    expect(s.uploads).toBe(2);
  });

  it("finds its job on a later page when the server does not filter the list by metadata", async () => {
    const s = await openaiStandIn({ filtersMetadata: false });
    const p = plan(workspace("openai-pages"), "openai", { baseURL: s.baseURL });
    const first = result((await train(p, { OPENAI_API_KEY: KEY })).outcome);
    s.addOtherJobs(250);
    const again = result((await train(p, { OPENAI_API_KEY: KEY })).outcome);
    expect(again.hosted).toMatchObject({ jobId: first.hosted!.jobId, resumed: true });
    expect(s.jobCreations).toBe(1);
    const pages = s.api.requests.filter((q) => q.route === "GET /v1/fine_tuning/jobs").length;
    expect(pages).toBeGreaterThanOrEqual(1 + 3);
  });

  it("wait: false returns at once with the job id; --resume picks it up later, and --resume without a job says so", async () => {
    const s = await openaiStandIn();
    const dir = workspace("openai-nowait");
    const started = (await train(plan(dir, "openai", { baseURL: s.baseURL, wait: false }), { OPENAI_API_KEY: KEY })).outcome;
    expect(isPending(started)).toBe(true);
    expect(started).toMatchObject({ pending: true, provider: "openai", status: "validating_files", resumed: false });
    const { outcome } = await train(plan(dir, "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY }, { resumeOnly: true });
    expect(result(outcome).hosted!.jobId).toBe((started as PendingTraining).jobId);
    expect(s.jobCreations).toBe(1);

    const none = await failure(train(plan(workspace("openai-nothing", { train: TRAIN.slice(2) }), "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY }, { resumeOnly: true }));
    expect(none.message).toMatch(/^no openai fine-tuning job exists for this dataset and these settings .*nothing to resume/);
    expect(s.jobCreations).toBe(1);
  });

  it("rides out 429 with retry-after, 500, a reset connection and answers lost after the work was done: one upload each, one job", async () => {
    const s = await openaiStandIn();
    s.api.inject({ kind: "rate-limit", route: "GET /v1/fine_tuning/jobs", retryAfterSeconds: 0.05, times: 4 });
    s.api.inject({ kind: "lost-response", route: "POST /v1/files" });
    s.api.inject({ kind: "lost-response", route: "POST /v1/fine_tuning/jobs" });
    s.api.inject({ kind: "server-error", route: "GET /v1/fine_tuning/jobs/{job_id}", times: 3 });
    s.api.inject({ kind: "reset", route: "GET /v1/fine_tuning/jobs/{job_id}/events", times: 3 });
    s.api.inject({ kind: "rate-limit", route: "POST /v1/fine_tuning/jobs", retryAfterMs: 30 });
    const { outcome, log } = await train(plan(workspace("openai-faults"), "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY });
    expect(result(outcome).model).toMatch(/^ft:/);
    expect(s.jobCreations).toBe(1);
    expect(s.uploads).toBe(2);
    const faulted = s.api.requests.filter((q) => q.fault).map((q) => `${q.fault} ${q.route}`);
    expect(faulted).toEqual(expect.arrayContaining(["lost-response POST /v1/files", "lost-response POST /v1/fine_tuning/jobs", "reset GET /v1/fine_tuning/jobs/{job_id}/events", "server-error GET /v1/fine_tuning/jobs/{job_id}"]));
    expect(log.text()).toMatch(/creation of the fine-tuning job: could not connect.*looking for it and trying again/);
    expect(log.text()).toMatch(/was created by an earlier attempt whose answer was lost: following it|Created job/);
  });

  it("a failed job fails the run with OpenAI's own message and code", async () => {
    const s = await openaiStandIn({ end: () => ({ status: "failed", error: { code: "invalid_training_file", message: "The job failed due to an invalid training file. Line 3 has no assistant message.", param: "training_file" } }) });
    const e = await failure(train(plan(workspace("openai-failed"), "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY }));
    expect(e).toBeInstanceOf(TrainingFailed);
    expect(e.message).toMatch(/^fine-tuning job ftjob-\w+ failed: The job failed due to an invalid training file\. Line 3 has no assistant message\. \(invalid_training_file, training_file\)$/);
    // The failed job is not reused: the next run starts a new one (and says why).
    const again = await failure(train(plan(workspace("openai-failed"), "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY }));
    expect(again.log.text()).toMatch(/An earlier job for this dataset, ftjob-\w+, failed \(The job failed/);
    expect(s.jobCreations).toBe(2);
  });

  it("an organisation OpenAI no longer lets fine-tune gets one sentence about the wind-down and the self-hosted config, never a trace", async () => {
    const s = await openaiStandIn({ refuseTraining: true });
    const e = await failure(train(plan(workspace("openai-refused"), "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY }));
    expect(e.message).toBe(
      "OpenAI refused to create a fine-tuning job for gpt-4o-mini-2024-07-18 (403 training_not_available: Fine-tuning is no longer available to your organization.). " +
        "OpenAI is winding down self-serve fine-tuning and has stopped new jobs for organisations that had never created a fine-tuning job on 2026-05-07, organisations with no inference on a fine-tuned model in the previous 60 days on 2026-07-02, every remaining organisation on 2027-01-06. " +
        "Train on your own GPU instead: set train.provider: self-hosted in the config file (self-hosted-runner/README.md).",
    );
    expect(e.message).not.toMatch(/\n\s+at /);
    expect(e.alternative).toContain("provider: self-hosted");
    expect(s.jobCreations).toBe(0);
  });

  it("the model's dates: the API's shutdown date wins over the table and refuses before any upload; 30 days ahead warns; the config can override", async () => {
    const s = await openaiStandIn({ models: [{ id: "gpt-4o-mini-2024-07-18", shutdownDate: "2026-11-30" }, { id: "gpt-4.1-2025-04-14", shutdownDate: null }] });
    const refused = await failure(train(plan(workspace("life-refused"), "openai", { baseURL: s.baseURL }), { OPENAI_API_KEY: KEY }));
    expect(refused.message).toBe("gpt-4o-mini-2024-07-18 cannot be fine-tuned on OpenAI any more: the snapshot retired on 2026-11-30 (the OpenAI models API). Train on your own GPU instead: set train.provider: self-hosted in the config file (self-hosted-runner/README.md).");
    expect(s.uploads).toBe(0);

    // No date from the API: the table's (new jobs end 2027-01-06) is within 30 days on 2026-12-10.
    const warned = await train(plan(workspace("life-warn"), "openai", { baseURL: s.baseURL }, { model: "gpt-4.1-2025-04-14" }), { OPENAI_API_KEY: KEY }, { today: "2026-12-10" });
    expect(warned.log.text()).toContain("warning: new fine-tuning jobs on gpt-4.1-2025-04-14 end on 2027-01-06, in 27 days (finetune-ci's lifecycle table (2026-12-01))");
    // Past the table's date, refused; a config override (an organisation that knows better) lets it through.
    const late = await failure(train(plan(workspace("life-late", { train: TRAIN.slice(1) }), "openai", { baseURL: s.baseURL }, { model: "gpt-4.1-2025-04-14" }), { OPENAI_API_KEY: KEY }, { today: "2027-01-07" }));
    expect(late.message).toContain("new fine-tuning jobs ended on 2027-01-06 (finetune-ci's lifecycle table (2026-12-01)); the snapshot retires on 2027-01-14");
    const overridden = await train(plan(workspace("life-late"), "openai", { baseURL: s.baseURL }, { model: "gpt-4.1-2025-04-14", models: { "gpt-4.1-2025-04-14": { newJobsEnd: "2027-02-01", retires: "2027-06-01" } } }), { OPENAI_API_KEY: KEY }, { today: "2027-01-07" });
    expect(result(overridden.outcome).hosted!.servesUntil).toBe("2027-06-01");
  });

  it("a missing key names the variable and how to pass it", async () => {
    const s = await openaiStandIn();
    const e = await failure(train(plan(workspace("no-key"), "openai", { baseURL: s.baseURL, apiKeyEnv: "MY_OPENAI_KEY" }), {}));
    expect(e.message).toMatch(/^the environment variable MY_OPENAI_KEY \(apiKeyEnv\) is not set or empty/);
    expect(s.api.requests).toEqual([]);
  });
});

describe("provider: azure-openai", () => {
  async function azureStandIn(options: Partial<FineTuningStandInOptions> = {}): Promise<FineTuningStandIn> {
    standIn = await FineTuningStandIn.start({ apiKey: AZURE_KEY, flavour: "azure", managementToken: ARM_TOKEN, models: [{ id: "gpt-4.1-nano-2025-04-14", fineTuneEnd: "2027-04-14", shutdownDate: "2027-10-14" }], ...options });
    return standIn;
  }
  const RESOURCE = "/subscriptions/0000-sub/resourceGroups/ml/providers/Microsoft.CognitiveServices/accounts/acme-openai";

  it("uploads BOM-prefixed copies to the v1 path, sends trainingType, deploys through Resource Manager and waits until the deployment answers", async () => {
    const s = await azureStandIn();
    const dir = workspace("azure-ok");
    const p = plan(dir, "azure-openai", { baseURL: s.baseURL, trainingType: "Standard", deployment: { name: "support-ft", resourceId: RESOURCE, managementURL: s.managementURL } }, { model: "gpt-4.1-nano-2025-04-14" });
    const { outcome, log } = await train(p, { AZURE_OPENAI_API_KEY: AZURE_KEY, AZURE_MANAGEMENT_TOKEN: ARM_TOKEN });
    const r = result(outcome);
    const job = [...s.jobs.values()][0]!;
    expect(job.body.trainingType).toBe("Standard");
    const uploaded = s.files.get(String(job.body.training_file))!.content;
    expect(uploaded.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(uploaded.subarray(3).toString("utf8")).toBe(readFileSync(join(dir, "data/train.jsonl"), "utf8"));
    expect(s.api.requests.every((q) => q.path.startsWith("/openai/v1/"))).toBe(true);
    expect(r.model).toMatch(/^gpt-4\.1-nano-2025-04-14\.ft-[0-9a-f]{32}$/);
    // Azure's result file is plain CSV.
    expect(r.metrics).toHaveLength(6);
    // gpt-4.1-nano retired on OpenAI; Azure trains it for existing customers, and its deployment serves until 2027-10-14 (the API's date).
    expect(r.hosted).toMatchObject({ trainingType: "Standard", servesUntil: "2027-10-14", deployment: { name: "support-ft", state: "answering" } });
    expect(s.deployments.get("support-ft")).toMatchObject({ model: r.model, state: "Succeeded", sku: { name: "standard", capacity: 1 } });
    expect(log.text()).toContain("Deployment support-ft: answers chat requests");
    for (const secret of [AZURE_KEY, ARM_TOKEN]) expect(log.text()).not.toContain(secret);
  });

  it("without the Resource Manager token the training stands and the deployment says what is missing", async () => {
    const s = await azureStandIn();
    const p = plan(workspace("azure-no-token"), "azure-openai", { baseURL: s.baseURL, deployment: { name: "support-ft", resourceId: RESOURCE, managementURL: s.managementURL } }, { model: "gpt-4.1-nano-2025-04-14" });
    const r = result((await train(p, { AZURE_OPENAI_API_KEY: AZURE_KEY })).outcome);
    expect(r.hosted!.deployment).toMatchObject({ name: "support-ft", state: "not created" });
    expect(r.hosted!.deployment!.error).toMatch(/^the environment variable AZURE_MANAGEMENT_TOKEN \(train\.openai\.deployment\.tokenEnv\) is not set/);
    expect(s.deployments.size).toBe(0);
  });

  it("refuses a training file of 512 MB or more before uploading it", async () => {
    const dir = workspace("azure-big");
    const big = join(dir, "data/big.jsonl");
    writeFileSync(big, Buffer.from([0xef, 0xbb, 0xbf]));
    truncateSync(big, 512 * 1024 * 1024);
    const p = { ...plan(dir, "azure-openai", { baseURL: "http://127.0.0.1:9/openai/v1" }), trainFiles: [big] };
    await expect(prepareFile(p, "train", [big], join(dir, "tmp"))).rejects.toThrow(/^the train file is 512\.0 MiB \(.*big\.jsonl, with the byte-order mark Azure asks for\); Azure OpenAI takes fine-tuning files under 512 MB/);
  });

  it("the model's fine-tuning end from Azure's models API is preferred to the table", async () => {
    const s = await azureStandIn({ models: [{ id: "gpt-4o-mini-2024-07-18", fineTuneEnd: "2026-11-15", shutdownDate: "2027-10-01" }] });
    const e = await failure(train(plan(workspace("azure-ended"), "azure-openai", { baseURL: s.baseURL }), { AZURE_OPENAI_API_KEY: AZURE_KEY }));
    expect(e.message).toBe("gpt-4o-mini-2024-07-18 cannot be fine-tuned on Azure OpenAI any more: new fine-tuning jobs ended on 2026-11-15 (the Azure OpenAI models API); the snapshot retires on 2027-10-01. Train on your own GPU instead: set train.provider: self-hosted in the config file (self-hosted-runner/README.md).");
    expect(s.uploads).toBe(0);
  });

  it("azure-openai needs its endpoint, and Azure's suffix takes no dots", () => {
    expect(() => plan(workspace("azure-cfg"), "azure-openai", {})).toThrow(/train\.openai\.baseURL: provider azure-openai needs your resource's v1 endpoint/);
    expect(() => plan(workspace("azure-cfg"), "azure-openai", { baseURL: "https://x.openai.azure.com/openai/v1", suffix: "v1.2" })).toThrow(/does not allow dots in a model suffix/);
  });
});
