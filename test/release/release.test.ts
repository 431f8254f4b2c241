// The release workflow's own steps (.github/workflows/release.yml calls scripts/release.mjs), run
// locally on a clone of this repository up to the point of publishing: what a maintainer does
// before tagging (`prepare`), then what the workflow checks on the tag (`check`, `check-dist`,
// `plan`), and every way a tag is refused. Publishing itself (the GitHub release, the attestation,
// moving the major tag) needs GitHub and is not run here.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
const SCRIPT = join(ROOT, "scripts/release.mjs");
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Release Test",
  GIT_AUTHOR_EMAIL: "release-test@example.invalid",
  GIT_COMMITTER_NAME: "Release Test",
  GIT_COMMITTER_EMAIL: "release-test@example.invalid",
};

let clone: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
/** Runs `node scripts/release.mjs ARGS` (this checkout's script) in the clone, as the workflow runs it. */
function release(...args: string[]): Run {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: clone, env: GIT_ENV, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function git(...args: string[]): string {
  const r = spawnSync("git", args, { cwd: clone, env: GIT_ENV, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}
const read = (file: string) => readFileSync(join(clone, file), "utf8");

/** The Unreleased notes of this repository's CHANGELOG.md, cut out by hand (not by the code under test). */
function unreleasedNotes(changelog: string): string {
  const start = changelog.indexOf("## [Unreleased]") + "## [Unreleased]".length;
  const end = changelog.indexOf("\n[Unreleased]:");
  return changelog.slice(start, end).trim();
}

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), "finetune-ci-release-"));
  const r = spawnSync("git", ["clone", "--quiet", "--depth", "1", `file://${ROOT}`, clone], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git clone: ${r.stderr}`);
  git("checkout", "--quiet", "-B", "main"); // the default branch a release must be on
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules")); // the build needs esbuild
}, 60_000);
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("a tag is refused before anything is published", () => {
  for (const tag of ["v1.2", "1.2.3", "v01.2.3", "v1.2.3-rc.1", "v1.2.3.4", "v1.2.3+build", "v1"]) {
    it(`${tag}: not vMAJOR.MINOR.PATCH`, () => {
      const r = release("check", tag);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`"${tag}" is not a release tag: expected vMAJOR.MINOR.PATCH`);
    });
  }

  it("a tag whose version is not package.json's, naming the command that fixes it", () => {
    const version = JSON.parse(read("package.json")).version as string;
    const r = release("check", "v7.0.0");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`package.json says version ${version}, but the tag is v7.0.0`);
    expect(r.stderr).toContain("node scripts/release.mjs prepare 7.0.0");
  });

  it("a tag without a CHANGELOG.md entry", () => {
    const version = JSON.parse(read("package.json")).version as string;
    git("tag", `v${version}`);
    try {
      const r = release("check", `v${version}`, "--branch", "main");
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`CHANGELOG.md has no entry for ${version}`);
      expect(r.stderr).toContain(`node scripts/release.mjs prepare ${version}`);
    } finally {
      git("tag", "-d", `v${version}`);
    }
  });

  it("a changelog that is not in the Keep a Changelog form, with the line", () => {
    const original = read("CHANGELOG.md");
    writeFileSync(join(clone, "CHANGELOG.md"), original.replace("### Added", "### Misc"));
    try {
      const r = release("prepare", "1.0.0");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/CHANGELOG\.md:\d+: "### Misc" is not a Keep a Changelog subsection/);
    } finally {
      writeFileSync(join(clone, "CHANGELOG.md"), original);
    }
  });

  it("a usage error exits 2 with the usage", () => {
    const r = release("publish", "v1.0.0");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: node scripts/release.mjs");
  });
});

describe("releasing this repository as 1.0.0, up to the point of publishing", () => {
  let notesBefore: string;
  let commit: string;

  it("prepare 1.0.0: package.json, the lock file and CHANGELOG.md say 1.0.0, and dist/ is rebuilt with it", () => {
    notesBefore = unreleasedNotes(read("CHANGELOG.md"));
    expect(notesBefore).toMatch(/^### Added/);
    const r = release("prepare", "1.0.0");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(read("package.json")).version).toBe("1.0.0");
    const lock = JSON.parse(read("package-lock.json"));
    expect([lock.version, lock.packages[""].version]).toEqual(["1.0.0", "1.0.0"]);
    const today = new Date().toISOString().slice(0, 10);
    const changelog = read("CHANGELOG.md");
    expect(changelog).toContain(`## [Unreleased]\n\n## [1.0.0] - ${today}\n\n### Added`);
    expect(changelog).toContain("[Unreleased]: https://github.com/finetune-ci/finetune-ci/compare/v1.0.0...HEAD");
    expect(changelog).toContain("[1.0.0]: https://github.com/finetune-ci/finetune-ci/releases/tag/v1.0.0");
    expect(changelog).not.toMatch(/\n\n\n/);
    // The report's tool.version comes from package.json, bundled into dist/.
    const bundle = readdirSync(join(clone, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
    expect(bundle.some((f) => read(`dist/${f}`).includes('version: "1.0.0"'))).toBe(true);
    git("add", "-A");
    git("commit", "--quiet", "-m", "Release 1.0.0");
    git("tag", "v1.0.0");
    commit = git("rev-parse", "HEAD");
  }, 60_000);

  it("check v1.0.0: the tag, package.json and the changelog agree, and the notes are the entry's text", () => {
    const notes = join(clone, "..", `notes-${process.pid}.md`);
    try {
      const r = release("check", "v1.0.0", "--branch", "main", "--notes", notes);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`v1.0.0 at ${commit}`);
      expect(readFileSync(notes, "utf8")).toBe(`${notesBefore}\n`);
    } finally {
      rmSync(notes, { force: true });
    }
  });

  it("check-dist: the committed dist/ is exactly what the build writes from the committed source", () => {
    const r = release("check-dist");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("dist/ matches the source.");
  }, 60_000);

  it("a config schema whose $id names another major tag is refused", () => {
    const original = read("schemas/config.schema.json");
    writeFileSync(join(clone, "schemas/config.schema.json"), original.replace("/finetune-ci/v1/", "/finetune-ci/v9/"));
    try {
      const r = release("check", "v1.0.0");
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("schemas/config.schema.json: $id is https://raw.githubusercontent.com/finetune-ci/finetune-ci/v9/schemas/config.schema.json, which does not name v1");
    } finally {
      writeFileSync(join(clone, "schemas/config.schema.json"), original);
    }
  });

  it("plan: the first release of major 1 moves v1 and is the latest release", () => {
    expect(release("plan", "v1.0.0").stdout).toBe("major-tag=v1\nlatest=true\n");
  });

  it("check-dist fails on a changed or an extra file in dist/, and names the fix", () => {
    appendFileSync(join(clone, "dist/index.js"), "\n// edited by hand\n");
    writeFileSync(join(clone, "dist/extra.js"), "export {};\n");
    git("add", "-A");
    git("commit", "--quiet", "-m", "Edit dist/ by hand");
    try {
      const r = release("check-dist");
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("dist/ is stale");
      expect(r.stderr).toContain(" M dist/index.js");
      expect(r.stderr).toContain(" D dist/extra.js");
      expect(r.stderr).toContain('Run "npm install && npm run build" and commit dist/');
    } finally {
      git("reset", "--quiet", "--hard", commit);
    }
  }, 60_000);

  it("a tag on a commit that is not on the default branch is refused", () => {
    git("checkout", "--quiet", "-b", "side");
    git("commit", "--quiet", "--allow-empty", "-m", "Not merged");
    git("tag", "-f", "v1.0.0");
    try {
      const r = release("check", "v1.0.0", "--branch", "main");
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/v1\.0\.0 \([0-9a-f]{12}\) is not on main: releases are cut from merged commits only/);
    } finally {
      git("checkout", "--quiet", "main");
      git("tag", "-f", "v1.0.0", commit);
    }
  });

  it("a checkout that is not the tagged commit is refused", () => {
    git("checkout", "--quiet", "--detach", "HEAD");
    git("commit", "--quiet", "--allow-empty", "-m", "After the tag");
    try {
      const r = release("check", "v1.0.0");
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`v1.0.0 is ${commit}, but the checkout is at`);
    } finally {
      git("checkout", "--quiet", "main");
    }
  });

  it("plan: a patch to an older minor moves no major tag and is not the latest; a new major moves its own", () => {
    for (const tag of ["v1.1.0", "v2.0.0"]) git("tag", tag);
    expect(release("plan", "v1.0.1").stdout).toBe("major-tag=\nlatest=false\n");
    expect(release("plan", "v1.2.0").stdout).toBe("major-tag=v1\nlatest=false\n");
    expect(release("plan", "v2.1.0").stdout).toBe("major-tag=v2\nlatest=true\n");
  });

  it("pin-docs: after publishing, every copy-paste workflow uses the release by its commit", () => {
    const r = release("pin-docs", "v1.0.0", commit);
    expect(r.status).toBe(0);
    for (const file of ["review.yml", "review-fork-safe.yml", "train.yml", "eval.yml"]) {
      const text = read(`docs/workflows/${file}`);
      expect(text, file).not.toMatch(/finetune-ci\/finetune-ci@v1\b/);
      expect(text, file).toMatch(/finetune-ci\/finetune-ci@[0-9a-f]{40} # v1\.0\.0|repository: finetune-ci\/finetune-ci\n\s+ref: [0-9a-f]{40} # v1\.0\.0/);
    }
    expect(read("docs/workflows/review-fork-safe.yml")).toContain(`ref: ${commit} # v1.0.0`);
    expect(release("pin-docs", "v1.0.0", "abc").status).toBe(2);
  });
});
