// command: eval's parts that decide before anything is sent: which settings the candidate makes,
// whether the adapter was trained against the datasets at this commit, which keys are read (and
// refused on a fork's pull request), what the answer cache is keyed on, and the Action's inputs.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { AnswerCacheKeys, FolderCache } from "../../src/adapters/actions/folderCache.js";
import { readInputs } from "../../src/action/inputs.js";
import { EvalSetupError } from "../../src/eval/errors.js";
import type { EvalReport } from "../../src/eval/report/model.js";
import { restoreAnswers } from "../../src/eval/step/answerCache.js";
import type { Candidate } from "../../src/eval/step/candidate.js";
import { settingsForCandidate } from "../../src/eval/step/candidateSettings.js";
import type { EvalStepContext } from "../../src/eval/step/context.js";
import { compareDatasets } from "../../src/eval/step/datasetMatch.js";
import type { DatasetFile } from "../../src/train/runRecord.js";
import { guardKeys, keyVariables } from "../../src/eval/step/keys.js";
import { checkTitle, conclusionOf } from "../../src/eval/step/publish.js";
import { resolveSettings, type Settings } from "../../src/settings/settings.js";

const dir = mkdtempSync(join(tmpdir(), "finetune-ci-eval-step-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settingsOf = (config: Record<string, unknown>): Settings => resolveSettings([{ datasets: { train: ["data/train.jsonl"], holdout: ["data/holdout.jsonl"] }, ...config }], "test");
const quiet = { info() {} };
const adapter: Candidate = { kind: "adapter", adapterPath: "/runner/temp/training/adapter", baseModel: "Qwen/Qwen2.5-0.5B-Instruct", runRecord: null, source: "artifact finetune-ci-adapter (adapter/)" };
const hosted = (model: string): Candidate => ({ kind: "hosted", model, source: "the candidate-model input" });

function setupError(run: () => unknown): EvalSetupError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EvalSetupError);
    return error as EvalSetupError;
  }
  throw new Error("expected an EvalSetupError");
}

describe("the settings a candidate makes", () => {
  it("an adapter without arms in the config: base, prompted and candidate served on its base model, with train.python", () => {
    const s = settingsForCandidate(settingsOf({ train: { python: "/opt/venv/bin/python" } }), adapter, quiet);
    expect(Object.entries(s.eval.arms).map(([name, arm]) => `${name}:${arm.kind}:${arm.model ?? "-"}:${arm.baseURL ?? "-"}`)).toEqual(["base:base:-:-", "prompted:prompted:-:-", "candidate:candidate:-:-"]);
    // The schema's defaults, as a config file with these arms would have them.
    expect(s.eval.arms.base).toMatchObject({ temperature: 0, seed: 2026, cache: true });
    expect(s.eval.serve).toMatchObject({ engine: "auto", baseModel: adapter.baseModel, adapter: "/runner/temp/training/adapter", adapterName: "candidate", python: "/opt/venv/bin/python", port: 0 });
  });

  it("an adapter with eval.serve in the config keeps its engine and python, and replaces the base model and adapter", () => {
    const config = settingsOf({ eval: { serve: { engine: "vllm", python: "/opt/vllm/bin/python", baseModel: "old/model" }, arms: { base: { kind: "base" }, ft: { kind: "candidate", model: "candidate" } } } });
    const lines: string[] = [];
    const s = settingsForCandidate(config, adapter, { info: (m) => lines.push(m) });
    expect(s.eval.serve).toMatchObject({ engine: "vllm", python: "/opt/vllm/bin/python", baseModel: adapter.baseModel, adapter: adapter.adapterPath });
    expect(Object.keys(s.eval.arms)).toEqual(["base", "ft"]);
    expect(lines).toEqual(["eval.serve.baseModel old/model is replaced by Qwen/Qwen2.5-0.5B-Instruct, the base model the adapter was trained on"]);
    // The input settings are left as they were.
    expect(config.eval.serve?.baseModel).toBe("old/model");
  });

  it("an adapter whose candidate arm sends its requests elsewhere is a config error naming the arm", () => {
    const e = setupError(() => settingsForCandidate(settingsOf({ eval: { arms: { ft: { kind: "candidate", model: "x", baseURL: "https://api.openai.com/v1" } } } }), adapter, quiet));
    expect(e.where).toBe("eval.arms.ft.baseURL");
    expect(e.fix).toMatch(/Remove baseURL/);
  });

  it("an OpenAI ft: model without arms: base read from its id, prompted and candidate, at train.openai's endpoint", () => {
    const s = settingsForCandidate(settingsOf({ train: { openai: { baseURL: "https://proxy.example/v1", apiKeyEnv: "PROXY_KEY" } } }), hosted("ft:gpt-4.1-mini-2025-04-14:acme:support:AbC123"), quiet);
    expect(s.eval.arms.base).toMatchObject({ kind: "base", model: "gpt-4.1-mini-2025-04-14", baseURL: "https://proxy.example/v1", apiKeyEnv: "PROXY_KEY" });
    expect(s.eval.arms.candidate).toMatchObject({ kind: "candidate", model: "ft:gpt-4.1-mini-2025-04-14:acme:support:AbC123" });
    expect(s.eval.arms.prompted).toMatchObject({ kind: "prompted" });
  });

  it("a hosted model whose base cannot be read from its id needs the arms named", () => {
    expect(setupError(() => settingsForCandidate(settingsOf({}), hosted("gpt-4o-mini-2024-07-18.ft-0123456789abcdef"), quiet)).where).toBe("eval.arms");
  });

  it("a hosted model fills the candidate arm's model, and refuses eval.serve, which would answer for it", () => {
    const s = settingsForCandidate(settingsOf({ eval: { arms: { base: { kind: "base", model: "gpt-4o-mini" }, ft: { kind: "candidate", baseURL: "https://r.openai.azure.com/openai/v1" } } } }), hosted("support-ft"), quiet);
    expect(s.eval.arms.ft).toMatchObject({ model: "support-ft", baseURL: "https://r.openai.azure.com/openai/v1" });
    expect(setupError(() => settingsForCandidate(settingsOf({ eval: { serve: { baseModel: "b", adapter: "a" } } }), hosted("ft:gpt-4o-mini-2024-07-18:acme::x"), quiet)).where).toBe("eval.serve");
  });
});

