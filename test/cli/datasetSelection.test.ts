// Which files `finetune-ci validate` reviews, and with which role: found by name when nothing is
// configured (and said so in every format), each file once whatever its spelling, a file named as
// both training and holdout data reported, dot folders matched like any other.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { chat, distinctExamples, jsonl } from "../support/review.js";

const CLI = join(process.cwd(), "dist/cli.js");
const SECRET = `ghp_${"a1B2c3D4e5F6g7H8i9J0".repeat(2).slice(0, 36)}`;

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const validateReport = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(reportSchema);

function writeFiles(root: string, files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe("validate with no datasets configured", () => {
  let repo: GitRepository;
  beforeAll(() => {
    repo = createGitRepository();
    repo.commit({
      "data/train.jsonl": jsonl([...distinctExamples(12), chat("What is my token?", `Here it is: ${SECRET}`), '{"messages": [']),
      "data/interval.jsonl": jsonl(distinctExamples(3, 50)),
      "data/eval/set1.jsonl": jsonl(distinctExamples(3, 100)),
      ".data/train.jsonl": jsonl(distinctExamples(2, 150)),
      "valTest.jsonl": jsonl(distinctExamples(2, 200)),
      "README.md": "data\n",
    });
    // Not tracked, and ignored: never reviewed. Not tracked but not ignored: reviewed (git would add it).
    writeFiles(repo.dir, { ".gitignore": "ignored/\n", "ignored/x.jsonl": "{}\n", "node_modules/pkg/fixture.jsonl": "{}\n", "new/holdout.jsonl": jsonl(distinctExamples(2, 250)) });
  });
  afterAll(() => repo.remove());

  it("reviews the JSONL files git knows, holdout by the words of their names, and fails on what they hold", () => {
    const { code, stdout, stderr } = cli(["validate", "--format", "json"], repo.dir);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.discovery).toEqual({
      foundIn: "git",
      // "interval" has no holdout word in it; ".data" is a folder like any other.
      train: [".data/train.jsonl", "data/interval.jsonl", "data/train.jsonl"],
      holdout: ["data/eval/set1.jsonl", "new/holdout.jsonl", "valTest.jsonl"],
      holdoutWords: ["holdout", "eval", "valid", "val", "test"],
    });
    expect(report.files.map((f: { path: string; role: string }) => `${f.role} ${f.path}`)).toEqual([
      "train .data/train.jsonl",
      "train data/interval.jsonl",
      "train data/train.jsonl",
      "holdout data/eval/set1.jsonl",
      "holdout new/holdout.jsonl",
      "holdout valTest.jsonl",
    ]);
    const codes = report.findings.map((f: { code: string; file: string; line: number }) => `${f.code}@${f.file}:${f.line}`);
    expect(codes).toContain("secret@data/train.jsonl:13");
    expect(codes).toContain("invalid-json@data/train.jsonl:14");
    expect(report.summary.lines).toBe(report.summary.examples + report.summary.invalidLines + report.summary.blankLines);
  });

  it("says which files it took as what, and how to pin them, in the text and markdown reports", () => {
    const text = cli(["validate"], repo.dir).stdout;
    expect(text).toContain("No datasets are configured, so the review took the 6 JSONL file(s) found among the files git tracks here (or would add): 3 as training data and 3 as holdout data");
    expect(text).toContain('one of the words "holdout", "eval", "valid", "val" or "test"');
    expect(text).toMatch(/Pin them in \.finetune-ci\.yml .*\n\s+datasets:\n\s+train:\n\s+- "\.data\/train\.jsonl"\n\s+- "data\/interval\.jsonl"\n\s+- "data\/train\.jsonl"\n\s+holdout:\n\s+- "data\/eval\/set1\.jsonl"/);
    const markdown = cli(["validate", "--format", "markdown"], repo.dir).stdout;
    expect(markdown).toMatch(/> \[!NOTE\]\n> No datasets are configured/);
    expect(markdown).toMatch(/```yaml\ndatasets:\n  train:\n    - "\.data\/train\.jsonl"/);
  });

  it("outside a git repository, walks the folder without node_modules and .git", () => {
    const dir = mkdtempSync(join(tmpdir(), "finetune-ci-walk-"));
    writeFiles(dir, { "sets/train.jsonl": jsonl(distinctExamples(12)), "sets/test.jsonl": jsonl(distinctExamples(2, 300)), "node_modules/x/a.jsonl": "{}\n", ".git/y.jsonl": "{}\n" });
    const report = JSON.parse(cli(["validate", "--format", "json"], dir).stdout);
    expect(report.discovery).toMatchObject({ foundIn: "folder", train: ["sets/train.jsonl"], holdout: ["sets/test.jsonl"] });
  });

  it("finding nothing is a usage error that says where it looked, never a pass", () => {
    const dir = mkdtempSync(join(tmpdir(), "finetune-ci-empty-"));
    writeFiles(dir, { "notes.txt": "no data\n" });
    const { code, stderr } = cli(["validate"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^finetune-ci: no dataset given\. No datasets are configured, and no JSONL file was found in this folder .*nothing was reviewed/);
  });
});

describe("one file, one role", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "finetune-ci-roles-"));
    writeFiles(dir, { "a.jsonl": jsonl(distinctExamples(12)), "h.jsonl": jsonl(distinctExamples(3, 400)), ".data/train.jsonl": jsonl(distinctExamples(12, 500)) });
    symlinkSync("a.jsonl", join(dir, "alias.jsonl"));
  });

  it("./a.jsonl, a.jsonl, its absolute path and a symlink to it are one file", () => {
    const report = JSON.parse(cli(["validate", "./a.jsonl", "a.jsonl", join(dir, "a.jsonl"), "alias.jsonl", "--format", "json"], dir).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["a.jsonl"]);
    expect(report.findings.filter((f: { code: string }) => f.code === "duplicate")).toEqual([]);
  });

  it("a holdout file also named as training data is reviewed once, as training data, with a finding that says so", () => {
    for (const holdout of ["a.jsonl", "./a.jsonl", "alias.jsonl"]) {
      const report = JSON.parse(cli(["validate", "a.jsonl", "--holdout", holdout, "--holdout", "h.jsonl", "--format", "json"], dir).stdout);
      expect(report.files.map((f: { path: string; role: string }) => `${f.role} ${f.path}`)).toEqual(["train a.jsonl", "holdout h.jsonl"]);
      const [finding, ...more] = report.findings.filter((f: { code: string }) => f.code === "holdout-also-train");
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ file: "a.jsonl", line: 0, severity: "warning" });
      expect(finding.message).toMatch(/named as holdout data, and also as training data .*the holdout set does not include it/);
    }
    // A config whose train glob also matches the holdout file says the same.
    writeFileSync(join(dir, "both.yml"), "datasets:\n  train: ['*.jsonl']\n  holdout: [h.jsonl]\n");
    const report = JSON.parse(cli(["validate", "--config", "both.yml", "--format", "json"], dir).stdout);
    expect(report.findings.filter((f: { code: string }) => f.code === "holdout-also-train").map((f: { file: string }) => f.file)).toEqual(["h.jsonl"]);
  });

  it("matches dot folders with a glob, as the pull-request review and train do", () => {
    for (const pattern of ["**/*.jsonl", "*/train.jsonl", ".data/*.jsonl"]) {
      const report = JSON.parse(cli(["validate", pattern, "--format", "json"], dir).stdout);
      expect(report.files.map((f: { path: string }) => f.path), pattern).toContain(".data/train.jsonl");
    }
  });
});

describe("settings a user got wrong", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "finetune-ci-settings-"));
    writeFiles(dir, { "a.jsonl": jsonl(distinctExamples(12)) });
  });

  it("a model name every object answers to, or a YAML alias bomb, is exit 2 naming the key or file", () => {
    for (const model of ["constructor", "__proto__", "toString"]) {
      const { code, stderr } = cli(["validate", "a.jsonl", "--model", model], dir);
      expect(code, model).toBe(2);
      expect(stderr).toMatch(new RegExp(`^finetune-ci: command-line options: model: "${model}" is not a usable name`));
    }
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 7 }, (_, i) => `${"bcdefgh"[i]}: &${"bcdefgh"[i]} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)];
    writeFileSync(join(dir, "bomb.yml"), `${levels.join("\n")}\n`);
    const { code, stderr } = cli(["validate", "a.jsonl", "--config", "bomb.yml"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^finetune-ci: bomb\.yml: cannot read the YAML: its aliases/);
    expect(stderr).not.toMatch(/internal error|please report/i);
  });

  it("an unknown model gets a finding that says what is unknown and how to set it under models:", () => {
    const report = JSON.parse(cli(["validate", "a.jsonl", "--model", "my-llama-3-8b", "--format", "json"], dir).stdout);
    expect(report.model).toMatchObject({ name: "my-llama-3-8b", known: false, priced: false, missing: ["trainingPerMillion", "inputPerMillion", "outputPerMillion", "trainingTokenLimit"] });
    const [finding] = report.findings.filter((f: { code: string }) => f.code === "unknown-model");
    expect(finding).toMatchObject({ file: "a.jsonl", line: 0, severity: "warning" });
    expect(finding.message).toMatch(/"my-llama-3-8b" is not in finetune-ci's model table, so its training and inference prices .* and its per-example token limit \(65,536 is assumed\) are unknown/);
    expect(finding.message).toContain('models: { "my-llama-3-8b": { trainingPerMillion');
    // Priced and limited in the config: nothing is unknown, so nothing to say; the finding points at the config file.
    writeFileSync(join(dir, "priced.yml"), "model: my-llama-3-8b\nmodels:\n  my-llama-3-8b: { trainingPerMillion: 1, inputPerMillion: 0.1, outputPerMillion: 0.2, trainingTokenLimit: 8192 }\n");
    const priced = JSON.parse(cli(["validate", "a.jsonl", "--config", "priced.yml", "--format", "json"], dir).stdout);
    expect(priced.findings.filter((f: { code: string }) => f.code === "unknown-model")).toEqual([]);
    writeFileSync(join(dir, "half.yml"), "model: my-llama-3-8b\nmodels:\n  my-llama-3-8b: { trainingTokenLimit: 8192 }\n");
    const half = JSON.parse(cli(["validate", "a.jsonl", "--config", "half.yml", "--format", "json"], dir).stdout);
    const [partly] = half.findings.filter((f: { code: string }) => f.code === "unknown-model");
    expect(partly).toMatchObject({ file: "half.yml", line: 0 });
    expect(partly.message).not.toMatch(/token limit/);
    expect(half.configFile).toBe("half.yml");
  });
});
