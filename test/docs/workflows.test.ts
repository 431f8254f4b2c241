// The workflows users copy (docs/workflows/) and the ones this repository runs (.github/workflows/)
// must parse, and may only pass the Action inputs that action.yml declares: GitHub does not fail a
// run on an unknown `with:` key, it only warns, so a typo would silently do nothing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const DIRS = ["docs/workflows", ".github/workflows"];
const ACTION = "action.yml";

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  steps?: Step[];
  outputs?: Record<string, string>;
  concurrency?: { group?: string; "cancel-in-progress"?: boolean };
  "runs-on"?: unknown;
  /** A job that runs a reusable workflow instead of steps. */
  uses?: string;
  needs?: string | string[];
  environment?: unknown;
  permissions?: Record<string, string>;
}
interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: Record<string, string>;
  jobs?: Record<string, Job>;
}
interface ActionInput {
  required?: boolean;
  default?: unknown;
}

const files = DIRS.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`) : [])).sort();
const text = (file: string) => readFileSync(file, "utf8");
const workflow = (file: string) => parse(text(file)) as Workflow;

/** Steps that run this Action: `uses: ./` in this repository, `finetune-ci/finetune-ci@...` elsewhere. */
function actionSteps(w: Workflow): { job: string; step: Step }[] {
  return Object.entries(w.jobs ?? {}).flatMap(([job, j]) =>
    (j.steps ?? []).filter((s) => s.uses === "./" || /^finetune-ci\/finetune-ci(@|$)/.test(s.uses ?? "")).map((step) => ({ job, step })),
  );
}

/** `with:` keys of this Action's steps that action.yml does not declare, as "job/step: key". */
function undeclaredInputs(w: Workflow, declared: Record<string, ActionInput>): string[] {
  return actionSteps(w).flatMap(({ job, step }) =>
    Object.keys(step.with ?? {})
      .filter((key) => !(key in declared))
      .map((key) => `${job}/${step.id ?? step.name ?? step.uses}: ${key}`),
  );
}

describe("workflow files", () => {
  it("exist in docs/workflows and .github/workflows", () => {
    for (const expected of [
      "docs/workflows/review.yml",
      "docs/workflows/review-fork-safe.yml",
      "docs/workflows/review-fork-safe-comment.yml",
      "docs/workflows/train.yml",
      "docs/workflows/eval.yml",
      "docs/workflows/train-eval-pr.yml",
      ".github/workflows/ci.yml",
      ".github/workflows/self-test.yml",
      ".github/workflows/release.yml",
    ]) {
      expect(files).toContain(expected);
    }
  });

  for (const file of files) {
    it(`${file} parses as YAML into a workflow with a name, triggers and jobs`, () => {
      const w = workflow(file);
      expect(w.name, "name").toBeTypeOf("string");
      expect(w.on, "on").toBeDefined();
      expect(Object.keys(w.jobs ?? {}).length, "jobs").toBeGreaterThan(0);
      for (const [job, j] of Object.entries(w.jobs ?? {})) expect(j["runs-on"] ?? j.uses, `${job}: runs-on, or uses: a reusable workflow`).toBeDefined();
    });

    it(`${file} sets least-privilege permissions at the top`, () => {
      expect(workflow(file).permissions, "a top-level permissions block").toBeTypeOf("object");
    });
  }
});

describe("Action steps use only the inputs action.yml declares", () => {
  const uses = files.filter((f) => actionSteps(workflow(f)).length > 0);

  it("the check itself catches an undeclared input", () => {
    const w = parse("name: x\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: finetune-ci/finetune-ci@v1\n        with: { command: review, confg: x, provider: openai }\n") as Workflow;
    const inputs = { command: {}, config: {} };
    expect(undeclaredInputs(w, inputs)).toEqual(["a/finetune-ci/finetune-ci@v1: confg", "a/finetune-ci/finetune-ci@v1: provider"]);
  });

  it("the workflows users copy and the self-test run the Action", () => {
    for (const f of ["docs/workflows/review.yml", ".github/workflows/self-test.yml", "docs/workflows/train.yml", "docs/workflows/eval.yml", "docs/workflows/train-eval-pr.yml"]) expect(uses).toContain(f);
  });

  // action.yml is written alongside the PR review flow; until it lands, these checks cannot run.
  // They read it at test time, so they start checking the moment it exists.
  /** action.yml's inputs; a file that does not parse fails every check that needs it, with the parser's message. */
  const declaredInputs = (): Record<string, ActionInput> => {
    let action: { inputs?: Record<string, ActionInput> };
    try {
      action = parse(readFileSync(ACTION, "utf8")) as typeof action;
    } catch (error) {
      throw new Error(`${ACTION} is not valid YAML, so GitHub cannot load the Action: ${error instanceof Error ? error.message : String(error)}`);
    }
    return action.inputs ?? {};
  };

  it(`action.yml parses and declares inputs`, () => {
    expect(Object.keys(declaredInputs()).length).toBeGreaterThan(0);
  });

  for (const file of uses) {
    it(`${file}: every \`with:\` key is an input of action.yml`, () => {
      expect(undeclaredInputs(workflow(file), declaredInputs()), `${file}: inputs not in action.yml`).toEqual([]);
    });

    it(`${file}: every required input of action.yml without a default is given`, () => {
      const required = Object.entries(declaredInputs()).filter(([, i]) => i.required === true && i.default === undefined).map(([name]) => name);
      for (const { job, step } of actionSteps(workflow(file))) {
        const missing = required.filter((name) => !(name in (step.with ?? {})));
        expect(missing, `${file} job ${job}: required inputs missing`).toEqual([]);
      }
    });
  }
});

