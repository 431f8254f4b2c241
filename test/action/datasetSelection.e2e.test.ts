// The Action (node dist/index.js) choosing its dataset files: with no config it must not review
// nothing and pass, a pull request that adds a secret and broken JSON fails, every format says
// which files were taken as what, and findings about the settings never link to a page that does
// not exist.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import { createGitRepository, type GitRepository } from "../support/gitRepository.js";
import { GitHubStandIn } from "../support/githubStandIn.js";
import { chat, distinctExamples, jsonl } from "../support/review.js";
import { runAction, type ActionRun } from "./actionRun.js";

const OWNER = "acme";
const REPO = "assistant-data";
const PR = 9;
const SECRET = `ghp_${"Zx9Yw8Vu7Ts6Rq5Po4Nm".repeat(2).slice(0, 36)}`;
const validateReport = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(reportSchema);

interface Scenario {
  repository: GitRepository;
  standIn: GitHubStandIn;
  base: string;
  head: string;
}
const scenarios: Scenario[] = [];

// dist/ is built from src/ once, by the test run's global setup (test/support/buildDist.ts): a
// rebuild here would delete dist/ under the other files' feet.
afterEach(async () => {
  for (const s of scenarios.splice(0)) {
    expect(s.standIn.violations).toEqual([]);
    await s.standIn.stop();
    s.repository.remove();
  }
});

/** main has `baseFiles`; the feature branch (checked out, as the workflow would) changes them by `headChanges`. */
async function scenario(baseFiles: Record<string, string>, headChanges: Record<string, string | null>): Promise<Scenario> {
  const repository = createGitRepository();
  const base = repository.commit({ "README.md": "assistant data\n", ...baseFiles }, "base");
  repository.checkout("feature", true);
  const head = repository.commit(headChanges, "head");
  const standIn = await GitHubStandIn.start({ repository, owner: OWNER, repo: REPO, pulls: { [PR]: { base: "main", head: "feature" } } });
  const s = { repository, standIn, base, head };
  scenarios.push(s);
  return s;
}

function runOn(s: Scenario, event: "pull_request" | "push", inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const repo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  const payload =
    event === "pull_request"
      ? { action: "synchronize", number: PR, pull_request: { number: PR, state: "open", head: { ref: "feature", sha: s.head, repo }, base: { ref: "main", sha: s.base, repo } }, repository: repo }
      : { ref: "refs/heads/feature", after: s.head, repository: repo };
  return runAction({
    cwd: s.repository.dir,
    inputs: { command: "review", "github-token": "ghs_stand-in", comment: "true", ...inputs },
    event: { name: event, payload },
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SHA: s.head, GITHUB_API_URL: s.standIn.url, ...env },
  });
}

