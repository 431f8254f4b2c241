import { describe, expect, it } from "vitest";
import { parseConfigText, resolveSettings, SettingsError } from "../../src/settings/settings.js";
import { ALL_CODES } from "../../src/core/findings.js";
import configSchema from "../../schemas/config.schema.json" with { type: "json" };

describe("settings", () => {
  it("fills every default from the schema", () => {
    const s = resolveSettings([{}], "test");
    expect(s).toMatchObject({ model: "gpt-4o-mini-2024-07-18", failOn: "error", format: "auto", datasets: { train: [], holdout: [] } });
    expect(s.review).toMatchObject({ minExamples: 10, nearDuplicateThreshold: 0.8, workers: 1, maxHeapMb: 192 });
    expect(s.selfHosted).toMatchObject({ modelParams: 8e9, gpu: "A100", utilisation: 0.35 });
    expect(s.split.holdoutFraction).toBe(0.15);
  });

  it("lets later layers (flags, action inputs) override the config file, key by key", () => {
    const s = resolveSettings([{ model: "gpt-4.1-2025-04-14", review: { minExamples: 50 } }, { failOn: "warning", review: { nearDuplicateThreshold: 0.9 } }], "test");
    expect(s.model).toBe("gpt-4.1-2025-04-14");
    expect(s.failOn).toBe("warning");
    expect(s.review).toMatchObject({ minExamples: 50, nearDuplicateThreshold: 0.9 });
  });

  it("names the file, the key and the problem", () => {
    expect(() => resolveSettings([{ reveiw: {} }], "ci.yml")).toThrow(/ci\.yml: unknown key "reveiw"/);
    expect(() => resolveSettings([{ failOn: "sometimes" }], "ci.yml")).toThrow(/failOn must be one of "error", "warning", "never"/);
    expect(() => resolveSettings([{ severities: { pii: "fatal" } }], "ci.yml")).toThrow(SettingsError);
  });

  it("refuses names every JavaScript object answers to, naming the key, instead of reading the object's machinery", () => {
    expect(() => resolveSettings([{}, { model: "constructor" }], "command-line options")).toThrow(/^command-line options: model: "constructor" is not a usable name/);
    expect(() => resolveSettings([{ selfHosted: { gpu: "toString" } }], "ci.yml")).toThrow(/ci\.yml: selfHosted\.gpu: "toString"/);
    expect(() => resolveSettings([{ train: { gpuType: "__proto__" } }], "ci.yml")).toThrow(/train\.gpuType/);
    // YAML keeps "__proto__" as a plain key; merging it would set the settings' prototype.
    expect(() => resolveSettings([parseConfigText("__proto__:\n  failOn: never\n", "ci.yml")], "ci.yml")).toThrow(/ci\.yml: __proto__: "__proto__" cannot be used as a key/);
    expect(() => resolveSettings([parseConfigText("models:\n  constructor: { trainingPerMillion: 1 }\n", "ci.yml")], "ci.yml")).toThrow(/models\.constructor/);
    expect(() => resolveSettings([{ model: "constructor" }], "x")).toThrow(SettingsError);
  });

  it("refuses a YAML alias bomb as a config error that names the file", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const bomb = `${levels.join("\n")}\n`;
    expect(() => parseConfigText(bomb, "bomb.yml")).toThrow(SettingsError);
    expect(() => parseConfigText(bomb, "bomb.yml")).toThrow(/^bomb\.yml: cannot read the YAML: its aliases/);
  });

  it("reports YAML syntax errors with line and column", () => {
    expect(() => parseConfigText("model: [unclosed\n", "x.yml")).toThrow(/^x\.yml:\d+:\d+: invalid YAML/);
  });

  it("accepts severities for exactly the known finding codes", () => {
    expect([...configSchema.definitions.findingCode.enum].sort()).toEqual([...ALL_CODES].sort());
    const s = resolveSettings([{ severities: { pii: "error", "no-system-message": "off" } }], "test");
    expect(s.severities).toEqual({ pii: "error", "no-system-message": "off" });
  });
});

describe("dataset paths in a config file", () => {
  it("are relative to the config file, and reach the program relative to the working directory", async () => {
    const { datasetsRelativeToConfig } = await import("../../src/settings/settings.js");
    const config = { model: "gpt-4o", datasets: { train: ["train.jsonl", "shards/*.jsonl"], holdout: ["../eval/holdout.jsonl"] } };
    expect(datasetsRelativeToConfig(config, "examples/support/finetune-ci.yml", "/repo")).toEqual({
      model: "gpt-4o",
      datasets: { train: ["examples/support/train.jsonl", "examples/support/shards/*.jsonl"], holdout: ["examples/eval/holdout.jsonl"] },
    });
    expect(datasetsRelativeToConfig({ datasets: { train: ["data/t.jsonl"] } }, ".finetune-ci.yml", "/repo")).toEqual({ datasets: { train: ["data/t.jsonl"] } });
  });
});
