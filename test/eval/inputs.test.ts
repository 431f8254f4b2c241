// What the evaluation reads before it sends anything: the holdout (every line an example, a blank
// line, or a problem named by file and line), the few-shot draw from the training set, the arms of
// the config and the gate rules, and the answer cache on disk.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { endpointLimits, resolveArms } from "../../src/eval/arms.js";
import { directoryCache } from "../../src/eval/cache.js";
import { EvalSetupError } from "../../src/eval/errors.js";
import { drawShots, withShots } from "../../src/eval/fewShot.js";
import { checkGate, gateConfig } from "../../src/eval/gateConfig.js";
import { readHoldout } from "../../src/eval/holdout.js";
import { resolveSettings, type EvalSettings } from "../../src/settings/settings.js";
import { chatLine, tickets } from "./support/supportTickets.js";

const dir = mkdtempSync(join(tmpdir(), "finetune-ci-eval-inputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  writeFileSync(join(dir, name), `${lines.join("\n")}\n`);
  return name;
}

const read = (name: string) => readHoldout([name], { cwd: dir, format: "auto", maxLineBytes: 1 << 20, key: "datasets.holdout" });

async function setupError(promise: Promise<unknown> | (() => unknown)): Promise<EvalSetupError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(EvalSetupError);
    return error as EvalSetupError;
  }
  throw new Error("expected an EvalSetupError");
}

describe("the holdout", () => {
  it("takes each example's final assistant turn as the reference and sends the rest without the weight key", async () => {
    const tool = { type: "function", function: { name: "refund", parameters: { type: "object" } } };
    const name = file("h1.jsonl", [
      JSON.stringify({ messages: [{ role: "system", content: "S" }, { role: "user", content: "a" }, { role: "assistant", content: "wrong", weight: 0 }, { role: "user", content: "b" }, { role: "assistant", content: "right" }] }),
      "",
      JSON.stringify({ messages: [{ role: "user", content: "refund order 7" }, { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "refund", arguments: '{"order":7}' } }] }], tools: [tool], parallel_tool_calls: false }),
      JSON.stringify({ input: { messages: [{ role: "user", content: "pick" }] }, preferred_output: [{ role: "assistant", content: "good" }], non_preferred_output: [{ role: "assistant", content: "bad" }] }),
    ]);
    const { examples, files } = await read(name);
    expect(files).toEqual([{ path: name, lines: 4, examples: 3, blankLines: 1 }]);
    expect(examples.map((e) => e.line)).toEqual([1, 3, 4]);
    expect(examples[0]!.reference).toEqual({ text: "right" });
    expect(examples[0]!.messages).toEqual([{ role: "system", content: "S" }, { role: "user", content: "a" }, { role: "assistant", content: "wrong" }, { role: "user", content: "b" }]);
    expect(examples[1]).toMatchObject({ reference: { text: "", toolCalls: [{ name: "refund", arguments: '{"order":7}' }] }, tools: [tool], parallelToolCalls: false });
    expect(examples[2]).toMatchObject({ messages: [{ role: "user", content: "pick" }], reference: { text: "good" } });
  });

  it("refuses a line without a final assistant answer, naming every bad line with its file and line", async () => {
    const name = file("h2.jsonl", [
      chatLine({ text: "fine", label: "billing" }),
      JSON.stringify({ messages: [{ role: "user", content: "no answer" }] }),
      "{ not json",
      JSON.stringify({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "  " }] }),
      JSON.stringify({ messages: [{ role: "assistant", content: "answer without a question" }] }),
    ]);
    const error = await setupError(read(name));
    expect(error.code).toBe("holdout");
    expect(error.message).toMatch(/^h2\.jsonl:2: the last message is a user message, not the assistant's answer \(and 3 more bad line\(s\), listed below\)\. End every holdout example with the assistant turn/);
    expect(error.details).toEqual([
      expect.stringMatching(/^h2\.jsonl:3: not valid JSON \(/),
      "h2.jsonl:4: the final assistant message has neither content nor tool_calls: there is no reference answer",
      "h2.jsonl:5: there is no user message before the answer: nothing to ask the model",
    ]);
  });

  it("says where to put a holdout when there is none", async () => {
    const error = await setupError(readHoldout([], { cwd: dir, format: "auto", maxLineBytes: 1024, key: "datasets.holdout" }));
    expect(error.message).toMatch(/^datasets\.holdout: there is no holdout file to evaluate on\. Set datasets\.holdout \(or eval\.holdout\)/);
  });
});