function reportOf(run: ActionRun) {
  const report = JSON.parse(readFileSync(run.outputs["report-json"]!, "utf8"));
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

describe("the review Action with no config file", () => {
  it("fails a pull request that adds a secret and broken JSON to data/train.jsonl, and says which files it took as what", async () => {
    const s = await scenario(
      { "data/train.jsonl": jsonl(distinctExamples(15)), "data/eval.jsonl": jsonl(distinctExamples(3, 100)) },
      {
        "data/train.jsonl": jsonl([...distinctExamples(15), chat("Which token do you use?", `This one: ${SECRET}`), '{"messages": [{"role": "user"']),
        ".data/extra/train.jsonl": jsonl(distinctExamples(2, 200)),
      },
    );
    const run = await runOn(s, "pull_request");
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(1);
    const report = reportOf(run);
    expect(report.discovery).toEqual({ foundIn: "pull-request", train: [".data/extra/train.jsonl", "data/train.jsonl"], holdout: ["data/eval.jsonl"], holdoutWords: ["holdout", "eval", "valid", "val", "test"] });
    const places = report.findings.map((f: { code: string; file: string; line: number }) => `${f.code}@${f.file}:${f.line}`);
    expect(places).toEqual(expect.arrayContaining(["secret@data/train.jsonl:16", "invalid-json@data/train.jsonl:17"]));
    expect(report.pullRequest.changedFiles.map((f: { path: string; role: string }) => `${f.role} ${f.path}`)).toEqual(["train .data/extra/train.jsonl", "train data/train.jsonl"]);
    expect(run.annotations.some((a) => a.startsWith("::error file=data/train.jsonl,line=16,title=finetune-ci secret::"))).toBe(true);

    const [comment] = s.standIn.commentsOn(PR);
    for (const body of [comment!.body, run.summary]) {
      expect(body).toMatch(/^### ❌ /m);
      expect(body).toContain("No datasets are configured, so the review took the 3 JSONL file\\(s\\) found in the pull request");
      expect(body).toMatch(/```yaml\ndatasets:\n  train:\n    - "\.data\/extra\/train\.jsonl"\n    - "data\/train\.jsonl"\n  holdout:\n    - "data\/eval\.jsonl"\n```/);
      expect(body).not.toContain(SECRET);
    }
    expect(run.stdout).toContain("No datasets are configured");
  });

  it("with no JSONL file anywhere, fails saying nothing was reviewed, and links nothing that does not exist", async () => {
    const s = await scenario({ "docs/guide.md": "guide\n" }, { "docs/guide.md": "guide, edited\n" });
    const run = await runOn(s, "pull_request", { model: "my-own-model" });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(1);
    const report = reportOf(run);
    expect(report.verdict).toMatchObject({ failed: true, summary: "nothing was reviewed: no datasets are configured and no JSONL file was found" });
    expect(report.summary.files).toBe(0);
    // The finding about the settings has no file to sit on: it is placed, but never linked.
    expect(report.findings.find((f: { code: string }) => f.code === "unknown-model")).toMatchObject({ file: "(settings)", line: 0 });
    const [comment] = s.standIn.commentsOn(PR);
    expect(comment!.body).toContain("nothing was reviewed: no datasets are configured and no JSONL file was found");
    expect(comment!.body).toContain("no JSONL file was found in the pull request");
    expect(comment!.body).not.toMatch(/blob\/[0-9a-f]+\/(%28|\()(settings|config)/);
    expect(comment!.body).toContain("\\(settings\\)");
  });

  it("on a push, reviews the JSONL files git knows in the checkout, holdout by name", async () => {
    const s = await scenario({ "sets/train.jsonl": jsonl(distinctExamples(12)), "sets/validation.jsonl": jsonl(distinctExamples(3, 300)) }, {});
    const run = await runOn(s, "push");
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const report = reportOf(run);
    expect(report.discovery).toMatchObject({ foundIn: "git", train: ["sets/train.jsonl"], holdout: ["sets/validation.jsonl"] });
    expect(run.summary).toContain("No datasets are configured");
  });
});

describe("the review Action's environment", () => {
  it("a RUNNER_TEMP that does not exist fails the step with what to fix, not an internal error", async () => {
    const s = await scenario({ "data/train.jsonl": jsonl(distinctExamples(12)) }, { "data/train.jsonl": jsonl(distinctExamples(13)) });
    const run = await runOn(s, "pull_request", {}, { RUNNER_TEMP: "/nonexistent/runner-temp" });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^::error::cannot create a temporary folder in \/nonexistent\/runner-temp \(RUNNER_TEMP, or TMPDIR outside GitHub Actions\): no such file or directory \(ENOENT\); point it at a writable folder/m);
  });
});

describe("the review Action with a config file", () => {
  it("links a finding about the settings to the config file at head, and reports a holdout file the train glob also matches", async () => {
    const config = ["datasets:", "  train: ['data/**/*.jsonl']", "  holdout: ['data/holdout.jsonl']", "model: my-own-model", ""].join("\n");
    const s = await scenario(
      { ".finetune-ci.yml": config, "data/train.jsonl": jsonl(distinctExamples(15)), "data/holdout.jsonl": jsonl(distinctExamples(3, 100)) },
      { "data/train.jsonl": jsonl(distinctExamples(16)) },
    );
    const run = await runOn(s, "pull_request", { config: ".finetune-ci.yml", "fail-on": "never" });
    expect(run.stderr).toBe("");
    const report = reportOf(run);
    expect(report.configFile).toBe(".finetune-ci.yml");
    expect(report.discovery).toBeUndefined();
    expect(report.files.map((f: { path: string; role: string }) => `${f.role} ${f.path}`)).toEqual(["train data/holdout.jsonl", "train data/train.jsonl"]);
    expect(report.findings.find((f: { code: string }) => f.code === "holdout-also-train")).toMatchObject({ file: "data/holdout.jsonl", line: 0 });
    expect(report.findings.find((f: { code: string }) => f.code === "unknown-model")).toMatchObject({ file: ".finetune-ci.yml", line: 0 });
    // The overlap was there before the pull request: its warning is not counted as a change it made.
    expect(report.pullRequest.metrics.find((m: { metric: string }) => /warning/i.test(m.metric))).toBeUndefined();
    const [comment] = s.standIn.commentsOn(PR);
    expect(comment!.body).toContain(`(https://github.com/${OWNER}/${REPO}/blob/${s.head}/.finetune-ci.yml)`);
    expect(comment!.body).not.toMatch(/\(config\)|\(settings\)/);
  });
});
