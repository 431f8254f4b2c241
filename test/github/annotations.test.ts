import { describe, expect, it } from "vitest";
import { annotationCommands, escapeData, escapeProperty } from "../../src/adapters/github/annotations.js";
import type { Finding } from "../../src/core/findings.js";

const finding = (overrides: Partial<Finding>): Finding => ({
  code: "duplicate",
  severity: "warning",
  file: "data/train.jsonl",
  line: 3,
  message: "Example repeats line 1.",
  hint: "Remove it.",
  ...overrides,
});

describe("annotationCommands", () => {
  it("writes one workflow command per finding, with file, line, title, message and hint", () => {
    expect(annotationCommands([finding({})], { perLevelLimit: 10 })).toEqual([
      "::warning file=data/train.jsonl,line=3,title=finetune-ci duplicate::Example repeats line 1.%0ARemove it.",
    ]);
  });

  it("annotates the whole file, without a line, for line 0", () => {
    const [line] = annotationCommands([finding({ code: "too-few-examples", severity: "error", line: 0 })], { perLevelLimit: 10 });
    expect(line).toMatch(/^::error file=data\/train.jsonl,title=finetune-ci too-few-examples::/);
  });

  it("maps info to notice", () => {
    const [line] = annotationCommands([finding({ severity: "info", code: "utf8-bom" })], { perLevelLimit: 10 });
    expect(line).toMatch(/^::notice /);
  });

  it("names the other side of a pair finding", () => {
    const [line] = annotationCommands([finding({ related: { file: "data/valid.jsonl", line: 9 } })], { perLevelLimit: 10 });
    expect(line).toContain("(see data/valid.jsonl:9)");
  });

  it("escapes what would end a property or the message", () => {
    const [line] = annotationCommands(
      [finding({ file: "data/a,b:c%.jsonl", message: "100% bad\r\nsee: here, there", hint: "fix" })],
      { perLevelLimit: 10 },
    );
    expect(line).toBe("::warning file=data/a%2Cb%3Ac%25.jsonl,line=3,title=finetune-ci duplicate::100%25 bad%0D%0Asee: here, there%0Afix");
  });

  it("puts the most severe first, then by file and line", () => {
    const lines = annotationCommands(
      [
        finding({ severity: "info", line: 1 }),
        finding({ severity: "warning", file: "b.jsonl", line: 1 }),
        finding({ severity: "error", line: 9 }),
        finding({ severity: "warning", file: "a.jsonl", line: 5 }),
        finding({ severity: "error", line: 2 }),
      ],
      { perLevelLimit: 10 },
    );
    expect(lines.map((l) => l.slice(0, l.indexOf(",title")))).toEqual([
      "::error file=data/train.jsonl,line=2",
      "::error file=data/train.jsonl,line=9",
      "::warning file=a.jsonl,line=5",
      "::warning file=b.jsonl,line=1",
      "::notice file=data/train.jsonl,line=1",
    ]);
  });

  it("keeps each level within GitHub's 10 a step, the last place telling how many more and where", () => {
    const many = (severity: Finding["severity"], n: number) => Array.from({ length: n }, (_, i) => finding({ severity, line: i + 1 }));
    const lines = annotationCommands([...many("error", 25), ...many("warning", 10), ...many("info", 11)], { perLevelLimit: 10 });
    const level = (name: string) => lines.filter((l) => l.startsWith(`::${name} `));
    expect(level("error")).toHaveLength(10);
    expect(level("error")[9]).toBe("::error title=finetune-ci::16 more errors not annotated here: see the job summary for all 25.");
    expect(level("warning")).toHaveLength(10);
    expect(level("warning").every((l) => l.includes("file="))).toBe(true);
    expect(level("notice")[9]).toBe("::notice title=finetune-ci::2 more notices not annotated here: see the job summary for all 11.");
    expect(lines).toHaveLength(30);
  });

  it("writes nothing when there is nothing to say", () => {
    expect(annotationCommands([], { perLevelLimit: 10 })).toEqual([]);
  });
});

describe("workflow command escaping", () => {
  it("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("50%\r\n:,")).toBe("50%25%0D%0A:,");
    expect(escapeProperty("50%\r\n:,")).toBe("50%25%0D%0A%3A%2C");
  });
});
