// train.py (or a custom train.script) runs with the job's environment but none of the runner's
// credentials: the Action's inputs (github-token among them) and the step's service tokens stay
// with finetune-ci.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withoutRunnerCredentials } from "../../src/adapters/process/childEnv.js";
import { planTraining } from "../../src/train/plan.js";
import { selfHostedProvider } from "../../src/train/providers/selfHosted.js";
import { resolveSettings } from "../../src/settings/settings.js";

const RUNNER = {
  "INPUT_GITHUB-TOKEN": "ghs_inputtoken000000000000000000000000",
  INPUT_COMMAND: "train",
  GITHUB_TOKEN: "ghs_githubtoken00000000000000000000000",
  ACTIONS_RUNTIME_TOKEN: "runtime-token-value",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-token-value",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/",
  ACTIONS_RESULTS_URL: "https://results.example/",
  ACTIONS_CACHE_URL: "https://cache.example/",
  ACTIONS_RUNTIME_URL: "https://runtime.example/",
};
const USER = { HF_TOKEN: "hf_user_token_for_gated_models", CUDA_VISIBLE_DEVICES: "0", GITHUB_SHA: "abc", GITHUB_REPOSITORY: "o/r", PATH: process.env.PATH };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "finetune-ci-childenv-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the training process's environment", () => {
  it("drops the runner's credentials and keeps what the user set", () => {
    const env = withoutRunnerCredentials({ ...RUNNER, ...USER });
    expect(Object.keys(env).sort()).toEqual(Object.keys(USER).sort());
  });

  it("is what a custom train.script really receives", async () => {
    // The script prints its environment's names and stops: the run fails, and its output is in the log.
    const script = join(dir, "dump_env.py");
    await writeFile(script, "import os, sys\nprint('ENV ' + ' '.join(sorted(os.environ)))\nprint('HF ' + os.environ.get('HF_TOKEN', ''))\nsys.exit(3)\n");
    await writeFile(join(dir, "train.jsonl"), '{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}\n');
    const settings = resolveSettings([{ train: { provider: "self-hosted", python: "python3", script, outputDir: join(dir, "out") } }], "test");
    const plan = planTraining(settings, { train: ["train.jsonl"], holdout: [] }, { workspace: dir, actionRoot: dir });
    const lines: string[] = [];
    const log = { debug: () => {}, info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), error: (m: string) => lines.push(m), group: <T>(_t: string, run: () => Promise<T>) => run() };
    await expect(
      selfHostedProvider.train(plan, { log, env: { ...RUNNER, ...USER }, tempDir: join(dir, "tmp"), source: { repository: "o/r", commit: "abc" }, now: () => new Date() }),
    ).rejects.toThrow(/exit code 3/);
    const names = lines.find((l) => l.startsWith("ENV "))!.slice(4).split(" ");
    for (const secret of Object.keys(RUNNER)) expect(names).not.toContain(secret);
    expect(names).toEqual(expect.arrayContaining(["HF_TOKEN", "CUDA_VISIBLE_DEVICES", "GITHUB_SHA", "PYTHONUNBUFFERED"]));
    expect(lines).toContain("HF hf_user_token_for_gated_models");
    expect(lines.join("\n")).not.toMatch(/ghs_|runtime-token-value|oidc-token-value/);
  });
});