describe("the prompted arm's few-shot examples", () => {
  const train = tickets(40, "train");
  const trainFile = file("train.jsonl", train.map(chatLine));
  const holdoutKeys = new Set<string>();

  it("are the same on every run, and adding examples only ever swaps in a new one", async () => {
    const first = await drawShots([trainFile], 3, { cwd: dir, holdoutPromptKeys: holdoutKeys, maxLineBytes: 1 << 20 });
    const again = await drawShots([trainFile], 3, { cwd: dir, holdoutPromptKeys: holdoutKeys, maxLineBytes: 1 << 20 });
    expect(again.shots).toEqual(first.shots);
    expect(first).toMatchObject({ eligible: 40, unusable: 0, holdoutPrompts: 0 });
    const more = file("train-more.jsonl", [...train.map(chatLine), ...tickets(80, "holdout").slice(40).map(chatLine)]);
    const after = await drawShots([more], 3, { cwd: dir, holdoutPromptKeys: holdoutKeys, maxLineBytes: 1 << 20 });
    const kept = after.shots.filter((s) => s.line <= 40).map((s) => s.line);
    expect(kept.every((line) => first.shots.some((s) => s.line === line))).toBe(true);
  });

  it("never include a training example whose prompt is a holdout prompt", async () => {
    const first = await drawShots([trainFile], 3, { cwd: dir, holdoutPromptKeys: holdoutKeys, maxLineBytes: 1 << 20 });
    const leaked = (await read(file("leak.jsonl", [readFileSync(join(dir, trainFile), "utf8").split("\n")[first.shots[0]!.line - 1]!]))).examples[0]!;
    const draw = await drawShots([trainFile], 3, { cwd: dir, holdoutPromptKeys: new Set([leaked.promptKey]), maxLineBytes: 1 << 20 });
    expect(draw.holdoutPrompts).toBe(1);
    expect(draw.shots.map((s) => s.line)).not.toContain(first.shots[0]!.line);
  });

  it("go after the system message, as user and assistant turns", () => {
    const shots = [{ file: "t", line: 1, messages: [{ role: "user", content: "u1" }, { role: "assistant", content: "a1" }] }];
    expect(withShots([{ role: "system", content: "S" }, { role: "user", content: "q" }], shots).map((m) => m.content)).toEqual(["S", "u1", "a1", "q"]);
    expect(withShots([{ role: "user", content: "q" }], shots).map((m) => m.content)).toEqual(["u1", "a1", "q"]);
  });
});

function evalSettings(evalSection: Record<string, unknown>): EvalSettings {
  return resolveSettings([{ eval: evalSection }], "test").eval;
}