describe("the workflows keep their promises", () => {
  it("self-test reviews the bundled example with `uses: ./` and cannot fail on its deliberate defects", () => {
    const w = workflow(".github/workflows/self-test.yml");
    expect(w.on).toHaveProperty("pull_request");
    expect(w.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    const step = actionSteps(w)[0]!.step;
    expect(step.uses).toBe("./");
    expect(step.with).toMatchObject({ command: "review", config: "examples/support/finetune-ci.yml" });
    const job = Object.values(w.jobs!)[0] as { "continue-on-error"?: boolean };
    expect(step.with?.["fail-on"] === "never" || job["continue-on-error"] === true || (step as { "continue-on-error"?: boolean })["continue-on-error"] === true).toBe(true);
  });

  it("CI runs npm test with Debian's chromium and checks that dist/ is up to date, the way a release checks it", () => {
    const w = workflow(".github/workflows/ci.yml");
    const all = text(".github/workflows/ci.yml");
    expect(all).toMatch(/apt-get install[^\n]*\\?\n?[^\n]*chromium/);
    expect(all).toContain("npm test");
    expect(Object.keys(w.jobs ?? {})).toContain("check-dist");
    expect(JSON.stringify(w.jobs!["check-dist"])).toContain("node scripts/release.mjs check-dist");
    // release.yml runs this very workflow on the tag before publishing.
    expect(w.on).toHaveProperty("workflow_call");
  });

  it("the fork-safe pair: the pull_request half has no write access, the workflow_run half runs no pull request code", () => {
    const review = workflow("docs/workflows/review-fork-safe.yml");
    expect(review.on).toHaveProperty("pull_request");
    expect(review.on).not.toHaveProperty("pull_request_target");
    expect(Object.values(review.permissions ?? {}).every((p) => p === "read")).toBe(true);
    expect(text("docs/workflows/review-fork-safe.yml")).toContain("upload-artifact");

    const comment = workflow("docs/workflows/review-fork-safe-comment.yml");
    const trigger = (comment.on as { workflow_run?: { workflows?: string[] } }).workflow_run;
    expect(trigger?.workflows).toEqual([review.name]);
    const steps = Object.values(comment.jobs ?? {}).flatMap((j) => j.steps ?? []);
    expect(steps.some((s) => s.uses?.startsWith("actions/checkout"))).toBe(false);
    expect(steps.some((s) => s.uses?.startsWith("actions/download-artifact"))).toBe(true);
    // Untrusted values reach the shell through env, never through ${{ }} inside a script.
    for (const s of steps as (Step & { run?: string })[]) expect(s.run ?? "").not.toMatch(/\$\{\{/);
  });

  /** The Action's steps of a job, with their `with:`. */
  const steps = (job: Job) => (job.steps ?? []).filter((s) => /^finetune-ci\/finetune-ci(@|$)/.test(s.uses ?? ""));
  const GPU = ["self-hosted", "linux", "gpu"];
  /** What eval needs: read the checkout, comment, post the check (contents: write only to promote). */
  const EVAL_PERMISSIONS = { contents: "read", "pull-requests": "write", checks: "write" };

  it("no workflow is marked as coming: every command they run exists", () => {
    for (const file of files) expect(text(file), file).not.toMatch(/COMING WITH/);
  });

  it("train runs on the self-hosted GPU runner, only after merge, with each job's permissions its own", () => {
    const w = workflow("docs/workflows/train.yml");
    expect(Object.keys(w.on as object).sort()).toEqual(["push", "workflow_dispatch"]);
    expect(w.permissions).toEqual({});
    const train = w.jobs!.train!;
    expect(train["runs-on"]).toEqual(GPU);
    expect(train.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(steps(train)[0]!.with).toMatchObject({ command: "train" });
  });

  it("train's eval job evaluates what the train job made (needs: train), with exactly what eval needs", () => {
    const w = workflow("docs/workflows/train.yml");
    const { train, eval: evalJob } = w.jobs!;
    expect(evalJob!.needs).toBe("train");
    expect(evalJob!["runs-on"]).toEqual(GPU);
    // Artifacts of the same run need no actions: read.
    expect(evalJob!.permissions).toEqual(EVAL_PERMISSIONS);
    const trainStep = steps(train!)[0]!;
    expect(train!.outputs).toEqual({ "artifact-name": `\${{ steps.${trainStep.id}.outputs.artifact-name }}`, model: `\${{ steps.${trainStep.id}.outputs.model }}` });
    expect(steps(evalJob!).map((s) => s.with)).toEqual([
      { command: "eval", config: trainStep.with!.config, "training-artifact": "${{ needs.train.outputs.artifact-name }}", "candidate-model": "${{ needs.train.outputs.model }}" },
    ]);
  });

  it("eval evaluates a training run's artifact again, by run id, when a maintainer starts it", () => {
    const w = workflow("docs/workflows/eval.yml");
    expect(Object.keys(w.on as object)).toEqual(["workflow_dispatch"]);
    const inputs = (w.on as { workflow_dispatch: { inputs: Record<string, { required?: boolean }> } }).workflow_dispatch.inputs;
    expect(inputs["train-run-id"]!.required).toBe(true);
    // Another run's artifact is downloaded through the API: actions: read.
    expect(w.permissions).toEqual({ ...EVAL_PERMISSIONS, actions: "read" });
    const job = Object.values(w.jobs!)[0]!;
    expect(job["runs-on"]).toEqual(GPU);
    expect(steps(job)[0]!.with).toMatchObject({ command: "eval", "training-artifact": "${{ inputs.artifact-name }}", "training-run-id": "${{ inputs.train-run-id }}" });
  });

  describe("the gate before merge (train-eval-pr.yml)", () => {
    const file = "docs/workflows/train-eval-pr.yml";
    const w = workflow(file);
    const gate = w.jobs!["train-and-eval"]!;
    const unlabel = w.jobs!.unlabel!;
    const SAME_REPOSITORY = "github.event.pull_request.head.repo.full_name == github.repository";

    it("runs on pull_request when a label is added or the branch is pushed, never on pull_request_target, with no permission by default", () => {
      expect(w.on).toEqual({ pull_request: { types: ["labeled", "synchronize"] } });
      expect(w.permissions).toEqual({});
    });

    it("trains and evaluates only when the label finetune-ci-gate is added, and only a branch of this repository, never a fork's", () => {
      expect(gate.if).toContain("github.event.action == 'labeled'");
      expect(gate.if).toContain("github.event.label.name == 'finetune-ci-gate'");
      expect(gate.if).toContain(SAME_REPOSITORY);
      expect(gate.if).not.toMatch(/\|\|/);
      expect(gate["runs-on"]).toEqual(GPU);
    });

    it("checks out the head the maintainer labelled, trains, and evaluates that adapter in the same job (the finetune-ci eval check)", () => {
      expect(gate.steps![0]!.uses).toMatch(/^actions\/checkout@/);
      expect(gate.steps![0]!.with).toMatchObject({ "persist-credentials": false, ref: "${{ github.event.pull_request.head.sha }}" });
      const [train, evaluate] = steps(gate);
      expect(train!.with).toMatchObject({ command: "train" });
      expect(evaluate!.with).toMatchObject({ command: "eval", "adapter-path": `\${{ steps.${train!.id}.outputs.adapter-path }}`, "candidate-model": `\${{ steps.${train!.id}.outputs.model }}` });
      expect(gate.permissions).toEqual(EVAL_PERMISSIONS);
    });

    it("removes the label on every push, so new code trains only when labelled again, and cancels the training of the old head", () => {
      expect(unlabel.if).toContain("github.event.action == 'synchronize'");
      expect(unlabel.if).toContain(SAME_REPOSITORY);
      expect(unlabel.permissions).toEqual({ "pull-requests": "write" });
      const run = unlabel.steps!.map((s) => s.run ?? "").join("\n");
      expect(run).toMatch(/gh api --method DELETE "repos\/\$REPOSITORY\/issues\/\$PULL_REQUEST\/labels\/finetune-ci-gate"/);
      // Values reach the shell through env, never through ${{ }} inside the script.
      expect(run).not.toMatch(/\$\{\{/);
      expect(unlabel.concurrency).toEqual(gate.concurrency);
      expect(gate.concurrency).toEqual({ group: "finetune-ci-gate-${{ github.event.pull_request.number }}", "cancel-in-progress": true });
    });
  });
});

/** `uses:` values of every step and reusable-workflow job, with the comment written after them. */
function usesWithComments(file: string): { uses: string; comment: string; line: number }[] {
  const lines = text(file).split("\n");
  const values = new Set(
    Object.values(workflow(file).jobs ?? {}).flatMap((j) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)].filter((u): u is string => typeof u === "string")),
  );
  return lines.flatMap((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/.exec(line);
    return m && values.has(m[1]!) ? [{ uses: m[1]!, comment: m[2] ?? "", line: i + 1 }] : [];
  });
}

describe("every action is pinned to a commit", () => {
  // Tags and branches can be moved by whoever controls the action's repository; a commit SHA cannot.
  // Local `./` references are this repository. This repository's own Action in docs/workflows/ is
  // pinned by `node scripts/release.mjs pin-docs` after each release (none exists yet to pin to).
  const isSelf = (uses: string) => uses.startsWith("./") || uses.startsWith("finetune-ci/finetune-ci@");

  for (const file of files) {
    it(`${file}: every uses: is owner/repo@<full commit SHA> # <version tag>`, () => {
      const unpinned = usesWithComments(file)
        .filter(({ uses }) => !isSelf(uses))
        .filter(({ uses, comment }) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses) || !/^v\d+\.\d+\.\d+(\s|$)/.test(comment))
        .map(({ uses, comment, line }) => `${file}:${line}: ${uses}${comment ? ` # ${comment}` : ""}`);
      expect(unpinned).toEqual([]);
    });
  }

  it("finds the uses: it checks (the check above is not vacuous)", () => {
    expect(usesWithComments(".github/workflows/ci.yml").length).toBeGreaterThanOrEqual(6);
    expect(usesWithComments("docs/workflows/review-fork-safe.yml").length).toBeGreaterThanOrEqual(4);
  });

  it("one action is pinned to one commit and version everywhere (Dependabot updates both folders in one pull request)", () => {
    const pins = new Map<string, Set<string>>();
    for (const file of files) {
      for (const { uses, comment } of usesWithComments(file).filter((u) => !isSelf(u.uses))) {
        const action = uses.split("@")[0]!;
        pins.set(action, (pins.get(action) ?? new Set()).add(`${uses.split("@")[1]} # ${comment.split(/\s/)[0]}`));
      }
    }
    const conflicting = [...pins].filter(([, refs]) => refs.size > 1).map(([action, refs]) => `${action}: ${[...refs].join(" vs ")}`);
    expect(conflicting).toEqual([]);
  });
});

describe("the release workflow", () => {
  const w = workflow(".github/workflows/release.yml");
  const all = text(".github/workflows/release.yml");
  const jobs = w.jobs!;

  it("runs on version tags only, not on the major tags it moves", () => {
    expect(Object.keys(w.on as object)).toEqual(["push"]);
    const tags = (w.on as { push: { tags?: string[]; branches?: string[] } }).push.tags;
    expect(tags).toEqual(["v[0-9]+.[0-9]+.[0-9]+*"]);
    expect((w.on as { push: { branches?: string[] } }).push.branches).toBeUndefined();
  });

  it("grants nothing by default; only the publishing job may write, and it needs the tag checked and CI passed", () => {
    expect(w.permissions).toEqual({});
    expect(jobs.check!.permissions).toEqual({ contents: "read" });
    expect(jobs.ci!.permissions).toEqual({ contents: "read" });
    expect(jobs.publish!.permissions).toEqual({ contents: "write", "id-token": "write", attestations: "write" });
    expect(jobs.publish!.needs).toEqual(["check", "ci"]);
  });

  it("checks the tag, version and changelog with scripts/release.mjs, and runs the whole CI workflow on the tag", () => {
    expect(JSON.stringify(jobs.check)).toContain("node scripts/release.mjs check \\\"$TAG\\\" --branch");
    expect(jobs.ci!.uses).toBe("./.github/workflows/ci.yml");
  });

  it("attests dist/, publishes an immutable release with the changelog's notes, then moves the major tag", () => {
    const steps = jobs.publish!.steps ?? [];
    const order = (pattern: RegExp) => steps.findIndex((s) => pattern.test(JSON.stringify(s)));
    const attest = order(/actions\/attest@/);
    const release = order(/gh release create/);
    const major = order(/git\/refs\/tags/);
    expect(attest).toBeGreaterThan(-1);
    expect(JSON.stringify(steps[attest]!.with)).toContain("dist/**");
    expect(release).toBeGreaterThan(attest);
    expect(major).toBeGreaterThan(release);
    expect(all).toContain('--notes-file "$RUNNER_TEMP/notes.md"');
    expect(all).toContain("--jq .immutable");
  });

  it("never caches and never keeps a token in the checkout", () => {
    expect(all).not.toMatch(/actions\/cache@/);
    for (const job of Object.values(jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith("actions/setup-node@")) expect(step.with).toMatchObject({ "package-manager-cache": false });
        if (step.uses?.startsWith("actions/checkout@")) expect(step.with).toMatchObject({ "persist-credentials": false });
      }
    }
  });
});

describe("the README's Security section matches the workflows users copy", () => {
  const readme = readFileSync("README.md", "utf8");
  const row = (command: string) => readme.split("\n").find((line) => line.startsWith(`| \`${command}\` |`)) ?? "";
  /** What the job that runs `command` in `file` is granted: its own permissions, else the workflow's. */
  const granted = (file: string, command: string) => {
    const w = workflow(file);
    const job = Object.values(w.jobs ?? {}).find((j) => (j.steps ?? []).some((s) => /^finetune-ci\/finetune-ci(@|$)/.test(s.uses ?? "") && s.with?.command === command));
    return Object.entries(job?.permissions ?? w.permissions ?? {}).map(([scope, level]) => `\`${scope}: ${level}\``);
  };

  for (const [command, file] of [
    ["review", "docs/workflows/review.yml"],
    ["train", "docs/workflows/train.yml"],
    ["eval", "docs/workflows/eval.yml"],
  ] as const) {
    it(`${command}: the README lists exactly the permissions ${file} grants`, () => {
      const listed = row(command).split("|")[4] ?? "";
      expect(listed, `README row for ${command}`).not.toBe("");
      // Outside parentheses: what the command needs; inside: alternatives and conditions ("`issues: write` also works",
      // "`contents: write` only with eval.promote: release"). The workflow grants every need, at its level or at one
      // the parentheses name for that scope, and nothing the row does not name.
      const permissions = (text: string): string[] => [...(text.match(/`[a-z-]+: (read|write)`/g) ?? [])];
      const needs = permissions(listed.replace(/\([^)]*\)/g, ""));
      const alternatives = permissions(listed).filter((p) => !needs.includes(p));
      const grants = granted(file, command);
      for (const permission of grants) expect(listed, `${file} grants ${permission}`).toContain(permission);
      for (const need of needs) {
        const scope = need.split(":")[0]!;
        expect(grants.filter((g) => g === need || (g.startsWith(`${scope}:`) && alternatives.includes(g))), `${file} grants ${need}`).toHaveLength(1);
      }
    });
  }
});