describe("the datasets the adapter was trained against", () => {
  const file = (path: string, sha: string, bytes = 100): DatasetFile => ({ path, sha256: sha.repeat(64).slice(0, 64), bytes });
  const atCommit = (files: Record<string, string>) => async (path: string) => (files[path] ? { sha256: files[path]!.repeat(64).slice(0, 64), bytes: 120 } : undefined);
  const recorded = { trainFiles: [file("data/train.jsonl", "a")], evalFiles: [file("data/holdout.jsonl", "b")] };

  it("match when every file the run read has the same SHA-256 at this commit and the holdout is the run's", async () => {
    expect(await compareDatasets(recorded, ["data/holdout.jsonl"], "/repo", atCommit({ "data/train.jsonl": "a", "data/holdout.jsonl": "b" }))).toEqual([]);
    // An absolute path inside the checkout is the same file.
    const absolute = { trainFiles: [file("/repo/data/train.jsonl", "a")], evalFiles: [file("/repo/./data/holdout.jsonl", "b")] };
    expect(await compareDatasets(absolute, ["data/holdout.jsonl"], "/repo", atCommit({ "data/train.jsonl": "a", "data/holdout.jsonl": "b" }))).toEqual([]);
  });

  it("name the file and both hashes when the holdout changed since training", async () => {
    const [m, ...more] = await compareDatasets(recorded, ["data/holdout.jsonl"], "/repo", atCommit({ "data/train.jsonl": "a", "data/holdout.jsonl": "c" }));
    expect(more).toEqual([]);
    expect(m).toEqual({ path: "data/holdout.jsonl", problem: `the adapter was trained with holdout file data/holdout.jsonl at sha256 ${"b".repeat(64)} (100 bytes); at this commit it is sha256 ${"c".repeat(64)} (120 bytes)` });
  });

  it("find a training file that changed or is gone", async () => {
    const two = { ...recorded, trainFiles: [file("data/a.jsonl", "a"), file("data/b.jsonl", "d")] };
    const problems = (await compareDatasets(two, ["data/holdout.jsonl"], "/repo", atCommit({ "data/a.jsonl": "e", "data/holdout.jsonl": "b" }))).map((m) => m.problem);
    expect(problems).toEqual([
      `the adapter was trained with training file data/a.jsonl at sha256 ${"a".repeat(64)} (100 bytes); at this commit it is sha256 ${"e".repeat(64)} (120 bytes)`,
      `the adapter was trained with training file data/b.jsonl (sha256 ${"d".repeat(64)}, 100 bytes), which is missing at this commit`,
    ]);
  });

  it("refuse a holdout other than the one held out in training, either way round", async () => {
    const files = atCommit({ "data/train.jsonl": "a", "data/holdout.jsonl": "b", "data/other.jsonl": "f" });
    expect((await compareDatasets(recorded, ["data/other.jsonl"], "/repo", files)).map((m) => m.problem)).toEqual([
      "the evaluation's holdout includes data/other.jsonl, which the training run did not hold out (its holdout: data/holdout.jsonl)",
      "the training run held out data/holdout.jsonl, and the evaluation's holdout (data/other.jsonl) leaves it out",
    ]);
  });

  it("refuse a holdout with the bytes of a file the adapter was trained on, when the run held nothing out", async () => {
    const noHoldout = { trainFiles: [file("data/train.jsonl", "a")], evalFiles: [] };
    const [m] = await compareDatasets(noHoldout, ["data/copy.jsonl"], "/repo", atCommit({ "data/train.jsonl": "a", "data/copy.jsonl": "a" }));
    expect(m!.problem).toBe(`the holdout file data/copy.jsonl has the same bytes (sha256 ${"a".repeat(64)}) as data/train.jsonl, which the adapter was trained on`);
  });

  it("cannot compare a file the run read outside the checkout", async () => {
    const outside = { trainFiles: [file("/elsewhere/train.jsonl", "a")], evalFiles: [] };
    expect((await compareDatasets(outside, [], "/repo", atCommit({}))).map((m) => m.problem)).toEqual(["the run's training file /elsewhere/train.jsonl is outside this checkout, so it cannot be compared with this commit's"]);
  });
});