describe("the arms of the config", () => {
  it("fill in what is left out: prompted takes the base arm's model and key, OpenAI's endpoint takes OPENAI_API_KEY", () => {
    const arms = resolveArms(evalSettings({ arms: { base: { kind: "base", model: "gpt-4o-mini" }, prompted: { kind: "prompted" }, candidate: { kind: "candidate", model: "ft:gpt-4o-mini-2024-07-18:acme::x", concurrency: 2 } } }), { models: {} });
    expect(arms.map((a) => [a.name, a.model, a.baseURL, a.apiKeyEnv, a.shots, a.cache])).toEqual([
      ["base", "gpt-4o-mini", "https://api.openai.com/v1", "OPENAI_API_KEY", 0, true],
      ["prompted", "gpt-4o-mini", "https://api.openai.com/v1", "OPENAI_API_KEY", 3, true],
      ["candidate", "ft:gpt-4o-mini-2024-07-18:acme::x", "https://api.openai.com/v1", "OPENAI_API_KEY", 0, false],
    ]);
    // Base gpt-4o-mini at its list price, the fine-tuned one at the fine-tuned price (June 2025 table).
    expect(arms[0]!.prices).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
    expect(arms[2]!.prices).toEqual({ inputPerMillion: 0.3, outputPerMillion: 1.2 });
    expect(arms[0]).toMatchObject({ temperature: 0, seed: 2026, timeoutMs: 120_000 });
    expect(endpointLimits(arms).get("https://api.openai.com/v1")).toBe(2);
  });

  it("point at the served endpoint with eval.serve, and send no key to it", () => {
    const settings = evalSettings({ arms: { base: { kind: "base" }, candidate: { kind: "candidate" }, prod: { kind: "baseline", model: "ft:gpt-4o-mini-2024-07-18:acme::prod" } }, serve: { baseModel: "Qwen/Qwen2.5-0.5B-Instruct", adapter: "out/adapter" } });
    const arms = resolveArms(settings, { models: {}, served: { baseURL: "http://127.0.0.1:9999/v1", baseName: "Qwen/Qwen2.5-0.5B-Instruct", adapterName: "candidate" } });
    expect(arms.map((a) => [a.model, a.baseURL, a.apiKeyEnv ?? null, a.served, a.prices === null])).toEqual([
      ["Qwen/Qwen2.5-0.5B-Instruct", "http://127.0.0.1:9999/v1", null, true, true],
      ["candidate", "http://127.0.0.1:9999/v1", null, true, true],
      ["ft:gpt-4o-mini-2024-07-18:acme::prod", "https://api.openai.com/v1", "OPENAI_API_KEY", false, false],
    ]);
    // The served base is cached by what it is, not by the port it happened to get.
    expect(arms[0]!.cacheIdentity).toBe("eval.serve:Qwen/Qwen2.5-0.5B-Instruct");
  });

  it.each([
    ["an OpenAI key", `sk-proj-${"a1B2".repeat(10)}`, /looks like an OpenAI API key \(not shown\)/],
    ["an Azure key", "0123456789abcdef0123456789abcdef", /looks like an Azure OpenAI key \(32 hex digits, not shown\)/],
    ["not a variable name", "my key", /not an environment variable name/],
  ])("refuse %s in apiKeyEnv, without repeating it", async (_, value, why) => {
    const error = await setupError(() => resolveArms(evalSettings({ arms: { base: { kind: "base", model: "m", apiKeyEnv: value }, candidate: { kind: "candidate", model: "c" } } }), { models: {} }));
    expect(error.message).toMatch(/^eval\.arms\.base\.apiKeyEnv: it /);
    expect(error.message).toMatch(why);
    if (value.length > 10) expect(error.message).not.toContain(value.slice(4, 16));
  });

  it("refuse credentials in a baseURL, which reports print", async () => {
    const arms = (baseURL: string) => evalSettings({ arms: { base: { kind: "base", model: "m", baseURL }, candidate: { kind: "candidate", model: "c" } } });
    for (const url of ["https://user:hunter2@llm.example/v1", "https://llm.example/v1?api-key=abc"]) {
      const error = await setupError(() => resolveArms(arms(url), { models: {} }));
      expect(error.message).toMatch(/^eval\.arms\.base\.baseURL: the URL carries credentials/);
      expect(error.message).not.toMatch(/hunter2|abc/);
    }
    expect(resolveArms(arms("https://acme.openai.azure.com/openai/v1/"), { models: {} })[0]!.baseURL).toBe("https://acme.openai.azure.com/openai/v1");
  });

  it.each([
    [{ base: { kind: "base", model: "m" } }, /^eval\.arms: an evaluation needs exactly one arm of kind candidate, found 0/],
    [{ p: { kind: "prompted" }, c: { kind: "candidate", model: "c" } }, /^eval\.arms\.p\.model: a prompted arm without its own model needs a base arm/],
    [{ b: { kind: "base" }, c: { kind: "candidate", model: "c" } }, /^eval\.arms\.b\.model: arm "b" has no model/],
    [{ b: { kind: "base", model: "m", shots: 2 }, c: { kind: "candidate", model: "c" } }, /^eval\.arms\.b\.shots: shots is for prompted arms/],
  ])("refuse an impossible set of arms: %j", async (arms, message) => {
    expect((await setupError(() => resolveArms(evalSettings({ arms }), { models: {} }))).message).toMatch(message);
  });

  it("run a subset with --arms, which must include the candidate", async () => {
    const settings = evalSettings({ arms: { base: { kind: "base", model: "m" }, prod: { kind: "baseline", model: "p" }, candidate: { kind: "candidate", model: "c" } } });
    expect(resolveArms(settings, { models: {}, only: ["candidate", "base"] }).map((a) => a.name)).toEqual(["base", "candidate"]);
    expect((await setupError(() => resolveArms(settings, { models: {}, only: ["base"] }))).message).toMatch(/^--arms: the candidate arm "candidate" is not in the list/);
    expect((await setupError(() => resolveArms(settings, { models: {}, only: ["candidate", "nope"] }))).message).toMatch(/^--arms: there is no arm named "nope"\. Use arms of eval\.arms: base, prod, candidate/);
  });
});

