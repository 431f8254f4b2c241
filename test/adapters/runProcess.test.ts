// Running another program (train.py, a model server) through the one process adapter, with real
// child processes: node -e scripts that print, fail, ignore SIGTERM and start children of their own.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProcessStartError, runProcess, startProcess } from "../../src/adapters/process/runProcess.js";
import { shared } from "../../scripts/build.mjs";

const node = (script: string, extra: Partial<Parameters<typeof runProcess>[0]> = {}) => ({ command: process.execPath, args: ["-e", script], ...extra });
const scratches: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "finetune-ci-process-"));
  scratches.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

/** Whether a process is still running: gone, or a zombie waiting to be reaped, counts as ended. */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync("/proc/self/stat")) return existsSync(stat) && readFileSync(stat, "utf8").split(") ")[1]?.[0] !== "Z";
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe("running a program", () => {
  it("hands over stdout lines while the program still runs, then its exit code", async () => {
    // The program prints a line, then waits for a file that only the line's receiver creates.
    const marker = join(scratch(), "seen");
    const lines: string[] = [];
    const result = await runProcess(
      node(`const fs = require("fs"); console.log("first"); const t = setInterval(() => { if (fs.existsSync(${JSON.stringify(marker)})) { clearInterval(t); console.log("second"); } }, 10);`, {
        onStdout: (line) => {
          lines.push(line);
          if (line === "first") writeFileSync(marker, "");
        },
      }),
    );
    expect(lines).toEqual(["first", "second"]);
    expect(result).toEqual({ code: 0, signal: null, stderrTail: [], stopped: false });
  });

  it("splits progress redraws (carriage returns) and CRLF into lines, and loses no last line without a newline", async () => {
    const lines: string[] = [];
    await runProcess(node(`process.stdout.write("10%\\r20%\\r30%\\r\\nwindows\\r\\nlast")`, { onStdout: (l) => lines.push(l) }));
    expect(lines).toEqual(["10%", "20%", "30%", "windows", "last"]);
  });

  it("keeps the last non-blank stderr lines for the error message, and passes every line on", async () => {
    const seen: string[] = [];
    const result = await runProcess(
      node(`for (let i = 1; i <= 80; i++) console.error(i % 10 === 0 ? "" : "line " + i); console.error("Error: the real reason"); process.exit(3)`, { tailLines: 5, onStderr: (l) => seen.push(l) }),
    );
    expect(result.code).toBe(3);
    expect(result.stderrTail).toEqual(["line 76", "line 77", "line 78", "line 79", "Error: the real reason"]);
    expect(seen).toHaveLength(81);
  });

  it("passes the environment and working directory it is given, and only those", async () => {
    const dir = scratch();
    const lines: string[] = [];
    await runProcess({ ...node(`console.log(process.cwd(), process.env.ONLY_THIS, process.env.HOME ?? "no HOME")`), cwd: dir, env: { ONLY_THIS: "yes", PATH: process.env.PATH }, onStdout: (l) => lines.push(l) });
    expect(lines).toEqual([`${dir} yes no HOME`]);
  });
});