describe("keys", () => {
  const config = settingsOf({
    eval: {
      arms: { base: { kind: "base", model: "gpt-4o-mini" }, prompted: { kind: "prompted" }, local: { kind: "baseline", model: "m", baseURL: "http://127.0.0.1:8000/v1" }, candidate: { kind: "candidate", model: "ft:gpt-4o-mini-2024-07-18:a::b", apiKeyEnv: "FT_KEY" } },
      judge: { model: "gpt-4.1" },
    },
  });

  function context(env: Record<string, string>, fromFork = false): { context: EvalStepContext; masked: string[] } {
    const masked: string[] = [];
    const partial = { env, mask: (s: string) => masked.push(s), ...(fromFork ? { pullRequest: { number: 4, headSha: "f".repeat(40), fromFork } } : {}) };
    return { context: partial as unknown as EvalStepContext, masked };
  }

  it("are the variables the arms and the judge name or default to, a local server's none", () => {
    expect(keyVariables(config, {})).toEqual([
      { variable: "OPENAI_API_KEY", readers: ["eval.arms.base", "eval.arms.prompted", "eval.judge"] },
      { variable: "FT_KEY", readers: ["eval.arms.candidate"] },
    ]);
    // An arm left out of the run reads nothing.
    expect(keyVariables(config, { arms: ["local", "candidate"] })).toEqual([{ variable: "FT_KEY", readers: ["eval.arms.candidate"] }, { variable: "OPENAI_API_KEY", readers: ["eval.judge"] }]);
  });

  it("are masked, each value that is set, before anything is sent", () => {
    const { context: c, masked } = context({ OPENAI_API_KEY: "sk-one", FT_KEY: "" });
    guardKeys(c, keyVariables(config, {}));
    expect(masked).toEqual(["sk-one"]);
  });

  it("are never used on a fork's pull request: refused with the arms that would need them, nothing masked", () => {
    const { context: c, masked } = context({ OPENAI_API_KEY: "sk-one" }, true);
    const e = setupError(() => guardKeys(c, keyVariables(config, {})));
    expect(e.code).toBe("fork");
    expect(e.problem).toBe("it comes from a fork, and this evaluation would send API keys: eval.arms.base, eval.arms.prompted, eval.judge (OPENAI_API_KEY); eval.arms.candidate (FT_KEY). finetune-ci never uses keys on a fork's pull request");
    expect(masked).toEqual([]);
    // Arms that all answer from a local server without a key still run.
    const local = settingsOf({ eval: { arms: { base: { kind: "base", model: "b", baseURL: "http://127.0.0.1:8000/v1" }, candidate: { kind: "candidate", model: "c", baseURL: "http://127.0.0.1:8000/v1" } } } });
    expect(() => guardKeys(c, keyVariables(local, {}))).not.toThrow();
  });
});