describe("the gate of the config", () => {
  const arms = [
    { name: "base", kind: "base" as const },
    { name: "prompted", kind: "prompted" as const },
    { name: "candidate", kind: "candidate" as const },
  ];
  const names = arms.map((a) => a.name);

  it("keeps the default rules when it lists only floors, and replaces them when it lists a comparison", () => {
    const floorsOnly = gateConfig(evalSettings({ gate: { rules: [{ metric: "accuracy", floor: 0.6 }] } }), names, names);
    expect(floorsOnly.options.rules).toBeUndefined();
    expect(floorsOnly.options.floors).toEqual([{ metric: "accuracy", min: 0.6 }]);
    const both = gateConfig(evalSettings({ gate: { rules: [{ metric: "accuracy", floor: 0.6 }, { metric: "accuracy", vs: "base", kind: "better", margin: 0.1 }] } }), names, names);
    expect(both.options.rules).toEqual([{ metric: "accuracy", vs: "base", kind: "better", margin: 0.1 }]);
  });

  it("names a bad rule by its place in the config's one list", async () => {
    const config = gateConfig(evalSettings({ gate: { rules: [{ metric: "accuracy", floor: 0.6 }, { metric: "accuracy", vs: "base" }, { metric: "macro-f1", vs: "base", kind: "not-worse" }] } }), names, names);
    const error = await setupError(() => checkGate(config, { candidate: "candidate", arms, primary: "accuracy", metrics: ["accuracy", "macro-f1"] }));
    expect(error.message).toMatch(/^eval\.gate\.rules\[2\]\.metric: "macro-f1" cannot be compared in a rule: it is a figure of the whole set with no per-example test\. Gate on a per-example metric/);
  });

  it("refuses a rule that mixes a floor and a comparison", async () => {
    const error = await setupError(() => gateConfig(evalSettings({ gate: { rules: [{ metric: "accuracy", floor: 0.6, vs: "base" }] } }), names, names));
    expect(error.message).toMatch(/^eval\.gate\.rules\[0\]: a rule has both floor and comparison keys/);
  });

  it("leaves out, and says so, the rules whose arm --arms does not run", () => {
    const config = gateConfig(evalSettings({ gate: { rules: [{ metric: "accuracy", vs: "prompted", kind: "better" }, { metric: "accuracy", vs: "base" }] } }), ["base", "candidate"], names);
    expect(config.options.rules).toEqual([{ metric: "accuracy", vs: "base", kind: "not-worse" }]);
    expect(config.skipped).toEqual(["eval.gate.rules[0] (accuracy better vs prompted): the arm is not run (--arms)"]);
  });
});

describe("the answer cache on disk", () => {
  const cacheDir = join(dir, "cache");

  it("writes each answer whole under its key and reads it back", async () => {
    const cache = directoryCache(cacheDir, () => undefined);
    await cache.put("ab12", { text: "billing", finishReason: "stop", inputTokens: 40, outputTokens: 1 });
    expect(await cache.get("ab12")).toEqual({ text: "billing", finishReason: "stop", inputTokens: 40, outputTokens: 1 });
    expect(await cache.has("ab12")).toBe(true);
    expect(readdirSync(join(cacheDir, "ab"))).toEqual(["ab12.json"]);
  });

  it("ignores a corrupt entry with a warning instead of failing", async () => {
    const warnings: string[] = [];
    const cache = directoryCache(cacheDir, (m) => warnings.push(m));
    mkdirSync(join(cacheDir, "cd"), { recursive: true });
    writeFileSync(join(cacheDir, "cd", "cd34.json"), '{"format": "finetune-ci-eval-answer-1", "key": "cd34", "answer": {"te');
    writeFileSync(join(cacheDir, "cd", "cd56.json"), JSON.stringify({ format: "finetune-ci-eval-answer-1", key: "other", answer: { text: "x", finishReason: null } }));
    expect(await cache.get("cd34")).toBeUndefined();
    expect(await cache.get("cd56")).toBeUndefined();
    expect(await cache.get("cd78")).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/cd34\.json: a corrupt cache entry was ignored; the request is sent again/);
  });
});
