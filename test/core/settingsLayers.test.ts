// The settings' edges, each stated as what a user sees: where a YAML error is, why a config that is
// not a mapping is refused, how layers merge, how dataset paths move with the config file, and
// that every problem of a config is named at once.
import { describe, expect, it } from "vitest";
import { datasetsRelativeToConfig, parseConfigText, resolveSettings, SettingsError } from "../../src/settings/settings.js";

describe("reading a config file", () => {
  it("names the file, line and column of a YAML error, with the parser's first line of explanation only", () => {
    let error: unknown;
    try {
      parseConfigText("model: gpt-4o\nreview:\n  minExamples: [1, 2\n", "ci.yml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).name).toBe("SettingsError");
    expect((error as Error).message).toMatch(/^ci\.yml:\d+:\d+: invalid YAML: \S.*$/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses a config that is not a mapping: a list, a number, a string", () => {
    for (const text of ["- model: gpt-4o\n", "42\n", "just words\n"]) {
      expect(() => parseConfigText(text, "ci.yml"), text).toThrow("ci.yml: the config must be a YAML mapping of keys such as model: and datasets:");
    }
  });

  it("reads an empty file as no settings at all", () => {
    expect(parseConfigText("", "ci.yml")).toEqual({});
    expect(parseConfigText("# only a comment\n", "ci.yml")).toEqual({});
  });
});

describe("layers", () => {
  it("merge nested sections key by key, replace arrays whole, and skip values left undefined", () => {
    const s = resolveSettings(
      [
        { datasets: { train: ["a.jsonl", "b.jsonl"], holdout: ["h.jsonl"] }, review: { minExamples: 50, maxLabels: 5 } },
        { datasets: { train: ["c.jsonl"] }, review: { minExamples: undefined, nearDuplicateThreshold: 0.9 }, failOn: undefined },
      ],
      "test",
    );
    expect(s.datasets).toEqual({ train: ["c.jsonl"], holdout: ["h.jsonl"] });
    expect(s.review).toMatchObject({ minExamples: 50, maxLabels: 5, nearDuplicateThreshold: 0.9 });
    expect(s.failOn).toBe("error");
  });

  it("let a later plain value replace an earlier section, and a section replace a plain value", () => {
    expect(() => resolveSettings([{ review: { minExamples: 5 } }, { review: 3 }], "flags")).toThrow(/^flags: review must be object$/);
  });

  it("names every problem of a config at once", () => {
    expect(() => resolveSettings([{ failOn: "sometimes", reveiw: {}, review: { minExamples: -1 } }], "ci.yml")).toThrow(
      /^ci\.yml: (?=.*failOn must be one of "error", "warning", "never")(?=.*unknown key "reveiw")(?=.*review\.minExamples must be >= \d+).*$/,
    );
  });

  it("names a severity for an unknown finding code", () => {
    expect(() => resolveSettings([{ severities: { "no-such-code": "off" } }], "ci.yml")).toThrow(/severities: "no-such-code" is not a finding code/);
  });

  it("finds a reserved name inside a list, and names its place", () => {
    expect(() => resolveSettings([{ datasets: { train: [{ constructor: 1 }] } }], "ci.yml")).toThrow(/^ci\.yml: datasets\.train\[0\]\.constructor: "constructor" cannot be used as a key/);
    expect(() => resolveSettings([{ models: { "gpt-x": { hasOwnProperty: 1 } } }], "ci.yml")).toThrow(/models\.gpt-x\.hasOwnProperty/);
    // Lists and sections without reserved names pass.
    expect(resolveSettings([{ datasets: { train: ["constructor.jsonl"] } }], "ci.yml").datasets.train).toEqual(["constructor.jsonl"]);
  });
});

describe("dataset paths relative to the config file", () => {
  it("moves only the dataset lists' strings, and leaves a config without datasets as it is", () => {
    const config = { model: "gpt-4o", datasets: { train: ["t.jsonl", 7], other: ["x"] } };
    expect(datasetsRelativeToConfig(config, "conf/ci.yml", "/repo")).toEqual({ model: "gpt-4o", datasets: { train: ["conf/t.jsonl", 7], other: ["x"] } });
    const plain = { model: "gpt-4o" };
    expect(datasetsRelativeToConfig(plain, "conf/ci.yml", "/repo")).toBe(plain);
    const odd = { datasets: "data/*.jsonl" };
    expect(datasetsRelativeToConfig(odd, "conf/ci.yml", "/repo")).toBe(odd);
    // A path that is the config's own folder becomes ".", not "".
    expect(datasetsRelativeToConfig({ datasets: { holdout: ["."] } }, "ci.yml", "/repo")).toEqual({ datasets: { holdout: ["."] } });
    expect(datasetsRelativeToConfig({ datasets: { holdout: "h.jsonl" } }, "conf/ci.yml", "/repo")).toEqual({ datasets: { holdout: "h.jsonl" } });
  });
});

describe("the eval section's paths relative to the config file", () => {
  it("moves the holdout list, the run record, the output folder and each nested file or folder; leaves the rest", () => {
    const config = {
      eval: {
        holdout: ["h.jsonl", "more/h2.jsonl", 3],
        runRecord: "runs/run.json",
        out: "reports",
        scoring: { jsonSchema: "schema.json", primary: "exact-match" },
        judge: { prompt: "judge.md", model: "gpt-4o" },
        cache: { dir: ".cache" },
        serve: { adapter: "../adapter", port: 8000 },
        baseUrl: "http://localhost:8000/v1",
      },
    };
    expect(datasetsRelativeToConfig(config, "conf/ci.yml", "/repo")).toEqual({
      eval: {
        holdout: ["conf/h.jsonl", "conf/more/h2.jsonl", 3],
        runRecord: "conf/runs/run.json",
        out: "conf/reports",
        scoring: { jsonSchema: "conf/schema.json", primary: "exact-match" },
        judge: { prompt: "conf/judge.md", model: "gpt-4o" },
        cache: { dir: "conf/.cache" },
        serve: { adapter: "adapter", port: 8000 },
        baseUrl: "http://localhost:8000/v1",
      },
    });
    // Sections without those keys, or that are not sections, are left as they are.
    const partial = { eval: { judge: { model: "gpt-4o" }, serve: "yes", cache: null } };
    expect(datasetsRelativeToConfig(partial, "conf/ci.yml", "/repo")).toEqual(partial);
    // A list where a section belongs is not a section.
    const listed = { datasets: ["a.jsonl"], eval: ["h.jsonl"] };
    expect(datasetsRelativeToConfig(listed, "conf/ci.yml", "/repo")).toBe(listed);
  });
});

describe("every problem, in one message", () => {
  it("joins distinct problems with '; ', and names unknown keys at the top without a path", () => {
    expect(() => resolveSettings([{ failOn: "sometimes", colour: "red" }], "ci.yml")).toThrow(
      new SettingsError('ci.yml: unknown key "colour"; failOn must be one of "error", "warning", "never"'),
    );
  });

  it("finds a reserved name after ordinary items and keys", () => {
    expect(() => resolveSettings([{ datasets: { train: ["a.jsonl", "b.jsonl", { toString: 1 }] } }], "ci.yml")).toThrow(/^ci\.yml: datasets\.train\[2\]\.toString: "toString" cannot be used as a key/);
    expect(() => resolveSettings([{ model: "gpt-4o", review: { minExamples: 5, valueOf: 1 } }], "ci.yml")).toThrow(/^ci\.yml: review\.valueOf:/);
    expect(() => resolveSettings([{}, { model: "gpt-4o", selfHosted: { gpu: "__proto__" } }], "flags")).toThrow('flags: selfHosted.gpu: "__proto__" is not a usable name; give the real name');
  });
});
