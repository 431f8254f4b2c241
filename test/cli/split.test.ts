// `finetune-ci split` as a hostile user runs it: outputs that are the input under another name, a
// folder or a device, a disk that fills up midway, a glob. Nothing is lost, nothing is half-written,
// and the error names the file, in one line, with exit 2.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { distinctExamples, jsonl } from "../support/review.js";

const CLI = join(process.cwd(), "dist/cli.js");
const DATA = jsonl(distinctExamples(300));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "finetune-ci-split-"));
  writeFileSync(join(dir, "all.jsonl"), DATA);
});

function split(args: string[], shell?: string) {
  const run = shell
    ? spawnSync("sh", ["-c", `${shell}; exec "$0" "$@"`, process.execPath, CLI, "split", ...args], { cwd: dir, encoding: "utf8" })
    : spawnSync(process.execPath, [CLI, "split", ...args], { cwd: dir, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectUsageError(run: ReturnType<typeof split>, message: RegExp) {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).toMatch(/^finetune-ci: /);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
}

/** The input is byte for byte what it was, and no output or .partial file was left. */
function expectNothingWritten(extra: string[] = []) {
  expect(readFileSync(join(dir, "all.jsonl"), "utf8")).toBe(DATA);
  expect(readdirSync(dir).filter((f) => !["all.jsonl", ...extra].includes(f))).toEqual([]);
}

describe("split refuses outputs that would destroy data, before writing anything", () => {
  it("an output that is the input: by the same name, ./, an absolute path, a symlink or a hard link", () => {
    symlinkSync("all.jsonl", join(dir, "link.jsonl"));
    linkSync(join(dir, "all.jsonl"), join(dir, "hard.jsonl"));
    for (const args of [
      ["all.jsonl", "--holdout-out", "all.jsonl"],
      ["all.jsonl", "--train-out", "./all.jsonl"],
      ["all.jsonl", "--train-out", join(dir, "all.jsonl")],
      ["./all.jsonl", "--holdout-out", "../" + dir.split("/").pop() + "/all.jsonl"],
      ["all.jsonl", "--train-out", "link.jsonl"],
      ["link.jsonl", "--holdout-out", "all.jsonl"],
      ["all.jsonl", "--train-out", "hard.jsonl"],
    ]) {
      expectUsageError(split(args), /is the input file .*split would overwrite its own input/);
      expectNothingWritten(["link.jsonl", "hard.jsonl"]);
      expect(readFileSync(join(dir, "hard.jsonl"), "utf8")).toBe(DATA);
    }
  });

  it("two outputs that are one file", () => {
    expectUsageError(split(["all.jsonl", "--train-out", "part.jsonl", "--holdout-out", "./part.jsonl"]), /--train-out part\.jsonl and --holdout-out \.\/part\.jsonl are the same file/);
    expectNothingWritten();
  });

  it("an input whose name is an output's temporary file", () => {
    writeFileSync(join(dir, "x.jsonl.partial"), DATA);
    expectUsageError(split(["x.jsonl.partial", "--train-out", "x.jsonl"]), /x\.jsonl\.partial is the input file/);
    expect(readFileSync(join(dir, "x.jsonl.partial"), "utf8")).toBe(DATA);
    expectNothingWritten(["x.jsonl.partial"]);
  });

  it("a folder, a path ending in a slash, a device, a folder that does not exist", () => {
    mkdirSync(join(dir, "out"));
    expectUsageError(split(["all.jsonl", "--train-out", "out"]), /--train-out out: is a folder/);
    expectUsageError(split(["all.jsonl", "--holdout-out", "out/"]), /--holdout-out "out\/": give a file name, not a folder/);
    expectUsageError(split(["all.jsonl", "--train-out", "/dev/null"]), /--train-out \/dev\/null: is not a regular file/);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expectUsageError(split(["all.jsonl", "--train-out", "missing/train.jsonl"]), /--train-out missing\/train\.jsonl: the folder missing does not exist; create it first/);
    expectNothingWritten(["out"]);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });
});

describe("split on a write error", () => {
  it("a file-size limit hit midway (as a full disk would): exit 2 naming the file, no .partial left, input untouched", () => {
    // ulimit -f makes the kernel refuse writes past 64 blocks (EFBIG), as ENOSPC refuses them on a
    // full disk; SIGXFSZ is ignored so the write fails instead of killing the process.
    expect(DATA.length).toBeGreaterThan(64 * 1024);
    const run = split(["all.jsonl", "--train-out", "t.jsonl", "--holdout-out", "h.jsonl"], "trap '' XFSZ; ulimit -f 64");
    expectUsageError(run, /^finetune-ci: could not write t\.jsonl: file too large \(EFBIG\)\. Nothing was written \(the \.partial files were removed\) and all\.jsonl is unchanged\.\n$/);
    expectNothingWritten();
  });

  it("a read-only output folder: exit 2 naming the file, no stack trace", () => {
    mkdirSync(join(dir, "locked"));
    chmodSync(join(dir, "locked"), 0o555);
    // Root writes anywhere: run as nobody then, with the files it must read readable to it.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      chmodSync(dir, 0o755);
      chmodSync(join(dir, "all.jsonl"), 0o644);
    }
    const run = spawnSync(process.execPath, [CLI, "split", "all.jsonl", "--train-out", "locked/t.jsonl", "--holdout-out", "locked/h.jsonl"], { cwd: dir, encoding: "utf8", ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expectUsageError({ code: run.status, stdout: run.stdout, stderr: run.stderr }, /^finetune-ci: could not write locked\/t\.jsonl: permission denied \(EACCES\)\. Nothing was written .* all\.jsonl is unchanged\.\n$/);
    expect(readdirSync(join(dir, "locked"))).toEqual([]);
    expectNothingWritten(["locked"]);
  });
});

describe("split given a glob", () => {
  it("splits the one file it matches, by that file's name", () => {
    const run = split(["a*.jsonl"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^all\.jsonl: 300 lines = \d+ train \+ \d+ holdout \+ 0 blank/);
    const train = readFileSync(join(dir, "all.train.jsonl"), "utf8").split("\n").filter(Boolean).length;
    const holdout = readFileSync(join(dir, "all.holdout.jsonl"), "utf8").split("\n").filter(Boolean).length;
    expect(train + holdout).toBe(300);
    expect(existsSync(join(dir, "a*.train.jsonl"))).toBe(false);
  });

  it("refuses a glob that matches several files, naming them", () => {
    writeFileSync(join(dir, "another.jsonl"), DATA);
    expectUsageError(split(["a*.jsonl"]), /split takes one file, and a\*\.jsonl matches 2: all\.jsonl, another\.jsonl/);
    expectNothingWritten(["another.jsonl"]);
  });
});
