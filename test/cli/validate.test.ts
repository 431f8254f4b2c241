// The CLI as a user runs it: `node dist/cli.js`, real files, real exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import { distinctExamples, jsonl, chat } from "../support/review.js";

const CLI = join(process.cwd(), "dist/cli.js");

function cli(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finetune-ci-cli-"));
  writeFileSync(join(dir, "clean.jsonl"), jsonl(distinctExamples(15)));
  writeFileSync(join(dir, "warn.jsonl"), jsonl([...distinctExamples(15), chat("Question 0 about my order", "An answer", null)]));
  writeFileSync(join(dir, "broken.jsonl"), jsonl([...distinctExamples(15), '{"messages": [']));
});

describe("finetune-ci validate", () => {
  it("exits 0 on a clean dataset and prints the verdict, statistics and cost table", () => {
    const { code, stdout } = cli(["validate", join(dir, "clean.jsonl")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^finetune-ci review: PASS/);
    expect(stdout).toMatch(/15 examples \+ 0 unreadable \+ 0 blank/);
    expect(stdout).toMatch(/Training cost\s+\$/);
    expect(stdout).toMatch(/Self-hosted LoRA/);
    expect(stdout).toMatch(/new jobs end 2027-01-06/);
  });

  it("exits 1 when a finding reaches --fail-on, 0 when it does not", () => {
    expect(cli(["validate", join(dir, "broken.jsonl")]).code).toBe(1);
    expect(cli(["validate", join(dir, "warn.jsonl")]).code).toBe(0);
    expect(cli(["validate", join(dir, "warn.jsonl"), "--fail-on", "warning"]).code).toBe(1);
    expect(cli(["validate", join(dir, "broken.jsonl"), "--fail-on", "never"]).code).toBe(0);
  });

  it("exits 2 with a message, never a stack trace, on usage and input errors", () => {
    for (const args of [["validate", join(dir, "missing.jsonl")], ["validate", join(dir, "*.nothing")], ["validate", "--format", "yaml", join(dir, "clean.jsonl")], ["frobnicate"], ["validate", "--bogus"]]) {
      const { code, stderr } = cli(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/^finetune-ci: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("keeps its records in a temporary file when told to, and says what to do when it cannot write one", () => {
    writeFileSync(join(dir, "disk.yml"), "review:\n  scratchMemoryMb: 0\n");
    const args = ["validate", "--config", join(dir, "disk.yml"), join(dir, "warn.jsonl"), "--format", "json"];
    const onDisk = cli(args, process.cwd(), { ...process.env, TMPDIR: dir });
    const inMemory = cli(["validate", join(dir, "warn.jsonl"), "--format", "json"]);
    expect(onDisk.code).toBe(0);
    const { generatedAt: _a, ...diskReport } = JSON.parse(onDisk.stdout);
    const { generatedAt: _b, ...memoryReport } = JSON.parse(inMemory.stdout);
    expect(diskReport).toEqual(memoryReport);
    expect(diskReport.summary).toMatchObject({ examples: 16 });
    const { code, stderr } = cli(args, process.cwd(), { ...process.env, TMPDIR: join(dir, "no-such-folder") });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^finetune-ci: could not create the review's scratch file in .*no-such-folder \(ENOENT\).*TMPDIR/);
    expect(stderr).not.toMatch(/\n\s+at /);
    // Past one block of records the first write happens while tokens are being counted: the same
    // usage error, not an internal one.
    writeFileSync(join(dir, "many.jsonl"), jsonl(distinctExamples(5000)));
    const many = cli(["validate", "--config", join(dir, "disk.yml"), join(dir, "many.jsonl")], process.cwd(), { ...process.env, TMPDIR: join(dir, "no-such-folder") });
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/^finetune-ci: could not create the review's scratch file in .*no-such-folder \(ENOENT\).*TMPDIR/);
    expect(many.stderr).not.toMatch(/internal error|please report/i);
  });

  it("names the config key that is wrong", () => {
    writeFileSync(join(dir, "bad.yml"), "review:\n  nearDuplicateThreshold: 3\nseverities:\n  not-a-code: off\n");
    const { code, stderr } = cli(["validate", "--config", join(dir, "bad.yml"), join(dir, "clean.jsonl")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/review\.nearDuplicateThreshold must be <= 1/);
    expect(stderr).toMatch(/"not-a-code" is not a finding code/);
  });

  it("prints one JSON document that matches schemas/report.schema.json", () => {
    const { code, stdout } = cli(["validate", join(dir, "broken.jsonl"), "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toMatchObject({ lines: 16, examples: 15, invalidLines: 1, blankLines: 0, errors: 1 });
    expect(report.findings[0]).toMatchObject({ code: "invalid-json", severity: "error", line: 16 });
    expect(report.tokens.perExample).toHaveProperty("p95");
    expect(report.cost).toHaveProperty("trainingUsd");
    expect(Number.isNaN(Date.parse(report.generatedAt))).toBe(false);
  });

  it("prints markdown for a PR comment or job summary", () => {
    const { stdout } = cli(["validate", join(dir, "broken.jsonl"), "--format", "markdown"]);
    expect(stdout).toMatch(/^### ❌ finetune-ci dataset review/);
    expect(stdout).toMatch(/\| severity \| code \| count \| first at \|/);
  });

  it("reads dataset paths from the config, relative to the config file", () => {
    const { code, stdout } = cli(["validate", "--config", "examples/support/finetune-ci.yml", "--format", "json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string; role: string }) => [f.path, f.role])).toEqual([
      ["examples/support/train.jsonl", "train"],
      ["examples/support/holdout.jsonl", "holdout"],
    ]);
  });
});

describe("a file named as both training and holdout data", () => {
  it("is reviewed once, as training data (not reported as leaking into itself)", () => {
    const file = join(dir, "clean.jsonl");
    const report = JSON.parse(cli(["validate", file, "--holdout", file, "--format", "json"]).stdout);
    expect(report.files.map((f: { role: string }) => f.role)).toEqual(["train"]);
    expect(report.findings.filter((f: { code: string }) => f.code === "holdout-leak")).toEqual([]);
  });
});

describe("finetune-ci split", () => {
  it("writes train and holdout files that account for every line", () => {
    const input = join(dir, "all.jsonl");
    writeFileSync(input, `${jsonl(distinctExamples(200))}\n`);
    const { code, stdout } = cli(["split", input]);
    expect(code).toBe(0);
    const train = readFileSync(join(dir, "all.train.jsonl"), "utf8").trim().split("\n");
    const holdout = readFileSync(join(dir, "all.holdout.jsonl"), "utf8").trim().split("\n");
    expect(train.length + holdout.length).toBe(200);
    expect(holdout.length).toBeGreaterThan(15);
    expect(holdout.length).toBeLessThan(50);
    expect(stdout).toContain(`201 lines = ${train.length} train + ${holdout.length} holdout + 1 blank`);
  });

  it("refuses to split a file with unreadable lines, and writes nothing", () => {
    const { code, stderr } = cli(["split", join(dir, "broken.jsonl")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken.jsonl:16: invalid JSON/);
    expect(stderr).toMatch(/nothing was written/);
  });
});