describe("stopping a program", () => {
  it("on abort, stops the program and the children it started (the whole process group)", async () => {
    const controller = new AbortController();
    const pids: number[] = [];
    const child = `setInterval(() => {}, 1000)`;
    const started = await startProcess(
      node(`const { spawn } = require("child_process"); const c = spawn(process.execPath, ["-e", ${JSON.stringify(child)}], { stdio: "ignore" }); console.log(c.pid); setInterval(() => {}, 1000);`, {
        signal: controller.signal,
        onStdout: (l) => pids.push(Number(l)),
      }),
    );
    await until(() => pids.length === 1, "the program printed its child's pid");
    const grandchild = pids[0]!;
    expect(running(started.pid) && running(grandchild)).toBe(true);
    controller.abort();
    const result = await started.exited;
    expect(result).toMatchObject({ code: null, signal: "SIGTERM", stopped: true });
    await until(() => !running(grandchild), "the program's own child ended too");
  });

  it("sends SIGKILL after the grace period to a program that ignores SIGTERM", async () => {
    const lines: string[] = [];
    const started = await startProcess(node(`process.on("SIGTERM", () => console.log("ignoring SIGTERM")); console.log("ready"); setInterval(() => {}, 1000);`, { killGraceMs: 200, onStdout: (l) => lines.push(l) }));
    await until(() => lines.includes("ready"), "the program set its SIGTERM handler");
    const result = await started.stop();
    expect(lines).toContain("ignoring SIGTERM");
    expect(result).toMatchObject({ code: null, signal: "SIGKILL", stopped: true });
  });

  it("lets a program that handles SIGTERM finish cleanly within the grace period", async () => {
    const lines: string[] = [];
    const started = await startProcess(node(`process.on("SIGTERM", () => { console.log("saving"); process.exit(0); }); console.log("ready"); setInterval(() => {}, 1000);`, { onStdout: (l) => lines.push(l) }));
    await until(() => lines.includes("ready"), "the program set its SIGTERM handler");
    expect(await started.stop()).toMatchObject({ code: 0, signal: null, stopped: true });
    expect(lines).toEqual(["ready", "saving"]);
  });

  it("does not start a program when the signal was aborted before", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled by the user"));
    await expect(runProcess(node(`console.log("never")`, { signal: controller.signal }))).rejects.toThrow("cancelled by the user");
  });
});

describe("a program that cannot start", () => {
  it("is a ProcessStartError that names the command and says it was not found", async () => {
    const error = await runProcess({ command: "finetune-ci-no-such-program", args: ["--version"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessStartError);
    expect(error).toMatchObject({ reason: "not-found", code: "ENOENT", command: "finetune-ci-no-such-program", message: 'could not start "finetune-ci-no-such-program": not found (no such file, and not a command on PATH)' });
  });

  it("names a working directory that does not exist", async () => {
    const missing = join(scratch(), "gone");
    await expect(runProcess({ ...node(`0`), cwd: missing })).rejects.toMatchObject({ reason: "no-working-directory", message: `could not start "${process.execPath}": its working directory ${missing} does not exist` });
  });

  it("says permission denied for a file that is not executable", async () => {
    const file = join(scratch(), "script.sh");
    writeFileSync(file, "#!/bin/sh\necho hi\n", { mode: 0o644 });
    await expect(runProcess({ command: file })).rejects.toMatchObject({ reason: "not-executable", message: `could not start "${file}": permission denied (is it executable?)` });
  });
});

describe("a finetune-ci process that ends while its program runs", () => {
  // A parent built like dist/ (esbuild) that starts a long-running program through the adapter,
  // prints the program's pid, then waits (or exits, with "exit" as its argument).
  let parent: string;
  beforeAll(async () => {
    const dir = scratch();
    const entry = join(dir, "parent.ts");
    writeFileSync(
      entry,
      [
        `import { startProcess } from ${JSON.stringify(join(import.meta.dirname, "../../src/adapters/process/runProcess.ts"))};`,
        `const program = await startProcess({ command: process.execPath, args: ["-e", "setInterval(() => {}, 1000)"] });`,
        "console.log(program.pid);",
        `if (process.argv[2] === "exit") process.exit(0);`,
        "await program.exited;",
      ].join("\n"),
    );
    await build({ ...shared, splitting: false, entryPoints: { parent: entry }, outdir: dir });
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    parent = join(dir, "parent.js");
  });

  async function startParent(args: string[] = []) {
    const child = spawn(process.execPath, [parent, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    const pid = await new Promise<number>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    return { child, program: pid, ended };
  }

  it("passes Ctrl-C (SIGINT) on to the program's group, then ends as it would have", async () => {
    const { child, program, ended } = await startParent();
    expect(running(program)).toBe(true);
    child.kill("SIGINT");
    expect(await ended).toEqual({ code: null, signal: "SIGINT" });
    await until(() => !running(program), "the program got the SIGINT too");
  });

  it("stops the program when it exits without waiting for it", async () => {
    const { program, ended } = await startParent(["exit"]);
    expect(await ended).toEqual({ code: 0, signal: null });
    await until(() => !running(program), "the program was sent SIGTERM on exit");
  });
});
