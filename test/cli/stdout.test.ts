// Standard output that goes away or fills up: `finetune-ci validate | head` and `> /dev/full`.
// A reader that closed the pipe ends the command quietly with the exit code the review decided; a
// full one is exit 2 with one line on stderr. Every command, never a stack trace.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { distinctExamples, jsonl } from "../support/review.js";

const CLI = join(process.cwd(), "dist/cli.js");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finetune-ci-stdout-"));
  writeFileSync(join(dir, "clean.jsonl"), jsonl(distinctExamples(40)));
  writeFileSync(join(dir, "broken.jsonl"), jsonl([...distinctExamples(40), '{"messages": x}']));
});

/** Runs the CLI with its stdout sent into `redirect` (a shell fragment), and returns its own exit code. */
function run(args: string[], redirect: string) {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const result = spawnSync("bash", ["-c", `${quoted} ${redirect}; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: "utf8" });
  const code = Number(/exit=(\d+)\n$/.exec(result.stderr)?.[1]);
  return { code, stderr: result.stderr.replace(/exit=\d+\n$/, "") };
}

const COMMANDS: { args: string[]; exit: number }[] = [
  { args: ["validate", "clean.jsonl"], exit: 0 },
  { args: ["validate", "broken.jsonl", "--format", "json"], exit: 1 },
  { args: ["validate", "broken.jsonl", "--format", "markdown"], exit: 1 },
  { args: ["split", "clean.jsonl", "--train-out", "t.jsonl", "--holdout-out", "h.jsonl"], exit: 0 },
  { args: ["help"], exit: 0 },
  { args: ["--version"], exit: 0 },
];

describe("a closed standard output (| head)", () => {
  it("ends every command quietly, with the exit code it would have had", () => {
    for (const { args, exit } of COMMANDS) {
      // `true` reads nothing and exits at once: every write meets a pipe with no reader (EPIPE).
      const result = run(args, "| true");
      expect(result.stderr, args.join(" ")).toBe("");
      expect(result.code, args.join(" ")).toBe(exit);
    }
  });
});

describe("a full standard output (> /dev/full)", () => {
  it.skipIf(!existsSync("/dev/full"))("is exit 2 with one line on stderr, for every command", () => {
    for (const { args } of COMMANDS) {
      const result = run(args, "> /dev/full");
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toBe("finetune-ci: could not write to standard output: no space left on device (ENOSPC)\n");
    }
  });

  it("stderr that cannot be written does not turn a usage error into a crash", () => {
    const result = spawnSync("bash", ["-c", `'${process.execPath}' '${CLI}' validate missing.jsonl 2>/dev/full; echo "exit=$?"`], { cwd: dir, encoding: "utf8" });
    expect(result.stdout).toBe("exit=2\n");
  });
});