describe("the answer cache's key", () => {
  const ws = mkdtempSync(join(dir, "ws-"));
  const keysFor = async (config: Record<string, unknown>, files: Record<string, string> = {}): Promise<AnswerCacheKeys | undefined> => {
    writeFileSync(join(ws, "data-train.jsonl"), files.train ?? "t\n");
    writeFileSync(join(ws, "data-holdout.jsonl"), files.holdout ?? "h\n");
    let seen: AnswerCacheKeys | undefined;
    const cache: FolderCache = {
      restore: async (_folder, keys) => ((seen = keys), { hit: "miss", reason: "empty" }),
      save: async () => ({ saved: false, reason: "test" }),
    };
    const settings = resolveSettings([{ datasets: { train: ["data-train.jsonl"], holdout: ["data-holdout.jsonl"] }, eval: { arms: { base: { kind: "base", model: "b", baseURL: "http://127.0.0.1:9/v1" }, candidate: { kind: "candidate", model: "c", baseURL: "http://127.0.0.1:9/v1" } }, ...config } }], "test");
    const context = { runner: { workspace: ws }, answerCache: cache, log: { info() {}, debug() {}, warning() {} } } as unknown as EvalStepContext;
    await restoreAnswers(context, settings, {});
    return seen;
  };

  it("is the holdout's hash and the cached arms' settings, restored by the holdout's prefix", async () => {
    const keys = (await keysFor({}))!;
    expect(keys.primary).toMatch(/^finetune-ci-answers-v1-[0-9a-f]{64}-[0-9a-f]{64}$/);
    expect(keys.restore).toEqual([keys.primary.slice(0, keys.primary.lastIndexOf("-") + 1)]);
    // The same inputs, the same key; the candidate's model is not part of it.
    expect((await keysFor({}))!.primary).toBe(keys.primary);
    expect((await keysFor({ arms: { base: { kind: "base", model: "b", baseURL: "http://127.0.0.1:9/v1" }, candidate: { kind: "candidate", model: "c2", baseURL: "http://127.0.0.1:9/v1" } } }))!.primary).toBe(keys.primary);
  });

  it("changes with the holdout, with a cached arm's settings, and with the training set only when a prompted arm draws from it", async () => {
    const base = (await keysFor({}))!.primary;
    const holdoutChanged = (await keysFor({}, { holdout: "h2\n" }))!.primary;
    expect(holdoutChanged.split("-")[4]).not.toBe(base.split("-")[4]);
    const arms = (base: Record<string, unknown>) => ({ arms: { base: { kind: "base", model: "b", baseURL: "http://127.0.0.1:9/v1", ...base }, candidate: { kind: "candidate", model: "c", baseURL: "http://127.0.0.1:9/v1" } } });
    const warmer = (await keysFor(arms({ temperature: 0.7 })))!.primary;
    expect(warmer.split("-")[4]).toBe(base.split("-")[4]);
    expect(warmer).not.toBe(base);
    expect((await keysFor({}, { train: "t2\n" }))!.primary).toBe(base);
    const prompted = { arms: { ...arms({}).arms, prompted: { kind: "prompted" } } };
    expect((await keysFor(prompted, { train: "t2\n" }))!.primary).not.toBe((await keysFor(prompted))!.primary);
  });

  it("is not made when the cache is off or no arm is cached", async () => {
    expect(await keysFor({ cache: { enabled: false } })).toBeUndefined();
    expect(await keysFor({ arms: { base: { kind: "base", model: "b", baseURL: "http://127.0.0.1:9/v1", cache: false }, candidate: { kind: "candidate", model: "c", baseURL: "http://127.0.0.1:9/v1" } } })).toBeUndefined();
  });
});

describe("the Action's candidate inputs", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });
  /** readInputs with these inputs only, as the runner passes them. */
  const withInputs = (inputs: Record<string, string>) => () => {
    process.env = { ...saved };
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    return readInputs();
  };

  it("become the flow's candidate", () => {
    expect(withInputs({ "training-artifact": "finetune-ci-adapter", "training-run-id": "812", "candidate-model": "Qwen/Qwen2.5-0.5B" })().candidate).toEqual({ model: "Qwen/Qwen2.5-0.5B", artifact: "finetune-ci-adapter", runId: 812 });
    expect(withInputs({})().candidate).toBeUndefined();
  });

  it("refuse a run id without the artifact, a run id that is not one, and two candidates", () => {
    expect(withInputs({ "training-run-id": "812" })).toThrow("input training-run-id is set without training-artifact");
    expect(withInputs({ "training-artifact": "a", "training-run-id": "12a" })).toThrow('input training-run-id must be a workflow run id (the number in the run\'s URL, …/actions/runs/<id>), not "12a"');
    expect(withInputs({ "training-artifact": "a", "adapter-path": "out/adapter" })).toThrow("inputs adapter-path and training-artifact both name the candidate");
  });
});

describe("the check's conclusion", () => {
  const report = (status: "pass" | "fail" | "inconclusive", failOnInconclusive = false) => ({ verdict: { status, summary: "", exitCode: 0, failOnInconclusive } }) as unknown as EvalReport;

  it("is success on a pass, failure on a fail, and for an inconclusive run neutral unless it fails the step", () => {
    expect(conclusionOf(report("pass"))).toBe("success");
    expect(conclusionOf(report("fail"))).toBe("failure");
    expect(conclusionOf(report("inconclusive"))).toBe("neutral");
    expect(conclusionOf(report("inconclusive", true))).toBe("failure");
  });

  it("has a title GitHub shows on one line", () => {
    expect(checkTitle("PASS: a\nb   c")).toBe("PASS: a b c");
    expect(checkTitle(`FAIL: ${"x".repeat(300)}`)).toHaveLength(200);
  });
});
