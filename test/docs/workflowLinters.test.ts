// This repository's workflows and the ones users copy (docs/workflows/) pass the two linters that a
// security review of a GitHub Action runs, with no finding:
// - actionlint: syntax, expressions, runner labels (.github/actionlint.yaml declares `gpu`), and
//   shellcheck over every `run:` script;
// - zizmor: unpinned actions, dangerous triggers, template injection, persisted credentials,
//   excessive permissions, cache poisoning, and more (.github/zizmor.yml).
// A finding that is safe by design is ignored next to its line with the reason. Both linters are
// pinned and installed into self-hosted-runner/.venv by scripts/setup-workflow-linters.sh, which
// npm test runs first.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = resolve("self-hosted-runner/.venv/bin");
const DIRS = [".github/workflows", "docs/workflows"];
/** Every workflow, and the Dependabot config (zizmor checks it too: cooldowns, insecure execution). */
const FILES = [...DIRS.flatMap((dir) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`)), ".github/dependabot.yml"].sort();
const WORKFLOWS = FILES.filter((f) => f !== ".github/dependabot.yml");
/** actionlint runs shellcheck when it finds it on PATH: the venv's, installed from PyPI. */
const ENV = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ""}`, NO_COLOR: "1" };

interface Finding {
  file: string;
  line: number;
  rule: string;
  message: string;
}
const show = (f: Finding) => `${f.file}:${f.line}: [${f.rule}] ${f.message}`;

function tool(name: string): string {
  const path = join(BIN, name);
  const probe = spawnSync(path, ["--help"], { env: ENV, stdio: "ignore" });
  if (probe.error) throw new Error(`${path} is not installed: run "bash scripts/setup-workflow-linters.sh" (npm test runs it), then this test again`);
  return path;
}

/** Runs a linter that exits non-zero when it reports findings; a crash (no JSON on stdout) fails with its stderr. */
function runJson(command: string, args: string[]): unknown {
  const run = spawnSync(command, args, { env: ENV, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`${command} ${args.join(" ")} exited ${run.status} without a report:\n${run.stderr}`);
  }
}

function actionlint(files: string[]): Finding[] {
  const out = runJson(tool("actionlint"), ["-format", "{{json .}}", ...files]) as { filepath: string; line: number; kind: string; message: string }[];
  return out.map((e) => ({ file: e.filepath, line: e.line, rule: e.kind, message: e.message }));
}

function zizmor(files: string[]): Finding[] {
  // --offline: the audits that need GitHub's API are skipped, so the result depends on the files alone.
  const out = runJson(tool("zizmor"), ["--offline", "--no-progress", "--format", "json", ...files]) as {
    ident: string;
    desc: string;
    ignored: boolean;
    locations: { symbolic: { kind: string; key: { Local?: { verbatim_path: string } } }; concrete: { location: { start_point: { row: number } } } }[];
  }[];
  return out
    .filter((f) => !f.ignored)
    .map((f) => {
      const at = f.locations.find((l) => l.symbolic.kind === "Primary") ?? f.locations[0];
      return { file: at?.symbolic.key.Local?.verbatim_path ?? "?", line: (at?.concrete.location.start_point.row ?? -1) + 1, rule: f.ident, message: f.desc };
    });
}

const once = <T>(f: () => T) => {
  let value: T | undefined;
  return () => (value ??= f());
};
const actionlintFindings = once(() => actionlint(WORKFLOWS));
const zizmorFindings = once(() => zizmor(FILES));

describe("the workflow linters", () => {
  it("are the pinned versions: actionlint from scripts/workflow-linters/go.mod, zizmor from requirements-test.txt", () => {
    const goMod = readFileSync("scripts/workflow-linters/go.mod", "utf8");
    const wantActionlint = /github\.com\/rhysd\/actionlint (v[\d.]+)/.exec(goMod)?.[1];
    const requirements = readFileSync("self-hosted-runner/requirements-test.txt", "utf8");
    const wantZizmor = /^zizmor==([\d.]+)$/m.exec(requirements)?.[1];
    expect(wantActionlint, "go.mod requires actionlint").toMatch(/^v\d/);
    expect(wantZizmor, "requirements-test.txt pins zizmor").toMatch(/^\d/);
    expect(execFileSync(tool("actionlint"), ["-version"], { encoding: "utf8" }).split("\n")[0]).toBe(wantActionlint);
    expect(execFileSync(tool("zizmor"), ["--version"], { encoding: "utf8" }).trim()).toBe(`zizmor ${wantZizmor}`);
  });

  describe("catch what they are here for (so a clean result means something)", () => {
    const dir = mkdtempSync(join(tmpdir(), "finetune-ci-lint-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const bad = join(dir, "bad.yml");
    writeFileSync(
      bad,
      [
        "name: bad",
        "on: pull_request_target",
        "jobs:",
        "  a:",
        "    runs-on: [self-hosted, linux, gpux]",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "      - run: echo \"${{ github.event.pull_request.title }}\" && ls `pwd`",
        "",
      ].join("\n"),
    );

    it("actionlint: an unknown runner label, an untrusted expression in a script, a shellcheck warning", () => {
      const rules = actionlint([bad]).map((f) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(["runner-label", "expression", "shellcheck"]));
    });

    it("zizmor: a tag-pinned action, template injection, a dangerous trigger", () => {
      const rules = zizmor([bad]).map((f) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(["unpinned-uses", "template-injection", "dangerous-triggers"]));
    });
  });

  for (const file of WORKFLOWS) {
    it(`actionlint finds nothing in ${file}`, () => {
      expect(actionlintFindings().filter((f) => f.file === file).map(show)).toEqual([]);
    });
  }

  for (const file of FILES) {
    it(`zizmor finds nothing in ${file}`, () => {
      expect(zizmorFindings().filter((f) => f.file === file).map(show)).toEqual([]);
    });
  }

  it("no finding is about a file outside the list (each one is reported against its file above)", () => {
    expect([...actionlintFindings(), ...zizmorFindings()].filter((f) => !FILES.includes(f.file)).map(show)).toEqual([]);
  });

  it("every zizmor finding ignored in a workflow says why, on the same line", () => {
    const unexplained = FILES.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => {
          const m = /#\s*zizmor:\s*ignore\[[^\]]+\](.*)$/.exec(line);
          return m && m[1]!.trim().length < 15 ? [`${file}:${i + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(unexplained).toEqual([]);
  });
});
